"""Round 26 (alarms26): false alarms on good statements, mended by how the sentence is built
(sos_lint/checks/alarms26.py, child_focus.py, readability.py, structure.py). Each class has cases
that stay silent and near misses that still fire. Every case is in our own words; none is taken
from a probe or a test set."""
from __future__ import annotations

import pytest

from sos_lint.api import engine

_WORRY_END = " If nothing changes, Maisie could be badly hurt."
_GOAL_FRAME = ("Nan Carol will have Maisie for tea every Thursday, for the next nine months. "
               "If this doesn't happen, Maisie could be hurt.")


def _found(text: str, kind: str, codes: tuple[str, ...], hints: bool = False) -> list[tuple[str, str]]:
    return [(f.code, report.text[f.start:f.end]) for report in engine().check_document(text, kind)
            for f in report.findings if f.code in codes and (hints or f.severity != "hint")]


def _words(text: str, kind: str, codes: tuple[str, ...], hints: bool = False) -> list[str]:
    return [words for _, words in _found(text, kind, codes, hints)]


# --- 1. words a family member or an abuser said, on one occasion ----------------------------------

@pytest.mark.parametrize("text, words", [
    ("Maisie's teacher is worried because a man of 30 has been messaging Maisie (13) and told her she "
     "is mature for her age." + _WORRY_END, "mature for her age"),
    ("Maisie's teacher is worried that Dad hit Maisie (6) on 3 May. Dad, Lee, told the teacher he "
     "doesn't see the harm in a smack." + _WORRY_END, "see the harm"),
    ("Maisie's nurse is worried about Maisie (9). Mum, Kerry, hears a voice saying she is a bad mother "
     "and stays in bed until noon." + _WORRY_END, "bad mother"),
])
def test_words_said_by_the_family_are_not_judged(text, words):
    found = _words(text, "worry", ("SOS301", "SOS305", "SOS306"))
    assert not any(words in w for w in found), found


@pytest.mark.parametrize("text, words", [
    # "says" in the present: the record's summary of a stance, read as ever.
    ("Maisie's teacher is worried. Mum says she cannot control Maisie (14) and Maisie goes missing at "
     "weekends with older men." + _WORRY_END, "cannot control"),
    # A professional's account is the record's own voice.
    ("Maisie's teacher told the social worker that Maisie (14) is promiscuous and goes missing at "
     "weekends." + _WORRY_END, "promiscuous"),
])
def test_words_in_the_records_own_voice_still_fire(text, words):
    found = _words(text, "worry", ("SOS301", "SOS305", "SOS306"))
    assert any(words in w for w in found), found


# --- 2. what could happen, in the future part -------------------------------------------------------

@pytest.mark.parametrize("text, words", [
    ("Maisie's nan is worried that Mum's partner Rob, who broke a man's jaw in 2020, minds Maisie (1) "
     "alone every weekend. If Rob loses his temper with Maisie, she could be seriously injured.", "his temper"),
    ("Maisie's teacher is worried that Dad threw a mug at Mum on 2 June while Maisie (7) watched. "
     "If nothing changes, Maisie could be caught up in Dad's violence and be hurt.", "Dad's violence"),
    ("Maisie's teacher is worried that older boys have threatened Maisie (15) online. If nothing "
     "changes, Maisie could be stabbed, or hurt someone while trying to protect herself.", "protect herself"),
])
def test_harm_foreseen_in_the_future_part_is_not_a_label_or_blame(text, words):
    found = _words(text, "worry", ("SOS301", "SOS305", "SOS306"))
    assert not any(words in w for w in found), found


@pytest.mark.parametrize("text, words", [
    # The same label said as what happened, not as what could: still a label.
    ("Maisie's teacher is worried about Dad's violence towards Mum. Maisie (7) hides under the table."
     + _WORRY_END, "Dad's violence"),
    # "It would appear" is a hedge, not the future part: the child's choice is still blame.
    ("Maisie's teacher is worried. It would appear Maisie (15) is choosing to associate with these men "
     "and is holding drugs for them." + _WORRY_END, "choosing to associate"),
])
def test_labels_and_blame_outside_the_future_part_still_fire(text, words):
    found = _words(text, "worry", ("SOS301", "SOS305", "SOS306"))
    assert any(words in w for w in found), found


# --- 3. the child's own mind ------------------------------------------------------------------------

def test_what_the_child_will_feel_about_the_adults_is_no_verdict():
    text = ("Mum, you will collect Maisie (6) from school every day and Nan Carol will have her on "
            "Fridays, for the next nine months. Maisie will feel that her mum puts her first. "
            "If this doesn't happen, Maisie could be hurt.")
    assert not any("puts her first" in w for w in _words(text, "goal", ("SOS305",)))


def test_a_parents_verdict_still_fires():
    text = "Maisie's teacher is worried that Mum never puts Maisie (6) first and lacks insight." + _WORRY_END
    assert _words(text, "worry", ("SOS305", "SOS301")), "a verdict on the parent should still be flagged"


# --- 4. an injury already described, referred back to ----------------------------------------------

