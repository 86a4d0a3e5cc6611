"""Round 18: swaps a reader of fix_test17 (and my own reading of fix_test8-17) found wrong or
doubtful, and the rewrite's broken "Bonnie. and keep …" sentence (words_test15 w15-46), in
sentences of my own (not from corpus/, tests/data/ or any probe set).

What `check --fix` writes:
1. An acronym for a meeting (ICPC, CPC, RCPC, "initial conference") used bare is a count noun in
   its plain words: "prior to ICPC" -> "before the first child protection meeting", never
   "before first child protection meeting".
2. "disclose" with no hearer ("disclosed that", "it was disclosed by", "disclosed the abuse"):
   "said", "reported", "talked about" lose the weight of a child telling someone. Advice only.
   With its hearer ("disclosed to her teacher") it is "told her teacher", as the seed writes it.
3. "facilitate": "help with" can make the doer's own task into helping someone else with it:
   advice only; with a person or a clause after it, or in the passive, not offered at all.
4. "communicate with": "talk to" leaves out texts and messages: advice only; where the draft names
   the channel ("online", "by text") not offered at all.
5. "indicate" said of marks or evidence: "suggest", not "show" (a reading, not proof).
6. "acknowledged that": "accepted that", not "admitted that" (accepting is not confessing).
7. "by officers in possession of a knife": "with a knife" would say the officers had it. Left.
8. A bare "referral" (received, counted, closed) is the report about a family, not its request
   for help: advice only. Made or sent to a service it keeps its swap.

What the rewrite writes:
9. A goal's "NAME to VERB … and VERB …" frame whose first clause is flagged: the question takes
   the flagged clause and the rest keeps its subject ("[…] Bonnie to keep all her appointments"),
   never "Bonnie." and "and keep …" as fragments.
10. "the father of the baby" is another person's parent: never "Dad of the baby".
11. A guess said of a named adult ("Earl is alleged to have stored drugs in Bo's (8) bedroom"):
   the question asks what that adult did around the child, keeping the child's age; a young child
   named with an age is never the adult asked about.
"""
from __future__ import annotations

import re

import pytest

from sos_lint.api import engine
from sos_lint.fixes import fixed_text
from sos_lint.rewrite import rewrite_many


@pytest.fixture(scope="module")
def eng():
    return engine()


def _result(eng, text: str):
    return fixed_text(text, eng.check_document(text))


def _fixed(eng, text: str) -> str:
    return _result(eng, text).text


# ---- 1. a meeting's acronym takes its article ----
MEETING = [
    ("Prior to ICPC, Rocky's attendance was 71%.", "Before the first child protection meeting"),
    ("The parenting assessment will start prior to ICPC.", "before the first child protection meeting"),
    ("Mum did not attend ICPC on 3 May.", "to the first child protection meeting on 3 May"),
    ("ICPC was held on 4 June.", "The first child protection meeting was held"),
    ("Following ICPC, Mum moved to Nan's.", "Following the first child protection meeting"),
    # round 23 (fixsafe23): a conference is not a "meeting": advice only; see tests/test_fix_round23.py
    # ("Mum was invited to CPC but did not come.", "to the child protection meeting"),
    # round 23 (fixsafe23): a conference is not a "meeting": advice only; see tests/test_fix_round23.py
    # ("Dad was not at RCPC on 3 July.", "at the child protection review meeting"),
    # round 23 (fixsafe23): a conference is not a "meeting": advice only; see tests/test_fix_round23.py
    # ("Nan spoke at RCPC about the bedtimes.", "at the child protection review meeting"),
    ("Leo's school sent a report to ICPC.", "to the first child protection meeting"),
    ("Dad asked for an interpreter at ICPC.", "at the first child protection meeting"),
]
MEETING_NEAR = [
    ("At the ICPC on 22/11 it was agreed that Nan would help.", "At the first child protection meeting"),
    ("An ICPC is booked for 12 March.", "A first child protection meeting"),
    # round 23 (fixsafe23): a conference is not a "meeting": advice only; see tests/test_fix_round23.py
    # ("It was noted at the RCPC that Dad had moved.", "at the child protection review meeting"),
    # round 23 (fixsafe23): a conference is not a "meeting": advice only; see tests/test_fix_round23.py
    # ("The CPC is on Friday.", "The child protection meeting"),
    ("Mum's ICPC report was late.", "Mum's first child protection meeting report"),
]


