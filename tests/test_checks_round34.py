"""Round 34 (r34d): false alarms and misses three users found, mended by class
(sos_lint/checks/words34.py and the rules that call it; the text and Markdown reports' grouping in
sos_lint/render/common.py). Each class has cases that must change and near misses that must not.
Every sentence is our own; none is taken from the users' drafts, a probe or a test set."""
from __future__ import annotations

import pytest

from sos_lint.api import check, engine


def _findings(text: str, kind: str, codes: tuple[str, ...] = ()):
    return [(f.code, report.text[f.start:f.end], f.message) for report in engine().check_document(text, kind)
            for f in report.findings if not codes or f.code in codes]


def _words(text: str, kind: str, codes: tuple[str, ...]) -> list[str]:
    return [words for _, words, _ in _findings(text, kind, codes)]


# --- 1. SOS301: who an adult is, given as the worry ------------------------------------------------

@pytest.mark.parametrize("text, words", [
    # the whole worry is who the parent is
    ("Dad has a learning disability.", "learning disability"),
    ("Gran has schizophrenia and the health visitor is worried about Mia (1).", "schizophrenia"),
    ("Mum is autistic, and the nursery is worried about Zac (3).", "autistic"),
    # tied to a verdict on their care by "and" or "who"
    ("Dad uses a wheelchair at home. He is a wheelchair user and cannot keep up with Ollie (2), who runs "
     "off; on 4 June Ollie ran out of the park while Dad was with him.", "wheelchair user"),
    ("Nan is a care leaver who struggles to meet Kit's needs. Nan shouted at Kit (9) on 2 May.", "care leaver"),
    # given as the cause
    ("Zara's care is affected by her mother's mental health needs.", "mental health needs"),
    ("Because of his disability, Dad is unable to supervise Zara (4).", "disability"),
])
def test_who_an_adult_is_given_as_the_worry(text, words):
    found = _findings(text, "worry", ("SOS301",))
    assert any(words in w for _, w, _ in found), found


@pytest.mark.parametrize("text", [
    # the diagnosis named AND what the adult did: context, not the worry
    "Dad has a learning disability, and on 9 March he gave Zara (4) a double dose of her inhaler because he "
    "misread the label.",
    "Gran has epilepsy. On Sunday she fell asleep with the bath running while Mia (1) was in it.",
    # a goal about support for a disabled parent
    "Dad, you have a learning disability, so Auntie Jo will read Zara's medicine labels with you every "
    "evening until the end of July.",
    # the child's own condition
    "Zac (3) has autism and Mum has not taken him to his speech therapy since January.",
    # the parent's own account of what it means
    "Dad has dyslexia and has explained that he cannot read the letters from Zara's school.",
])
def test_a_condition_beside_what_the_adult_did_is_not_the_label(text):
    kind = "goal" if "will" in text else "worry"
    found = [w for w in _words(text, kind, ("SOS301",))
             if any(x in w for x in ("disability", "epilepsy", "autism", "is a", "has a"))]
    assert not found


# --- 1b. SOS305: "lacks insight" after "who" ----------------------------------------------------------

def test_lacks_insight_in_a_who_clause_is_a_judgement():
    assert _words("Dad is a builder who lacks insight into Ellie's needs.", "worry", ("SOS305",))


def test_a_thing_that_lacks_something_is_not_judged():
    assert not _words("The flat has a boiler which lacks insulation, and Ellie (2) is cold.", "worry", ("SOS305",))


# --- 4. SOS304: "known to" a service is a fact of contact ---------------------------------------------

@pytest.mark.parametrize("text", [
    "Ellie is known to the school nurse and to CAMHS.",
    "The family have been known to children's services since 2024.",
])
def test_known_to_a_service_is_not_a_guess(text):
    assert not _words(text, "worry", ("SOS304",))


@pytest.mark.parametrize("text", [
    "Mr Dunn is known to carry a knife when he visits Ellie.",
    "Mr Dunn is known to be violent when he drinks.",
])
def test_known_to_do_something_is_still_a_guess(text):
    assert _words(text, "worry", ("SOS304",))


# --- 5. SOS303: an omission said with an empty subject ------------------------------------------------

@pytest.mark.parametrize("text", [
    "Ellie (6) had a deep cut on her knee that nobody had cleaned or dressed.",
    "No one took Ellie (6) to the dentist, and her tooth was black by March.",
])
def test_an_omission_with_an_empty_subject_is_said(text):
    assert not _words(text, "worry", ("SOS303",))


def test_nobody_knowing_is_no_omission():
    assert _words("Nobody knows why Ellie (6) is sad.", "worry", ("SOS303",))


# --- 6. SOS512: keeping away from an adult protects the child -----------------------------------------

_GOAL_REST = " Nan will ring Ellie's teacher every Friday for six months to say how the week went."


@pytest.mark.parametrize("text", [
    "Mum, you will not have any contact with Mr Dunn, and you will take Ellie to Nan's if he comes round." + _GOAL_REST,
    "Mum will not have contact with the man who hurt Ellie." + _GOAL_REST,
])
def test_keeping_away_from_an_adult_is_not_absence_of_harm(text):
    assert not _words(text, "goal", ("SOS512",))


