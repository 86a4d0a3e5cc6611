"""Messages that name the right words: SOS516 names only words that say how often; SOS202 never names the hurt child as the doer."""
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


# SOS202: a "by" phrase after "sustained" or "suffered" names who was hurt, not who did it.
@pytest.mark.parametrize("text", [
    "Bruising to both arms was sustained by the baby while she was in the care of Dad.",
    "A fractured wrist has been suffered by Tyler (4) and no account has been given.",
])
def test_passive_never_names_the_hurt_child_as_the_doer(text):
    report = engine().check_many([text], ["worry"])[0]
    found = [f for f in report.findings if f.code == "SOS202"]
    assert found and all("Start with who did it" not in f.message for f in found)
    assert all("does not say who did it" in f.message for f in found)


def test_passive_names_the_doer_from_its_by_phrase():
    report = engine().check_many(["Mum was pushed into the door by her partner Dean on Friday."], ["worry"])[0]
    found = [f for f in report.findings if f.code == "SOS202"]
    assert found and "Start with who did it: \"her partner" in found[0].message


# Acronyms for what an adult did get goal advice in a goal (issue 11: "advice fits the kind").
@pytest.mark.parametrize("text, acronym", [
    ("Dad will not be involved in any further DV and will keep away from the flat.", "DV"),
    ("Mum will make sure there are no more CSE concerns for Skye.", "CSE"),
])
def test_acronym_in_a_goal_gets_goal_advice(text, acronym):
    report = engine().check_many([text], ["goal"])[0]
    found = [f for f in report.findings if f.code == "SOS102" and f"\"{acronym}\"" in f.message]
    assert found and "will do" in found[0].message
    worry = engine().check_many([text.replace(" will ", " has ", 1)], ["worry"])[0]
    assert all("will do" not in f.message for f in worry.findings if f.code == "SOS102")


# "for Ash twice a week": "for" and the child's name say for whom, not for how long.
@pytest.mark.parametrize("text", [
    "Dad, you will cook tea for Ash twice a week, and his aunt will come round every weekend.",
    "Mum, you will read a story for Poppy every night, and Gran will ring on Sundays.",
])
def test_for_the_child_is_not_a_timescale(text):
    report = engine().check_many([text], ["goal"])[0]
    timescale = next(c for c in report.components if c.name == "timescale")
    assert not timescale.present
    assert _sos516(text) is not None


def test_for_a_stretch_of_time_still_counts():
    report = engine().check_many(["Dad, you will cook tea for Ash twice a week for the next six months."], ["goal"])[0]
    assert next(c for c in report.components if c.name == "timescale").present


def test_for_the_child_then_a_stretch_of_time_still_counts():
    report = engine().check_many(["Mum, you will tidy the stairs for Ivy every day until the end of May."], ["goal"])[0]
    assert next(c for c in report.components if c.name == "timescale").present
