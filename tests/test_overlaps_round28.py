"""Round 28 (dedupe28): one fault, one message (sos_lint/checks/overlaps.py, called by the engine
after its one-per-span rule). For each pair of rules that now give way, a case where only one rule
speaks on the words, and a near miss where both rightly speak because they flag different words.
Every statement is in our own words; none is taken from a probe or a test set."""
from __future__ import annotations

import pytest

from sos_lint.api import engine
from sos_lint.checks import overlaps
from sos_lint.findings import Finding, Fix


def _said(text: str, kind: str) -> list[tuple[str, str]]:
    """(code, words) of every word-level warning and error."""
    report = engine().check_many([text], [kind])[0]
    return [(f.code, text[f.start:f.end]) for f in report.findings
            if f.severity != "hint" and f.end > f.start and not (f.start == 0 and f.end >= len(text) - 1)]


def _on(text: str, kind: str, words: str) -> list[str]:
    """The codes said of findings overlapping `words`."""
    start = text.index(words)
    end = start + len(words)
    report = engine().check_many([text], [kind])[0]
    return sorted(f.code for f in report.findings if f.severity != "hint" and f.start < end and start < f.end
                  and not (f.start == 0 and f.end >= len(text) - 1))


# --- the policy on made-up findings: what gives way to what ---------------------------------------

_TEXT = "x" * 100


def _f(code: str, start: int, end: int, severity: str = "warning", fix: Fix | None = None) -> Finding:
    return Finding(code, "x", "jargon", severity, "m", start, end, fix=fix)


def test_a_reading_inside_a_longer_reading_of_the_same_rule_gives_way():
    long_, short = _f("SOS304", 10, 25), _f("SOS304", 13, 19)
    assert overlaps.resolve([long_, short], _TEXT, "worry") == [long_]


def test_two_readings_of_one_rule_that_only_cross_both_stay():
    a, b = _f("SOS304", 10, 25), _f("SOS304", 20, 30)
    assert overlaps.resolve([a, b], _TEXT, "worry") == [a, b]


def test_a_more_serious_finding_never_gives_way_to_a_lesser_one():
    error, warning = _f("SOS101", 5, 11, "error"), _f("SOS402", 5, 11, "warning")
    assert overlaps.resolve([error, warning], _TEXT, "worry") == [error, warning]


def test_pairs_not_in_the_table_both_stay():
    jargon_word, label = _f("SOS101", 5, 20), _f("SOS301", 5, 20)  # readers mark these words both ways
    assert overlaps.resolve([jargon_word, label], _TEXT, "worry") == [jargon_word, label]


def test_the_one_that_speaks_takes_over_a_fix_it_lacks():
    fix = Fix(5, 11, "Mum", "safe")
    jargon_word, role = _f("SOS101", 5, 11, fix=fix), _f("SOS402", 5, 11)
    kept = overlaps.resolve([jargon_word, role], _TEXT, "goal")
    assert [f.code for f in kept] == ["SOS402"] and kept[0].fix == fix


def test_a_structure_rule_does_not_take_over_a_word_swap():
    fix = Fix(4, 15, "see", "safe")
    jargon_word, compliance = _f("SOS101", 4, 15, fix=fix), _f("SOS511", 4, 15)
    kept = overlaps.resolve([jargon_word, compliance], _TEXT, "goal")
    assert [f.code for f in kept] == ["SOS511"] and kept[0].fix is None


def test_findings_about_the_whole_statement_are_never_compared():
    whole, word = _f("SOS401", 0, 40), _f("SOS402", 0, 40)
    assert overlaps.resolve([whole, word], _TEXT[:40], "worry") == [whole, word]


def test_the_kind_decides_engagement_words():
    jargon_word, compliance = _f("SOS101", 4, 15), _f("SOS511", 4, 15)
    assert [f.code for f in overlaps.resolve([jargon_word, compliance], _TEXT, "goal")] == ["SOS511"]
    assert [f.code for f in overlaps.resolve([jargon_word, compliance], _TEXT, "worry")] == ["SOS101"]


# --- on whole statements ------------------------------------------------------------------------

