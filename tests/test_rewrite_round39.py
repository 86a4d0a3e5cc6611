"""Round 39 (r39a): the rewrite keeps facts of record, and `--fix` never touches what someone says.

From a local authority solicitor's trial (review39l L#1, L#4-L#6), a screen-reader user's (review39a
A#10) and round 38's disabled children's team (review38d D#3). Sentences are new, in our own words:
other names, other harms, other wording, with near misses that must not change.
"""
from __future__ import annotations

import re

import pytest

from sos_lint.api import engine
from sos_lint.fixes import checked_fixed_text
from sos_lint.rewrite import rewrite


@pytest.fixture(scope="module")
def eng():
    return engine()


def _fixed(eng, text: str, kind: str | None = None) -> list[tuple[str, str]]:
    reports = eng.check_document(text, kind)
    return [(e.original, e.replacement) for e in checked_fixed_text(eng, text, reports, kind).applied]


def _bare(text: str) -> str:
    return re.sub(r"\[[^\]]*\]", " ", text)


# ---- 1. facts of record stay when a question is asked -------------------------------------------
def test_an_allegation_keeps_its_clause_and_says_whose_account_it_is():
    draft = ("Worry statement\nThe social worker is worried. It has been alleged that Kayla was left "
             "in a car outside the pub for most of the evening.")
    out = rewrite(draft).text
    assert "alleges that Kayla was left in a car outside the pub" in out
    assert "It has been alleged" not in out  # the guess-as-fact wording goes
    assert "[Who says this happened?" in out


def test_a_reported_account_keeps_its_clause():
    draft = "Worry statement\nThe nurse is worried. It was reported that Tomasz was seen alone on the bridge at night."
    out = rewrite(draft).text
    assert "reports that Tomasz was seen alone on the bridge at night" in out


def test_a_hedge_with_no_account_word_and_no_facts_is_still_asked_about():
    # near miss: "It is clear that" over a clause with no act, number or date: asked about as before
    out = rewrite("Worry statement\nThe health visitor is worried. It is clear that Mum is struggling.").text
    assert "It is clear that" not in out
    assert "says that Mum is struggling" not in out


def test_a_sentence_opening_hedge_keeps_the_dated_act_a_denial_answers():
    draft = ("Worry statement\nThe police are worried. On the balance of probabilities Mrs Brennan slapped "
             "Toby (6) across the face on 2 February at the school gate. Mrs Brennan denies this.")
    out = rewrite(draft).text
    assert "Mrs Brennan slapped Toby (6) across the face on 2 February at the school gate. Mrs Brennan denies this." in out
    assert "On the balance of probabilities" not in out


def test_a_sentence_opening_hedge_with_no_act_is_not_kept_as_fact():
    # near miss: nothing an adult did, no number or date: the hedge's own question, as before
    out = rewrite("Worry statement\nThe school is worried. Without doubt the family is struggling.").text
    assert "says that the family is struggling" not in out


def test_a_title_stays_with_the_surname_in_a_question():
    from sos_lint.rewrite import questions

    doc = engine().nlp("Mr Osei is believed to have taken the car keys.")
    assert questions._titled(doc[1]) == "Mr Osei"
    assert questions._titled(doc[0]) == "Mr"


def test_a_childs_whole_name_is_one_person_and_never_the_doer():
    draft = ("Worry statement\nThe youth worker is worried. Kofi Mensah (14) is putting himself at risk by "
             "associating with men who sell drugs in the park.")
    out = rewrite(draft).text
    assert "What did Kofi do" not in out and "to Mensah" not in out
    assert "Kofi Mensah (14)" in out


def test_the_doer_guard_reads_words_of_a_name():
    from sos_lint.rewrite import questions

    assert questions._names_the_child("Bao", "Bao Nguyen (15)")
    assert not questions._names_the_child("Linh Nguyen", "Bao Nguyen (15)")  # Mum shares the surname
    assert not questions._names_the_child("the older men", "Bao Nguyen")


def test_the_name_of_an_assessment_stays_and_the_question_follows():
    draft = "Worry statement\nThe social worker is worried. Dad has refused the viability assessment of his sister."
    out = rewrite(draft).text
    assert "viability assessment of his sister" in _bare(out)


def test_a_registration_category_stays():
    draft = ("Worry statement\nThe social worker is worried. Jas (9) was subject to a child protection plan "
             "under the category of emotional abuse in 2023.")
    out = rewrite(draft).text
    assert "emotional abuse" in _bare(out)


def test_a_cause_phrase_goes_but_what_the_child_did_stays():
    draft = ("Worry statement\nThe school nurse is worried. Ella (13) cuts her arms with a blade due to her "
             "anxiety and is very difficult to manage.")
    out = rewrite(draft).text
    assert "Ella (13) cuts her arms with a blade" in out
    assert "due to her anxiety" not in _bare(out)
    assert "because of her anxiety" in out  # asked, not lost


def test_a_cause_phrase_with_a_bracketed_description_is_never_split():
    draft = ("Worry statement\nThe school nurse is worried. Ella (13) displays self-injurious behaviour "
             "(cutting her arms) due to her anxiety and is very difficult to manage.")
    out = rewrite(draft).text
    assert "(cutting her arms)" in out
    assert "(." not in out


