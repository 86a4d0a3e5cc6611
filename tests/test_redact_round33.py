"""Round 33 (review33a): redaction leaks found by three users (review33, review33q, review33d), by
class, and one person with one placeholder across the drafts of a run. Every sentence here is new
(other names, harms and wording than the users' drafts); each class has near misses that must stay."""
from __future__ import annotations

import unicodedata

import pytest

from sos_lint.redact import Redactor
from sos_lint.redaction.reports import mask


@pytest.fixture(scope="module")
def nlp(engine):
    return engine.nlp


def _out(nlp, text: str) -> str:
    return Redactor(nlp).redact(text).text


# -- a word-name opening a short sentence ---------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Honor refused to open the door to the health visitor on Monday.", "Honor"),
    ("Liberty and the school nurse are worried that Dad hits Arlo (5) when he drinks.", "Liberty"),
    ("The flat is cold and there is no food. Blessing is parentified.", "Blessing"),
    ("Mum has left the twins alone twice. Honor is not coping since the baby came.", "Honor"),
])
def test_a_word_name_standing_as_a_person_at_the_start_goes(nlp, text, name):
    out = _out(nlp, text)
    assert name not in out, out


@pytest.mark.parametrize("text, kept", [
    ("Faith in the plan is low since the last meeting.", "Faith in the plan"),
    ("Trust is broken between Mum and the school.", "Trust is broken"),
    ("Work is blamed for the rows at home.", "Work is blamed"),
    ("Grace and courtesy matter a lot to Nan.", "Grace and courtesy"),
])
def test_a_word_opening_a_sentence_as_a_thing_stays(nlp, text, kept):
    assert kept in _out(nlp, text)


def test_a_word_name_with_a_role_between_commas_at_the_start_goes(nlp):
    out = _out(nlp, "Ivy, Dad's neighbour, says the children are often out late on their own.")
    assert "Ivy" not in out and out.split(",")[0].startswith(("Adult", "Person"))
    assert "Dad's neighbour" in out


def test_a_day_before_a_role_without_a_closing_comma_stays(nlp):
    out = _out(nlp, "Friday, the social worker visited and saw Arlo (5) with a black eye.")
    assert out.startswith("Friday, the social worker visited")


# -- whole dates -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, gone", [
    ("Dad must finish the anger course by October 2026.", ["October", "2026"]),
    ("The police were called on 14 / March and again on 2/ April.", ["March", "April", "14"]),
    ("Kian (13) has missed school since Nov and was excluded in Feb.", ["Nov", "Feb"]),
])
def test_the_whole_date_goes_month_and_all(nlp, text, gone):
    out = _out(nlp, text)
    assert "[date]" in out
    assert [w for w in gone if w in out] == [], out
    assert "[place]" not in out and "Child B" not in out  # a month is neither a place nor a person


@pytest.mark.parametrize("text, kept", [
    ("Dad has been sober for six months and sees Kian every day.", "for six months"),
    ("May (6) told her teacher that Mum sleeps all day.", "(6) told her teacher"),
])
def test_times_that_are_no_date_and_a_girl_called_may_stay_as_they_were(nlp, text, kept):
    out = _out(nlp, text)
    assert kept in out and "[date]" not in out
    if text.startswith("May"):
        assert "May" not in out and out.startswith("Child A")


def test_a_date_quoted_again_with_a_slash_in_a_rule_s_words_is_masked(nlp):
    found = mask(Redactor(nlp), "Arlo told Miss Kaur on 9 March that he sleeps on the floor.")
    assert "[date]" in found.redacted
    assert found.words("9 / March") == "[date]"
    assert found.words("on 9-March") == "on [date]"
    assert found.words("3 - 4 times a week") == "3 - 4 times a week"  # no date of the draft's


# -- decomposed accents ----------------------------------------------------------------------------

def test_names_typed_with_combining_accents_go_and_the_rest_is_untouched(nlp):
    text = unicodedata.normalize("NFD", "Aoife and Zoë are worried that Dad shouts at Inès (6) at night. Renée is Mum's friend.")
    out = Redactor(nlp).redact(text).text
    for name in ("Zoë", "Inès", "Renée", "Aoife"):
        assert unicodedata.normalize("NFD", name) not in out and name not in out, out
    assert "are worried that Dad shouts at" in out and "(6) at night" in out


def test_a_composed_text_is_redacted_as_before(nlp):
    text = "Zoë and the social worker are worried that Inès (6) is alone at night."
    assert _out(nlp, text) == _out(nlp, unicodedata.normalize("NFC", text))


def test_a_rule_quoting_a_decomposed_name_either_way_is_masked(nlp):
    text = unicodedata.normalize("NFD", "Inès (6) is left alone at night.")
    found = mask(Redactor(nlp), text)
    assert "Child A" in found.redacted
    assert "Child A" in found.words("Inès is left alone") and "Child A" in found.words(
        unicodedata.normalize("NFD", "Inès is left alone"))


