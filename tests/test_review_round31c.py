"""Round 31 (a practice lead's trial, review31c): reports must not contradict themselves.

- #9: --select/--ignore narrow what is shown and fixed; a score is always the whole judgement, so
  a narrowed run never makes a poor statement pass --fail-under, and the report says how many
  findings it left out ("findings_not_selected" in JSON).

Every sentence here is written for these tests (other names, harms and wording than the trial's).
"""
from __future__ import annotations

import json
import re

import pytest
from typer.testing import CliRunner

import sos_lint
from sos_lint.cli import app
from sos_lint.config import Config

runner = CliRunner()


def run(*args, input=None):
    return runner.invoke(app, list(args), input=input, env={"NO_COLOR": "1", "COLUMNS": "100"})


# --- #9: a narrowed run's score -------------------------------------------------------------

POOR_WORRY = "There are worries about CSE and the home conditions."
GOOD_WORRY = ("Mrs Adeyemi, Tobi's teacher, is worried that Mum's boyfriend Carl shouts at Tobi, who is seven, "
              "most mornings before school. Tobi told her he eats breakfast in his room to keep out of the way. "
              "If nothing changes, Tobi could stop telling anyone what happens at home.")


@pytest.mark.parametrize("select", ["SOS1", "SOS2", "SOS104", "SOS4"])
def test_selecting_rules_never_changes_the_score(select):
    full = sos_lint.check(POOR_WORRY, kind="worry")
    narrowed = sos_lint.check(POOR_WORRY, kind="worry", config=Config(select=(select,)))
    assert narrowed.score == full.score and narrowed.scores == full.scores
    assert [c.to_dict() for c in narrowed.components] == [c.to_dict() for c in full.components]
    assert all(f.code.startswith(select) for f in narrowed.findings)
    # every finding of the full run is either shown or counted as left out
    assert len(narrowed.not_selected) == len([f for f in full.findings if not f.code.startswith(select)])


def test_ignoring_rules_never_changes_the_score():
    full = sos_lint.check(POOR_WORRY, kind="worry")
    narrowed = sos_lint.check(POOR_WORRY, kind="worry", config=Config(ignore=("SOS3", "SOS5")))
    assert narrowed.score == full.score
    assert not any(f.code.startswith(("SOS3", "SOS5")) for f in narrowed.findings)
    assert narrowed.not_selected and all(f.code.startswith(("SOS3", "SOS5")) for f in narrowed.not_selected)


def test_a_finding_hidden_behind_a_left_out_rule_is_still_shown():
    # "engage with" is both jargon and service compliance: the full run says it once, as the bigger
    # problem; a run narrowed to plain words still shows it as jargon.
    goal = "Mum, you will engage with the parenting worker and make Zara's tea every night for six months."
    narrowed = sos_lint.check(goal, kind="goal", config=Config(select=("SOS1",)))
    assert any("engage" in goal[f.start:f.end] for f in narrowed.findings)


def test_fail_under_uses_the_whole_score_when_narrowed():
    result = run("check", "-", "--kind", "worry", "--select", "SOS1", "--fail-under", "7", input=POOR_WORRY)
    assert result.exit_code == 1
    assert "score counts every rule" in result.stdout and "left out by --select/--ignore" in result.stdout
    good = run("check", "-", "--kind", "worry", "--select", "SOS1", "--fail-under", "7", input=GOOD_WORRY)
    assert good.exit_code == 0, good.stdout


def test_json_counts_the_findings_left_out_and_keeps_its_fields():
    full = json.loads(run("check", "-", "--kind", "worry", "--format", "json", input=POOR_WORRY).stdout)["reports"][0]
    narrowed = json.loads(run("check", "-", "--kind", "worry", "--format", "json", "--select", "SOS1",
                              input=POOR_WORRY).stdout)["reports"][0]
    assert full["findings_not_selected"] == 0
    assert narrowed["score"] == full["score"] and narrowed["scores"] == full["scores"]
    assert narrowed["findings_not_selected"] == len(full["findings"]) - len(narrowed["findings"]) > 0
    assert set(full) == set(narrowed)


def test_an_unnarrowed_report_says_nothing_about_a_selection():
    result = run("check", "-", "--kind", "worry", input=POOR_WORRY)
    assert "--select" not in result.stdout


# --- #10 / #5: every part the report lists as missing is asked for by a finding -----------------

def _codes(report):
    return {f.code: f.severity for f in report.findings}


def _missing(report):
    return {c.name for c in report.components if not c.present}