def test_an_injury_described_then_referred_back_to_is_not_vague():
    text = ("Maisie's health visitor is worried that on 4 May she found three small round bruises on "
            "Maisie's upper arm, and Mum and Dad could not say how they happened. There is no medical "
            "reason for the marks." + _WORRY_END)
    assert not any("marks" in w for w in _words(text, "worry", ("SOS302",)))


def test_an_injury_never_described_is_still_vague():
    text = "Maisie's health visitor is worried because Maisie (1) had marks on her and Mum was evasive." + _WORRY_END
    assert any("marks" in w for w in _words(text, "worry", ("SOS302",)))


# --- 5. the capitalised name of a team, panel or job ---------------------------------------------------

@pytest.mark.parametrize("sentence, words", [
    ("When the low days come back, you will ring Ali at the Home Treatment Team.", "Home Treatment Team"),
    ("Maisie will stay at Nan's until the Channel panel says it is safe.", "Channel panel"),
    ("Sam, the Independent Domestic Violence Adviser, will ring Mum every Monday.", "Domestic Violence"),
    # Round 32 (a QA lead's trial): a harm word inside a lower-case team or job name is the team's
    # name, not a label for what an adult did ("the independent domestic violence adviser").
    ("You will see the substance misuse team every week.", "substance misuse"),
])
def test_a_named_team_or_job_is_not_jargon_or_a_label(sentence, words):
    text = f"Mum, you will walk Maisie (8) to school every day. {sentence} {_GOAL_FRAME}"
    found = _words(text, "goal", ("SOS101", "SOS102", "SOS301"))
    assert not any(words in w for w in found), found


@pytest.mark.parametrize("sentence, words", [
    # Jargon that is no team's name.
    ("Your case will be discussed at the core group.", "core group"),
])
def test_everyday_team_words_and_process_jargon_still_fire(sentence, words):
    text = f"Mum, you will walk Maisie (8) to school every day. {sentence} {_GOAL_FRAME}"
    found = _words(text, "goal", ("SOS101", "SOS102", "SOS301"))
    assert any(words in w for w in found), found


# --- 6. who brought the child, said -------------------------------------------------------------------

def test_brought_to_hospital_by_a_named_parent_is_no_guess():
    text = ("Dr Shah and the social worker are worried that Maisie (3 months) has a broken arm that "
            "nobody has explained. Maisie was brought to hospital by her mum on 2 May." + _WORRY_END)
    assert not _words(text, "worry", ("SOS304",))


# --- 7. SOS512: a worker's visits ending, the adult's deed at the moment, words said -----------------

def test_a_workers_visits_ending_is_not_absence_of_harm():
    text = ("Mum, you will walk Maisie (8) to school every day and Nan Carol will have her on Fridays. "
            "We need to see this for six months before I, as your social worker, stop visiting. "
            "Maisie will feel safe. If this doesn't happen, Maisie could be hurt.")
    assert not _words(text, "goal", ("SOS512",))


def test_abstinence_with_the_deed_for_the_moment_is_answered():
    text = ("Kerry, until Maisie is one, you need to stay off heroin and take your methadone each "
            "morning. When the urge to use comes, you will ring your brother Dean and go to his flat. "
            "Maisie will be fed and held. If this doesn't happen, Maisie could be hurt.")
    assert not _words(text, "goal", ("SOS512",))


@pytest.mark.parametrize("text", [
    # Nothing said of the moment: still an absence goal.
    "Kerry, you need to stay off drugs completely. Maisie will be fed and held. If not, Maisie could be hurt.",
    # The parent's own "stop", joined by "and" to a service referral: not a worker's visits ending.
    "Dad will accept a referral to counselling and stop drinking completely so that Maisie (7) is safe.",
    # The child told to stop: the harm put on the child.
    "Maisie (15) will stop going missing and stop sending pictures to men. Mum will ring the police.",
])
def test_absence_with_no_deed_for_the_moment_still_fires(text):
    assert _words(text, "goal", ("SOS512",)), text


# --- 8. SOS402: role words that stand for no one's name ----------------------------------------------

@pytest.mark.parametrize("text, words", [
    ("Maisie's midwife is worried that Maisie (14) is pregnant and the father of the baby is Kyle, "
     "who is 24." + _WORRY_END, "father"),
    ("Maisie's nurse is worried about Maisie (9). Mum hears a voice saying she is a bad mother."
     + _WORRY_END, "mother"),
    ("Maisie and her brothers play by the main road. Nan keeps the children in sight when she can."
     + _WORRY_END, "the children"),
])
def test_role_words_that_name_no_one_are_not_report_words(text, words):
    found = _words(text, "worry", ("SOS402",))
    assert not any(words in w for w in found), found


@pytest.mark.parametrize("text, words", [
    ("The mother hits Maisie (4) when she cries." + _WORRY_END, "mother"),
    ("The father drinks every night and Maisie (4) sees it." + _WORRY_END, "father"),
    # One child named and no brothers or sisters beside her: "the children" stands for names.
    ("The children are left alone at night and Maisie (4) is hungry." + _WORRY_END, "children"),
])
def test_report_words_for_the_family_still_fire(text, words):
    found = _words(text, "worry", ("SOS402",))
    assert any(words in w for w in found), found


