"""Round 38 (r38e): parts and scores. Every statement here is new wording, not from the sets or the
reviewers' drafts.

1. Blame is no impact (review37x X#2): a sentence SOS306 flags as blaming the child never fills
   "What it means for the child" (checks/parts/blamed.py). Near misses: blame put on a parent keeps
   the child's impact in the same sentence; a real impact elsewhere still shows.
2. A quotation is no future (review37s S#6): a modal inside someone's quoted words is theirs, not the
   worry's "what could happen" (checks/parts/worry.py). Near misses: the writer's own "if nothing
   changes" sentence; compare's combined draft takes the writer's sentence.
3. Who will help: a named adult tied to another adult of the family ("Raj's mum, Sunita", "your friend
   Tomasz") is the network (checks/parts/network.py). Near misses: the child's own parent ("Leo's dad,
   Sam"), a partner in the household ("Mum's partner Dean").
4. When or where: a day or place said of an incident noun (checks/parts/incident_when.py). Near
   misses: a referral's day, a season alone, an incident only foreseen.
5. A baby not yet born: the rewrite asks about the baby's health and growth, not what the baby sees,
   hears or feels. Near miss: a baby already born keeps the usual question.
"""
from __future__ import annotations

import pytest

from sos_lint import api


def _report(text: str, kind: str):
    return api.check(text, kind=kind)


def _parts(text: str, kind: str = "worry") -> dict:
    return {c.name: c for c in _report(text, kind).components}


# ---- 1. blame is no impact ----

@pytest.mark.parametrize("text", [
    "Zane keeps going off with older lads from the estate and is putting himself at risk by making bad choices.",
    "Tilly has been chatting to men she met on a gaming site. Tilly needs to understand the risks of her "
    "behaviour and stop talking to strangers.",
])
def test_a_sentence_that_blames_the_child_is_not_the_impact(text):
    report = _report(text, "worry")
    assert any(f.code == "SOS306" for f in report.findings)
    parts = {c.name: c for c in report.components}
    assert not parts["impact"].present


def test_near_miss_blame_put_on_a_parent_keeps_the_childs_impact():
    parts = _parts("Mum failed to protect Rowan from her boyfriend, and Rowan now wets the bed and hides in "
                   "the wardrobe when the door bangs.")
    assert parts["impact"].present
    assert "wets the bed" in parts["impact"].evidence


def test_near_miss_a_real_impact_beside_a_blaming_sentence_still_shows():
    text = ("Older men have been giving Cody, 14, cannabis to sell. Cody has stopped eating with the family "
            "and cries in his room at night. Cody is putting himself at risk.")
    parts = _parts(text)
    assert parts["impact"].present
    assert "putting himself at risk" not in parts["impact"].evidence


# ---- 2. a quotation is no future ----

_QUOTED = ("Mr Hale, Amira's head of year, is worried because Amira, 12, has come to school without lunch on "
           "eleven days since January. Amira told him on 4 February that she gets her brother Ollie (5) up and "
           "fed because Dad sleeps until the afternoon. She said \"I'm scared if I tell anyone they'll take Ollie "
           "away.\"")


def test_a_modal_inside_a_quotation_is_not_the_future_part():
    future = _parts(_QUOTED)["future"]
    assert not future.present or "take Ollie" not in future.evidence


def test_near_miss_the_writers_own_future_sentence_is_the_future_even_after_a_quotation():
    text = _QUOTED + " We are worried that if nothing changes, Amira will go hungry most days and fall behind."
    future = _parts(text)["future"]
    assert future.present
    assert future.evidence.startswith("We are worried that if nothing changes")