@pytest.mark.parametrize("text,right", MEETING + MEETING_NEAR)
def test_meeting_acronym_takes_its_article(eng, text, right):
    out = _fixed(eng, text)
    if "ICPC" in text:
        # round 19: "first child protection meeting" is advice only (the statutory term is
        # "conference", and "first … meeting" is ambiguous beside a strategy meeting): the article
        # is still fitted in what is shown
        assert "ICPC" in out, out
        out = fixed_text(text, eng.check_document(text), unsafe=True).text
    assert right in out, out
    assert "the the " not in out.lower() and "a the " not in out.lower() and "an the " not in out.lower()


# ---- 2. disclose ----
DISCLOSE_ADVICE = [
    "Jade disclosed that Mummy's friend touches her.",
    "Tia (9) has disclosed that Dad's friend hurt her.",
    "It was disclosed by Ali (12) that his uncle hits him.",
    "Since disclosing that she is pregnant, Maya has stayed at Nan's.",
    "Mum disclosed that Dad pushed her down the stairs.",
    "Kofi disclosed the assault during the home visit.",
    "It was disclosed during the meeting that Mr Lane has a conviction.",
    "Ruby has disclosed details of the abuse.",
    "Sami disclosed that he has been sleeping in a car.",
    "Jess disclosed that her stepfather takes her phone at night.",
]
DISCLOSE_TOLD = [
    ("Miles disclosed to his teacher that Dad hit him.", "Miles told his teacher that"),
    ("Mia has disclosed to the school nurse that she self-harms.", "has told the school nurse that"),
    ("Ayla disclosed to her form tutor that she was scared.", "told her form tutor that"),
    ("Reece disclosed to his youth worker that he carries a knife.", "told his youth worker that"),
    ("Poppy disclosed to Nan that Mum had left her alone.", "told Nan that"),
]


@pytest.mark.parametrize("text", DISCLOSE_ADVICE)
def test_disclose_without_hearer_is_never_written(eng, text):
    result = _result(eng, text)
    assert "disclos" in result.text, result.text
    for plain in ("said", "saying", "reported", "talked", "talking"):
        assert plain not in result.text


@pytest.mark.parametrize("text,right", DISCLOSE_TOLD)
def test_disclose_to_a_hearer_is_told(eng, text, right):
    # round 23 (fixsafe23): "disclosed" is the safeguarding term of art; "told" is advice only
    fixed = _fixed(eng, text)
    assert right not in fixed and "disclosed" in fixed, fixed


# ---- 3. facilitate ----
FACILITATE_ADVICE = [
    "Dad will facilitate Noah's attendance at speech therapy.",
    "The social worker will facilitate a referral to the Home Office.",
    "The parents are to facilitate the removal of payment cards from Tom's room.",
    "Mrs Birch will facilitate Willow's attendance at the eye clinic.",
    "The housing officer will facilitate a management transfer.",
    "Nan will facilitate a daily check-in with the school nurse.",
    "Dad will facilitate the bedtime routine on weeknights.",
    "The school will facilitate a meeting with Mum on Friday.",
    "Aunt Rosa will facilitate the school run while Mum is in hospital.",
    "Mum will facilitate Sunny's return to the UK.",
]
FACILITATE_NONE = [
    "Nan will facilitate Mum to attend the parenting course.",
    "Prison visits were facilitated by Paternal Grandmother.",
    "Sibling contact is to be facilitated on a fortnightly basis at the contact centre.",
    "Family time facilitated by Nan will happen every Sunday.",
    "The school will facilitate Precious.",
]


@pytest.mark.parametrize("text", FACILITATE_ADVICE + FACILITATE_NONE)
def test_facilitate_is_never_written(eng, text):
    out = _fixed(eng, text)
    assert "facilitat" in out and "help" not in out, out


@pytest.mark.parametrize("text", FACILITATE_NONE)
def test_facilitate_a_person_clause_or_passive_is_not_offered(eng, text):
    result = _result(eng, text)
    assert not any("help" in e.replacement for e in result.advised), result.advised


# ---- 4. communicate with ----
COMMUNICATE_CHANNEL = [
    "Sterling will not communicate with strangers online.",
    "Dad will communicate with Mum by text only about contact.",
    "Mum will communicate with the school via the app.",
    "Kai will not communicate with Mr Bell through social media.",
    "Dad will communicate with Mum in writing about handovers.",
]
COMMUNICATE_ADVICE = [
    "Dad will communicate with her respectfully.",
    "Parents will communicate with the school every week.",
    "Mum and Dad will communicate with each other calmly at handovers.",
    "Nan will communicate with the social worker if Dad comes round.",
    "Dad will communicate with Leo's teacher about his reading.",
]


