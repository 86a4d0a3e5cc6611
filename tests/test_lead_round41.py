"""Round 41, the lead's mends from two users' reports: a performance analyst auditing an export
(review41a P#n) and a pre-birth midwife (review41m M#n). New sentences, with near misses that must
not change."""
from __future__ import annotations

import re

import pytest

from sos_lint.api import engine


@pytest.fixture(scope="module")
def eng():
    return engine()


def _findings(eng, text, kind, code=None):
    return [f for r in eng.check_document(text, kind) for f in r.findings if code is None or f.code == code]


def _flagged(eng, text, kind, code):
    return [text[f.start:f.end] for f in _findings(eng, text, kind, code)]


# P#6: an adult's own giving-up ("stop drinking"), joined by "and" to another adult's act, says what
# happens instead, as "will not" does; alone, or beside a second giving-up, it is still harm not happening
@pytest.mark.parametrize("text", [
    "Dad, you need Mia to feel safe at bedtime. Dad will stop drinking on weekdays, and Grandad Len will stay "
    "over on Fridays so Mia has a sober adult at home. This will happen for three months.",
    "Mum, you and Orla need calm mornings. Mum will quit gambling online at night, and Aunt Bríd will do the "
    "school run on Mondays.",
])
def test_giving_up_with_another_adults_act_is_not_absence(eng, text):
    assert not _flagged(eng, text, "goal", "SOS512")


@pytest.mark.parametrize("text, words", [
    ("Dad will stop drinking. Mia will be safe.", "stop drinking"),
    ("Dad will stop drinking, and Mum will stop smoking.", "stop drinking"),
    ("Mum, you will stay off drugs completely.", "stay off"),
    ("There will be no more police call-outs and Nan will visit.", "no more"),
])
def test_giving_up_alone_is_still_absence(eng, text, words):
    assert words in _flagged(eng, text, "goal", "SOS512")


def test_a_near_complete_goal_is_not_capped_by_its_giving_up(eng):
    text = ("Mum, you and Kofi need Kofi to have his dinner every evening with someone sober in the house. For "
            "this to happen, Mum will stop drinking before 6pm, and Uncle Yaw will come round on Saturdays. Uncle "
            "Yaw and Kofi's teacher will know it is working because Kofi will say he has eaten. This needs to keep "
            "happening for six months. If this doesn't happen, Kofi may need to stay with Uncle Yaw.")
    report = eng.check_document(text, "goal")[0]
    assert report.score > 4.0 and not _flagged(eng, text, "goal", "SOS512")


# M#9: in a domestic abuse worry, the adult a partner hurt quoted word for word about the partner is her
# disclosure, and the statement should not repeat it; her words about herself, or a child's words, are left
DISCLOSURE = "repeats what"


def _told(eng, text):
    return [f for f in _findings(eng, text, "worry", "SOS101") if DISCLOSURE in f.message]


@pytest.mark.parametrize("text", [
    'Dad pushed Mum against the wall on Sunday while Leo watched. Mum told the health visitor, "He is fine as long '
    'as I do what he says." Leo could be hurt if this happens again.',
    'Ravi kicked his partner Anjali in the kitchen on 9 June while baby Mira was in the room. Anjali said to the '
    'midwife, "Ravi never means it." Mira could be hurt if Ravi lashes out while Anjali is holding her.',
])
def test_the_hurt_adults_quoted_words_about_the_partner_are_a_disclosure(eng, text):
    assert _told(eng, text)


@pytest.mark.parametrize("text", [
    'Kemal slapped Aylin in front of the twins on 3 May. Aylin told the police officer, "I was so tired that night." '
    'The twins could learn that hitting is normal.',
    'Dad pushed Mum against the wall on Sunday while Leo watched. Leo told his teacher, "Daddy was shouting at '
    'Mummy." Leo could be hurt.',
    'Mum has been drinking every evening. Mum told the social worker, "He keeps me going." Nia could be left alone.',
    'Dad pushed Mum against the wall on Sunday while Leo watched. Mum told the health visitor that he is fine. Leo '
    'could be hurt if this happens again.',
])
def test_own_words_a_childs_words_or_no_abuse_are_left(eng, text):
    assert not _told(eng, text)


# review41m (smaller point): with --diff nothing is written, so the changes left to the writer are
# said as needing judgement, not as "not written" beside "nothing is safe to change"
def test_diff_names_the_changes_left_for_judgement_without_contradiction(tmp_path):
    from typer.testing import CliRunner

    from sos_lint.cli import app

    draft = tmp_path / "goal.txt"
    draft.write_text("Mother to engage with the DAS and comply with the CP plan.\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["check", str(draft), "--diff"])
    assert "not written" not in result.stderr
    assert re.search(r"goal\.txt: \d+ changes? needs? your judgement, so (it is|they are) not in the diff "
                     r"\(--fix would not write (it|them)\):", result.stderr)
    assert draft.read_text(encoding="utf-8") == "Mother to engage with the DAS and comply with the CP plan.\n"


@pytest.mark.parametrize("text, words", [
    ("Dad will stop shouting at the twins and will no longer smack them for the next 3 months.", "stop shouting"),
    ("Mum will stop drinking and will no longer leave Ola with her friends.", "stop drinking"),
])
def test_the_same_adults_second_giving_up_is_no_act_instead(eng, text, words):
    assert words in _flagged(eng, text, "goal", "SOS512")
