"""Round 34 (r34e): parts and scores after a new writer did literally what the tool said (review34).

- P#3 stock sentences: "X will help." / "X will see it." with nothing done or seen is neither the
  network nor how others will know; the goal's opening "Mum, you and Rio need to live in …" is its
  aim, not the adult's everyday action, so a goal whose only adult step is a course or a service is
  capped by SOS511 as an error.
- P#3 parts from the wrong words: a service's name with "child" in it is no impact; "If nothing
  changes, Rio could." (a modal with no verb) is no future.
- P#1 the tool's own example wording pasted in gives no part, and SOS530 asks whether it is true
  (the examples are read from the messages themselves: the tests take them from there too).
- P#7 a part missed when present: the child's hair, clothes or nappy said to be neglected is impact.

Every sentence here is written for these tests (other names, harms and wording than the reviews').
"""
from __future__ import annotations

import pytest

from report_helpers import check, codes, parts
from sos_lint.checks.parts import pasted


# --- P#3: stock sentences in a goal --------------------------------------------------------------

_COURSE_ONLY = ("Dad, you and Rio need to live in a warm flat. For this to happen, Dad, you will finish the "
                "budgeting course and keep your appointments with the housing officer. Auntie Jo will help. "
                "Auntie Jo will see it. Rio will feel happy. This needs to happen for the next four months. "
                "If this doesn't happen, we will have to meet again.")


def test_course_only_goal_with_stock_sentences_is_capped(engine):
    report = check(engine, _COURSE_ONLY, "goal")
    shown = parts(report)
    assert not shown["action"]  # "need to live in a warm flat" is the aim; the rest is a course
    assert not shown["network"]  # "Auntie Jo will help." does nothing named
    assert not shown["others_know"]  # "Auntie Jo will see it." sees nothing named
    assert any(f.code == "SOS511" and f.severity == "error" for f in report.findings)
    assert report.score <= 4.0


def test_helper_who_does_something_is_still_the_network(engine):
    text = ("Dad, you and Rio need to live in a warm flat. For this to happen, Dad, you will put the heating "
            "on every evening and make Rio a hot tea by 6pm. Auntie Jo will help by bringing a meal round on "
            "Wednesdays. The health visitor will check the flat is warm when she visits each fortnight. "
            "Rio will feel warm and full at bedtime. This needs to happen for the next four months. "
            "If this doesn't happen, Rio may need to stay with Auntie Jo.")
    shown = parts(check(engine, text, "goal"))
    assert shown["action"] and shown["network"] and shown["others_know"]


@pytest.mark.parametrize("sentence,network,knows", [
    ("Grandad Len will help.", False, False),
    ("Grandad Len will see it.", False, False),
    ("Grandad Len will help too.", False, False),
    ("Grandad Len will take Rio to football every Saturday.", True, None),
    ("Grandad Len will help Dad with the shopping on Fridays.", True, None),
    ("Grandad Len will see Rio every Sunday and ask him how the week was.", None, True),
])
def test_what_a_helper_sentence_gives(engine, sentence, network, knows):
    text = ("Dad, you will cook Rio a hot meal every evening and have him in bed by 8pm, for the next four "
            f"months. {sentence} Rio will feel looked after.")
    shown = parts(check(engine, text, "goal"))
    if network is not None:
        assert shown["network"] is network
    if knows is not None:
        assert shown["others_know"] is knows


def test_adult_and_child_doing_something_together_is_still_an_action(engine):
    text = ("Mum, you and Kezia will walk to the park together every Saturday morning for the next three "
            "months, and Nan will come with you. Kezia will feel proud to show Nan her scooter.")
    assert parts(check(engine, text, "goal"))["action"]


# --- P#3: parts from the wrong words in a worry ---------------------------------------------------

def test_service_name_with_child_in_it_is_no_impact(engine):
    text = ("The health visitor is worried that Mum left Ezra (3) alone in the flat on 2 June. "
            "The child protection plan was not followed. If nothing changes, Ezra could be hurt with nobody there.")
    report = check(engine, text)
    impact = next(c for c in report.components if c.name == "impact")
    assert "child protection plan" not in impact.evidence


def test_impact_said_of_the_child_after_a_service_name_stays(engine):
    text = ("The health visitor is worried that Mum left Ezra (3) alone in the flat on 2 June. "
            "Ezra was found crying at the window by a neighbour. If nothing changes, Ezra could be hurt.")
    assert parts(check(engine, text))["impact"]


def test_unfinished_future_is_no_part(engine):
    text = ("The teacher is worried that Dad shouted at Nia (8) at the school gate on Monday and pulled her arm. "
            "Nia cried all morning. If nothing changes, Nia could.")
    report = check(engine, text)
    assert not parts(report)["future"]
    finished = check(engine, text.replace("Nia could.", "Nia could be hurt and stop wanting to go home."))
    assert parts(finished)["future"]