@pytest.mark.parametrize("text", COMMUNICATE_CHANNEL + COMMUNICATE_ADVICE)
def test_communicate_with_is_never_written(eng, text):
    out = _fixed(eng, text)
    assert "communicate with" in out and "talk to" not in out, out


@pytest.mark.parametrize("text", COMMUNICATE_CHANNEL)
def test_communicate_with_a_channel_is_not_offered(eng, text):
    assert not any("talk" in e.replacement for e in _result(eng, text).advised)


# ---- 5, 6. indicate, acknowledge ----
HEDGED = [
    ("The bruises on Summer's arms indicate that she was gripped.", "suggest that"),
    ("There is insufficient evidence to indicate that Mr Cole poses a risk.", "to suggest that"),
    ("The marks on Ben's back indicate a slap.", "suggest a slap"),
    # Round 39 (review39l L#6, r39a): a person's "indicated/acknowledged that" reports what they said
    # or admitted: --fix leaves it as written (advice only); nothing stronger is ever written
    ("Mum indicated that she would move to Nan's.", "Mum indicated that"),
    ("Father acknowledged that he had drunk six cans.", "Father acknowledged that"),
    ("Ms Rae has never acknowledged that the burn happened at home.", "never acknowledged that"),
    ("Dad acknowledged that he shouts at the boys.", "Dad acknowledged that"),
]


@pytest.mark.parametrize("text,right", HEDGED)
def test_hedges_keep_their_weight(eng, text, right):
    out = _fixed(eng, text)
    assert right in out, out
    assert " show" not in out and "admitted" not in out


# ---- 7. in possession of after a "by" agent ----
POSSESSION = [
    ("Jayden was apprehended by officers in possession of a bladed article.", None),
    ("Tom was stopped by police in possession of cannabis.", None),
    # round 23 (fixsafe23): "in possession of" is the offence's word: advice only; see tests/test_fix_round23.py
    # ("Jayden was found in possession of £600 in cash.", "found with £600"),
    # round 23 (fixsafe23): "in possession of" is the offence's word: advice only; see tests/test_fix_round23.py
    # ("Dad was in possession of a knife.", "Dad had a knife"),
    # round 23 (fixsafe23): "in possession of" is the offence's word: advice only; see tests/test_fix_round23.py
    # ("Reece was found in possession of two phones.", "found with two phones"),
]


@pytest.mark.parametrize("text,right", POSSESSION)
def test_possession_after_an_agent_is_left(eng, text, right):
    out = _fixed(eng, text)
    if right is None:
        assert "in possession of" in out, out
    else:
        assert right in out, out


# ---- 8. referral ----
REFERRAL_ADVICE = [
    "The referral was accepted by the team on Monday.",
    "The referral from the nursery was received on Monday.",
    "Two referrals were made by the GP in June.",
    "An anonymous referral was received alleging that Kai was alone.",
    "Kai has been subject to four previous referrals.",
]
REFERRAL_WRITTEN = [  # round 21: the maker named (tests/test_fix_round21.py: nobody named is advice)
    ("The school made a referral to the council on 2 May.", "request for help"),
    ("The health visitor will make a referral to the speech therapist.", "request for help"),
]


@pytest.mark.parametrize("text", REFERRAL_ADVICE)
def test_bare_referral_is_advice(eng, text):
    result = _result(eng, text)
    assert "referral" in result.text and "request" not in result.text, result.text
    assert any("request" in e.replacement for e in result.advised)


@pytest.mark.parametrize("text,right", REFERRAL_WRITTEN)
def test_referral_made_to_a_service_is_written(eng, text, right):
    # round 32 (fix_verdicts31 fx31-024/068, as fx20-004): a referral is never written as a request for help: shown, not written
    result = _result(eng, text)
    assert right not in result.text and any(right in e.replacement for e in result.advised)


# ---- 9-11. the rewrite ----
FRAMES = [
    ("Bonnie to make better decisions about relationships and keep all her antenatal appointments.",
     "Bonnie to keep all her antenatal appointments."),
    ("Kayla to stop putting herself at risk and go to school every day.", "Kayla to go to school every day."),
    ("Jade (15) to stop associating with older males and to tell Mum where she is.", "Jade (15) to tell Mum where she is."),
    ("Ellie to make better choices about relationships and come home by 9pm.", "Ellie to come home by 9pm."),
    ("Tyler to stop putting himself at risk and keep his phone switched on.", "Tyler to keep his phone switched on."),
]


@pytest.mark.parametrize("text,kept", FRAMES)
def test_goal_frame_keeps_its_subject(text, kept):
    out = rewrite_many([text], ["goal"], scaffold=False)[0].text
    assert kept in out, out
    assert not re.search(r"\b[A-Z][a-z]+\. and\b", out) and ". and " not in out, out
    assert out.count("[") >= 1  # the flagged clause is still asked about


