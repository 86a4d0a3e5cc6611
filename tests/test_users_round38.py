"""Round 38 (r38g): what two new users found in the checks, mended by class, with wordings of our
own (other names, other harms) and near misses that must not change.

- P#3 (review38p, a domestic abuse specialist): abuse written as shared, as provoked, or as the
  harmed parent putting the children at risk (SOS306, checks/mutual_blame.py).
- P#6: "alleged" / "allegedly" / "it is alleged that" is a legal status: no rule asks for it to go
  (checks/legal_status.py).
- P#8: advice that fits domestic abuse (checks/da_advice.py).
- D#1 (review38d, a disabled children's team): a child's view written off (SOS403, checks/child_views.py).
- D#4: advice said of whose words they are (checks/advice_person.py).
- D#5: a child's behaviour or disability made the reason an adult held or shut them in (SOS306),
  "secluded" (SOS301) (checks/restraint_blame.py).
- D#10 / P#9: harm in the passive with no doer is a warning asking who did it (SOS202,
  checks/hidden_doer.py).
"""
from __future__ import annotations

import pytest


def _findings(engine, text: str, kind: str = "worry"):
    return engine.check_many([text], [kind])[0].findings


def _on(engine, text: str, words: str, code: str, kind: str = "worry"):
    start = text.index(words)
    end = start + len(words)
    return [f for f in _findings(engine, text, kind) if f.code == code and f.start < end and start < f.end]


# --- P#3: shared, provoked, the harmed parent as the risk ----------------------------------------
BLAME = [
    ("The health visitor is worried that Ms Reid and Mr Lowe are a tempestuous couple and Ayla (3) hears "
     "the shouting at night.", "tempestuous couple"),
    ("The school is worried that the parents were fighting in the kitchen, Mr Lowe pushed Ms Reid into the "
     "cooker and Jonah (8) hid under the table.", "the parents were fighting"),
    ("Nadia (7) told her teacher about the shouting; there is abuse on both sides, police say.", "on both sides"),
    ("The social worker is worried that there were mutual arguments after Carl punched Tess on Friday while "
     "Nadia (7) was upstairs.", "mutual arguments"),
    ("Ms Reid and Mr Lowe both kicked each other in the hallway while Ayla (3) watched on 9 April.", "kicked each other"),
    ("The social worker is worried that Tess goaded Carl and he pushed her down the stairs while Nadia (7) "
     "was in the hall.", "Tess goaded Carl"),
    ("Carl hit Tess on 4 March. Tess keeps putting herself and Nadia (7) in danger by letting Carl stay over.",
     "putting herself and Nadia (7) in danger"),
]

NOT_BLAME = [
    # a child's fighting; a pair of adults arguing with a school; a man who hurts putting a child at risk
    "Jonah (8) fights with his cousin at school most days and his teacher is worried.",
    "Ms Reid and Mr Lowe argue with the school about Ayla's (3) nursery place at every meeting.",
    "Carl hit Tess on 4 March. Carl puts Nadia (7) at risk when he drives her after drinking.",
    # one adult named as hurting the other, plainly
    "The social worker is worried that Carl punched Tess in the face on Friday while Nadia (7) watched "
    "from the stairs.",
    # the child's own account, and parents' rows with no abuse in the statement
    "Ayla (14) says she cuts her arms when Mum and Dad fight, her school nurse told us on 2 May.",
    "Ayla (6) will enjoy her weekends with Dad and will not have to watch her parents fight in the street again.",
    # what someone else provoked, not a partner
    "Nadia (7) was teased at school and it provoked a meltdown; Mum calmed her down on Friday.",
]


@pytest.mark.parametrize("text,words", BLAME)
def test_abuse_written_as_shared_or_provoked_is_blame(engine, text, words):
    assert _on(engine, text, words, "SOS306"), words


@pytest.mark.parametrize("text", NOT_BLAME)
def test_near_misses_of_shared_abuse_are_not_blame(engine, text):
    from sos_lint.checks import mutual_blame  # noqa: F401  (the module under test)
    found = [f for f in _findings(engine, text) if f.code == "SOS306"]
    assert not found, [text[f.start:f.end] for f in found]


def test_the_couple_not_arguing_in_a_domestic_abuse_goal_is_blame(engine):
    text = ("Carl has punched Tess twice this year. The couple will not argue in front of Nadia, every day "
            "for the next six months, and Nan will visit on Sundays.")
    assert _on(engine, text, "The couple will not argue", "SOS306", "goal")


# --- P#6: "alleged" is a legal status -----------------------------------------------------------
ALLEGED = [
    "It is alleged that Mr Dunn strangled Ms Pike on 2 February while Kit (5) was in the next room.",
    "Police say Mr Dunn is alleged to have strangled Ms Pike; Kit (5) heard her cough and cry.",
    "Mr Dunn allegedly strangled Ms Pike on 2 February while Kit (5) was in the next room.",
]


