"""Round 38 (r38a): the rewrite and `--fix` never lose what the draft says without saying so.

- What an adult did, and a harm done to the child, stated in or beside a victim-blaming clause
  that a question takes the place of, stays after the question; the question keeps who the draft
  says it was ("someone he met at the skate park"). The lost_acts count sees a harm told by a
  passive joined to another verb ("… and is now being blackmailed"), and a doer given as "by him".
- `check --fix` with nothing safe to change writes nothing and says so.

Every sentence here is new (other names, other harms, other wording than the users' drafts).
"""
from __future__ import annotations

import pytest
from typer.testing import CliRunner

from sos_lint.api import engine
from sos_lint.cli import app
from sos_lint.rewrite import fidelity, rewrite_many

runner = CliRunner()


@pytest.fixture(scope="module")
def eng():
    return engine()


def _rewrite(eng, text, kind="worry"):
    return rewrite_many([text], [kind], engine=eng)[0].text


def _bare(text):
    return fidelity.without_placeholders_all(text)


# --- 1. the adults' acts beside a blaming clause stay --------------------------------------------

def test_a_passive_harm_joined_to_the_blamed_clause_stays(eng):
    text = ("Ayla (14) sent nude photos of herself to a man she met on TikTok and is now being "
            "threatened by him. Her dad told the police on 2 June.")
    out = _rewrite(eng, text)
    assert "nude photos of herself" not in out  # the blaming words still go
    assert "threatened by him" in _bare(out)  # the harm done stays, as written, outside the question
    assert "TikTok" in out  # who it was stays in the question


def test_a_harm_with_no_doer_named_joined_to_the_blamed_clause_stays(eng):
    text = "Priya sent indecent images of herself to someone she met on a gaming site and is now being blackmailed."
    out = _rewrite(eng, text)
    assert "indecent images of herself" not in out
    assert "being blackmailed" in _bare(out)
    assert "someone she met on a gaming site" in out


def test_the_kept_act_is_counted_when_lost(eng):
    """The measure (fidelity.lost_acts) sees the joined passive and the "by him" doer."""
    text = "Ayla sent nude photos of herself to a man she met online and is now being threatened by him."
    draft = list(eng.parse([text]))[0]
    flagged = [(text.index("nude photos"), text.index("nude photos") + len("nude photos of herself"))]
    assert "threatened" in fidelity.lost_acts(draft, "[What did the man do to Ayla? Who saw it?]", flagged)
    text2 = "Priya sent indecent images of herself to someone she met online and is now being blackmailed."
    draft2 = list(eng.parse([text2]))[0]
    assert [t.text for t in fidelity.harms_done(draft2)] == ["blackmailed"]


def test_near_miss_the_childs_own_act_is_not_kept_as_an_adults(eng):
    """Only adults' acts and harms done stay: the child's own conduct in the blamed clause goes
    into the question, and a clause with no adult act gets the question alone."""
    out = _rewrite(eng, "Nadia (15) is putting herself at risk by associating with older men online.")
    assert "associating" not in _bare(out) and "putting herself" not in out
    out = _rewrite(eng, "Corey is streetwise and keeps himself to himself at school.")
    assert "streetwise" not in _bare(out)


def test_near_miss_a_clause_with_no_blame_is_unchanged(eng):
    text = ("Ms Shah, Ayla's teacher, is worried that a man Ayla met on TikTok has been threatening to share "
            "a photo of her unless she pays him. Ayla told Ms Shah on 3 June and has stopped eating at lunch.")
    out = _rewrite(eng, text)
    assert "a man Ayla met on TikTok has been threatening to share a photo of her unless she pays him" in out


# --- 4. --fix with nothing to change -----------------------------------------------------------

GOOD = ("Ms Shah, Ayla's teacher, is worried that a man Ayla met on TikTok has been threatening to share "
        "a photo of her unless she pays him. Ayla told Ms Shah on 3 June and has stopped eating at lunch.\n")