# --- P#1: the tool's own examples -----------------------------------------------------------------

def _a_long_example() -> tuple:
    """One of the examples the messages offer as they stand (read from the code, not typed here):
    eight words or more, with a name slot."""
    return next(p for p in pasted.example_phrases() if len(p) >= 8 and "*" in p and p.count("*") == 1)


def test_examples_are_read_from_the_messages():
    phrases = pasted.example_phrases()
    assert len(phrases) > 50
    assert all(len(p) >= 5 for p in phrases)


def test_a_pasted_example_is_flagged_and_gives_no_part(engine):
    example = " ".join("Tamsin" if w == "*" else ("her" if w == "pron" else w) for w in _a_long_example())
    sentence = example[0].upper() + example[1:] + "."
    assert pasted.pasted_runs(sentence), sentence
    text = f"The school nurse is worried about Tamsin (6). {sentence} If nothing changes, Tamsin could get ill."
    report = check(engine, text)
    assert "SOS530" in codes(report)


def test_short_example_only_as_a_sentence_of_its_own(engine):
    # Round 34 merge: the "when" examples ("when Dad has been drinking") were rewritten by r34c, so the
    # short example is now one with a verb of its own ("gave gifts and asked for secrets"), read from the
    # messages as shipped.
    short = next(p for p in pasted.example_phrases() if len(p) in (5, 6, 7) and "*" not in p and "pron" not in p
                 and p[0] == "gave")
    words = " ".join(short)
    alone = f"Ms Reid is worried that Bo (5) was left alone in the car on 3 May. His uncle {words}."
    inside = (f"Ms Reid is worried that Bo (5) was left alone in the car on 3 May by Mum, whose friend {words} "
              f"while they waited for her outside the betting shop.")
    assert "SOS530" in codes(check(engine, alone))
    assert "SOS530" not in codes(check(engine, inside))


def test_own_wording_is_not_an_example(engine):
    text = ("Mr Ali, Sami's teacher, is worried that Sami (7) came to school on 9 and 10 October in the same "
            "wet trousers and said Dad had not been home. If nothing changes, Sami could get sore and be teased.")
    assert "SOS530" not in codes(check(engine, text))
    assert not pasted.pasted_runs("Dad took Sami to the dentist on Tuesday and bought him new shoes.")


def test_examples_match_with_another_name_and_pronoun():
    phrase = _a_long_example()
    for name, pron in (("Jonah", "his"), ("Ama", "their")):
        text = " ".join(name if w == "*" else (pron if w == "pron" else w) for w in phrase)
        assert pasted.pasted_runs(text)


# --- P#7: the child's care shown on their hair, clothes, nappy ------------------------------------

@pytest.mark.parametrize("sentence,present", [
    ("Milo's nappy was soaked through and his vest was stained.", True),
    ("His hair was matted and his school jumper was filthy.", True),
    ("Milo's teeth are rotten at the front.", True),
    ("Milo's clothes were clean and ironed.", False),
    ("Mum's clothes were dirty.", False),
    ("Milo's nappy could get wet.", False),
])
def test_neglect_shown_on_the_child_is_impact(engine, sentence, present):
    text = f"The nursery manager is worried about Milo (2). On 5 March Dad brought Milo in late. {sentence}"
    assert parts(check(engine, text))["impact"] is present


# --- P#7: an adult not taking the child for care; how long a lapse has gone on ---------------------

def test_child_not_taken_to_the_doctor_is_what_the_adults_did(engine):
    text = ("The school nurse is worried that Mum and her partner Lee have not taken Kit (5) to the doctor "
            "about his ear. Kit has had pus coming from his ear since half term. If nothing changes, Kit could lose "
            "some of his hearing.")
    assert parts(check(engine, text))["behaviour"]


def test_child_taken_to_a_weight_check_is_still_no_deed(engine):
    text = ("The health visitor is worried about Ezra (1). Mum took Ezra to his weight check on Monday. "
            "If nothing changes, Ezra could lose weight.")
    assert not parts(check(engine, text))["behaviour"]


@pytest.mark.parametrize("sentence,present", [
    ("Dad has not taken Kit (5) to the doctor for three weeks.", True),
    ("Dad shouted at Kit (5) for three minutes.", False),
])
def test_how_long_a_lapse_has_gone_on_is_a_when(engine, sentence, present):
    text = f"The school nurse is worried about Kit. {sentence} If nothing changes, Kit could lose his hearing."
    assert parts(check(engine, text))["context"] is present
