"""SOS516's message names only the words that say how often: not an age, a date or a deadline."""
import pytest

from sos_lint.api import engine


def _sos516(text: str):
    report = engine().check_many([text], ["goal"])[0]
    return next((f for f in report.findings if f.code == "SOS516"), None)


@pytest.mark.parametrize("text, named", [
    ("Mum, you will read with Poppy every night, and Gran will take her to the park on Saturdays.",
     ["every night", "Saturdays"]),
    ("Dad, you will cook Ash his tea on Tuesdays, and his aunt will come round every weekend.",
     ["Tuesdays", "every weekend"]),
    ("Ruby is 11 and stays at Dad's at weekends. Dad, you will check her homework every evening.",
     ["every evening"]),
])
def test_a_frequency_is_named(text, named):
    found = _sos516(text)
    assert found is not None and found.severity == "hint"
    quoted = found.message.split('"')[1]
    for words in named:
        assert words in quoted
    assert "11" not in quoted


@pytest.mark.parametrize("text", [
    "Dad, you will help Sara with her reading so she can tell her teacher she feels clever by the end of term.",
    "Milo is 12. Mum, you will pack his bag for Dad's and talk to him about the move in three months.",
])
def test_no_frequency_no_quoted_words(text):
    found = _sos516(text)
    if found is not None:
        assert '"' not in found.message
        assert "12" not in found.message and "end of term" not in found.message


def test_a_duration_is_not_flagged():
    assert _sos516("Mum, you will read with Poppy every night for the next six months, and Gran will "
                   "take her to the park on Saturdays.") is None