ASKS = {"who": ("SOS501", "SOS502"), "behaviour": ("SOS303",), "context": ("SOS504",), "impact": ("SOS403",),
        "future": ("SOS505",), "addressed": ("SOS510",), "network": ("SOS514",), "others_know": ("SOS515",),
        "timescale": ("SOS516",), "experience": ("SOS404",), "if_not": ("SOS517",)}

STATEMENTS = [
    ("goal", "Lorna, you and Mia need evenings at home to be quiet. For this to happen, you will put your phone "
             "away at 6pm and read with Mia before bed, and Aunt Bea will phone at 7pm each night. Aunt Bea will "
             "see that the girls are happy at teatime. This needs to happen every night until the summer holidays. "
             "If this doesn't happen, Mia will stay with Aunt Bea on school nights."),
    ("worry", "Mr Osei, the head teacher, is worried because Mia was seen by the school nurse on Monday. "
              "If nothing changes, Mia could be hurt."),
    ("worry", "Nursery have concerns about Remi, who is three, as Remi's mum Dana has missed his health checks "
              "since March. Remi has not been weighed."),
    ("goal", "Dana, you and Remi need mealtimes to be calm. You will sit with Remi at the table for tea at 5pm "
             "every day for six months, and Gran will join you on Fridays and tell the social worker how tea went. "
             "Remi will enjoy his food and feel full. If this doesn't happen, Remi may need to eat at Gran's."),
]


@pytest.mark.parametrize("kind,text", STATEMENTS)
def test_a_missing_part_is_never_shown_without_a_finding_asking_for_it(kind, text):
    report = sos_lint.check(text, kind=kind)
    codes = _codes(report)
    for part in _missing(report):
        if part == "action":
            continue  # said by SOS511/SOS512/SOS513 as the fault that takes its place
        assert any(code in codes for code in ASKS[part]), (part, codes)


def test_a_goal_missing_the_childs_experience_is_no_longer_ten_out_of_ten():
    text = STATEMENTS[0][1]
    report = sos_lint.check(text, kind="goal")
    assert "experience" in _missing(report)
    assert _codes(report).get("SOS404") == "hint" and report.scores["child_focus"] < 10
    # near miss: the child's own experience said plainly is a part, and nothing asks for it
    told = text.replace("Aunt Bea will see that the girls are happy at teatime.",
                        "Aunt Bea will see that the girls are happy at teatime. Mia will feel calm and looked after "
                        "at bedtime.")
    better = sos_lint.check(told, kind="goal")
    assert "experience" not in _missing(better) and "SOS404" not in _codes(better)


def test_a_goal_with_no_child_at_all_still_gets_the_warning():
    report = sos_lint.check("Dad will keep the flat tidy and go to his course every week for three months.",
                            kind="goal")
    assert _codes(report).get("SOS404") == "warning"


@pytest.mark.parametrize("opening,named", [
    ("Nursery have concerns", "Nursery"),
    ("Everyone is worried", "Everyone"),
    ("Everybody at the clinic is concerned", "Everybody"),
])
def test_a_worrier_who_names_nobody_is_asked_for_by_name(opening, named):
    text = f"{opening} that Dana leaves Remi, who is three, alone in the flat while she goes to the shop."
    report = sos_lint.check(text, kind="worry")
    finding = next(f for f in report.findings if f.code == "SOS501")
    assert text[finding.start:finding.end] == named and "name or role" in finding.message


@pytest.mark.parametrize("opening", ["The health visitor is worried", "Mrs Patel, Remi's key worker, is worried",
                                     # ("We are worried": round 32 asks for who with a hint, test_review_round32c.py)
                                     "Remi's nursery teacher and the social worker are worried"])
def test_a_named_worrier_is_not_asked_for(opening):
    text = f"{opening} that Dana leaves Remi, who is three, alone in the flat while she goes to the shop."
    assert "SOS501" not in _codes(sos_lint.check(text, kind="worry"))


# --- #10: long-sentence hints said once; adding a part never costs readability -------------------

LONG_A = ("For this to happen, when you come home from your night shift you will sleep in the front room with "
          "the door open so you can hear the boys, and Grandad Ken will come round at 8am to walk them to school.")
LONG_B = ("Grandad Ken and the boys' teacher Miss Reid will see the boys arrive on time with their book bags and "
          "lunch boxes, and Grandad Ken will text the social worker on Fridays.")


def test_several_long_sentences_get_one_hint_that_counts_the_others():
    text = (f"Kemi, you and the boys need safe mornings. {LONG_A} {LONG_B} This needs to happen every school day "
            "for the next term. If this doesn't happen, the boys may stay with Grandad Ken in the week.")
    report = sos_lint.check(text, kind="goal")
    long = [f for f in report.findings if f.code == "SOS201"]
    assert len(long) == 1 and "1 other sentence is over 25 words" in long[0].message


