"""Round 33 (lead, from a developer's trial): advice names the child, but an invented example in it
keeps the placeholder ("for example that they gave [name] alcohol in their cars"): with the real
child's name the example reads like a fact about that child beside a real case."""
from __future__ import annotations

from sos_lint.api import engine
from sos_lint.checks.word_context import _EXAMPLE


def _messages(text: str, code: str) -> list[str]:
    report = engine().check_document(text, "worry")[0]
    return [f.message for f in report.findings if f.code == code]


def test_the_example_in_advice_keeps_the_placeholder_and_the_advice_names_the_child():
    messages = _messages("The youth offending worker is worried that Tiago (15) keeps putting himself at risk "
                         "by going to the flats at night.", "SOS306")
    assert messages
    assert any("Tiago" in m for m in messages)
    for m in messages:
        head, found, example = m.partition("for example")
        if found:
            assert "Tiago" not in example and "[name]" in example, m


def test_advice_with_no_example_still_names_the_child():
    messages = _messages("The school nurse is worried that Maisie (6) is at risk at home.", "SOS302")
    assert messages and any("Maisie" in m for m in messages) and not any("[name]" in m for m in messages)


def test_what_counts_as_an_example():
    assert _EXAMPLE.search("Say what happened, for example Dad shouting")
    assert _EXAMPLE.search("Say who, e.g. Nan")
    assert _EXAMPLE.search("things such as gifts")
    assert not _EXAMPLE.search("Say what the adults did to [name] and when")
    assert not _EXAMPLE.search("for examples")


def test_a_child_aged_8_in_brackets_is_read_as_a_child():
    # spaCy reads "8)" as a smiley: "Maisie (8) is" is "Maisie", "(", "8)", and the child aged 8
    # went unseen by the advice (it said "[name]"); every other age was read. The tokenizer is left
    # as it is (changing it moved parses other rules are tuned on); the age reading takes "8)".
    for text, child in (("The police are worried that Maisie (8) is at risk at home.", "Maisie"),
                        ("The police are worried that Theo (3) is at risk at home.", "Theo")):
        messages = _messages(text, "SOS302")
        assert any(f"happen to {child}" in m for m in messages), messages