# ---- 3. swaps that change a denial, a duty or who is meant ---------------------------------------
def test_fix_never_swaps_the_verb_bringing_in_a_denial(eng):
    text = "Worry statement\nThe school nurse is worried. Lee maintains that he never hit Kayla (8) on 4 June."
    assert not any(o.lower().startswith("maintain") for o, _ in _fixed(eng, text))
    out = rewrite(text).text
    assert "insists" not in out


def test_fix_never_swaps_a_said_verb_with_a_person_subject(eng):
    text = "Worry statement\nThe health visitor is worried. Mum indicated that she left the twins alone for an hour on 2 March."
    assert not any(o.lower().startswith("indicated") for o, _ in _fixed(eng, text))


def test_maintain_as_keeping_something_is_still_offered():
    # near miss: "maintain" with an object, no one's account: the plain swap stays available
    out = rewrite("Safety goal\nLee will maintain a clean kitchen for Kayla every day.").text
    assert "maintain" not in out.lower() or "keep" in out.lower()


def test_as_required_keeps_the_duty():
    out = rewrite("Safety goal\nKerry will ring the police as required if Lee comes to the house.").text
    assert "as required" in out
    assert "as needed" not in out


def test_physical_chastisement_reads_as_a_noun_phrase():
    out = rewrite("Safety goal\nLee will not use physical chastisement on Kayla and will talk to her calmly.").text
    assert "use hitting as punishment" not in out


def test_plo_is_written_out_as_its_letters():
    out = rewrite("Worry statement\nThe social worker is worried. The family entered the PLO on 3 April "
                  "because Kayla (8) has bruises Dad caused.").text
    assert "pre-court process" not in out
    assert "Public Law Outline" in out or "PLO" in out


def test_parents_are_not_made_one_you_beside_adults_named_apart():
    out = rewrite("Safety goal\nKasia will keep Marek out of the flat. Marek will not drink before he sees Jordan. "
                  "Parents to go to all school meetings about Jordan.").text
    assert "You will" not in out and "you will go" not in out


def test_parents_alone_are_still_spoken_to():
    # near miss (round 34's): no adult named apart: "Parents" is the "you" the opener asks about
    out = rewrite("Safety goal\nParents will walk Jordan to school every morning.").text
    assert "you will walk Jordan" in out.replace("You will", "you will")


def test_a_goal_naming_two_adults_apart_does_not_speak_to_one_of_them():
    out = rewrite("Safety goal\nMr Okoro will go to a programme about his violence. Mrs Okoro will keep the "
                  "children at Nan's house when Mr Okoro has been drinking.").text
    assert not out.split("\n", 1)[1].startswith("Mr Okoro, you")
    assert not out.split("\n", 1)[1].startswith("Mrs Okoro, you")


def test_a_goal_naming_one_adult_still_speaks_to_them():
    # near miss: one named adult with tasks: the opener speaks to them, as before
    out = rewrite("Safety goal\nMr Okoro will stay away from the house and Mr Okoro will ring Tayo (7) on Sundays.").text
    assert out.split("\n", 1)[1].startswith("Mr Okoro, you")


# ---- 4. flagged words kept are named ----------------------------------------------------------
def test_flagged_words_the_rewrite_keeps_are_named_in_a_note():
    result = rewrite("Worry statement\nThe family worker is worried. Mum lacks insight into how her drinking affects Rio (5).")
    kept = [n for n in result.notes if "(kept)" in n]
    if "lacks insight" in _bare(result.text):
        assert any(n.startswith('"lacks insight') for n in kept)


# ---- 5. --diff with nothing to change -----------------------------------------------------------
def test_diff_says_when_there_is_nothing_to_change(tmp_path):
    from typer.testing import CliRunner

    from sos_lint.cli import app

    draft = tmp_path / "w.txt"
    draft.write_text("Worry statement\nThe teacher is worried that Dad hit Rio (5) on the arm on 3 May.\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["check", str(draft), "--diff"])
    assert result.stdout == ""
    assert "nothing is safe to change, so there is no diff" in result.stderr


# ---- 5. the one bad swap of set 37, by class ----------------------------------------------------
def test_fix_never_makes_two_things_one(eng):
    text = ("Worry statement\nPolice went out after a neighbour saw Mo (3) alone by the bus stop near the property "
            "at 06:40, some way from the home where he lives with Dad.")
    assert ("the property", "the home") not in [(o.lower(), r.lower()) for o, r in _fixed(eng, text)]


def test_a_swap_with_no_clash_in_its_sentence_is_still_written(eng):
    # near miss: "the property" alone in its sentence: the swap is written as before
    text = "Worry statement\nPolice went to the property on 2 May and found Mo (3) alone, and Dad was asleep."
    fixed = [(o.lower(), r.lower()) for o, r in _fixed(eng, text)]
    from sos_lint.rewrite import guards  # the guard itself, read on the parse

    doc = eng.nlp(text)
    span = next(doc[i:i + 2] for i in range(len(doc) - 1) if doc[i:i + 2].text == "the property")

    class Cand:
        replacement = "the home"

    assert not guards._merges_two_things(doc, span, Cand())
    assert all(o != "the property" or r == "the home" for o, r in fixed)


def test_a_proof_verb_with_a_that_clause_is_still_written(eng):
    # near miss: "demonstrated that" is a deed shown, not an account given: its swap stays certain
    text = ("Worry statement\nThe social worker is worried. Dad has demonstrated that he can cook for Ben (5), "
            "but on 3 May he left Ben alone all night.")
    assert ("demonstrated", "shown") in _fixed(eng, text)
