"""Round 31 (lead, from a practice lead's trial: "summer told her friend faith on 9 October" went
out with both names). A name that is also an everyday word, written in lower case, is redacted
where a person stands: straight after a word for a person ("her cousin hope"), or, once the text
has found it as a name, standing bare as a subject, object or in a list. Never as the word itself
("last summer", "the summer holidays", "her faith"). Every sentence here is new."""
from __future__ import annotations

import pytest

from sos_lint.api import engine
from sos_lint.redact import Redactor


def _redacted(text: str) -> str:
    return Redactor(engine().nlp).redact(text).text


@pytest.mark.parametrize("text, name", [
    ("Autumn (9) is scared of Dad. autumn told her teacher on Monday that Dad hit her.", "autumn"),
    ("River (7) hides when Dad shouts. The school saw river crying at the gate.", "river"),
    ("Dad hit Mum. Jade (12) told her cousin hope and her brother about it.", "hope"),
    ("Mum left Kai (5) alone. He went to his friend grace next door.", "grace"),
])
def test_a_lower_case_name_where_a_person_stands_is_redacted(text, name):
    out = _redacted(text)
    assert f" {name} " not in f" {out.lower()} ".replace(".", " ").replace(",", " ")


@pytest.mark.parametrize("text, kept", [
    ("Autumn (9) has been sad since last autumn and Dad drinks.", "last autumn"),
    ("River (7) swam in the river with Dad, who had been drinking.", "the river"),
    ("Hope (6) has lost hope that Dad will stop drinking.", "lost hope"),
    ("Summer (4) stays with Nan in the summer holidays while Dad drinks.", "the summer holidays"),
])
def test_the_everyday_word_stays(text, kept):
    out = _redacted(text)
    assert kept in out
    assert text.split(" (")[0] not in out.split(" (")[0]  # the capitalised name still goes
