"""Round 37 (r37h): victim blaming (SOS306) and harm from outside the family, after two users'
reports (review37x, an adolescent exploitation worker; review37s, a school DSL).

1. An act the child was groomed, persuaded, asked or talked into is the adult's act, also when the
   verb of making is the second of two joined verbs with no subject of its own (X#1); knowing who
   she *can* talk to is a goal's safety network, not vetting her company (S#3).
2. What adults make an exploited child do, written as the child's own trade or label, is blame:
   sex with men for money or with adult men, selling drugs, "his association with", "is an
   offender", "has run up a drug debt" (X#6). An adult's act stays silent.

Every sentence is our own; none is taken from the users' drafts, a probe or a test set."""
from __future__ import annotations

import pytest

from sos_lint.api import engine


def _blame(text: str, kind: str = "worry") -> list[str]:
    return [report.text[f.start:f.end] for report in engine().check_document(text, kind)
            for f in report.findings if f.code == "SOS306"]


# --- 1. the adult's verb of making governs the child's act ---------------------------------------

@pytest.mark.parametrize("text", [
    # two joined verbs, the second with no subject of its own
    "Since June a man of 38 calling himself Jayden has groomed Lacey, who is 14, on TikTok and "
    "persuaded her to send him pictures of herself in her underwear.",
    "A man called Rob befriended Aisha, who is 13, on a gaming site and asked her to send explicit "
    "photos of herself; he now says he will post them.",
    "Over the summer an older man groomed Ellie (14) online and talked her into sending nude pictures "
    "of herself.",
    # one verb, with its subject
    "Rob, who is 31, pressured Aisha (13) into sending him a photo of herself without clothes.",
])
def test_what_the_adult_made_the_child_do_is_not_blame(text):
    assert [s for s in _blame(text) if any(w in s for w in ("send", "photo", "picture", "herself"))] == []


@pytest.mark.parametrize("text, words", [
    # the child the subject of the sending, nobody governing it: still blame
    ("Aisha, who is 13, was groomed online by a man of 31 and sent him explicit photos of herself.",
     "photos of herself"),
    ("Lacey, who is 14, has been sending explicit pictures of herself to a man she met on TikTok.",
     "pictures of herself"),
    ("Ellie (14) chose to send nude pictures of herself to a man on Snapchat.", "pictures of herself"),
    ("Ellie (14) has been sharing explicit images with men she meets online.", "sharing explicit images"),
])
def test_the_childs_own_sending_still_fires(text, words):
    found = _blame(text)
    assert any(words in span for span in found), found


@pytest.mark.parametrize("text", [
    "Nan, you and Lacey need Lacey to be safe on her phone and to know who she can talk to when a "
    "stranger asks her for photos. For this to happen, Nan, you will look at the apps with Lacey every "
    "Saturday morning.",
    "Dad and Auntie Val need Jordan, who has been exploited by older men, to know who he could ring if "
    "the men turn up at the park. For this to happen, Dad will keep his phone on at night.",
])
def test_knowing_who_she_can_reach_is_a_safety_network(text):
    assert [s for s in _blame(text, "goal") if "who" in s] == []


def test_being_careful_about_her_company_still_fires():
    text = ("Gran needs Lacey, who has been groomed online, to be careful about who she talks to. "
            "Gran will check her phone each week.")
    assert _blame(text, "goal"), "the child set the task of vetting her company is still blame"


# --- 2. the exploited child's harm written as their own trade or label ----------------------------

@pytest.mark.parametrize("text, words", [
    ("Maisie, 15, has been sexually exploited at a house in Hull. She is sleeping with older men for "
     "vapes and money and was missing twice in May.", "sleeping with older men"),
    ("Maisie (15) is having sex with men in their forties in exchange for somewhere to stay.",
     "having sex with men"),
    ("Leon, 14, has been criminally exploited by a gang. He is earning money by selling drugs for older "
     "boys from Leeds.", "selling drugs"),
    ("Leon (14) has been missing four times and is running drugs in Doncaster.", "running drugs"),
    ("Leon, 14, has been criminally exploited by a gang. He has run up a drug debt of £600.",
     "drug debt"),
    ("Leon, 14, has been criminally exploited by a gang. He is a known offender and carries a knife.",
     "offender"),
    ("Leon, 14, has been criminally exploited by a gang and is at risk because of his association with "
     "older boys at the park.", "association with"),
    # "involved" read as a passive verb: the child labelled all the same
    ("Leon (14) is involved with a gang in Doncaster and was stabbed in March.", "involved with a gang"),
])
def test_the_exploited_childs_trade_or_label_fires(text, words):
    found = _blame(text)
    assert any(words in span for span in found), found


@pytest.mark.parametrize("text, words", [
    # an adult's own act or label
    ("Leon, 14, has been criminally exploited by a gang. Craig sells drugs from the flat above the "
     "chip shop.", "sells drugs"),
    ("Leon, 14, has been criminally exploited by a gang. Craig is a drug dealer and a known offender.",
     "offender"),
    ("Leon, 14, has been criminally exploited by a gang. Mum's association with Craig worries the "
     "police.", "association"),
    # done to the child by the adults, said so
    ("Leon, 14, has been criminally exploited by a gang who groomed him into selling drugs in Hull.",
     "selling drugs"),
    ("Leon, 14, has been criminally exploited by a gang. The men made him sell drugs in Hull.",
     "sell drugs"),
    ("Leon, 14, has been criminally exploited by a gang and was forced to carry drugs to Hull.",
     "carry drugs"),
    # the exploiters are "older boys", a child word: the act is still at their bidding
    ("Older lads from the estate are using Leon, who is 14, to carry drugs to Hull, and he has been "
     "missing twice.", "carry drugs"),
    # the child's own account
    ("Leon, 14, has been criminally exploited by a gang. Leon said he sold drugs to pay them back.",
     "sold drugs"),
    # an adult involved with a gang
    ("Leon (14) has been missing three times. His cousin Craig, who is 27, is involved with a gang in "
     "Doncaster.", "involved"),
    # sleeping, not sex in exchange
    ("Maisie, 15, sleeps with her teddy and wakes screaming since Dad hit Mum in March.", "sleeps with"),
])
def test_adults_acts_and_what_was_done_to_the_child_stay_silent(text, words):
    assert [s for s in _blame(text) if words in s] == []


def test_a_parent_being_honest_is_not_blame():
    text = ("Maisie, 15, has been sexually exploited by Craig. Mum will be honest with the school about "
            "what happened. Mum will ring the police if Maisie is missing.")
    assert [s for s in _blame(text, "goal") if "honest" in s] == []
