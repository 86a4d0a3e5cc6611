"""Round 39 (r39e): parts of a statement. Every statement here is new wording, not from the sets or
the reviewers' drafts.

1. Who is worried, in note style: a note that opens with a role and a bare "concerned"/"worried"
   ("Health visitor concerned re …", "SW concerned re: …") names who is worried
   (checks/parts/common.py `_noted_worrier`). Near misses: "the worker concerned" (the one involved),
   "a worried Nan" (a description), a worry word inside a sentence.
2. What the child will be spared: "will no longer be …", "won't need to …", "stop …-ing" said of the
   child with the hardship told is the child's experience (checks/parts/child.py
   `_what_the_child_will_be_spared`). Near misses: the same words as a sanction or said of an adult,
   "won't stop crying".
3. "able to" + a light verb with a moment ("able to have her cousins over", "keep up with his
   swimming club") is experience; "able to stay safe" and "able to have a normal life" are not.
4. engine.normalise keeps the line break after a heading line, and the parse starts a sentence
   there; a line wrapped mid-sentence still joins.
5. When or where, on arrests and police call-outs (checks/parts/context.py): an adult arrested or
   charged for a deed with a day or place said of it; a dated call-out to an address with the
   incident named in its sentence or the note after it. Near misses: an arrest alone, an arrest only
   feared, a child arrested, a call-out with no incident and no time.
"""
from __future__ import annotations

import pytest

from sos_lint import api
from sos_lint.engine import normalise


def _parts(text: str, kind: str) -> dict:
    return {c.name: c.present for c in api.check(text, kind=kind).components}


# ---- 1. who is worried, in note style ----

@pytest.mark.parametrize("text", [
    "School nurse concerned re: Tamsin (9) and head lice untreated since October. Dad has not bought the lotion.",
    "Youth worker worried that Kobe (15) is carrying a knife. Kobe showed it to friends outside the chip shop.",
    "Family support worker concerned as Dad left Lula (2) in the car outside the bookmakers on Friday.",
])
def test_a_note_that_opens_with_a_role_and_concerned_says_who(text):
    assert _parts(text, "worry")["who"]


@pytest.mark.parametrize("text", [
    # the one involved, not a worrier
    "The worker concerned will ring Mum on Monday. Dad left Lula (2) in the car outside the bookmakers.",
    # a description of someone, not a report of a worry
    "A worried neighbour rang the office. Dad left Lula (2) in the car outside the bookmakers.",
    # a service, not a person, stays as before (no note-style role)
    "Concerns re: Lula (2). Dad left her in the car outside the bookmakers on Friday.",
])
def test_near_misses_name_no_note_style_worrier(text):
    assert not _parts(text, "worry")["who"]


# ---- 2. what the child will be spared ----

@pytest.mark.parametrize("text", [
    "Mum will give Otis (6) his ear drops every night until the clinic says stop. Otis will no longer be "
    "in pain at bedtime.",
    "Dad, you will take your tablets each morning and Aunt Rosa will phone at 9am to check. Priya (10) "
    "won't need to hide your car keys any more.",
    "Mum will be up and dressed by 8am on school days for the next term. Nell will stop getting told off "
    "for arriving late to registration.",
])
def test_what_the_child_will_be_spared_is_experience(text):
    assert _parts(text, "goal")["experience"]


@pytest.mark.parametrize("text", [
    # a sanction: what happens if the goal is broken
    "Dad will not drink when Otis (6) stays over. If Dad drinks, Otis will no longer stay at his flat at weekends.",
    # said of an adult, not the child
    "Mum will no longer shout at Otis (6) in the kitchen. Gran will visit every Sunday.",
    # the child will not stop: no hardship ended
    "Mum will walk Otis (6) to school every day. Otis won't stop crying at the gate.",
    # a task the child will no longer do is the adults' change, not what the child lives through
    "Otis (9) will no longer take his sister to nursery. Mum will arrange a childminder.",
])
def test_near_misses_are_not_what_the_child_is_spared(text):
    assert not _parts(text, "goal")["experience"]


# ---- 3. able to + a light verb with a moment ----

@pytest.mark.parametrize("text", [
    "Mum will keep the flat clean and free of dog mess for six months. Rafi (7) will be able to have his "
    "cousins over on Saturdays.",
    "Dad will drive Esme (12) to the pool twice a week. Esme will be able to keep up with her swimming club.",
])
def test_able_to_with_a_light_verb_and_a_moment_is_experience(text):
    assert _parts(text, "goal")["experience"]


@pytest.mark.parametrize("text", [
    "Mum will keep the flat clean for six months. Rafi (7) will be able to stay safe.",
])
def test_able_to_stay_safe_is_no_moment(text):
    assert not _parts(text, "goal")["experience"]


# ---- 4. a heading line stays its own line ----

def test_normalise_keeps_a_heading_line_and_joins_a_wrapped_line():
    text = "Worry statement 2 - Ezra\nDad pushed Ezra\ninto the door.\nBackground:\nNan rang."
    out = normalise(text)
    assert len(out) == len(text)
    assert out == "Worry statement 2 - Ezra\nDad pushed Ezra into the door. Background:\nNan rang."
    # a label line carrying the statement itself is wrapped, not a heading
    assert normalise("Safety goal: Mum will walk Ezra to the\nbus stop.") == "Safety goal: Mum will walk Ezra to the bus stop."
    assert normalise("Mum hit\nLeo.") == "Mum hit Leo."


@pytest.mark.parametrize("heading", ["Worry statement", "Safety goal 1", "What are we worried about?", "Concerns:"])
def test_a_heading_line_is_its_own_sentence(heading):
    from sos_lint.api import engine

    text = f"{heading}\nGrandad Vic is worried that Mum left Ezra (3) alone in the bath on Sunday."
    doc = next(iter(engine().parse([text])))
    sentences = [s.text.strip() for s in doc.sents]
    assert sentences[0] == heading
    assert sentences[1].startswith("Grandad Vic is worried")


def test_a_wrapped_line_is_not_cut_into_sentences():
    from sos_lint.api import engine

    doc = next(iter(engine().parse(["Grandad Vic is worried that Mum left\nEzra (3) alone in the bath."])))
    assert len(list(doc.sents)) == 1


# ---- 5. when or where: arrests and call-outs ----

@pytest.mark.parametrize("text", [
    "Nan is worried because Mum's boyfriend Lee was arrested for hitting Mum in the kitchen. Jo (3) saw it "
    "and now hides behind the sofa.",
    "Nan is worried because Mum's boyfriend Lee was charged with assault after punching Mum in the car park "
    "of the Red Lion on Friday. Jo (3) saw it.",
    "Officers attended the address on 9/10 after a call from the downstairs flat. Domestic incident. Dad "
    "had been drinking. Jo (3) was awake.",
])
def test_the_day_or_place_of_an_arrest_deed_or_call_out_incident_is_context(text):
    assert _parts(text, "worry")["context"]


@pytest.mark.parametrize("text", [
    # the arrest alone: the service's day
    "Nan is worried about Jo (3). Mum's boyfriend Lee was arrested on 12 June. Jo cried.",
    # only feared
    "Nan is worried that Lee could be arrested for hitting Mum at home. Jo (3) cried.",
    # a call-out with no incident named and no time
    "Officers attended the address on 9/10 after a call from the downstairs flat. Jo (3) was awake.",
])
def test_near_misses_of_arrests_and_call_outs_are_not_context(text):
    assert not _parts(text, "worry")["context"]