RESOLVED = [
    # a role word: SOS402 ("write Mum") speaks, not also SOS101
    ("goal", "Mother will take Kacey (6) to school every morning and pick her up at three.", "Mother", ["SOS402"]),
    # a role word the child-not-named rule also read: SOS402 speaks
    ("worry", "The children were left alone in the flat overnight on 3 May and were found crying by a neighbour.",
     "The children", ["SOS402"]),
    ("worry", "The YP was found at a party at 2am on Saturday by police.", "The YP", ["SOS402"]),
    # a family role as an unknown acronym: SOS402 speaks, not also SOS103
    ("worry", "MGM has been looking after Ollie (3) since March.", "MGM", ["SOS402"]),
    # a section number that is a known acronym: SOS102, whose advice says what to write
    ("worry", "Ollie (3) was moved under s20 in March after Dad hit him.", "s20", ["SOS102"]),
    # an unknown acronym inside a jargon phrase: the jargon phrase is said
    ("worry", "Ollie (3) is on the CP register because Dad hit him with a belt in March.", "the CP register",
     ["SOS101"]),
    # a report passing on what was said: a guess told as fact (SOS304), not also vague (SOS302)
    ("worry", "It was reported that Dad hit Ollie (3) with a belt in March and left a bruise on his leg.",
     "It was reported", ["SOS304"]),
    # a goal's compliance word on exactly the same words: SOS511 speaks, not also SOS101
    ("goal", "Mum will go to the weighing clinic every week with Ollie (3) and engage with the health visitor.",
     "engage with", ["SOS511"]),
    # a worry's label on exactly the same words: SOS101 speaks, not also SOS511
    ("worry", "Mum is not engaging, and Ollie (3) has missed his last two health checks.", "not engaging",
     ["SOS101"]),
    # one rule's two readings, one inside the other: said once, on the longer words
    ("worry", "Dad is likely to be drinking again because Ollie (3) said he smelt of beer on Friday.",
     "is likely to be", ["SOS304"]),
]


@pytest.mark.parametrize("kind,text,words,codes", RESOLVED)
def test_one_rule_speaks_on_the_words(kind, text, words, codes):
    assert _on(text, kind, words) == codes


NEAR_MISSES = [
    # a jargon word inside a compliance phrase: two faults (the service word and the compliance)
    ("goal", "Dad will attend all core group meetings so that Ollie (3) can see him on Saturdays.",
     "attend all core group meetings", {"SOS511", "SOS101"}),
    # an acronym inside a compliance phrase
    ("goal", "Dad will abide by his MAPPA licence conditions so that Ollie (3) can see him on Saturdays.",
     "abide by his MAPPA licence conditions", {"SOS511", "SOS102"}),
    # a jargon word inside a victim-blaming phrase: readers mark both
    ("worry", "Mum keeps allowing the perpetrator back into the family home, and Ollie (3) saw him push her on "
     "Friday.", "allowing the perpetrator back into the family home", {"SOS306", "SOS101"}),
    # a worry's compliance phrase that covers more than the label: readers mark both ways
    ("worry", "Mum is not engaging with the school, and Ollie (3) has missed his last two health checks.",
     "not engaging with", {"SOS101", "SOS511"}),
]


@pytest.mark.parametrize("kind,text,words,codes", NEAR_MISSES)
def test_both_rightly_speak(kind, text, words, codes):
    assert codes <= set(_on(text, kind, words))


def test_a_guess_and_a_vague_word_on_different_words_both_speak():
    text = "It was reported that Ollie's (3) needs are not being met at home."
    said = _said(text, "worry")
    assert ("SOS304", "It was reported") in said
    assert any(code == "SOS302" and "needs" in words for code, words in said)


def test_an_organisation_and_its_acronym_both_speak():
    # institutional voice and an acronym: two faults, and the quality bars hold SOS502 for the first
    text = "The LA is worried that Dad hit Ollie (3) with a belt in March."
    assert {"SOS502", "SOS102"} <= set(_on(text, "worry", "The LA"))


def test_a_jargon_word_inside_a_role_word_phrase_both_speak():
    # SOS101 gives way to SOS402 only on exactly the same words
    text = "The subject child, Mia (3), was left alone in the flat on Monday."
    assert {"SOS101", "SOS402"} <= set(_on(text, "worry", "The subject child"))


def test_two_readings_of_one_rule_on_different_words_both_speak():
    text = "Dad is likely to be drinking again, and Mum seems to be low, as Ollie (3) said on Friday."
    said = [words for code, words in _said(text, "worry") if code == "SOS304"]
    assert len(said) >= 2, said


def test_a_role_word_and_a_separate_acronym_both_speak():
    text = "Mother will take Kacey (6) to her CAMHS appointment every Tuesday after school."
    codes = {code for code, _ in _said(text, "goal")}
    assert "SOS402" in codes and ("SOS102" in codes or "SOS103" in codes or "SOS101" in codes)
