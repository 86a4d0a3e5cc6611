"""Round 41 (r41e): parts of a statement and scores.

- context: a small number set off by commas after a person's name ("Theo, 7, and Ruby, 4") is the
  person's age, not a day of the month (context._an_age_set_off_by_commas).
- context: the family's own home, unnamed ("at home", "in the house", "in their flat", "in bed"),
  is where most family life happens: alone it is no "when or where". It counts when the statement
  also names a time; a named place or someone else's home counts as before (context.a_home_place_only).
Every sentence here is written for these tests; near misses must not change.
"""
from __future__ import annotations

import pytest

from sos_lint.api import engine as make_engine


@pytest.fixture(scope="module")
def engine():
    return make_engine()


def parts(engine, text, kind="worry"):
    report = engine.check_many([text], [kind])[0]
    return {c.name: c.present for c in report.components}, {c.name: c.evidence for c in report.components}, report


@pytest.mark.parametrize("text", [
    "The school nurse is worried that Dad has been hitting Theo, 7, with a slipper. Theo has marks on his arms.",
    "Nan is worried that Mum leaves Ruby, 4, and Ellis, 2, on their own and they go hungry.",
    "We are worried because Mum's partner shouts at Keira, 11, and calls her names.",
])
def test_an_age_after_a_name_is_no_when(engine, text):
    shown, evidence, _ = parts(engine, text)
    assert not shown["context"], evidence["context"]


@pytest.mark.parametrize("text,words", [
    # near misses: a real day, a named place
    ("The school nurse is worried that Dad hit Theo, 7, with a slipper on 14 March.", "14 March"),
    ("Nan is worried that Mum left Ruby, 4, alone in the car outside the Red Lion.", ""),
])
def test_a_day_or_place_beside_an_age_still_counts(engine, text, words):
    shown, evidence, _ = parts(engine, text)
    assert shown["context"] and words in evidence["context"]


@pytest.mark.parametrize("text", [
    "Aunt Rosa and the health visitor are worried because Dad has been keeping Milo at home to mind his little "
    "sister. If this goes on Milo will fall behind at school.",
    "Mum has been lying in bed and leaving Jasper, who is two, downstairs with the television on. Jasper could "
    "get hurt with no one watching him.",
    "The youth worker is worried that Dad smokes cannabis in the house and Lenny breathes in the smoke.",
])
def test_the_family_home_alone_is_no_when_or_where(engine, text):
    shown, evidence, _ = parts(engine, text)
    assert not shown["context"], evidence["context"]


@pytest.mark.parametrize("text,words", [
    # near misses: the home with a time named, someone else's home, a room, a named address
    ("Most weekend nights Dad smokes cannabis in the house while Lenny is in bed upstairs.", ""),
    ("On 9 June Dad pushed Mum into the fridge at home while Milo watched.", ""),
    ("Grandad is worried because Mum's boyfriend slapped Milo at his mate's flat.", "flat"),
    ("Dad has been smoking crack in the flat on Wren Street, and Lenny found him asleep on the floor.", "flat"),
    ("Mum's partner pushed Milo down the stairs in the hallway.", ""),
])
def test_the_home_with_a_time_or_a_named_place_still_counts(engine, text, words):
    shown, evidence, _ = parts(engine, text)
    assert shown["context"] and words in evidence["context"], evidence["context"]


# who: the "we" who are named, and the writer who signs the heading (worriers.writer_by_heading,
# worriers.we_named_before); a worry shared that points back ("shares that worry").
@pytest.mark.parametrize("text", [
    "Grace Obi, the family support worker, and Mr Lund, Ayo's form tutor, visited the flat on 6 May. We are "
    "worried because Dad was asleep on the sofa at noon and Ayo (4) was alone on the balcony.",
    "Nursery manager, Little Stars: Ayo (4) arrived on 6 May with a burn on her hand and said Dad held it on the "
    "cooker. We are worried about how Ayo is punished at home.",
    "Sergeant Kemi Lowe, Northfield Police: I went to the flat at 2am on 6 May after a 999 call. Dad had thrown a "
    "chair at Mum while Ayo (4) watched from the stairs.",
    "The school nurse told me that Dad has hit Ayo (4) with a belt, and I share her worry. Ayo has marks on her "
    "legs.",
    "DC Ruth Amos, Northfield Police: I was called to the flat at 2am on 6 May, and police found Ayo (4) alone "
    "while Mum was at the pub.",
])
def test_named_writers_are_who(engine, text):
    shown, evidence, _ = parts(engine, text)
    assert shown["who"], text


@pytest.mark.parametrize("text", [
    # near misses: a "we" after the parents; a heading that is a service or a note of a visit
    "Mum and Dad argue most nights. We are worried that Ayo (4) hears it from her bed.",
    "From the Early Help hub: we are worried about Ayo (4), whose dad leaves her alone in the flat.",
    "Home visit 6/05: Dad asleep on the sofa at noon, Ayo (4) alone on the balcony.",
    "We are worried about Ayo. Mum and her partner drink most days.",
])
def test_unnamed_we_and_note_headings_are_no_who(engine, text):
    shown, evidence, _ = parts(engine, text)
    assert not shown["who"], evidence["who"]


# Unborn babies (review41m M#2): a gestation is the when of an adult's act, not of a birth or a booking.
@pytest.mark.parametrize("text,words", [
    ("The midwife and the social worker are worried that Dad kicked Mum in the back at 31/40. If nothing "
     "changes, the baby could be hurt.", "31/40"),
    ("The midwife is worried that Dad threw a mug at Mum when she was 20 weeks pregnant. If this goes on, the "
     "baby could be born early.", ""),
])
def test_a_gestation_dates_an_adults_act(engine, text, words):
    shown, evidence, _ = parts(engine, text)
    assert shown["context"] and words in evidence["context"], evidence["context"]


@pytest.mark.parametrize("text", [
    "Baby Noor born 35+4/40, weighing 2100g, and kept on the neonatal unit for withdrawal. Maternal cocaine use "
    "in pregnancy.",
    "Health visitor concerned because Mum booked late at 27/40 and has not been seen by the midwife since.",
])
def test_a_gestation_of_a_birth_or_booking_is_no_when(engine, text):
    shown, evidence, _ = parts(engine, text)
    assert not shown["context"], evidence["context"]


# review40c C#11: words SOS306 flags as blaming a parent for an abuser's return are no "What the adults did".
@pytest.mark.parametrize("text", [
    "The school nurse is worried about Lola (7). Mum let Dad back into the flat.",
    "The school nurse is worried about Lola (7). Mum let him back in.",
])
def test_blame_of_the_parent_is_no_behaviour(engine, text):
    shown, evidence, report = parts(engine, text)
    assert any(f.code == "SOS306" for f in report.findings)
    assert not shown["behaviour"], evidence["behaviour"]


@pytest.mark.parametrize("text", [
    # near misses: the abuser's own act said beside the blame, and a parent's deed with no blame
    "The school nurse is worried about Lola (7). Mum let Dad back into the flat, and on 3 June he punched Mum "
    "in the face while Lola watched.",
    "The school nurse is worried about Lola (7). Mum locked Lola in her bedroom all weekend.",
])
def test_the_abusers_act_or_a_plain_deed_still_counts(engine, text):
    shown, evidence, _ = parts(engine, text)
    assert shown["behaviour"], text
