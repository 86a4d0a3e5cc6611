"""Round 19 (fix_test18 judged swap by swap: 11 doubtful): swaps a practitioner would read twice
are shown as advice and used by the rewrite, never written by `check --fix`.

1. Term-of-art swaps (rules/rewrite_swaps.toml advice_only): "ABE interview", "PLO", "ICPC",
   "the address", "unannounced visit(s)".
2. Parse readings (rewrite/guards.py advice_only): "ascertained" in the passive ("it must be
   found out whether" is clumsy and hints at something hidden); "insufficient" after a verb of
   judging ("deemed not enough to"). Near misses: the active "ascertain who", "insufficient
   evidence", "the income is insufficient" are still written.
3. "engage in" an act (guards.leave_as_written): "taken part in sexualised behaviour" softens the
   doer's act into joining in; "engaged in the group sessions" is still written.
4. "facilitate": one guard in rewrite/guards.py for every table's swap and rewrite_swaps.toml's
   no_other (words.py's two special cases are gone).
5. The rewrite: a compliance term's question does not answer harm not happening (SOS512), and a
   victim-blaming question names every child of a joined subject.
"""
from __future__ import annotations

import pytest

from sos_lint.api import engine
from sos_lint.fixes import fixed_text


@pytest.fixture(scope="module")
def eng():
    return engine()


def _result(eng, text: str, kind: str | None = None):
    return fixed_text(text, eng.check_document(text, kind))


def _advised(result) -> list[str]:
    return [e.replacement for e in result.advised]


# ---- 1. terms of art: advice only ----
TERMS = [
    ("Scarlet is to be spoken to via ABE interview.", "ABE", "video interview with the police"),
    ("An ABE interview took place on 3 May with DC Shah.", "ABE", "video interview with the police"),
    ("Leo gave an account in his ABE on 4 June.", "ABE", "video interview with the police"),
    ("The case is to be considered under PLO if no improvement.", "PLO", "Public Law Outline"),
    ("The LA has started PLO because the drinking has not stopped.", "PLO", "Public Law Outline"),
    ("A strategy meeting was held and an ICPC is to be convened within 15 working days.", "ICPC",
     "first child protection meeting"),
    ("Mum did not attend ICPC on 3 May.", "ICPC", "first child protection meeting"),
    ("Police executed a warrant at the address of Ms Lane on 11/10.", "the address", "the home"),
    ("Reed (4) and Lark (7) were living at the address.", "the address", "the home"),
    ("He must leave immediately should he attend the address.", "the address", "the home"),
    ("There was little food in the home on 2 unannounced visits.", "unannounced visits", "surprise visits"),
    ("The social worker will make unannounced visits to the flat.", "unannounced visits", "surprise visits"),
    ("An unannounced visit on 4 May found the fridge empty.", "unannounced visit", "surprise visit"),
]


@pytest.mark.parametrize("text,kept,plain", TERMS)
def test_term_of_art_is_advice_only(eng, text, kept, plain):
    result = _result(eng, text)
    assert kept in result.text, result.text
    assert plain not in result.text
    assert any(plain in a for a in _advised(result)), _advised(result)


# Near misses: the neighbours of those terms are still written.
TERMS_NEAR = [
    ("Mum does not sublet the property.", "the home"),
    # round 23 (fixsafe23): a conference is not a "meeting": advice only; see tests/test_fix_round23.py
    # ("Dad was not at RCPC on 3 July.", "child protection review meeting"),
    ("Jo is known to YOT.", "youth offending team"),
    ("Kai is at risk of CSE.", "child sexual exploitation"),
    # round 23 (fixsafe23): a conference is not a "meeting": advice only; see tests/test_fix_round23.py
    # ("Mum was invited to CPC but did not come.", "child protection meeting"),
]


@pytest.mark.parametrize("text,plain", TERMS_NEAR)
def test_neighbouring_terms_still_written(eng, text, plain):
    assert plain in _result(eng, text).text


# ---- 2. parse readings: advice only ----
ASCERTAINED = [
    "It must be ascertained whether Mr T. Holt is suitable for the scheme.",
    "It has been ascertained via probation that Mr Shah has a conviction.",
    "The facts were ascertained by the police on 3 May.",
    "It is yet to be ascertained who was in the flat.",
    "It was ascertained from the school that Jo had not attended.",
    "Whether Dad still lives there has not been ascertained.",
]


@pytest.mark.parametrize("text", ASCERTAINED)
def test_ascertained_in_the_passive_is_advice(eng, text):
    result = _result(eng, text)
    assert "ascertained" in result.text and "found out" not in result.text
    assert any("found out" in a for a in _advised(result)), _advised(result)


ASCERTAIN_NEAR = [
    ("Staff were unable to ascertain who collected her from the bus stop.", "find out who"),
    ("The social worker will ascertain whether Dad still lives there.", "find out whether"),
    ("Mum will ascertain Colt's whereabouts every evening.", "find out Colt's whereabouts"),
    ("The EWO could not ascertain which school Jordan attends.", "find out which school"),
    ("The social worker will ascertain the children's wishes.", "find out the children's wishes"),
]