# -- a surname with particles ----------------------------------------------------------------------

@pytest.mark.parametrize("text, gone", [
    ("Mrs van der Berg and the health visitor are worried that Kofi (2) is underweight.", ["van", "der", "Berg"]),
    ("Dad's partner, Luis de la Fuente, shouts at Kofi (2) when he cries.", ["de la", "Fuente", "Luis"]),
])
def test_a_surname_with_particles_is_one_person(nlp, text, gone):
    out = _out(nlp, text)
    assert [w for w in gone if f" {w} " in f" {out} " or w in out.split()] == [], out
    assert "Adult 2" not in out  # one adult, not a fragment each side of "der"


def test_particles_without_a_name_around_them_stay(nlp):
    out = _out(nlp, "Dad parks the van by the door while Kofi (2) sleeps in the back of it.")
    assert "parks the van by the door" in out and "back of it" in out


# -- one person, one placeholder across the run ----------------------------------------------------

def test_a_name_found_in_a_later_draft_is_a_name_in_an_earlier_one(nlp):
    drafts = ["Mum drinks every day. Clemency is parentified.",
              "Clemency (11) looks after her brother Jai (4) when Mum has been drinking."]
    redactor = Redactor(nlp)
    redactor.learn(drafts)
    first, second = (redactor.redact(d).text for d in drafts)
    assert "Clemency" not in first and "Clemency" not in second
    assert "Child A is parentified" in first and "Child A (11)" in second


def test_an_adult_keeps_the_adult_placeholder_in_every_draft(nlp):
    drafts = ["Marigold is not coping with the children and has been falling at home.",
              "Nan Marigold (74) and the GP are worried that Marigold forgets to give Jai (4) his tea.",
              "Marigold will let the neighbour, Mr Osei, help each evening."]
    redactor = Redactor(nlp)
    redactor.learn(drafts)
    outs = [redactor.redact(d).text for d in drafts]
    labels = {o.split()[0] if not o.startswith("Nan") else o.split()[1] + " " + o.split()[2] for o in outs}
    assert all("Marigold" not in o for o in outs)
    assert "Nan Adult 1 (74)" in outs[1] and outs[0].startswith("Adult 1 ") and outs[2].startswith("Adult 1 "), outs


def test_namesakes_with_an_age_stay_two_people(nlp):
    drafts = ["Dad left Jude (4) alone in the bath. Jude was very cold.",
              "Mum's boyfriend Jude has hit Ola (7). Jude says he lost his temper."]
    redactor = Redactor(nlp)
    redactor.learn(drafts)
    first, second = (redactor.redact(d).text for d in drafts)
    assert "Child A (4)" in first and "boyfriend Adult" in second


def test_a_person_read_both_ways_without_an_age_gets_a_neutral_placeholder(nlp):
    drafts = ["The family nurse is worried that Tia (16) leaves the baby with her friend Dior while she goes out.",
              "Tia, you will take the baby with you, or ask your friend Dior to sit with her."]
    redactor = Redactor(nlp)
    redactor.learn(drafts)
    first, second = (redactor.redact(d).text for d in drafts)
    assert "Dior" not in first + second
    label = next(w for w in ("Person 1", "Adult 1", "Adult 2", "Child B") if w in first)
    assert label in second  # one placeholder for her in both drafts, whichever it is


def test_without_learning_each_draft_is_redacted_as_before(nlp):
    redactor = Redactor(nlp)
    out = redactor.redact("Will (5) is frightened of Dad.").text
    assert out.startswith("Child A (5)")
    assert redactor.redact_label("Person 2") == "Person 2"


@pytest.mark.parametrize("text, opening", [
    ("Worry statement\nThere are concerns that Mum drinks when Ava (3) is at home.", "There are concerns"),
    ("Safety goal\nThere will be no more shouting in front of Ava (3).", "There will be"),
])
def test_an_empty_there_is_nobody(nlp, text, opening):
    out = _out(nlp, text)
    assert opening in out and "Ava" not in out


def test_a_stop_word_read_as_a_person_does_not_spread_through_a_run(nlp):
    drafts = ["There are worries about the home. Ava (3) is often hungry.",
              "Ava (3) told Nan she was hungry. There is no food in the flat."]
    redactor = Redactor(nlp)
    redactor.learn(drafts)
    assert all(redactor.redact(d).text.count("There ") == 1 for d in drafts)


def test_a_rule_quoting_part_of_a_surname_with_particles_shows_none_of_it(nlp):
    found = mask(Redactor(nlp), "Mr Van Dijk and the midwife are worried that Noor (1) is left to cry for hours.")
    assert "Van" not in found.words("Mr Van Dijk and the") and "Dijk" not in found.words("Mr Van Dijk and the")
    assert found.words("Dad's van is parked outside") == "Dad's van is parked outside"
