"""Round 37 (r37i; review37x X#3, review37s S#9): a child whose name is an English word, found by
the sentence's grammar (sos_lint/people/opening_subject_child.py) and by the heading that names
them (sos_lint/people/headings.py). Every sentence here is our own wording: other names, other
harms and other shapes than the trials' drafts, with near misses that must not change."""
from __future__ import annotations

import pytest

from sos_lint.api import engine, rewrite
from sos_lint.people import headings, people


@pytest.fixture(scope="module")
def eng():
    return engine()


def _doc(eng, text):
    return next(iter(eng.parse([text])))


def _children(eng, text):
    return {p.name for p in people(_doc(eng, text)).children}


def _codes(eng, text, kind="worry"):
    return [f.code for f in eng.check_many([text], [kind])[0].findings]


# A word opening its sentence as the subject, and what its clause says shows a person.
FOUND = [
    ("Haven is at risk of being hurt at home because Dad throws plates when he is angry.", "Haven"),
    # Round 38 (r38d): the tagger reads "Honour" here as a proper noun; "her lessons", a pupil's own,
    # in its own clause says a child ("Siân will take her medication as prescribed" stays unread).
    ("Honour will stop skipping her lessons on Fridays and will tell Mr Osei where she goes.", "Honour"),
    ("Sterling to keep his phone charged and switched on whenever he is out after dark.", "Sterling"),
    ("Marvel was punched by two older lads outside the chip shop on Friday night.", "Marvel"),
    ("Harmony keeps herself awake at night so she can hear when the front door opens.", "Harmony"),
    ("Royal is being bullied by a group of lads from the estate on the bus home.", "Royal"),
    ("Sunny is at risk of exploitation by the men who run the flat on Kirk Street.", "Sunny"),
    ("Will was groomed by a man he met through a gaming chat, the youth worker told us.", "Will"),
    ("Remy has been threatened twice by a man who says Remy owes him money.", "Remy"),
]


@pytest.mark.parametrize("text,name", FOUND)
def test_an_opening_subject_said_of_as_a_person_is_the_child(eng, text, name):
    assert name in _children(eng, text)


# Near misses: a modal used as a verb, a month, a virtue or a thing as the subject, a passive that
# is not harm, an owner of a person, another child named by age.
NOT_A_CHILD = [
    ("Will be discussed at the review meeting in June.", "Will"),
    ("May 2025 saw three police call-outs to the flat.", "May"),
    ("Faith in the school has fallen since the exclusion.", "Faith"),
    ("Cannabis was found under the bed by police on Tuesday.", "Cannabis"),
    ("Housing will move the family to a bigger flat by March.", "Housing"),
    ("Justice was delayed because the court date moved twice.", "Justice"),
    ("Will the school ring Mum if she is late again?", "Will"),
    ("Hope is at risk and Kai (6) is scared when the shouting starts.", "Hope"),
    ("Sterling will take his daughter to nursery every morning.", "Sterling"),
    # a parent opening the statement where the text speaks of the family's children by a child's word
    ("Marigold will take her insulin every morning and keep her clinic appointments. The children will be "
     "looked after by Nan when she is in hospital.", "Marigold"),
    ("Unborn is at risk because Dad has been using heroin again since March.", "Unborn"),
]


@pytest.mark.parametrize("text,word", NOT_A_CHILD)
def test_near_misses_are_not_the_child(eng, text, word):
    assert word not in _children(eng, text)


def test_the_other_child_named_by_age_is_still_the_child(eng):
    assert _children(eng, "Hope is at risk and Kai (6) is scared when the shouting starts.") == {"Kai"}


# SOS401 reads the same analysis: silent where the child is found, still there where nobody is.
@pytest.mark.parametrize("text,kind", [
    ("Destiny is being threatened by lads at the skate park, and the PCSO is worried.", "worry"),
    ("Justice to hand in his phone to Nan at 10pm every night for the next three months.", "goal"),
    ("Blessing will stop meeting adults she only knows from the internet, and will tell her aunt when one "
     "messages her.", "goal"),
])
def test_no_child_error_is_silent_for_a_word_name(eng, text, kind):
    assert "SOS401" not in _codes(eng, text, kind)


@pytest.mark.parametrize("text,kind", [
    ("Will be reviewed at the core group in May.", "worry"),
    ("Cannabis was found under the bed by police on Tuesday.", "worry"),
])
def test_no_child_error_still_fires_with_nobody_named(eng, text, kind):
    assert "SOS401" in _codes(eng, text, kind)


# A heading that names a child whose name is a word.
@pytest.mark.parametrize("title,body,expected", [
    ("Safety goal – Justice", "Nan will walk Justice to the bus stop every morning and wait until the bus has gone.",
     ("Justice",)),
    ("Worry statement: Honour (15)", "The school is worried that she has missed eleven days since September.",
     ("Honour",)),
    ("Safety goal 2 - River", "River will go to after-school club with his cousin every Tuesday.", ("River",)),
    # near misses: a topic in capitals, a virtue in the statement, a name the goal speaks to
    ("Worry statement – Neglect", "Mum has not washed the children's clothes for three weeks.", ()),
    ("Worry statement – Faith", "Faith in the family's recovery has been low since the police came.", ()),
    ("Safety goal – Will", "Mum will text the school if she has been drinking.", ()),
])
def test_heading_names_a_word_name(eng, title, body, expected):
    assert headings.children_in(title, _doc(eng, body)) == expected


def test_rewrite_uses_the_heading_name_that_is_a_word():
    text = ("Safety goal – Justice\nMum will go to the women's group on Tuesdays. Nan will walk Justice to the bus "
            "stop every morning.")
    out = rewrite(text).text
    assert "[child's name]" not in out
    assert "Justice" in out.split("\n", 2)[1] or "Justice" in out


def test_rewrite_names_the_opening_subject_child():
    out = rewrite("Remy is being threatened by older lads at the park, and the youth worker is worried.",
                  kind="worry").text
    assert "[child's name]" not in out