def test_goal_frame_w15_46_sentence():
    text = ("Bonnie (14) is 20 weeks pregnant following a sexual relationship with a 19-year-old male. "
            "Bonnie to make better decisions about relationships and keep all her antenatal appointments.")
    out = rewrite_many([text], ["goal"], scaffold=False)[0].text
    assert "Bonnie." not in out and ". and keep" not in out, out
    assert "keep all her antenatal appointments" in out
    assert "19" in out and "[" in out


PARENT_OF = [
    ("Bonnie will not have any further contact with the father of the baby.", "the father of the baby"),
    ("The mother of Leo's half-brother visits often.", "The mother of Leo's half-brother"),
    ("Jo will stay away from the father of her child.", "the father of her child"),
]


@pytest.mark.parametrize("text,kept", PARENT_OF)
def test_parent_of_another_is_not_mum_or_dad(text, kept):
    out = rewrite_many([text], ["worry"], scaffold=False)[0].text
    assert kept in out and "Dad of" not in out and "Mum of" not in out, out


def test_parent_without_of_is_still_named():
    out = rewrite_many(["The father shouted at Leo."], ["worry"], scaffold=False)[0].text
    assert out.startswith("Dad shouted"), out


GUESSES = [
    ("Dad (Earl) was arrested on 19 August. Earl is alleged to have stored drugs in Bo's (8) bedroom.",
     "What did Earl do around Bo (8)"),
    ("Mr Hunt is believed to have hit Lily (4) with a belt.", "Lily (4)"),
    ("Kai is thought to have been left in Mia's (3) room alone.", None),
]


@pytest.mark.parametrize("text,right", GUESSES)
def test_guess_asks_about_the_doer_never_a_young_child(text, right):
    out = rewrite_many([text], ["worry"], scaffold=False)[0].text
    if right is not None:
        assert right in out, out
    assert "What did Mia" not in out and "What did Bo" not in out and "What did Lily" not in out, out


# ---- 12. (lead, from the reader's judgement of fix_test18) a capital mid-sentence names a programme,
# and "presenting as" cannot take a list of doings ----
NAMED_PROGRAMME = [
    "Dad will comply with the Inform programme by March.",
    "Mum has started the Engage course at the family centre.",
    "Kit goes to the Assess group on Tuesdays.",
    "Dad finished the Utilise workbook with his probation officer.",
    "Nan signed up to the Facilitate scheme at the library.",
]
VERB_WRITTEN = [
    # round 23 (fixsafe23): a duty in a requirement ("notify", "inform"): advice only; see tests/test_fix_round23.py
    # ("Mum will inform the school when Kit is ill.", "Mum will tell the school"),
    ("Inform the school when Kit is ill.", "Tell the school"),
    ("Dad will utilise the bus pass.", "Dad will use the bus pass"),
]


@pytest.mark.parametrize("text", NAMED_PROGRAMME)
def test_a_capitalised_word_mid_sentence_is_a_name_and_stays(eng, text):
    word = re.search(r"the (\w+) ", text).group(1)
    assert word in _fixed(eng, text)


@pytest.mark.parametrize("text,right", VERB_WRITTEN)
def test_the_plain_verb_is_still_written(eng, text, right):
    assert right in _fixed(eng, text)


LISTS = [
    "Oskar has daily meltdowns presenting as hitting, biting and head-banging.",
    "Leo presents as shouting and kicking doors when Dad leaves.",
    "Mia presented as crying, shaking and refusing food after contact.",
]
ONE_DOING = [  # round 31 (review31a, REPORT #7): shown, not written; see tests/test_review_round31a.py: still shown, as these words
    ("Leo presents as having a learning disability.", "Leo seems to have a learning disability"),
    ("Sam is presenting as anxious at school.", "Sam seems anxious at school"),
]


@pytest.mark.parametrize("text", LISTS)
def test_presenting_as_a_list_of_doings_stays(eng, text):
    fixed = _fixed(eng, text)
    assert "seeming to" not in fixed and "seems to" not in fixed and "seemed to" not in fixed


@pytest.mark.parametrize("text,right", ONE_DOING)
def test_presenting_as_one_doing_or_state_is_written(eng, text, right):
    # round 31 (review31a, REPORT #7): "seems" turns what was seen into a guess: shown, never written
    assert right not in _fixed(eng, text)
    assert right in fixed_text(text, eng.check_document(text), unsafe=True).text
