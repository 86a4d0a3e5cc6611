"""Round 23 (lead): a service's check on the child is how others will know, not compliance, when
the goal says what the family will do (SOS511); the child written as a partner in their own abuse
(SOS306). Every case is in our own words; none is taken from a probe or a test set."""
from __future__ import annotations

import pytest

from sos_lint.api import engine


def _codes(text: str, kind: str, code: str) -> list[str]:
    return [report.text[f.start:f.end] for report in engine().check_document(text, kind)
            for f in report.findings if f.code == code]


# --- SOS511: the child checked by a service, beside the family's own deed ----------------------

@pytest.mark.parametrize("text", [
    "Dad will make up every bottle with the scoop and write it in the feed diary, and Rosie is weighed "
    "by the health visitor every Monday so that everyone can see she is putting on weight.",
    "Mum will give Archie his inhaler at breakfast and bedtime, and Archie is seen by the asthma nurse "
    "every month.",
    "Nana Pat will bath Esme every evening, and Esme will be weighed at the clinic each fortnight.",
])
def test_a_check_on_the_child_beside_the_familys_deed_is_not_compliance(text):
    assert _codes(text, "goal", "SOS511") == []


@pytest.mark.parametrize("text, words", [
    # The check alone is the goal's only measure: still compliance.
    ("Rosie will be weighed at the clinic every Monday.", "weighed"),
    # An adult checked is a test of the adult, not a check on the child's growth.
    ("Dad will be tested for drugs every month and Dad will cook tea for Rosie each night.", "tested"),
    # Going to a course stays compliance whatever else the goal says.
    ("Mum will attend a parenting course and Rosie is weighed by the health visitor every week.", "attend"),
])
def test_compliance_still_fires(text, words):
    found = _codes(text, "goal", "SOS511")
    assert any(words in span for span in found), found


# --- SOS306: the child written as taking part in their own abuse --------------------------------

@pytest.mark.parametrize("text, words", [
    ("Callum (14) took part in a burglary with two older men who groom him with cannabis and trainers.",
     "took part in a burglary"),
    ("Skye (13) has been engaging in sexualised chats with adult men she met on a gaming site.",
     "engaging in sexualised chats"),
    ("Tyler (15) participated in sexual activity with the men at the flat, who gave him vapes.",
     "sexual activity"),  # the lexicon's own entry marks it; the reading adds nothing twice
    ("Ellie (14) went along with it after the man bought her vodka and had sex with her.",
     "went along with"),
    ("Rhys (15) owes a drug debt of £300 to the older boys who groom him.", "owes a drug debt"),
    ("The gang took Rhys (15) to Hull twice; his drug debt keeps growing and he was stabbed in May.",
     "his drug debt"),
])
def test_taking_part_in_abuse_fires(text, words):
    found = _codes(text, "worry", "SOS306")
    assert any(words in span for span in found), found


@pytest.mark.parametrize("text", [
    # Taking part in play or sport is not abuse.
    "Oscar (4) engaged in play with his sister at the family centre while Dad watched his phone.",
    "Kian (14) takes part in boxing at the youth club, where older men have offered him lifts.",
    # A trafficked child's own account of a debt; an adult's debt; an adult going along with something.
    "Arben (16) told the officer he owes money for his journey and the men who exploit him keep his passport.",
    "Dad owes a drug debt and two men came to the flat with a knife while Kian (4) was asleep.",
    "Mum went along with it when Dad hit Poppy (15) for staying out, and Poppy has been groomed by men.",
    # What the adults told the child to do is their doing, and says so.
    "The men told Kian (14) to take part in the robbery and said they would hurt his mum.",
])
def test_taking_part_near_misses_stay_silent(text):
    found = [s for s in _codes(text, "worry", "SOS306")
             if any(w in s for w in ("part", "engaged", "along", "debt", "owe"))]
    assert found == []


# --- SOS304: a guess about an injury's cause, in other words -----------------------------------

@pytest.mark.parametrize("text, words", [
    ("The scratches on Milo's neck are in keeping with fingernails.", "in keeping with"),
    ("Bruising to Milo's ear was compatible with a pinch from an adult.", "compatible with"),
    ("The injury suggests that Milo (5) was pulled by the arm.", "suggests"),
    ("The injury suggests Milo (5) was pulled hard by the arm.", "injury suggests"),
    ("The marks on Milo's back indicate a belt was used.", "marks on Milo's back indicate"),
])
def test_an_injury_said_to_show_its_cause_is_a_guess(text, words):
    found = _codes(text, "worry", "SOS304")
    assert any(words in span for span in found), found


@pytest.mark.parametrize("text", [
    "Dad will keep Milo's bedtime at 7pm every night, in keeping with what Milo's school has asked.",
    "Milo (5) told his teacher that Dad pulled his arm, and the nurse saw a red mark on his wrist.",
])
def test_injury_near_misses_are_no_guess(text):
    assert _codes(text, "goal" if text.startswith("Dad will") else "worry", "SOS304") == []


# --- SOS512: a safety rule with its arrangement in the sentence before or after -----------------

@pytest.mark.parametrize("text", [
    "Sian, you will not leave Jonah alone with Craig. When Craig visits, it will be on Sundays at "
    "Grandma Jean's house while Jonah plays in the garden with Jean. Jonah will feel relaxed at home.",
    "Dean will not sleep at the house for the next six months. Lisa will see Dean at his flat on "
    "Fridays while the children are with their dad.",
])
def test_a_rule_with_its_arrangement_beside_is_not_absence_of_harm(text):
    assert _codes(text, "goal", "SOS512") == []


@pytest.mark.parametrize("text", [
    # Harm itself said not to happen: the sentence beside it does not change that.
    "Dean will not hurt Lisa again. Dean will see Lisa at his flat on Fridays while the children are at school.",
    # The sentence beside it promises nothing of the same person.
    "Dean will not come to the house. Mia (6) has been frightened of Dean since May.",
    # The child's own "will not": the child made the one to keep the rule.
    "Tom (9) will not ride the tractor. Tom will help Mr Hale feed the lambs every morning.",
    # The "if this doesn't happen" sentence is not the arrangement.
    "Dean will not stay at the house. If this does not happen, Dean will have to stay at his own flat.",
])
def test_absence_of_harm_still_fires(text):
    assert _codes(text, "goal", "SOS512") != []
