"""Round 33 (review33g): scores and the parts table a QA team reports.

- D#2: an unanswered "[question?]" left in a draft is no part, and the draft says so (SOS518).
- Q#6: a statement with most of its parts missing is not ready to share (SOS519), so a middling
  draft resting on a guess or a reason that is no worry no longer scores 6-7.
- Q#5 / P#7: parts-table readings (see the sections below).

Every sentence here is written for these tests (other names, harms and wording than the reviews').
"""
from __future__ import annotations

import pytest

from report_helpers import check, codes, parts
from sos_lint.checks.parts.placeholders import placeholder_spans, text_without


# --- D#2: placeholders --------------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("[Who is worried?] is worried.", ["[Who is worried?]"]),
    ("Dad, [what will you do instead] each night.", ["[what will you do instead]"]),
    ("Dad, [… how Nan will help …] on Sundays.", ["[… how Nan will help …]"]),
    ("Ola [sees / hears / feels …].", ["[sees / hears / feels …]"]),
    ("[the aunt, e.g. Auntie Bisi] will help.", ["[the aunt, e.g. Auntie Bisi]"]),
])
def test_placeholders_found(text, expected):
    assert [text[s:e] for s, e in placeholder_spans(text)] == expected


@pytest.mark.parametrize("text", [
    "[name] pushed Ola down the stairs on [date].",  # redaction marks say what they stand for
    "Ola said \"Mummy [Bisi] locked me out\" on Friday.",  # a word added inside a quote
    "Dad wrote \"your to old [sic] to cry\" on the wall.",
    "Child A told [school] that Adult 1 hit her.",
])
def test_not_placeholders(text):
    assert placeholder_spans(text) == []


def test_text_without_placeholders():
    text = "[Who is worried?] is worried that Dad shouts. If nothing changes, [what could happen to Ola?]"
    assert text_without(text, placeholder_spans(text)) == "is worried that Dad shouts. If nothing changes,"


def test_skeleton_of_questions_is_no_statement(engine):
    skeleton = ("[Who is worried?] is worried that [what did the adults do?] [When did it happen?] "
                "[What does Tomos see, hear or feel?] If nothing changes, [what could happen to Tomos?]")
    report = check(engine, skeleton)
    assert not any(parts(report).values()), parts(report)
    assert {"SOS518", "SOS519"} <= codes(report)
    assert report.score <= 4.0


def test_filled_draft_with_one_question_left(engine):
    text = ("Tomos's childminder is worried that Dad shouted at Tomos and threw his shoes at the wall when he "
            "collected him on Tuesday. [What does Tomos see, hear or feel?] If nothing changes, Tomos could be "
            "hit by something Dad throws.")
    report = check(engine, text)
    assert "SOS518" in codes(report)
    finding = next(f for f in report.findings if f.code == "SOS518")
    assert report.text[finding.start:finding.end] == "[What does Tomos see, hear or feel?]"
    assert not parts(report)["impact"]  # the question is not what it means for the child
    assert parts(report)["behaviour"] and parts(report)["future"]
    assert report.score <= 4.0


def test_redacted_draft_keeps_its_parts(engine):
    text = ("Tomos's childminder is worried that [name] shouted at Tomos and threw his shoes at the wall on "
            "Tuesday at [address]. Tomos hid under the table and cried. If nothing changes, Tomos could be hit "
            "by something thrown at him.")
    report = check(engine, text)
    assert "SOS518" not in codes(report)


def test_goal_placeholder(engine):
    text = ("Dad, [… what you will do each evening instead of drinking …]. Auntie Bisi will ring you every "
            "Sunday for the next six months so that Ola feels safe at bedtime.")
    report = check(engine, text, "goal")
    assert "SOS518" in codes(report)
    assert report.score <= 4.0


# --- Q#6: too few parts -------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Jordan might be being targeted by older boys.",  # a guess with no deed
    "We are worried about Keeley because she has turned thirteen.",  # a reason that is no worry
    "Nan smacked Alfie.",  # a deed with nothing else
    "There are concerns that Leon may be at risk of neglect.",
])
def test_worries_with_most_parts_missing(engine, text):
    report = check(engine, text)
    assert sum(not c.present for c in report.components) >= 3
    assert "SOS519" in codes(report)
    assert report.score <= 4.0


