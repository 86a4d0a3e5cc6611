"""Round 40, the lead's mends from two users' reports: a social worker recruited from overseas who
writes every plan in Word (review40w W#n) and a conference chair (review40c C#n). New sentences,
with near misses that must not change."""
from __future__ import annotations

import pytest

from sos_lint.api import engine, rewrite


@pytest.fixture(scope="module")
def eng():
    return engine()


def _findings(eng, text, kind, code=None):
    return [f for r in eng.check_document(text, kind) for f in r.findings if code is None or f.code == code]


# W#4: a day written in figures with a four-digit year, or after "the", is when it happened
@pytest.mark.parametrize("day", ["on 17/09/2025", "on the 17/09/2025", "on 3/11/25", "on the 04.03.26",
                                 "on 30/06/2026", "on 17/09/25"])
def test_a_day_in_figures_says_when(eng, day):
    text = (f"Mr Osei slapped Mrs Osei {day}. The social worker is worried that Kezia (7) saw this and cried. "
            "If nothing changes, Kezia could be hurt.")
    assert not _findings(eng, text, "worry", "SOS504")


@pytest.mark.parametrize("words", ["on 3/10 occasions", "", "on the 3/10 occasions"])
def test_a_count_in_figures_or_no_date_is_no_day(eng, words):
    text = (f"Mr Osei slapped Mrs Osei {words}. The social worker is worried that Kezia (7) saw this and cried. "
            "If nothing changes, Kezia could be hurt.")
    assert _findings(eng, text, "worry", "SOS504")


# W#3: "did not deny" is no denial
def _contested(eng, text):
    return [f for f in _findings(eng, text, "worry") if "someone here denies it" in f.message]


@pytest.mark.parametrize("words", ["did not deny this", "has never disputed this", "does not dispute it"])
def test_a_denial_that_is_negated_is_not_a_denial(eng, words):
    text = (f"Mr Price is abusing alcohol most evenings. Mr Price {words}. The school is worried that Ayo (5) "
            "hides under his desk. If nothing changes, Ayo could be hurt.")
    assert not _contested(eng, text)


@pytest.mark.parametrize("words", ["denies this", "disputes it"])
def test_a_denial_still_asks_to_keep_both_accounts(eng, words):
    text = (f"Mr Price is abusing alcohol most evenings. Mr Price {words}. The school is worried that Ayo (5) "
            "hides under his desk. If nothing changes, Ayo could be hurt.")
    assert _contested(eng, text)


# W#7: "the Children's Court", "a children's home": a court, a place, a role in proceedings
@pytest.mark.parametrize("words", ["the case will go back to the Children's Court", "she could be moved to a children's home",
                                   "the children's guardian will visit"])
def test_a_court_or_home_for_children_is_no_report_word(eng, words):
    text = f"The mother will make sure there is food in the flat every morning, or {words}."
    assert not [f for f in _findings(eng, text, "goal", "SOS402") if "children" in f.message.lower()]


def test_the_children_on_their_own_is_still_a_report_word(eng):
    text = "The mother will make sure the children's bedroom is warm and the children eat breakfast."
    assert [f for f in _findings(eng, text, "goal", "SOS402") if '"the children"' in f.message]


# W#1: a name given as the child's relative is not the child
WORRY_SISTER = ("The neighbour said that the child was left alone in the flat on 4 May from 7pm until midnight. "
                "Ms Farah told us that she had left the child with the brother of the child, Idris (15), who went out. "
                "The health visitor is worried the child could be hurt or frightened if this goes on.")


def test_advice_never_offers_the_relatives_name_for_the_child(eng):
    advice = [f.message for f in _findings(eng, WORRY_SISTER, "worry") if f.code in ("SOS402", "SOS505", "SOS403")]
    assert advice and not any("Idris" in m for m in advice)


def test_rewrite_keeps_who_the_child_was_left_with():
    out = rewrite(WORRY_SISTER, kind="worry").text
    assert "brother of Idris" not in out
    assert "Idris (15)" in out


def test_a_named_child_beside_the_role_word_is_still_named():
    out = rewrite("The YP, Jasper (15), was found at a stranger's flat on 3 May by police. The social worker is "
                  "worried.", kind="worry").text
    assert "Jasper (15)" in out and "The YP" not in out


