"""Round 33 (review33b), from three users' trials (review33 P#4, review33q Q#3, review33d D#3 and
D#5): advice that names the wrong person. Every sentence here is new (other names, harms and
wording than their drafts), with near misses that must not change.
(A) What only an adult is said to do makes a name an adult: going to a parent's
    meeting or service, domestic abuse "between" two names, an illness of old age, harming someone
    when they cry, doing something "when he was drunk"; two names arguing beside a child named by age.
(B) An adult read on evidence in one statement of a draft is not the child in another.
(C) A plural child's word ("the children") is answered with every child, or "[children's names]".
(D) A goal spoken to one adult ("Dean, you will…") asks what that adult will do.
(E) Plain behaviour by a named adult is no longer "Nobody … does anything" (D#5).
"""
from __future__ import annotations

import pytest

from sos_lint.api import engine
from sos_lint.people import people


def _who(text: str):
    doc = next(iter(engine().parse([text])))
    found = people(doc)
    return {p.name for p in found.children}, {p.name for p in found.adults}


def _reports(text: str, kind: str | None = None):
    return engine().check_document(text, kind)


def _said(report) -> str:
    return "\n".join(f"{f.code} {f.message} {f.suggestion}" for f in report.findings)


# ---- (A) what only an adult does -----------------------------------------------------------------

@pytest.mark.parametrize("text, adult, child", [
    # a parent's meeting or service
    ("Tariq Hussain and Samira Hussain did not attend the core group on Monday, and Yusuf has had no dentist "
     "check.", "Tariq", "Yusuf"),
    ("Joanne missed three parenting sessions in May, and Alfie was seen with a burn on his hand.", "Joanne", "Alfie"),
    ("Craig did not attend the perpetrator programme, and Lily told her teacher she is scared at home.",
     "Craig", "Lily"),
    # domestic abuse between two names
    ("There have been four incidents of domestic abuse between Shona and Gary this year. Ella hides upstairs.",
     "Gary", "Ella"),
    # old age
    ("Maureen has dementia and forgets to give Kayden his tea. Kayden (9) makes toast himself.", "Maureen",
     "Kayden"),
    # harm in answer to a child's crying
    ("The school is worried that Jordan Price slaps Amelia when she cries in the car.", "Jordan", "Amelia"),
    ("The neighbour heard that Will shakes Poppy whenever she screams at bedtime.", "Will", "Poppy"),
    # drunk
    ("The police were called because Marcus punched the door when he was drunk, and Isla (5) was awake.",
     "Marcus", "Isla"),
])
def test_what_only_an_adult_does_makes_an_adult(text, adult, child):
    children, adults = _who(text)
    assert adult in {a.split()[-1] if a.startswith(("Mr ", "Mrs ")) else a.split()[0] for a in adults} \
        or any(a.startswith(adult) for a in adults), (children, adults)
    assert any(c.startswith(child) for c in children), (children, adults)
    assert not any(c.startswith(adult) for c in children)


@pytest.mark.parametrize("text, child", [
    # a child going to school, a club or a health appointment stays the child
    ("Kian did not attend school for six days in March and was seen in the park.", "Kian"),
    ("Zara missed her dental appointment and her hospital clinic, and Mum did not ring to rearrange.", "Zara"),
    # a baby named beside "baby" is the baby
    ("The baby Ivy was born early and is still in the neonatal unit. Mum visits every day.", "Ivy"),
    # children who argue with each other, or a child who cries, are children
    ("Harvey and Noah argue with Dad about their phones every night.", "Harvey"),
    ("Sienna cries when Dad shouts at Mum, and she hides under her duvet.", "Sienna"),
    # a child who gets older
    ("As Jaxon gets older he asks more about why he cannot see his dad.", "Jaxon"),
    # "when he drinks" of another adult; another's dementia
    ("Tilly is frightened of Uncle Gaz when he drinks.", "Tilly"),
    ("Since she was 10, Saffron has looked after her dad when he drinks.", "Saffron"),
    ("Kobe worries about Grandma's dementia and stays in at weekends to help.", "Kobe"),
])
def test_near_misses_stay_children(text, child):
    children, adults = _who(text)
    assert any(c.startswith(child) for c in children), (children, adults)
    assert not any(a.startswith(child) for a in adults)


@pytest.mark.parametrize("text, mother", [
    ("The midwife is worried about the baby Chantelle is carrying, because the flat has no heating.", "Chantelle"),
    ("Everyone is worried about the baby Roxanne is expecting in the spring.", "Roxanne"),
])
def test_the_one_carrying_the_baby_is_not_the_baby(text, mother):
    # not read as "baby Chantelle" (round 9 stands: carrying a baby alone does not make an adult)
    doc = next(iter(engine().parse([text])))
    found = people(doc)
    assert not any(p.name == mother and p.evidence == "baby" for p in found.children), found


