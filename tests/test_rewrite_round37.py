"""Round 37 (r37c): the rewrite and `--fix`.

1. fix_verdicts35, by class: `--fix` and the rewrite make no "seen" of an impersonal "It was
   observed … that …" (fx35-050, bad), no "go to" of a visit or call that comes to the person
   ("did not attend the home visit", fx35-050, bad), and `--fix` does not write "makes sure" for a
   thing that "ensures" (a plan, an agreement: fx35-051, doubtful).
2. review36h H#4: a child's role word with a possessive ("the YP's father") is not made a named
   child's possessive where the draft speaks of more than one child, given name or not; a name
   read from the draft stands for "the child" only where the draft speaks of one child.
3. review36h H#8: "disclosed" is swapped only where the one told is said ("told her teacher"): no
   "was reported", no "talked about"; a swap that changes a noun's number is not made where the
   verb after it may agree with more than that noun ("… appointments and the state of the home are").
Every sentence here is new, written for these tests; each class has near misses that still change.
"""
from __future__ import annotations

import pytest

from sos_lint.api import engine
from sos_lint.fixes import checked_fixed_text
from sos_lint.rewrite import rewrite


def _fix(text: str, kind: str | None = "worry"):
    eng = engine()
    return checked_fixed_text(eng, text, eng.check_document(text, kind), kind)


def _written(text: str, kind: str | None = "worry") -> list[tuple[str, str]]:
    return [(e.original, e.replacement) for e in _fix(text, kind).applied]


# -- 1. fix_verdicts35 classes ----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "It was observed at the school gate that Tomas (6) had no coat on in the snow.",
    "It was observed during the visit on 4 May that the flat had no working heating.",
])
def test_impersonal_it_was_observed_that_is_not_seen(text):
    result = _fix(text)
    assert "was seen" not in result.text
    assert "observed" in result.text
    assert "seen" not in rewrite(text, "worry", scaffold=False).text


def test_observed_with_a_thing_as_its_subject_is_still_seen():
    text = "Tomas had a cut on his lip; it was observed by the school nurse on 4 March."
    assert ("it was observed", "it was seen") in _written(text)


@pytest.mark.parametrize("text", [
    "Mr Ellis did not attend the home visit on 8 June, so Ruby's bedroom was not seen.",
    "The health visitor is worried because Ms Lowe attended the home visit with a black eye on 3 May.",
    "Ms Lowe did not attend the telephone review with the paediatrician on 2 May.",
])
def test_a_visit_that_comes_to_the_person_is_not_gone_to(text):
    result = _fix(text)
    assert "go to" not in result.text and "went to" not in result.text
    assert "attend" in result.text


def test_attending_a_clinic_is_still_going_to_it():
    text = "The health visitor is worried because Ms Lowe attended the clinic with Ruby on 3 May and Ruby had a burn on her hand."
    assert ("attended", "went to") in _written(text)


@pytest.mark.parametrize("text", [
    "The contact agreement, which ensures that Ruby sees Dad only at the centre, was signed on 3 May.",
    "A written rota ensures that someone collects Ruby from nursery every day.",
    "Mr Ellis will write a rota, agreed with the HV, which ensures that Ruby is fed at noon.",
])
def test_a_thing_that_ensures_is_not_written_as_making_sure(text):
    assert not any(to.startswith(("make", "makes")) for _, to in _written(text))


@pytest.mark.parametrize("text", [
    "Nan ensures that Ruby gets to nursery every morning.",
    "The school will ensure that Ruby has breakfast every day.",
])
def test_a_person_or_a_body_that_ensures_still_makes_sure(text):
    assert any(to.startswith(("make", "makes")) for _, to in _written(text))


# -- 2. whose father: a possessive is never a guessed child's -----------------------------------

def test_a_given_name_is_not_put_on_a_possessive_when_another_child_is_named():
    text = "The child's stepfather shouts at night. Milo (4) and his sister Ava (9) hide upstairs."
    out = rewrite(text, "worry", {"child": "Milo"}).text
    for owner in ("Milo's", "Ava's"):
        assert owner + " stepfather" not in out and owner + " stepdad" not in out
    assert "child's stepfather" in out


def test_a_name_read_from_the_draft_is_not_used_beside_a_second_child():
    text = "The YP's father was arrested on 2 May. The baby and older brother Kian were at home."
    out = rewrite(text, "worry").text
    assert "Kian's dad" not in out and "Kian's father" not in out
    assert "YP's" in out


def test_a_given_name_still_owns_the_possessive_when_only_that_child_is_in_the_draft():
    text = "The child's father shouts at Milo (4) every night when he has been drinking."
    out = rewrite(text, "worry", {"child": "Milo"}).text
    assert "Milo's dad" in out


def test_the_child_is_still_the_one_named_child():
    text = "Milo (4) was left alone overnight on 2 May and the child was hungry."
    changes = rewrite(text, "worry").changes
    assert any(c.original == "the child" and c.replacement == "Milo" for c in changes)


# -- 3. telling, and agreement after a swap ---------------------------------------------------

@pytest.mark.parametrize("text, not_written", [
    ("Domestic abuse was disclosed at the clinic on 2 May.", "reported"),
    ("Ms Lowe disclosed heroin use at the booking appointment.", "talked about"),
])
def test_disclosed_with_no_one_told_is_not_swapped(text, not_written):
    out = rewrite(text, "worry").text
    assert not_written not in out
    assert "disclosed" in out


def test_disclosed_to_someone_is_still_told():
    text = "Ruby (8) disclosed to her teacher that Dad hit her with a belt on 2 May."
    out = rewrite(text, "worry").text
    assert "told her teacher" in out


def _fixes_on(text: str) -> list[tuple[str, str]]:
    eng = engine()
    return [(text[f.fix.start:f.fix.end], f.fix.replacement) for r in eng.check_document(text, "worry")
            for f in r.findings if f.fix is not None]


def test_number_change_after_words_joined_by_and_is_not_made():
    text = "Mr Ellis missed three GP appointments and home conditions are poor."
    assert not any("state of the home" in to for _, to in _fixes_on(text))
    assert "the state of the home are" not in rewrite(text, "worry").text


def test_number_change_of_a_subject_on_its_own_still_agrees():
    text = "Home conditions are poor and Ruby has no clean clothes for school."
    assert ("Home conditions are", "The state of the home is") in _fixes_on(text)
