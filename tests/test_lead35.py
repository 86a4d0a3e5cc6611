"""Round 35, the lead: mends from the users' reports that no helper's area held."""
import pytest

from sos_lint.api import engine


@pytest.fixture(scope="module")
def eng():
    return engine()


def _denial_messages(eng, text: str) -> list[str]:
    return [text[f.start:f.end] for r in eng.check_document(text, "worry") for f in r.findings
            if "did not happen" in f.message or "denies this" in f.message]


@pytest.mark.parametrize("text", [
    # review35i I#9: the "not" is the other subject's in a run-on the parser joined
    'Concerns regarding DV and the YP\'s mum\'s "chaotic" lifestyle… the CIN plan is not working.',
    "Worries about neglect and the flat… the boiler is not fixed and Kit (3) sleeps in his coat.",
])
def test_a_not_in_another_clause_of_a_run_on_is_not_the_harms(eng, text):
    assert _denial_messages(eng, text) == []


@pytest.mark.parametrize("text, words", [
    ("There are no concerns about Ava at nursery and no injuries were seen.", "no injuries"),
    ("Mum did not use drugs in the house, but Dad shouts at Tia (4) most nights.", "use drugs"),
])
def test_a_harm_the_statement_says_did_not_happen_is_still_asked_about_fairly(eng, text, words):
    assert words in _denial_messages(eng, text)


@pytest.mark.parametrize("text, kept, written", [
    # review35 C#3: "have" + an -ing word before a noun is the noun's modifier, never a verb to swap
    ("School have safeguarding concerns as Rose told her teacher about the shouting.", "safeguarding concerns",
     "protecting concerns"),
    ("The nursery has safeguarding worries about Kai (2) and his weight.", "safeguarding worries", "protecting worries"),
])
def test_have_and_an_ing_modifier_is_not_swapped_to_a_verb(text, kept, written):
    from sos_lint.rewrite import rewrite_many

    out = rewrite_many([text], ["worry"], scaffold=False)[0].text
    assert kept in out and written not in out


def test_a_real_verb_group_with_have_been_is_still_swapped():
    from sos_lint.rewrite import rewrite_many

    out = rewrite_many(["The school have been safeguarding Ava (7) since May."], ["worry"], scaffold=False)[0].text
    assert "have been protecting Ava" in out


def _children(text: str) -> set[str]:
    from sos_lint import people
    from sos_lint.nlp import load

    return {p.name for p in people.people(load()(text)).children}


@pytest.mark.parametrize("text, child", [
    # review35w W#5: a season's name written with a capital inside a sentence is someone's name
    ("School have concerns regarding neglect as Summer presents as unkempt and hungry.", "Summer"),
    ("The nursery is worried because Autumn arrives most days in wet nappies.", "Autumn"),
    ("Mum shouts at Winter when she has been drinking.", "Winter"),
])
def test_a_capitalised_season_inside_a_sentence_is_a_name(text, child):
    assert child in _children(text)


@pytest.mark.parametrize("text, word", [
    ("Mum says Summer holidays are hard and Kai (4) is left alone.", "Summer"),
    ("The Summer term was hard for Ava (9) because Dad left.", "Summer"),
    ("Dad works nights and in Winter the flat is cold for Ava (3).", "Winter"),
    ("Since Autumn half-term Leo (6) has missed school most Mondays.", "Autumn"),
])
def test_a_season_as_a_time_is_not_a_person(text, word):
    assert word not in _children(text)


def test_no_child_named_is_not_said_of_a_statement_about_summer(eng):
    text = "School have concerns regarding neglect as Summer presents as unkempt and hungry."
    assert not [f for r in eng.check_document(text, "worry") for f in r.findings if f.code == "SOS401"]