@pytest.mark.parametrize("text", [
    "Dad will not hit Ellie." + _GOAL_REST,
    # the child kept from the adults is the child's burden, not the adults' act
    "Ellie will stop staying out late and will not have contact with the men from the flats." + _GOAL_REST,
    "Mum will not drink when Ellie is at home." + _GOAL_REST,
])
def test_harm_not_happening_still_fires(text):
    assert _words(text, "goal", ("SOS512",))


# --- 7. SOS101: the formal step after a goal is not met -----------------------------------------------

_GOAL = ("Mum, you will walk Ellie to school each morning and Nan will meet her at the gate every day for "
         "the next three months.")


@pytest.mark.parametrize("step", [
    "If this does not happen, we will hold a child protection conference.",
    "If this does not happen, the council may ask the family court for a supervision order.",
    "If this does not happen, Ellie may need a child protection plan.",
])
def test_the_process_step_in_the_if_not_sentence_is_consistent(step):
    assert not _words(f"{_GOAL} {step}", "goal", ("SOS101",))


def test_legal_proceedings_in_the_if_not_sentence_still_fire():
    # "proceedings" has a plain word ("go to court"): the hand-marked sets mark it in this sentence too
    assert _words(f"{_GOAL} If this does not happen, the council will begin care proceedings.", "goal", ("SOS101",))


def test_the_process_word_elsewhere_still_fires():
    assert _words("Mum will go to the child protection conference and Nan will meet Ellie at the gate every day.",
                  "goal", ("SOS101",))


# --- 2. the tool's own bracketed questions ------------------------------------------------------------

def test_nothing_but_sos518_reads_inside_a_question():
    text = ("[Who is worried? e.g. the social worker and the teacher] are worried that Dad kicked Ellie (6) "
            "on 2 May and she limped at school. If nothing changes, Ellie could be badly hurt.")
    found = _findings(text, "worry")
    inside = [(code, words) for code, words, _ in found if "social worker" in words and code != "SOS518"
              and len(words) < len(text)]
    assert not inside, inside
    assert any(code == "SOS518" for code, _, _ in found)


def test_words_outside_the_question_are_still_read():
    text = "[Who is worried?] are worried that Dad kicked Ellie (6). There are concerns about the home conditions."
    assert _words(text, "worry", ("SOS101",))


# --- 8. SOS302: "concerned" said by someone named ------------------------------------------------------

def test_concerned_with_a_named_worrier_costs_nothing():
    worried = ("Ms Price, the health visitor, is worried about Baby Finn since Dad left in May. Mum told Ms Price "
               "she has not fed Finn at night for a week, and Finn has lost weight. If nothing changes, Finn could "
               "become ill.")
    concerned = worried.replace("is worried", "is concerned")
    assert not _words(concerned, "worry", ("SOS302",))
    assert abs(check(concerned, "worry").score - check(worried, "worry").score) < 0.3


@pytest.mark.parametrize("text", [
    "Professionals are concerned about Finn.",
    "Staff at the nursery are concerned that Finn is losing weight.",
])
def test_concerned_with_nobody_named_is_still_vague(text):
    assert _words(text, "worry", ("SOS302",))


# --- P#10: a repeated fault is said once, errors first ---------------------------------------------------

def test_text_report_says_a_repeated_fault_once_and_errors_first():
    from sos_lint.render.common import grouped_findings

    report = check("Father to attend all sessions. Father to engage with the course. Father to comply with testing.",
                   "goal")
    groups = grouped_findings(report)
    severities = [first.severity for first, _ in groups]
    assert severities == sorted(severities, key=["error", "warning", "hint"].index)
    role = [group for first, group in groups if first.code == "SOS402"]
    assert role and len(role[0]) == 3
    # the JSON keeps one finding per place
    assert sum(len(group) for _, group in groups) == len(report.findings)


# --- 9. SOS401: "children's" in the name of a service ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "Priya from children's social care is worried that Dad locked Omar (5) in his room on 4 May.",
    "Omar (5) sees the children's mental health team, and Dad has not taken him since March.",
])
def test_a_childrens_service_is_not_an_unnamed_child(text):
    assert not [w for w in _words(text, "worry", ("SOS401", "SOS402")) if "children" in w.lower()]


def test_the_children_themselves_are_still_asked_for_by_name():
    assert _words("Dad did not give the children's tea until nine at night.", "worry", ("SOS401", "SOS402"))


def test_an_omission_with_an_empty_subject_gets_no_hint_either():
    text = ("The nursery nurse is worried because Ellie (3) came in on 4 May with a blister on her foot that nobody "
            "had dressed, and she said it hurt. If nothing changes, Ellie could get an infection.")
    assert not _words(text, "worry", ("SOS303",))


def test_a_repeated_subject_pronoun_keeps_its_person_past_a_named_worker():
    # "children's" in a service's name no longer stands in for the child; "she" twice in one sentence is one person
    text = ("The youth worker is worried that Tia (14) has cut her legs twice since May. Older men have been "
            "picking Tia up from the park at night. She sees Dr Osei at the children's mental health team, but she "
            "missed her sessions on 2 and 9 June. If nothing changes, Tia could be badly hurt.")
    assert not _words(text, "worry", ("SOS301",))
