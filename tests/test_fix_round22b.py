"""Round 22 (lead): the seven classes a reader judged bad in fix_test22 at first sight
(tests/data/agreement/fix_verdicts22.md), each mended by a reading of the parse or a table
entry, with near misses that stay written. Wordings are the lead's own, not fix_test22's.
- an acronym that starts a law's name ("the FGM Act 2003"): the name stays whole;
- an acronym after a noun that already has its article ("the school FSW"): no second "the";
- an acronym in a run of names ending in the noun its words end in ("the CAMHS ED service"):
  not "the children's mental health service ED service";
- "family home" -> "home" and "perpetrator programme" -> "behaviour change programme": whose
  home, and which programme, change: advice only;
- "co-operate with" a procedure or a process ("the skeletal survey"): "work with" does not fit;
- an acronym in brackets after a service's name ("NHS Talking Therapies (IAPT)"): its other name.
"""
from __future__ import annotations

import pytest

from sos_lint.api import engine
from sos_lint.fixes import fixed_text


@pytest.fixture(scope="module")
def eng():
    return engine()


def _fixed(eng, text: str, kind: str = "worry") -> str:
    return fixed_text(text, eng.check_document(text, kind)).text


def test_an_acronym_starting_a_laws_name_stays(eng):
    text = "An order can be sought under the FGM Act 2003 if Dad takes Nala abroad."
    assert "the FGM Act 2003" in _fixed(eng, text)


def test_an_acronym_on_its_own_is_still_written(eng):
    text = "The school nurse is worried about FGM before Nala's trip to see her grandmother."
    assert "female genital mutilation" in _fixed(eng, text)


def test_no_second_article_after_a_noun_that_has_one(eng):
    out = _fixed(eng, "Rowan told the school FSW that Dad had hit Mum on Friday.")
    assert "the the" not in out and "school the" not in out, out


def test_the_article_stays_where_the_acronym_stood_alone(eng):
    out = _fixed(eng, "Rowan told the FSW that Dad had hit Mum on Friday.")
    assert "FSW" not in out or "family support worker" not in out
    assert "the the" not in out


def test_a_run_of_names_ending_in_the_same_noun_stays(eng):
    out = _fixed(eng, "Esme was referred to the CAMHS ED service in May after she lost weight.", "worry")
    assert "service ED service" not in out and "service service" not in out, out


@pytest.mark.parametrize("text, kept", [
    ("Mr Dunn has been living at the family home since his release on 3 June.", "family home"),
    ("Dad will go on a perpetrator programme from September.", "perpetrator programme"),
])
def test_whose_home_and_which_programme_are_not_rewritten(eng, text, kept):
    assert kept in _fixed(eng, text, "goal" if "will" in text else "worry")


def test_co_operate_with_a_procedure_is_advice(eng):
    text = "Mum and Dad did not co-operate with the hip X-ray or the court assessment in May."
    assert "co-operate with the hip" in _fixed(eng, text)


def test_co_operate_with_a_worker_in_a_record_is_advice(eng):
    # Round 34 (review34 P#4): in a record of what happened, "did not work with the social worker"
    # can be read as a job; shown as advice, not written (tests/test_fix_round34.py)
    text = "Mum and Dad did not co-operate with the social worker or let her see the baby."
    assert "work with the social worker" not in _fixed(eng, text)


def test_an_acronym_naming_a_service_a_second_time_stays(eng):
    text = "Mum will see Talking Together Wirral (IAPT) about her low mood."
    assert "(IAPT)" in _fixed(eng, text, "goal")


def test_an_acronym_after_a_persons_name_is_not_an_alias(eng):
    from sos_lint.rewrite import guards

    doc = next(iter(eng.parse(["Mum must not let Mr Fenwick (RSO) see the children."])))
    bracket = next(t.i for t in doc if t.text == "(")
    assert not guards._after_a_titled_name(doc, bracket)
