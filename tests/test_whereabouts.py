"""SOS520 whereabouts-shown (round 39, review38p P#7): a survivor's or a child's whereabouts or
identifiers in a statement the family, and the person who hurt her, may read. Cases written for
this test (other names, harms and wording than the report's drafts), with near misses."""
from __future__ import annotations

import pytest


def _found(engine, text, kind="worry"):
    report = engine.check_many([text], [kind])[0]
    return [(f.severity, report.text[f.start:f.end], f) for f in [*report.findings, *report.given_way]
            if f.code == "SOS520"]


# --- a new home, a refuge or a new school, where abuse between adults is shown: error -------------
@pytest.mark.parametrize("text,words", [
    ("Dean strangled Kayleigh on the landing in August. Kayleigh and the boys are now staying at a refuge "
     "in the Didcot area.", "Didcot"),
    ("Lee has punched Mum twice this year. Mum has moved with Ellis and Kai to a refuge in Wantage.", "Wantage"),
    ("Gary has been violent to Mum and smashed her phone. Mum and Rosie have moved to Abingdon to get away "
     "from him.", "Abingdon"),
    ("Dad kicked Mum in front of Isla. Mum now has a new flat in Thame.", "Thame"),
    ("Dad kicked Mum in front of Isla. Mum has moved, and Isla has started at Orchard Nursery.", "Orchard Nursery"),
    ("Jay slapped Mum while Noah watched. Since the move to Bicester, Noah has settled at his new school.",
     "Bicester"),
    ("Dad threatened Mum with a hammer. Mum is staying with her aunt in Witney for now.", "Witney"),
])
def test_new_home_or_refuge_with_its_place_is_an_error(engine, text, words):
    found = _found(engine, text)
    assert any(sev == "error" and words in quoted for sev, quoted, _ in found), found


def test_the_message_names_the_words_and_what_to_write_instead(engine):
    found = _found(engine, "Dad punched Mum on Sunday. Mum and Leah now live at a refuge in the Newbury area.")
    sev, quoted, finding = next(f for f in found if f[0] == "error")
    assert "Newbury" in quoted and quoted in finding.message
    assert "somewhere safe" in finding.suggestion and finding.fix is None  # never written by --fix


# --- identifiers in any statement: warning ---------------------------------------------------------
@pytest.mark.parametrize("text,words", [
    ("Nana Pat (DOB 02/11/1958) looks after Alfie, who has missed 30 days of school.", "02/11/1958"),
    ("Mum's date of birth is 4 June 1999. She drinks most evenings while Zak is in her care.", "4 June 1999"),
    ("Police attended the flat after a neighbour rang; the crime reference is 43/120987/26.", "43/120987/26"),
    ("Mia and her brother were left alone at 22 Acacia Avenue overnight.", "22 Acacia Avenue"),
    ("The family live at the top of the stairs in OX14 3RT with no stair gate for Evie (1).", "OX14 3RT"),
    ("Mum asked the school to ring her on 07700 900456 if Jacob is not collected.", "07700 900456"),
])
def test_identifiers_are_a_warning(engine, text, words):
    found = _found(engine, text)
    assert any(sev == "warning" and words in quoted for sev, quoted, _ in found), found


# --- near misses: must not fire -------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    # the place of the incident, not where anyone lives
    "Dad pushed Mum over at the park on Saturday while Ava was on the swings.",
    "Ryan grabbed Mum by the hair at McDonald's in the town centre on 3 March while Tyler watched.",
    "Dad hit Mum in the car outside Reading station on 14 June 2026; Jess (8) was in the back seat.",
    # the safe wording the message asks for
    "Dad hit Mum in front of Leo. Mum and Leo are living somewhere safe that Dad does not know.",
    # the person who hurt her moving away
    "Dad broke Mum's nose in April. Dad now lives in Slough with his brother.",
    # a home he already knows, with no word of a move
    "Dad has been violent to Mum for years. Leo lives with Mum in Didcot and goes to Ladygrove Primary.",
    # the past
    "Mum lived in Swindon until 2021. Dad hit her there in front of Leo.",
    # the child's school in an ordinary neglect worry
    "Ava's teacher at Millbrook Primary is worried that Ava is often late and hungry, and Mum has missed "
    "two meetings.",
    # a move in a statement with no abuse between adults (a young carer; "hurt her back" is the child's)
    "Lark is 12 and cares for Mum. Since Dad moved to Aberdeen for work, Lark could hurt her back lifting Mum.",
    # the school a child has gone to all along, in a statement about abuse between adults
    "Kiran is 8 and has been in Year 4 at Hollybrook Primary since September. On 2 May Dad shoved Mum into "
    "the fridge while Kiran watched.",
    # a baby's birthday with no year
    "Rafi was born on 9 January and Mum drank through the pregnancy; Rafi now shakes and will not settle.",
    # dates of incidents, an age, a refuge with no place
    "On 12 March 2026 Dad slapped Mum. Leah, who is 6, hid under the table.",
    "Dad strangled Mum last month. Mum and the children are safe in a refuge and the children miss their friends.",
])
def test_near_misses_do_not_fire(engine, text):
    assert not _found(engine, text), _found(engine, text)


def test_a_goal_that_keeps_the_new_home_unnamed_is_clean(engine):
    text = ("Mum, you, Kai and Ellis will keep living in your new home, which Lee does not know about. Your IDVA "
            "will visit each week and Nan will ring every evening for the next six months.")
    assert not _found(engine, text, "goal")


def test_the_seed_six_stay_clean(engine):
    from devtools.eval_words import find_seed, seed_excerpt

    path = find_seed()
    if path is None:
        pytest.skip("no seed newsletter on this machine")
    reports = engine.check_document(seed_excerpt(path), source="seed")
    assert len(reports) == 6
    assert not [f for r in reports for f in [*r.findings, *r.given_way] if f.code == "SOS520"]