def test_goals_with_most_parts_missing(engine):
    report = check(engine, "Dad will comply with the plan and attend all meetings.", "goal")
    assert "SOS519" in codes(report)


@pytest.mark.parametrize("text,kind", [
    ("Alfie's teacher is worried that Nan smacked Alfie across the legs in the playground on Monday. Alfie "
     "limped all day and said he was scared to go home. If nothing changes, Alfie could be badly hurt.", "worry"),
    ("Keeley's youth worker saw a man of about thirty give Keeley vodka in the park on Saturday night. Keeley "
     "told her she felt sick and could not remember getting home. If nothing changes, Keeley could be harmed "
     "by adults who want to use her.", "worry"),
    ("Dad, you will cook tea for Leon every night and Nan will do it on Wednesdays, for the next six months. "
     "The school will tell us if Leon is hungry. Leon will go to bed full. If this does not happen, Leon may "
     "stay with Nan.", "goal"),
])
def test_full_statements_not_touched(engine, text, kind):
    report = check(engine, text, kind)
    assert "SOS519" not in codes(report)
    assert "SOS518" not in codes(report)


def test_middling_guess_below_fuller_draft(engine):
    thin = check(engine, "Mum thinks Dylan is being groomed. Dylan might be being exploited by older boys.")
    fuller = check(engine, "Dylan's mum is worried that older boys gave Dylan cannabis and a phone at the "
                           "bus station on Friday. If nothing changes, Dylan could be made to sell drugs.")
    assert thin.score <= 4.0 < fuller.score


# --- Q#5: a phone or reference number is no "when" ----------------------------------------------

@pytest.mark.parametrize("text", [
    "Mr Osei, Ruby's swimming teacher, is worried that Ruby's uncle Dean slapped Ruby. "
    "You can ring Mr Osei on 07700 900461.",
    "Mr Osei, Ruby's swimming teacher, is worried that Ruby's uncle Dean, phone 07700 900461, slapped Ruby.",
    "Mr Osei, Ruby's swimming teacher, is worried that Ruby's uncle Dean slapped Ruby. "
    "Mr Osei can be reached on 01632 960 471.",
])
def test_phone_number_is_not_when(engine, text):
    report = check(engine, text)
    assert not parts(report)["context"], next(c for c in report.components if c.name == "context").evidence


def test_real_date_still_when(engine):
    text = ("Mr Osei, Ruby's swimming teacher, is worried that Ruby's uncle Dean slapped Ruby at the pool on "
            "14 June. Ruby cried and hid in the changing room. If nothing changes, Ruby could be hurt again.")
    assert parts(check(engine, text))["context"]


# --- Q#5: a bare drinking or drug habit is no deed (as SOS301 says) -----------------------------

def test_bare_habit_is_not_behaviour(engine):
    report = check(engine, "The health visitor is worried about Ozzy. His stepdad drinks heavily. "
                           "Ozzy could be neglected.")
    assert not parts(report)["behaviour"]


@pytest.mark.parametrize("text", [
    # told with a place and a time, the use is the behaviour the worry is about
    "The midwife is worried that Kerry smokes cannabis in the bedroom most nights while baby Sol sleeps beside "
    "her. If nothing changes, Sol could stop breathing in the smoke.",
    # a deed beside the habit still counts
    "Ozzy's nursery is worried that his stepdad shook Ozzy and threw him onto the sofa on Tuesday evening.",
])
def test_deed_still_behaviour(engine, text):
    assert parts(check(engine, text))["behaviour"]


# --- P#7: "gets up at 5am" is the child's doing, dated ------------------------------------------

def test_child_gets_up_early_is_when(engine):
    text = ("Miss Dale, Ayo's form tutor, is worried that Ayo (13) gets up at 4.30am most days to get his "
            "little sisters washed and fed because Mum is too unwell to get out of bed.")
    assert parts(check(engine, text))["context"]


def test_child_gets_upset_is_no_when(engine):
    text = "Miss Dale, Ayo's form tutor, is worried that Ayo gets upset most days."
    assert not parts(check(engine, text))["context"]
