"""Round 33 (review33f): false alarms and wrong messages three users found, mended by class
(sos_lint/checks/words33.py and the rules that call it, name_parse for names read as words). Each
class has cases that must change and near misses that must not. Every sentence is our own; none is
taken from the users' drafts, a probe or a test set."""
from __future__ import annotations

import pytest

from sos_lint.api import engine


def _findings(text: str, kind: str, codes: tuple[str, ...] = (), hints: bool = True):
    return [(f.code, report.text[f.start:f.end], f.message) for report in engine().check_document(text, kind)
            for f in report.findings if (not codes or f.code in codes) and (hints or f.severity != "hint")]


def _words(text: str, kind: str, codes: tuple[str, ...], hints: bool = True) -> list[str]:
    return [words for _, words, _ in _findings(text, kind, codes, hints)]


# --- 1. SOS306: a child who will know where to turn for help is not vetting her contacts ------------

_ADULTS = (" Gran will keep the tablet downstairs after 8pm and look at the chats with Ruby each Saturday,"
           " and Ms Akhtar will see Ruby every Tuesday at school for the next year.")


@pytest.mark.parametrize("text", [
    "Gran, you and Ruby want Ruby to be safe online and to know who to go to if a stranger frightens her." + _ADULTS,
    "Gran, you want Ruby to be safe when she games online, and Ruby will know who to tell when she feels worried." + _ADULTS,
    "Gran, you want Ruby safe online; Ruby will know who to turn to after the man messaged her." + _ADULTS,
    "Gran, you want Ruby safe online, and Ruby will know who to ask for help with the pictures he sent." + _ADULTS,
])
def test_knowing_where_to_turn_is_not_victim_blaming(text):
    assert not _words(text, "goal", ("SOS306",))


@pytest.mark.parametrize("text", [
    # vetting her own contacts, with no help or distress in sight
    "Ruby will be careful who she chats to online after the man sent her photos." + _ADULTS,
    "Ruby needs to think about who to meet after the older boys gave her gifts online." + _ADULTS,
])
def test_vetting_her_own_contacts_still_fires(text):
    assert _words(text, "goal", ("SOS306",))


# --- 2. SOS101: "placed on a plan" moves nobody ------------------------------------------------------

@pytest.mark.parametrize("text, noun", [
    ("Theo was placed on a child protection plan in March after Dad burnt his hand on the iron.", "plan"),
    ("Both girls were placed under a supervision order last winter because Mum hit Kaya with a belt.", "order"),
])
def test_placed_on_a_plan_gets_plan_advice(text, noun):
    found = _findings(text, "worry", ("SOS101",))
    placed = [message for _, words, message in found if "placed" in words]
    assert placed and all("went to live" not in m for m in placed)
    assert any(f"what the {noun} asks the family to do" in m for m in placed)


@pytest.mark.parametrize("text", [
    "Theo was placed with his uncle in March after Dad burnt his hand on the iron.",
    "Theo has been placed in foster care since Dad burnt his hand on the iron.",
])
def test_a_move_of_home_keeps_the_placement_advice(text):
    found = _findings(text, "worry", ("SOS101",))
    assert any("went to live" in message for _, words, message in found if "placed" in words)


# --- 3. SOS202 / SOS305: what the writer says did not happen ----------------------------------------

@pytest.mark.parametrize("text", [
    "Dad left Oskar (3) in the car outside the bookmaker's on 9 July for forty minutes. Oskar was not hurt, "
    "but a passer-by found him crying and sweating. If this goes on, Oskar could overheat.",
    "Mum's boyfriend threw a mug at the wall on Friday while Elsie (2) was in her high chair. Elsie wasn't "
    "injured, and she cried for an hour. If this goes on, Elsie could be badly hurt.",
])
def test_a_harm_that_did_not_happen_hides_nobody(text):
    assert not [w for w in _words(text, "worry", ("SOS202",)) if "hurt" in w or "injured" in w]


@pytest.mark.parametrize("text", [
    "Oskar was hurt on 9 July and nobody has said how.",
    "Oskar was not only hit but kicked on 9 July.",
])
def test_a_harm_that_happened_still_asks_who(text):
    assert _words(text, "worry", ("SOS202",))


@pytest.mark.parametrize("text", [
    "It is not the case that Dad refused to let the nurse in; he was at work that day.",
    "It is not true that Mum was hostile to the teacher: she asked twice to meet her.",
    "Nobody has said that Mum was hostile to the teacher.",
])
def test_a_judgement_the_writer_denies_is_not_a_judgement(text):
    assert not _words(text, "worry", ("SOS305",))


@pytest.mark.parametrize("text", [
    "It is true that Dad refused to let the nurse in on 4 June.",
    "The nurse said that Mum was hostile to her on 4 June.",
    "It is not the case that Dad asked for help; Mum refused to let the nurse in.",
])
def test_a_judgement_stated_still_fires(text):
    assert _words(text, "worry", ("SOS305",))


# --- 4. messages for the kind of statement they are on ----------------------------------------------

def test_a_worry_about_a_state_that_changed_gets_no_goal_example():
    found = _findings("Noah's behaviour at nursery has deteriorated since Dad moved back in, and Noah is "
                      "tired every morning.", "worry", ("SOS302",))
    state = [m for _, words, m in found if "deteriorated" in words]
    assert state and all("will take his tablets" not in m and "will change" not in m for m in state)