def test_adding_a_part_in_a_long_sentence_does_not_lower_the_score():
    base = (f"Kemi, you and the boys need safe mornings. {LONG_A} This needs to happen every school day "
            "for the next term. If this doesn't happen, the boys may stay with Grandad Ken in the week.")
    with_part = base.replace("for the next term.", f"for the next term. {LONG_B}")
    assert sos_lint.check(with_part, kind="goal").rule_score >= sos_lint.check(base, kind="goal").rule_score


def test_a_very_long_sentence_is_still_a_warning_of_its_own():
    words = " and ".join(["Dad shouts at Mum in the kitchen"] * 10)
    report = sos_lint.check(f"The social worker is worried that {words}.", kind="worry")
    assert any(f.code == "SOS201" and f.severity == "warning" for f in report.findings)


# --- #10: a name among numbers is refused, not scored ---------------------------------------------

@pytest.mark.parametrize("text", ["Remi 1 2 3 4", "Mia 07700 900123", "Kemi, 34"])
def test_a_name_among_numbers_is_not_a_statement(text):
    from sos_lint.language import not_english

    assert "mostly numbers" in (not_english(text) or "")


@pytest.mark.parametrize("text", ["Remi is 3.", "Dad hit Remi on 3 May.", "Mia (4) hides when Dad shouts.",
                                  "Remi is safe at home"])
def test_short_statements_with_numbers_are_still_checked(text):
    from sos_lint.language import not_english

    assert not_english(text) is None


def test_the_command_refuses_a_name_among_numbers():
    result = runner.invoke(app, ["check", "-"], input="Remi 2 4 6 8\n")
    assert result.exit_code == 2 and "mostly numbers" in result.output


# --- #10: Word comments and `explain` speak to a practitioner --------------------------------------

def test_a_word_comment_starts_with_the_message_and_says_the_advice_once():
    from sos_lint.findings import Finding
    from sos_lint.word.annotate import _finding_comment

    same = Finding("SOS302", "vague-word", "specificity", "warning",
                   "\"concerns\" is vague. Say what was seen or heard.", 0, 8, "Say what was seen or heard.")
    assert _finding_comment(same) == "\"concerns\" is vague. Say what was seen or heard. (SOS302)"
    other = Finding("SOS104", "bureaucratic-word", "jargon", "hint", "\"prior to\" is a formal word.", 0, 8, "before")
    assert _finding_comment(other) == "\"prior to\" is a formal word. Try: before (SOS104)"


@pytest.mark.parametrize("code", ["SOS511", "SOS301", "SOS403", "SOS101", "SOS504"])
def test_explain_names_no_project_files(code):
    result = runner.invoke(app, ["explain", code])
    assert result.exit_code == 0
    for word in ("rules/", ".toml", ".py", "DOMAIN.md", "Round 1", "Round 2"):
        assert word not in result.output, (code, word)
    assert "What it checks" in result.output and "Source" in result.output


# --- #5: compare and compare --redact read the drafts once, the same way ---------------------------

def test_redacted_compare_ranks_scores_and_finds_the_same_parts(tmp_path):
    (tmp_path / "ola.txt").write_text(
        "Worry statement\nThe social worker is worried that when Femi drinks on Fridays he shouts at Joy and "
        "pushed her into the door on 2 June. Tobi, who is 6, saw it from the stairs and cried. If nothing "
        "changes, Tobi could be hurt.\n", encoding="utf-8")
    (tmp_path / "sam.txt").write_text(
        "Worry statement\nThere are concerns regarding DV in the home and Tobi's presentation.\n", encoding="utf-8")
    plain = json.loads(run("compare", str(tmp_path), "-f", "json").stdout)
    shown = run("compare", str(tmp_path), "-f", "json", "--redact").stdout
    hidden = json.loads(shown)
    for a, b in zip(plain["comparisons"], hidden["comparisons"]):
        assert [r["score"] for r in a["ranking"]] == [r["score"] for r in b["ranking"]]
        assert [(c["name"], len(c["authors"])) for c in a["components"]] == \
            [(c["name"], len(c["authors"])) for c in b["components"]]
    for secret in ("Femi", "Joy", "Tobi", "2 June", "ola", "sam"):
        # as a word: round 40's JSON key "same_as" (identical drafts) holds the letters of "sam"
        assert not re.search(rf"\b{re.escape(secret)}\b", shown), secret
    assert "Child A" in shown and "[date]" in shown