@pytest.mark.parametrize("text,plain", ASCERTAIN_NEAR)
def test_active_ascertain_still_written(eng, text, plain):
    assert plain in _result(eng, text).text


INSUFFICIENT_JUDGED = [
    "Parenting capacity is deemed insufficient to manage Oskar's needs.",
    "Her care was considered insufficient by the school nurse.",
    "The progress made was judged insufficient by the panel.",
    "Dad's plan was found insufficient at the review.",
    "The safety plan is viewed as insufficient by the school.",
]


@pytest.mark.parametrize("text", INSUFFICIENT_JUDGED)
def test_judged_insufficient_is_advice(eng, text):
    result = _result(eng, text)
    assert "insufficient" in result.text and "not enough" not in result.text, result.text


INSUFFICIENT_NEAR = [
    ("There is insufficient evidence to proceed.", "not enough evidence"),
    ("The income is insufficient to cover the rent.", "is not enough"),
    ("There was insufficient food in the flat for the twins.", "not enough food"),
    ("Mum had insufficient money for the gas meter.", "not enough money"),
    ("There were insufficient beds for the three children.", "not enough beds"),
]


@pytest.mark.parametrize("text,plain", INSUFFICIENT_NEAR)
def test_insufficient_otherwise_still_written(eng, text, plain):
    assert plain in _result(eng, text).text


# ---- 3. engage in an act: left as written ----
ENGAGED_IN_ACTS = [
    "Dexter (15) is alleged to have engaged in sexualised behaviour with his cousin.",
    "Her ex-partner has been engaging in stalking behaviour.",
    "Tom engaged in criminal activity with older boys.",
    "Amy engaged in self-harm on 3 May.",
    "Ryan has engaged in violence towards his mother.",
    "Jay was seen to engage in drug dealing near the park.",
    "Mr Cole engaged in a sexual relationship with Kayla (14).",
    "Leon engages in risky behaviour most weekends.",
    "Dad engaged in an argument with the neighbour.",
    "Kira engaged in sexual activity with an adult.",
]


@pytest.mark.parametrize("text", ENGAGED_IN_ACTS)
def test_engaged_in_an_act_is_left(eng, text):
    result = _result(eng, text, "worry")
    assert "engag" in result.text and "part in" not in result.text, result.text
    assert not any("part in" in a for a in _advised(result)), _advised(result)


ENGAGED_IN_OFFERS = [
    "Dad has engaged in the group sessions every week.",
    "Leo will engage in direct work with the social worker.",
    "Mum engaged in the parenting course in March.",
    "Sam will engage in counselling at school.",
    "Jo engaged in the assessment on 2 June.",
]


@pytest.mark.parametrize("text", ENGAGED_IN_OFFERS)
def test_engaged_in_an_offer_still_written(eng, text):
    # read as a worry: in a goal "engaged in" is a compliance error (SOS511) and carries no swap
    assert "part in" in _result(eng, text, "worry").text


# ---- 4. facilitate: one guard for every table, and no other table's swap where it does not fit ----
FACILITATE_LEFT = [
    "The school will facilitate Mum to attend the meeting.",
    "Visits were facilitated by Nan.",
    "Nan will facilitate contact every Sunday.",
    "The foster carer will facilitate Precious seeing her brother.",
    "Dad will facilitate them to see Nan.",
]


@pytest.mark.parametrize("text", FACILITATE_LEFT)
def test_facilitate_left_in_every_table(eng, text):
    result = _result(eng, text)
    assert "facilitat" in result.text
    assert not any(a.lower().startswith("help") for a in _advised(result)), _advised(result)


def test_facilitate_entry_has_no_other_and_words_has_no_special_case():
    import inspect

    from sos_lint.rewrite import words

    assert any(s.phrase == "facilitate" and s.no_other and s.advice_only for s in words.load_swaps())
    source = inspect.getsource(words)
    assert '== "facilitate"' not in source and "_facilitates_a_person_or_clause" not in source


# ---- 5. the rewrite ----
def test_compliance_question_does_not_answer_harm_not_happening(eng):
    from sos_lint.rewrite import rewrite_many

    text = ("Dad will address his grief and alcohol misuse. Dad will accept a referral to bereavement "
            "counselling and stop drinking completely so that Piper (7) and Archer (9) have a positive "
            "relationship with their father.")
    out = rewrite_many([text], ["goal"], engine=eng)[0].text
    # round 22: "a referral" is kept (the object of "accept") and asked about after the sentence;
    # the sentence then reads whole and the scaffold asks what Dad will do each day, which asks it too
    assert "What will Dad do instead?" in out or "What will Dad do at home each day" in out, out
    assert "Say what Mum or Dad will do each week" not in out or "What will Dad do" in out, out


def test_joined_children_all_named_in_the_question(eng):
    from sos_lint.rewrite import rewrite_many

    text = ("Mr Khan has hit Ms Begum twice since May and follows her to work. Amber (7) and Bilal (5) are "
            "exposed to the ongoing conflict between the parents and this is likely to affect their "
            "emotional development.")
    out = rewrite_many([text], ["worry"], engine=eng)[0].text
    assert "conflict between the parents" not in out, out
    assert "Amber (7) and Bilal (5)" in out, out