@pytest.mark.parametrize("text, child", [
    # round 9 stands: a pregnant girl may be the child
    ("Keeley is pregnant and her boyfriend is 24.", "Keeley"),
    ("Demi is 12 weeks pregnant and has stopped going to school.", "Demi"),
])
def test_a_pregnant_girl_may_still_be_the_child(text, child):
    children, adults = _who(text)
    assert child in children, (children, adults)


def test_a_baby_still_to_be_born_makes_bare_names_adults():
    children, adults = _who("The health visitor is worried that Kyle punches walls when he is angry and that "
                            "when the baby is born in June Kyle will shout at Nadia when the baby cries.")
    assert "Kyle" in adults and "Nadia" in adults and not children


def test_a_name_held_after_the_birth_stays_the_baby():
    children, adults = _who("Marcus will be at the hospital when the baby is born and will hold Esme every evening.")
    assert "Esme" in children and "Marcus" in adults


def test_two_names_arguing_beside_a_child_named_by_age_are_adults():
    children, adults = _who("Ellis's nursery and the social worker are worried that when Jade and Connor row, "
                            "Connor kicks the door in. Ellis, who is 3, wets himself and shakes.")
    assert {"Jade", "Connor"} <= adults
    assert children == {"Ellis"}


def test_two_children_arguing_with_an_adult_stay_children():
    children, adults = _who("Nan says Tia and Bobbi fight with Mum about bedtime. Bobbi is 7.")
    assert "Tia" in children and "Bobbi" in children


# ---- (B) an adult in one statement of a draft is not the child in the next -----------------------

def test_adult_shared_across_the_statements_of_a_draft():
    draft = ("Worry statement\nWe are worried about Pearl because she keeps falling asleep in the chair and "
             "the boys go out at night.\n\nSafety goal\nGrandma Pearl will ring Uncle Rob every evening to say "
             "the boys are home, and Rob will come round if they are not.")
    worry, goal = _reports(draft)
    assert "Pearl" not in _said(worry)
    assert "If nothing changes, Pearl" not in _said(worry)


def test_child_named_on_evidence_in_one_statement_is_not_moved():
    draft = ("Worry statement\nThe school is worried that Dylan (8) comes in hungry and Mum is not answering "
             "the phone.\n\nSafety goal\nMum will make Dylan breakfast every morning before school.")
    worry, goal = _reports(draft)
    assert "Dylan" in _said(worry) or "Dylan" in _said(goal) or worry.score > 0
    doc = next(iter(engine().parse(["Mum will make Dylan breakfast every morning before school."])))
    assert "Dylan" in {p.name for p in people(doc).children}


# ---- (C) plural child words name every child or none ---------------------------------------------

def test_plural_child_word_never_offers_one_sibling():
    report = _reports("We are worried that Mum has stopped getting up in the morning and the children are "
                      "late to school. Mali was found in the garden in her pyjamas.", "worry")[0]
    said = [f for f in report.findings if f.code == "SOS402" and "children" in f.message]
    assert said, _said(report)
    assert all(f.suggestion == "[children's names]" for f in said)
    assert not any('Try "Mali"' in f.message for f in said)


def test_singular_child_word_still_offers_the_child():
    report = _reports("We are worried that Mum leaves the child, Oscar (2), alone in the flat while she goes "
                      "to the shop.", "worry")[0]
    said = [f for f in report.findings if f.code == "SOS402"]
    assert all("children's names" not in f.suggestion for f in said)


# ---- (D) a goal spoken to one adult -----------------------------------------------------------------

def test_goal_spoken_to_an_adult_asks_what_that_adult_will_do():
    report = _reports("Dean, you need to show that you can stay sober and calm around the baby and Shannon. "
                      "You will stay at your sister's when you feel angry. Shannon's mum Lorraine will visit "
                      "every day.", "goal")[0]
    said = _said(report)
    assert "Say what Mum will do" not in said and "what Mum or Dad will do" not in said
    if "Say what" in said and "each day or week" in said:
        assert "Say what Dean will do" in said


def test_goal_spoken_to_a_child_is_not_an_adults():
    from sos_lint.checks.family_shape import addressed_adult
    from sos_lint.checks.base import Context

    e = engine()
    doc = next(iter(e.parse(["Kai, you will tell Mum when you feel worried, and Mum will listen to you."])))
    ctx = Context(doc=doc, kind="goal", config=e.config, lexicons=e.lexicons)
    assert addressed_adult(ctx) != "Kai"


# ---- (E) plain behaviour by a named adult -----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The childminder is worried that Kieran Walsh grabs Maisie by the arm when she cries at pick-up. "
    "Maisie told her childminder on 4 March 2026.",
    "The neighbour and the social worker are worried that when Tanya and Lee argue, Lee throws the remote at "
    "Tanya. Freddie, who is 5, covers his ears.",
])
def test_plain_behaviour_by_a_named_adult_is_not_missed(text):
    report = _reports(text, "worry")[0]
    assert "SOS303" not in {f.code for f in report.findings}, _said(report)