# --- 9. SOS202: passives that hide nobody ---------------------------------------------------------------

def test_a_quoted_passive_is_the_childs_own_words():
    text = ("Maisie's teacher is worried that Dad spends the rent on betting. Maisie (9) told her "
            "teacher she is \"not allowed\" to ask for trip money." + _WORRY_END)
    assert not any("allowed" in w for w in _words(text, "worry", ("SOS202",), hints=True))


def test_a_passive_after_without_is_what_the_child_is_spared():
    text = ("Mum and Dad, you will talk with Maisie (15) about what she sees online every Sunday. "
            "Maisie will talk about the news without being pulled towards people who want her to hate. "
            + _GOAL_FRAME)
    assert not any("pulled" in w for w in _words(text, "goal", ("SOS202",), hints=True))


def test_a_passive_hiding_who_will_do_it_still_gets_its_hint():
    text = "Mum, the kitchen will be cleaned every Sunday and the bins will be emptied. " + _GOAL_FRAME
    assert any("cleaned" in w for w in _words(text, "goal", ("SOS202",), hints=True))


def test_harm_with_no_doer_in_a_worry_still_gets_its_hint():
    text = "Maisie's teacher is worried because Maisie (4) was hit on 2 May and came in with a bruise." + _WORRY_END
    assert any("hit" in w for w in _words(text, "worry", ("SOS202",), hints=True))


# --- 10. SOS511: the network's role agreed, the child seen in a state ------------------------------------

def test_agreeing_to_be_the_childs_safety_people_is_not_compliance():
    text = ("Mum, you will keep Kyle away from the flat. You, Carol and your friend Jo have agreed to be "
            "Maisie's safety people, and Jo will ring you each week. Maisie (6) will feel safe. "
            "If not, Maisie could be hurt.")
    assert not _words(text, "goal", ("SOS511",))


def test_agreeing_to_be_open_with_professionals_is_still_compliance():
    text = ("Mum, you will keep Kyle away from the flat. You have agreed to be open and honest with "
            "professionals and Jo will ring you each week. Maisie (6) will feel safe. If not, Maisie could be hurt.")
    assert _words(text, "goal", ("SOS511",))


def test_the_network_seeing_the_child_fed_and_clean_is_how_others_know():
    text = ("Kerry and Lee, one of you will always be sober when you care for Maisie (1), and if either of "
            "you uses, you will ring Nan Bev, who will come that night. Bev, your friend Jo and the family "
            "nurse will call in at different times and will see Maisie fed, clean, and being held. "
            "If not, Maisie will stay with Bev.")
    assert not _words(text, "goal", ("SOS511",))


def test_seeing_a_worker_is_still_compliance():
    text = ("Lee, you will cook Maisie's tea every night. You will see your drug worker every week. "
            "If not, Maisie (1) will stay with Bev.")
    assert _words(text, "goal", ("SOS511",))


# --- 11. SOS306: the child said to be unable to keep safe ---------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Maisie is four and cannot keep herself safe near the stairs or the cooker.",
    "Maisie is too young to keep herself safe near the road.",
])
def test_a_child_who_cannot_keep_safe_is_not_blamed(sentence):
    text = f"Maisie's nursery teacher is worried that Mum drinks vodka in the afternoons. {sentence}" + _WORRY_END
    assert not any("herself" in w for w in _words(text, "worry", ("SOS306",)))


def test_a_child_told_to_keep_safe_is_still_blamed():
    text = ("Maisie (14), you will keep yourself safe and stop going missing. Mum will ring the police "
            "if you are late. If not, you could be hurt.")
    text2 = "Maisie (14) will keep herself safe and stop going missing. " + _GOAL_FRAME
    found = _words(text, "goal", ("SOS306",)) + _words(text2, "goal", ("SOS306",))
    assert any("keep" in w for w in found), found


def test_a_parent_who_cannot_keep_the_child_safe_is_still_flagged():
    text = "Dad cannot keep Maisie safe from the gang, and Maisie (15) was stabbed in May." + _WORRY_END
    assert _words(text, "worry", ("SOS306",))


def test_a_guess_about_the_past_is_not_the_future_part():
    # "may have been" looks back: the child's "choice" there is still blame.
    text = ("Maisie's teacher is worried. Maisie (15) may have been putting herself at risk by going to "
            "parties with older men." + _WORRY_END)
    assert _words(text, "worry", ("SOS306",))


# Merge of round 26 (lead): only a young child is "unable to keep herself safe" without blame; of an
# older child the exploitation guides name it as blaming language, and it stays flagged.
@pytest.mark.parametrize("text", [
    "Tom (15) is unable to keep himself safe and has been drinking in the park with older boys." + _WORRY_END,
    "Grace, who is 14, is not able to keep herself safe and is often missing overnight." + _WORRY_END,
])
def test_an_older_child_unable_to_keep_safe_is_still_blamed(text):
    assert _words(text, "worry", ("SOS306",))