def test_a_goal_about_a_state_keeps_the_goal_example():
    found = _findings("Mum's mental health will improve over the next six months.", "goal", ("SOS302",))
    assert any("will" in m for _, _, m in found)


def test_an_organisation_in_a_goal_is_asked_who_will_do_it():
    found = _findings("Children's Services will check the flat every week, and Mum will keep the stairs "
                      "clear for Amir.", "goal", ("SOS502",))
    assert found and all("worried" not in m and "will do it" in m for _, _, m in found)


def test_an_organisation_in_a_worry_is_still_asked_who_is_worried():
    found = _findings("Children's Services are worried that Dad shook Amir on 2 May.", "worry", ("SOS502",))
    assert found and all("worried" in m for _, _, m in found)


def test_the_council_in_a_goal_is_asked_who_will_do_it():
    found = _findings("The local authority will pay for the new cot, and Mum will put Amir down on his back "
                      "every night.", "goal", ("SOS101",))
    council = [m for _, words, m in found if "local authority" in words.lower()]
    assert council and all("who is worried" not in m for m in council)


def test_suitable_gets_no_example_about_a_home():
    found = _findings("Jade (9) has been out of school since May without a suitable education.", "worry",
                      ("SOS302",))
    assert all("no bed" not in m and "windows" not in m for _, _, m in found)


def test_agreeing_is_not_called_going_to_services():
    found = _findings("Tomasz to agree to the nursery place for Lena.", "goal", ("SOS511",))
    agree = [m for _, words, m in found if "agree" in words]
    assert agree and all("going to services" not in m for m in agree)


def test_going_to_a_course_is_still_about_services():
    found = _findings("Tomasz to attend a parenting course.", "goal", ("SOS511",))
    assert any("going to services" in m for _, _, m in found)


# --- 5. SOS512: an adult who keeps someone away is protecting the child -----------------------------

@pytest.mark.parametrize("text", [
    "Aunty Bisi will not let the children's father into the flat.",
    "Grandad will not allow Lee near the twins.",
])
def test_keeping_someone_away_is_not_absence_of_harm(text):
    assert not _words(text, "goal", ("SOS512",))


@pytest.mark.parametrize("text", [
    "Grandad will not drink and will not shout at the twins.",
    "Grandad will not allow the twins to stay up late.",
])
def test_a_bare_will_not_still_fires(text):
    assert _words(text, "goal", ("SOS512",))


# --- 6. one word, one message; plain words left alone; no US grade ----------------------------------

def test_a_formal_word_inside_a_vague_phrase_is_said_once():
    found = _findings("Dad to demonstrate that he can keep Mia safe at bath time.", "goal", ("SOS104", "SOS302"))
    on_demonstrate = [code for code, words, _ in found if "demonstrate" in words]
    assert on_demonstrate == ["SOS302"]


def test_a_formal_word_alone_is_still_a_hint():
    assert _words("Dad will demonstrate the bath routine to Nan each Sunday.", "goal", ("SOS104",))


def test_missing_from_home_is_plain_words():
    assert not [w for w in _words("Lola (14) has been missing from home four times since June; the police found "
                                  "her at a bus station each time.", "worry", ("SOS101",)) if "missing" in w]


def test_missing_episodes_is_still_jargon():
    assert _words("Lola (14) has had four missing episodes since June.", "worry", ("SOS101",))


def test_the_hard_to_read_hint_gives_no_school_grade():
    text = ("Professionals have identified significant deficiencies regarding parental supervision, "
            "necessitating immediate multi-agency intervention and comprehensive reassessment.")
    found = _findings(text, "worry", ("SOS204",))
    assert found and all("grade" not in m and "out of 100" in m for _, _, m in found)


# --- 7. a name that is an English word, before "'s", is read as a name ------------------------------

@pytest.mark.parametrize("name", ["Will", "Hope", "May", "Zara"])
def test_a_name_before_s_is_read_the_same_whatever_the_name(name):
    text = (f"The school nurse has concerns regarding {name}'s wellbeing since Dad's drinking got worse. "
            f"{name}'s lunch box has been empty three days this week.")
    found = _words(text, "worry", ("SOS302", "SOS104"))
    assert "wellbeing" in found and "regarding" in found


# --- 8. the goal's own carer is not her own network (parts: "Who will help") -----------------------

def _network_present(text: str) -> bool:
    report = engine().check_document(text, "goal")[0]
    return next(c.present for c in report.components if c.name == "network")


def test_the_carer_the_goal_is_for_is_not_who_will_help():
    assert not _network_present("Grandma Rita to seek support with her arthritis and to set bedtimes for the boys.")


@pytest.mark.parametrize("text", [
    "Dad will cook tea for the boys every night, and Grandma Rita will have them on Saturdays.",
    "Rita, you will take the boys to school each morning, and Grandad Sol will collect them on Fridays.",
])
def test_a_grandparent_beside_the_parent_still_helps(text):
    assert _network_present(text)


def test_will_not_let_beside_obedience_only_still_fires():
    # round 16's class (goals16): a keeping-away "will not" whose only joined act is obedience
    assert _words("Grandad will not let Lee into the house and will comply with the plan.", "goal", ("SOS512",))