def test_fix_on_a_text_file_with_nothing_safe_to_change_says_so_and_keeps_the_file(tmp_path):
    path = tmp_path / "ayla.txt"
    path.write_text(GOOD, encoding="utf-8")
    before = path.stat().st_mtime_ns
    result = runner.invoke(app, ["check", str(path), "--fix", "--kind", "worry"])
    assert result.exit_code in (0, 1), result.output
    assert "nothing was safe to change" in result.stderr
    assert path.read_text(encoding="utf-8") == GOOD and path.stat().st_mtime_ns == before


def test_fix_on_a_word_plan_with_nothing_safe_to_change_writes_no_copy(tmp_path):
    pytest.importorskip("docx")
    from docx import Document

    source = tmp_path / "ayla.docx"
    doc = Document()
    doc.add_paragraph("Worry statement")
    doc.add_paragraph(GOOD.strip())
    doc.save(source)
    result = runner.invoke(app, ["check", str(source), "--fix"])
    assert result.exit_code in (0, 1), result.output
    assert "no reviewed copy was written" in result.stderr
    assert "Reviewed copy with" not in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ayla.docx"]
    assert "in the reviewed copy" not in result.stderr


def test_near_miss_fix_with_a_safe_swap_still_writes(tmp_path):
    path = tmp_path / "goal.txt"
    path.write_text("Mum will phone Ayla's teacher prior to each weekend so Ayla knows who will collect her.\n",
                    encoding="utf-8")
    result = runner.invoke(app, ["check", str(path), "--fix", "--kind", "goal"])
    assert "nothing was safe to change" not in result.stderr
    assert "before each weekend" in path.read_text(encoding="utf-8")


# --- 5. the doubtful swaps of fix_verdicts36 ---------------------------------------------------

def _written(eng, text, kind=None):
    from sos_lint.fixes import checked_fixed_text

    reports = eng.check_document(text, kind)
    return {e.original: e.replacement for e in checked_fixed_text(eng, text, reports, kind).applied}


def test_with_immediate_effect_keeps_its_force_and_time(eng):
    written = _written(eng, "Mr Lowe will stop smacking Daisy with immediate effect and Nan will check each Sunday.", "goal")
    assert written.get("with immediate effect") == "immediately"


def test_in_receipt_of_says_she_has_it(eng):
    written = _written(eng, "The health visitor is worried that Ms Ford, who is in receipt of Universal Credit, "
                            "left Alfie (2) alone in the flat on 4 May.", "worry")
    assert written.get("in receipt of") == "receiving"


def test_an_acronym_glossing_the_noun_before_it_is_not_written_out(eng):
    text = ("At the Child in Need review (EHA) on 9 May, the teacher said Noah (6) came to school hungry "
            "three times because Dad had left no food in the house.")
    assert "EHA" not in _written(eng, text, "worry")


def test_near_miss_an_acronym_after_its_own_words_or_alone_is_still_written_out(eng):
    text = "An EHA was started on 3 May because Noah (6) came to school hungry three times."
    assert _written(eng, text, "worry").get("EHA") == "early help assessment"
    text = "The TAF meeting (EHA) was held on 3 May because Noah (6) came to school hungry."
    written = _written(eng, text, "worry")
    assert "EHA" not in written and written.get("TAF meeting") == "Team Around the Family meeting"


# --- 6. several children: the people analysis first ------------------------------------------

def test_several_children_read_from_the_people_analysis(eng):
    from sos_lint.rewrite import _several_children

    doc = list(eng.parse(["The YP's mum left Poppy (4) and Jaxon (9) alone overnight on 2 March."]))[0]
    assert _several_children(doc, [])  # no names handed in: the analysis reads two aged children
    one = list(eng.parse(["The YP's mum, Ms Cole, left Jaxon (9) alone overnight on 2 March while Mr Cole was at work."]))[0]
    assert not _several_children(one, ["Jaxon"])  # near miss: one child and two adults


# --- 3. a guess told as fact: the question carries what it says ----------------------------------

def test_a_suspected_condition_stays_in_the_question(eng):
    out = _rewrite(eng, "Postnatal depression is suspected and Mum has stopped feeding Rosa (3 weeks) at night.")
    assert "is suspected" not in _bare(out)  # not stated as fact
    assert "[Who suspects postnatal depression, and what have they seen or heard?]" in out
    assert "Mum has stopped feeding Rosa (3 weeks) at night." in out