def test_compares_combined_draft_takes_the_writers_future_sentence(tmp_path):
    import json

    from typer.testing import CliRunner

    from sos_lint import cli

    own = tmp_path / "lead.txt"
    own.write_text("Worry statement\n" + _QUOTED + " We are worried that if nothing changes, Amira will go "
                   "hungry most days and fall behind.\n", encoding="utf-8")
    other = tmp_path / "tutor.txt"
    other.write_text("Worry statement\nThere are concerns about Amira and neglect.\n", encoding="utf-8")
    result = CliRunner().invoke(cli.app, ["compare", str(own), str(other), "-f", "json"])
    assert result.exit_code in (0, 1), result.output
    comparison = json.loads(result.stdout)["comparisons"][0]
    best = next(r["best"] for r in comparison["components"] if r["name"] == "future")
    assert best["text"].startswith("We are worried that if nothing changes")


# ---- 3. who will help ----

_GOAL_OPEN = "Raj and Kerry, you need to keep Leo, 3, safe from the stairs. You will fit the gate this week. "


@pytest.mark.parametrize("helper", [
    "Raj's mum, Sunita, will come round every evening to help with Leo's bath.",
    "Kerry's brother Imran will have Leo on Saturdays so you can both rest.",
    "Your friend Tomasz, who lives next door, will fit the second gate with you on Sunday.",
])
def test_an_adult_tied_to_another_adult_of_the_family_is_the_network(helper):
    assert _parts(_GOAL_OPEN + helper + " Leo will climb and play without falling.", "goal")["network"].present


@pytest.mark.parametrize("helper", [
    "Mum's partner Dean will fit the gate with you.",
])
def test_near_miss_a_partner_in_the_household_is_not_the_network(helper):
    text = "Mum, you need to keep Leo, 3, safe from the stairs. " + helper + " Leo will play without falling."
    assert not _parts(text, "goal")["network"].present


def test_near_miss_the_childs_own_parent_is_not_the_network():
    text = ("Sam, you need to keep Leo, 3, safe from the stairs. Leo's dad, Sam, will fit the gate this week. "
            "Leo will play without falling.")
    assert not _parts(text, "goal")["network"].present


# ---- 4. when or where of an incident ----

@pytest.mark.parametrize("text", [
    "Police notified the school of a DV incident at the family home on 21/06. The children were in the house.",
    "DA incident 09/11. Dad threw a chair. Nia (5) was asleep upstairs.",
    "There was an assault in the car park on Saturday. Mum's partner hit her while Kit, 2, sat in the buggy.",
])
def test_a_day_or_place_said_of_an_incident_is_a_when(text):
    assert _parts(text)["context"].present


@pytest.mark.parametrize("text", [
    "A referral was received on 3 June 2024 from the police about a domestic abuse incident.",
    "The health visitor raised concerns following a DV incident in the spring.",
    "There could be another incident at the house on Saturday if Dad drinks.",
    "The school is worried about frequent domestic incidents at the flat.",
])
def test_near_miss_a_referrals_day_a_season_or_a_foreseen_incident_is_no_when(text):
    assert not _parts(text)["context"].present


# ---- 5. a baby not yet born: the rewrite's questions ----

def _rewrite(text: str, kind: str) -> str:
    from sos_lint.rewrite import rewrite

    result = rewrite(text, kind=kind)
    return result.text


def test_the_rewrite_asks_about_an_unborn_babys_health_not_what_it_sees():
    text = ("The midwife is worried about the unborn baby because Dad kicked Mum, who is 30 weeks pregnant, "
            "in the kitchen on 9 April.")
    assert not _parts(text)["impact"].present
    out = _rewrite(text, "worry")
    assert "baby's health and growth before birth" in out
    assert "see, hear or feel" not in out


def test_near_miss_a_born_baby_keeps_the_see_hear_or_feel_question():
    text = "The health visitor is worried because Dad kicked Mum in the kitchen on 9 April while she held Ivy."
    out = _rewrite(text, "worry")
    if _parts(text)["impact"].present:
        pytest.skip("impact read as present: no question to ask")
    assert "see, hear or feel" in out
    assert "before birth" not in out
