"""Round 38 (r38h): what two new users found in the rewrite, and whom it addresses.

1. review38p P#2: with no child's name given, an adult is not put in the child's slot. A name
   the people analysis calls a child only because nothing says otherwise is not named before a
   child the text shows to be one ("Ivy (5)"), nor where the words around it show an adult: acting
   in a plan ("Tanya will attend…"), let back in ("let Wayne back in"), or gone back to
   ("returning to Kieran"). With no child left, the placeholder is "[child's name]".
Every sentence here is new, written for these tests, with near misses that must not change.
"""
from __future__ import annotations

import pytest

from sos_lint.api import engine
from sos_lint.rewrite import rewrite


def _suggestions(text: str, kind: str, code: str) -> list[str]:
    report = engine().check_document(text, kind)[0]
    return [f.suggestion or "" for f in report.findings if f.code == code]


# -- 1. P#2: no adult in the child's slot -------------------------------------------------------

def test_check_names_the_aged_child_not_the_man_let_back_in():
    text = ("The school is worried about Ivy (5) and Jack (8). Their mum let Wayne back in after the court "
            "order. Wayne and Wayne's friends drink in the flat.")
    said = " ".join(_suggestions(text, "worry", "SOS403") + _suggestions(text, "worry", "SOS505"))
    assert "Wayne" not in said
    assert "Ivy" in said


def test_check_goal_with_only_adults_named_keeps_the_placeholder():
    text = ("Tanya to stop putting the baby at risk by staying away from Kieran and not returning to Kieran. "
            "Tanya will attend every session of the programme by June.")
    said = _suggestions(text, "goal", "SOS404")
    assert said and all("Tanya" not in s and "Kieran" not in s for s in said)
    assert any("[child's name]" in s for s in said)


def test_rewrite_goal_does_not_speak_of_the_partner_gone_back_to_as_the_child():
    text = ("Tanya to stop putting the baby at risk by not returning to Kieran. "
            "Tanya will attend every session of the programme by June.")
    out = rewrite(text, "goal").text
    assert "you and Kieran" not in out and "after Kieran" not in out


def test_check_goal_names_the_children_who_will_not_see_it():
    text = ("Ms Hale will end her relationship with Mr Dunn. Poppy and Alfie will not hear shouting at home. "
            "Mr Dunn will not come to the flat.")
    said = _suggestions(text, "goal", "SOS404")
    assert not said or "Dunn" not in said[0]


# near misses: a child named only by name, with nothing adult around it, is still named
def test_check_still_names_a_child_named_without_an_age():
    text = "Dad shouts at Poppy when he has been drinking, and Poppy hides under the stairs."
    said = _suggestions(text, "worry", "SOS505")
    assert said and "Poppy" in said[0]


def test_check_names_the_child_who_returns_to_the_carers_home_by_age():
    text = ("Leon (12) ran away from the children's home on Friday and Leon's key worker found him "
            "at his uncle's flat.")
    said = _suggestions(text, "worry", "SOS505")
    assert said and "Leon" in said[0]


def test_rewrite_goal_still_addresses_the_aged_child():
    text = ("Tanya to stop putting Ivy (5) at risk by not returning to Kieran. "
            "Tanya will attend every session of the programme by June.")
    out = rewrite(text, "goal").text
    assert "you and Ivy need" in out and "Kieran need" not in out


# -- 3. D#2: a passive turned active keeps its object; if the parse is not sure, it stays ------

@pytest.mark.parametrize("text", [
    "The nurse is worried that Kit (6) is given 5ml of Calpol at midnight by Dad and that double doses of "
    "Epilim 200 mg are administered by Dad when the 8am dose is missed, as per the chart.",
    "The school nurse is worried that Sol is sent to school without his inhaler and that repeat doses of "
    "salbutamol are administered by Mum when the morning dose is skipped.",
])
def test_passive_after_a_clause_that_is_not_turned_into_a_garbled_active(text):
    out = rewrite(text, "worry", scaffold=False).text
    for garbled in ("gives that", "takes that", "administers that", "give that"):
        assert garbled not in out
    assert "that double doses" in out or "that repeat doses" in out
    for kept in ("200 mg", "8am", "5ml", "Calpol", "salbutamol", "midnight"):
        if kept in text:
            assert kept in out


def test_plain_passive_with_a_doer_is_still_turned_round():
    out = rewrite("Ruby was slapped by Dad in the kitchen on Sunday.", "worry", scaffold=False).text
    assert "Dad slapped Ruby" in out
    out = rewrite("Staff are worried that large doses of Calpol are given by Mum at night.", "worry",
                  scaffold=False).text
    assert "that Mum gives large doses of Calpol at night" in out


# -- 5. D#6: a name that is also a word keeps its capital after the new opening -----------------

@pytest.mark.parametrize("text, name", [
    ("May's tablets to be given by Dad every morning. Dad to go to the GP.", "May's"),
    ("Will's tantrums to be handled calmly by Nan. Nan to attend the course.", "Will's"),
])
def test_a_name_that_is_a_word_keeps_its_capital(text, name):
    out = rewrite(text, "goal").text
    assert name in out
    assert name.lower() not in out


def test_a_common_noun_still_lowers_after_the_opening():
    out = rewrite("The home to be kept clean. Mum to attend the course.", "goal").text
    assert "For this to happen, the home will be kept clean." in out