@pytest.mark.parametrize("text", ALLEGED)
def test_alleged_is_never_asked_to_go(engine, text):
    words = next(w for w in ("It is alleged that", "is alleged", "allegedly") if w in text)
    on = [f for code in ("SOS104", "SOS202", "SOS304", "SOS305") for f in _on(engine, text, words, code)]
    assert not on, [(f.code, f.message) for f in on]


def test_a_real_guess_is_still_a_guess(engine):
    text = "It is believed that Mr Dunn drinks every night and Kit (5) makes his own tea."
    assert _on(engine, text, "It is believed that", "SOS304")


# --- D#1: a child's view written off ------------------------------------------------------------
WRITTEN_OFF = [
    ("Ezra (9) is non-verbal so his views could not be obtained. Dad left him alone overnight on 3 May.",
     "his views could not be obtained"),
    ("It was not possible to gain Ezra's (9) wishes and feelings. Dad left him alone overnight on 3 May.",
     "wishes"),
    ("Ezra (9) was unable to share his views. Dad left him alone overnight on 3 May.", "unable to share his views"),
]

VIEW_SHOWN = [
    # other ways the child showed it; an adult's view not got
    "Ezra (9) does not use words; with his picture cards he pointed to 'scared' when Dad was named. Dad left "
    "him alone overnight on 3 May.",
    "Ezra (9) uses Makaton and his views could not be gained in words, but he signed 'sad'. Dad left him "
    "alone overnight on 3 May.",
    "Dad's views could not be obtained as he did not open the door. Ezra (9) was left alone overnight on 3 May.",
]


@pytest.mark.parametrize("text,words", WRITTEN_OFF)
def test_a_childs_view_written_off_is_flagged_with_other_ways(engine, text, words):
    found = [f for f in _on(engine, text, words, "SOS403") if "writes off" in f.message]
    assert found
    assert "Makaton" in found[0].message and "eye-gaze" in found[0].message


@pytest.mark.parametrize("text", VIEW_SHOWN)
def test_a_view_shown_another_way_is_not_written_off(engine, text):
    assert not [f for f in _findings(engine, text) if "writes off" in f.message]


# --- D#5: the child's behaviour as the reason for restraint; "secluded" ---------------------------
RESTRAINT_BLAME = [
    ("Mr Hale, a carer, pinned Ruby (11) to the floor on 8 March because Ruby was hitting the window.",
     "because Ruby was hitting the window"),
    ("Gran locked Oscar (6) in the bathroom for an hour on Sunday because Oscar was shouting.",
     "because Oscar was shouting"),
    ("Step-dad sat on Oscar (6) on Sunday. Oscar's behaviour is hard to manage, Mum says.",
     "behaviour is hard to manage"),
    ("Mr Hale held Ruby (11) down on 8 March due to her autism.", "due to her autism"),
]

RESTRAINT_NEAR = [
    "Gran locked Oscar (6) in the bathroom for an hour on Sunday because she was angry about the rent.",
    "Oscar (6) bites his arm when the room is loud and his behaviour is hard to manage at school.",
    "Gran locks the back door at night and Oscar (6) sleeps in her room.",
]


@pytest.mark.parametrize("text,words", RESTRAINT_BLAME)
def test_a_childs_behaviour_as_the_reason_for_restraint_is_blame(engine, text, words):
    assert _on(engine, text, words, "SOS306"), words


@pytest.mark.parametrize("text", RESTRAINT_NEAR)
def test_restraint_near_misses(engine, text):
    assert not [f for f in _findings(engine, text) if f.code == "SOS306"]


def test_secluded_is_a_label(engine):
    text = "Ruby (11) was secluded in the quiet room at her respite home on 8 March."
    found = _on(engine, text, "secluded", "SOS301")
    assert found and "who shut the child away" in found[0].message


# --- D#10 / P#9: harm with no doer -----------------------------------------------------------------
def test_harm_with_no_doer_is_a_warning_asking_who(engine):
    text = "Ruby (11) was thrown against the wall on 8 March and has a bruise on her back."
    found = _on(engine, text, "was thrown", "SOS202")
    assert found and found[0].severity == "warning"
    assert "who threw Ruby" in found[0].message


def test_harm_with_its_doer_named_is_not_a_warning(engine):
    text = "Ruby (11) was thrown against the wall by Mr Hale on 8 March and has a bruise on her back."
    assert not [f for f in _on(engine, text, "was thrown", "SOS202") if f.severity != "hint"]


def test_care_not_given_asks_who_was_looking_after(engine):
    text = "Oscar (6) had a long fit at home on Sunday and his rescue medicine was not given."
    found = _on(engine, text, "was not given", "SOS202")
    assert found and found[0].severity == "warning" and "looking after" in found[0].message


def test_not_trained_never_asks_who_trained(engine):
    text = "Gran is not trained to give Oscar (6) his rescue medicine, and he has fits most weeks."
    for f in _on(engine, text, "not trained", "SOS202"):
        assert "[who did this?]" not in f.suggestion and "who will show" in f.suggestion