def test_a_guessed_act_is_asked_about_with_its_words(eng):
    out = _rewrite(eng, "Dad is thought to be drinking again and Leo (5) was late to school four times in May.")
    assert "is thought to" not in _bare(out)
    assert "[Who thinks Dad is drinking again, and what have they seen or heard?]" in out
    out = _rewrite(eng, "Ivy (3) is thought to have been left alone overnight on 4 May.")
    assert "Who thinks Ivy (3) has been left alone overnight on 4 May" in out


def test_near_miss_what_was_seen_or_who_suspects_it_is_not_a_guess(eng):
    for text in ("Mum was seen drinking vodka at 9am on 4 May while caring for Ivy (3).",
                 "Dr Khan suspects postnatal depression and Mum has stopped feeding Rosa (3 weeks) at night."):
        out = _rewrite(eng, text)
        assert text.rstrip(".") in out
        assert "[Who suspects" not in out and "[Who thinks" not in out


# --- 2. a worry and a goal pasted with no headings -------------------------------------------

MIXED = ("Dad shouted at Mum and threw a mug at her on 3 May while Jo (4) watched from the stairs. "
         "Jo now hides behind the sofa when Dad comes home.\n"
         "Mum will phone Nan every evening at 6pm, and Nan will come round if Dad has been drinking, "
         "so Jo feels safe at home.\n")


def test_a_headless_worry_and_goal_are_rewritten_each_as_its_kind_and_said(eng):
    result = rewrite_many([MIXED], [None], engine=eng)[0]
    assert any("no headings" in n and "worry statement" in n and "safety goal" in n for n in result.notes)
    worry, goal = result.text.split("\n", 1)
    assert "threw a mug at her on 3 May" in worry  # the worry's first sentence is not lost
    assert "Nan will come round" in goal


def test_the_rewrite_command_shows_its_notes(tmp_path):
    path = tmp_path / "jo.txt"
    path.write_text(MIXED, encoding="utf-8")
    result = runner.invoke(app, ["rewrite", str(path)])
    assert result.exit_code == 0, result.output
    assert "no headings" in result.stderr


def test_near_miss_a_headless_two_paragraph_worry_or_a_given_kind_stays_one_statement(eng):
    worry = ("Dad shouted at Mum and threw a mug at her on 3 May while Jo (4) watched from the stairs.\n"
             "Jo now hides behind the sofa when Dad comes home, and Jo's nursery teacher saw her flinch "
             "when a door banged on 5 May.\n")
    result = rewrite_many([worry], [None], engine=eng)[0]
    assert not any("no headings" in n for n in result.notes)
    given = rewrite_many([MIXED], ["goal"], engine=eng)[0]
    assert not any("no headings" in n for n in given.notes)


def test_where_it_happened_online_stays_in_the_question(eng):
    out = _rewrite(eng, "Nadia (15) is putting herself at risk by associating with older men online.")
    assert "online" in out and "putting herself" not in out


def test_near_miss_a_guess_whose_words_are_flagged_too_is_not_carried(eng):
    """A guess about the child that is itself blaming ("involved in CSE") is not carried into the
    question: the question asks what the adults did, as before."""
    out = _rewrite(eng, "Nadia (15) lives with Nan. She is believed to be involved in CSE.")
    assert "[Who believes" not in out and "involved in CSE" not in out
    out = _rewrite(eng, "Leo (6) lives with Dad. He is thought to be drinking every night.")
    assert "[Who thinks he is drinking every night, and what have they seen or heard?]" in out


def test_near_miss_a_persons_role_in_brackets_is_still_written_out(eng):
    text = "Ruth (HV) will weigh Alfie each Monday and Mum will bring him to the clinic on Tuesdays."
    assert _written(eng, text, "goal").get("HV") == "the health visitor"


def test_a_carried_guess_never_doubles_an_age_in_brackets(eng):
    # Merge mend (lead): the carried question took "Bo's (8) bedroom" as "Bo (8)'s (8) bedroom".
    out = _rewrite(eng, "Dad (Rory) was arrested on 2 June. Rory is believed to have hidden cannabis in Tia's (6) wardrobe.")
    assert "(6)'s (6)" not in out and "(6) (6)" not in out