# C#1: the rewrite never makes a parent the child, nor adds a parent the draft never names
def test_blaming_a_parent_for_her_partner_never_makes_her_the_child():
    text = ("The family support worker is worried because Mum lets Dean stay over even after he hit her. "
            "Precious has chosen to put her partner before Rio and Tiger and has failed to protect them.")
    out = rewrite(text, kind="worry").text
    assert "do to Precious" not in out and "Does Precious see" not in out and "happen to Precious" not in out


def test_a_goal_never_speaks_to_a_dad_the_draft_does_not_name():
    text = ("Mother to attend the Freedom Programme. Carlos will not come to the flat. Parents to keep to the "
            "safety plan.")
    out = rewrite(text, kind="goal").text
    assert "Dad" not in out


def test_parents_with_dad_named_still_speaks_to_mum_and_dad():
    out = rewrite("Parents will not argue in front of Ivy (4). Dad will not drink on school nights.", kind="goal").text
    assert out.startswith("Mum and Dad, you and Ivy need")


# C#3: a word-name opening every sentence it is in, said to be putting herself at risk, is the child
@pytest.mark.parametrize("name", ["Hope", "Faith", "Aisha"])
def test_a_young_person_putting_herself_at_risk_is_mentioned(eng, name):
    text = (f"CSE concerns. {name} has been reported missing on 4 occasions since March. {name} is spending time "
            "with older men and is putting herself at risk.")
    assert not _findings(eng, text, "worry", "SOS401")


def test_a_word_at_a_sentence_start_with_no_person_said_is_no_child(eng):
    text = "Hope is what the family needs. The house is cold and there is no food in the cupboards."
    from sos_lint.people import people
    assert not [p.name for p in people(eng.nlp(text)).children]


# C#10: a town after "in" that hangs on a thing one can be in is a place, never an adult
@pytest.mark.parametrize("words", ["in a car in Bolton", "at a flat in Wigan", "in a taxi near Chorley"])
def test_a_town_where_a_car_or_flat_stands_is_a_place(eng, words):
    from sos_lint.redact import redact

    out = redact(f"Police found Ruby (14) {words} with a man called Kieran at 2am.", eng.nlp).text
    assert "[place]" in out and "Adult 2" not in out and "Kieran" not in out


# W#12: other countries' welfare English
def test_avail_herself_is_a_formal_verb_with_plain_advice(eng):
    found = _findings(eng, "Mrs Banda failed to avail herself for the visits on 3 and 10 May, so Tatenda (6) "
                           "was not seen.", "worry", "SOS104")
    assert any("avail herself" in f.message for f in found)


def test_the_juvenile_is_a_report_word_but_the_juvenile_court_is_not(eng):
    assert _findings(eng, "The juvenile was found in a car at 2am on 3 May by police.", "worry", "SOS402")
    for text in ("The juvenile court will decide on 3 May whether Ali (15) goes home.",
                 "The minor injuries unit saw Ali (15) on 3 May after Dad pushed him."):
        assert not _findings(eng, text, "worry", "SOS402")


# W#8: --fix does not polish words the check still asks to rewrite, nor write "then" where it reads "at that time"
def _fixed(eng, text, kind="worry"):
    from sos_lint.fixes import checked_fixed_text

    return checked_fixed_text(eng, text, eng.check_document(text, kind), kind).text


def test_fix_does_not_rename_an_organisation_the_check_says_to_replace_with_people(eng):
    text = ("The Local Authority and the nursery are worried that Tobi (3) was left alone on 3 May from 8pm "
            "until 11pm. If nothing changes, Tobi could be hurt.")
    assert "The Local Authority" in _fixed(eng, text)


def test_fix_still_writes_out_an_acronym_for_a_service(eng):
    text = "CSC are worried that Tobi (3) was left alone on 3 May from 8pm until 11pm. If nothing changes, Tobi could be hurt."
    assert "CSC" not in _fixed(eng, text)


def test_subsequently_at_the_end_of_its_clause_is_left_for_the_writer(eng):
    text = ("Dad hit Mum on 3 May. Tobi (3) did not go to nursery subsequently. The health visitor is worried. "
            "If nothing changes, Tobi could be hurt.")
    assert "subsequently" in _fixed(eng, text)


def test_subsequently_between_two_steps_becomes_then(eng):
    text = ("Dad hit Mum on 3 May, and subsequently the police arrested him. The health visitor is worried that "
            "Tobi (3) saw it. If nothing changes, Tobi could be hurt.")
    assert "and then the police" in _fixed(eng, text)