# --- D#4: whose words -------------------------------------------------------------------------------
def test_a_childs_diagnosis_is_said_of_the_child(engine):
    text = "Ezra (9) shows self-harming behaviour (biting his hands) because of his autism, his school says."
    for f in _findings(engine, text):
        if f.code == "SOS301" and text[f.start:f.end] in ("self-harming behaviour", "his autism"):
            assert "the adult did to themselves" not in f.message and "who the adult is" not in f.message


def test_an_adults_presentation_asks_what_you_saw_that_adult_do(engine):
    text = "Ezra (9) has missed school since May and Gran presents as exhausted when staff call."
    found = _on(engine, text, "presents as", "SOS101")
    assert found and "saw Gran do" in found[0].message


# --- P#8: advice that fits domestic abuse -------------------------------------------------------
def test_the_person_hurt_is_not_offered_chose_not_to(engine):
    text = "Tess refuses to give a statement to police and Nadia (7) saw Carl punch Tess on 4 March."
    found = _on(engine, text, "refuses to", "SOS305")
    assert found and "chose not to" not in found[0].message and found[0].fix is None


def test_the_person_who_hurts_still_gets_the_plain_swap(engine):
    text = "Carl refused to go to the programme and Nadia (7) saw him punch Tess on 4 March."
    found = _on(engine, text, "refused to", "SOS305")
    assert found and "chose not to" in found[0].message


def test_outside_domestic_abuse_the_swap_stays(engine):
    text = "Gran refused to let the nurse in on 2 May and Oscar (1) has not been weighed since March."
    found = _on(engine, text, "refused to", "SOS305")
    assert found and "chose not to" in found[0].message


def test_a_bail_condition_is_a_hint_with_no_anger_example(engine):
    text = ("Carl will keep away from Tess's flat as his bail conditions say. Nadia will feel safe at home "
            "with Tess every day.")
    for f in _findings(engine, text, "goal"):
        if f.code == "SOS512":
            assert "when he feels angry" not in f.message
            if text[f.start:f.end] in ("keep away from",):
                assert f.severity == "hint"


def test_volatile_relationship_in_abuse_is_not_asked_as_arguing(engine):
    text = "Ayla (3) lives with Ms Reid and Mr Lowe; it is a volatile relationship with domestic violence, police say."
    for f in _on(engine, text, "volatile relationship", "SOS301"):
        assert "when they argue" not in f.message


def test_an_injury_nobody_can_explain_is_not_asked_who(engine):
    text = ("Noah (2) has a broken arm. Mum and her partner were the only adults with him that day and both say "
            "they do not know how it happened. Noah was hurt badly enough to need a cast for six weeks.")
    assert not [f for f in _on(engine, text, "was hurt", "SOS202") if f.severity == "warning"]


def test_harm_that_may_happen_is_not_asked_who(engine):
    text = ("Dad hit Mum on 3 May. If nothing changes, Ezra (9) could see his mum being kicked again and be too "
            "scared to tell anyone.")
    assert not [f for f in _on(engine, text, "being kicked", "SOS202") if f.severity == "warning"]


def test_arguing_as_the_scene_before_a_named_act_is_not_blame(engine):
    text = ("The nurse is worried about what happens when Ms Reid and Mr Lowe argue at night. On 2 May Mr Lowe "
            "pushed Ms Reid into the wall while Ayla (3) watched from her cot.")
    assert not [f for f in _on(engine, text, "argue", "SOS306") if "shared" in f.message]


def test_someones_own_childhood_and_an_unchecked_carer_are_not_asked_who(engine):
    text = ("Ms Reid left Ayla (3) with a man who has not been checked to look after children. Mr Lowe told us "
            "he was beaten as a boy and it did him no harm; on 2 May he smacked Ayla hard on the leg.")
    warned = [f for f in _findings(engine, text) if f.code == "SOS202" and f.severity == "warning"]
    assert not warned, [text[f.start:f.end] for f in warned]


def test_a_doer_named_once_for_two_passives_is_not_asked_again(engine):
    text = "Jonah (15) was threatened and used by two older men to carry drugs to Hull on 3 May."
    assert not [f for f in _on(engine, text, "threatened", "SOS202") if f.severity == "warning"]


def test_a_crime_against_a_childs_friend_is_background_not_a_hidden_doer(engine):
    # Merge mend (lead): the harmed person is outside the family and the plan (g20-03's shape).
    text = "Ruby (11) has been carrying a knife since her friend was thrown against the wall on 8 March."
    assert not [f for f in _on(engine, text, "was thrown", "SOS202") if f.severity != "hint"]
    text = "Ruby (11) was thrown against the wall on 8 March and has a bruise on her back."
    assert [f for f in _on(engine, text, "was thrown", "SOS202") if f.severity == "warning"]
