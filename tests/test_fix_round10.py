"""What `check --fix` writes, round 10: the classes of swap that broke a sentence or changed
what it said on fresh case records. Every sentence is my own wording (not from corpus/, tests/data/
or any probe set). "expected" is the whole text --fix writes; where it equals the draft, the swap
is not certain there and is left as advice (or not offered at all).

Classes:
1. A clause-final adverbial made a pre-verbal adverb ("supervised at all times" -> "supervised always").
2. A separable swap ("prioritise X" -> "put X first") with X post-modified ("the needs of the
   children") or followed by "over Y".
3. A referral's direction ("referrals to MASH" -> "requests for help from MASH" reads as MASH
   asking), and a bare count noun given a phrase that needs an article ("at the point of referral").
4. "presentation" (how someone is; in health, coming for care) made "appearance"; a state verb put
   in the progressive ("is presenting as" -> "is seeming"); "signs of" before words that are signs.
5. Names and fixed terms: part of a Title Case name swapped ("Domestic Violence Perpetrator
   Programme"), the statutory "child in need", "parenting capacity", "A&E attendances".
6. "about" after a noun of what is needed or given ("care needs in respect of feeding").
7. Agreement and articles: a relative clause's verb after a swap that changes number; a service's
   name at the start of a sentence keeps its article; a possessive before a phrase with its own "the".
"""
from __future__ import annotations

import re

import pytest

from sos_lint.api import engine
from sos_lint.fixes import fixed_text


@pytest.fixture(scope="module")
def eng():
    return engine()


def _fixed(eng, text: str) -> str:
    return fixed_text(text, eng.check_document(text, None)).text


AT_ALL_TIMES = [
    # round 23 (fixsafe23): "at all times" is a requirement's word: advice only; see tests/test_fix_round23.py
    # ("Nan will make sure Ellie is supervised by a sober adult at all times.",
    # "Nan will make sure Ellie is supervised by a sober adult all the time."),
    # round 23 (fixsafe23): "at all times" is a requirement's word: advice only; see tests/test_fix_round23.py
    # ("Dad will keep the stair gate shut at all times when Mo is downstairs.",
    # "Dad will keep the stair gate shut all the time when Mo is downstairs."),
    # round 23 (fixsafe23): "at all times" is a requirement's word: advice only; see tests/test_fix_round23.py
    # ("Mum will know where Tia is at all times after school.", "Mum will know where Tia is all the time after school."),
    # round 23 (fixsafe23): "at all times" is a requirement's word: advice only; see tests/test_fix_round23.py
    # ("The medicines will be locked away at all times.", "The medicines will be locked away all the time."),
    # round 23 (fixsafe23): "at all times" is a requirement's word: advice only; see tests/test_fix_round23.py
    # ("Kai will carry his inhaler at all times.", "Kai will carry his inhaler all the time."),
    # round 23 (fixsafe23): "at all times" is a requirement's word: advice only; see tests/test_fix_round23.py
    # ("Uncle Rob will answer his phone at all times while Zara stays with him.",
    # "Uncle Rob will answer his phone all the time while Zara stays with him."),
    # round 23 (fixsafe23): "at all times" is a requirement's word: advice only; see tests/test_fix_round23.py
    # ("Mum will at all times keep the knives in the locked drawer.", "Mum will always keep the knives in the locked drawer."),
    # round 23 (fixsafe23): "at all times" is a requirement's word: advice only; see tests/test_fix_round23.py
    # ("The twins are at all times supervised by Nan at bath time.", "The twins are always supervised by Nan at bath time."),
    # round 23 (fixsafe23): "at all times" is a requirement's word: advice only; see tests/test_fix_round23.py
    # ("Dad has not been sober at all times during contact.", "Dad has not been sober all the time during contact."),
    # round 23 (fixsafe23): "at all times" is a requirement's word: advice only; see tests/test_fix_round23.py
    # ("Mia's carers will know her whereabouts at all times, including at weekends.",
    # "Mia's carers will know her whereabouts all the time, including at weekends."),
    # round 23 (fixsafe23): "at all times" is a requirement's word: advice only; see tests/test_fix_round23.py
    # ("Dad must be sober at all times.", "Dad must be sober all the time."),
    # near misses: nothing to swap
    ("Mum always keeps the baby gate shut.", "Mum always keeps the baby gate shut."),
    ("Dad is with the twins at times.", "Dad is with the twins at times."),
    ("Nan visits at all hours.", "Nan visits at all hours."),
    ("The door is open all the time.", "The door is open all the time."),
    ("At times Dad shouts at Ava when she cries.", "At times Dad shouts at Ava when she cries."),
]

PRIORITISE = [
    ("Dad is prioritising his friends over the children.", "Dad is putting his friends before the children."),
    ("Mum prioritised her new partner over Ruby's safety.", "Mum put her new partner before Ruby's safety."),
    ("The parents will prioritise the needs of both girls.", "The parents will put the needs of both girls first."),
    ("Mum has not prioritised Jake's medical appointments.", "Mum has not put Jake's medical appointments first."),
    ("Ms Bell prioritises the dog's needs over the baby's feeds.", "Ms Bell puts the dog's needs before the baby's feeds."),
    ("Dad will prioritise bedtime for the boys.", "Dad will put bedtime first for the boys."),
    ("Mr Cole will prioritise his relationship with Kerry over contact with Finn.",
     "Mr Cole will put his relationship with Kerry before contact with Finn."),
    ("Dad needs to prioritise Ava's dental care.", "Dad needs to put Ava's dental care first."),
    ("Grandad prioritised the football over collecting Sami.", "Grandad put the football before collecting Sami."),
    ("Mum will prioritise Eli's needs.", "Mum will put Eli's needs first."),
    # near misses: an object with a clause, an object the parse cut short, no "prioritise"
    ("Mum did not prioritise the health of the children who live with her.",
     "Mum did not prioritise the health of the children who live with her."),
    ("Dad will prioritise Leo's school run.", "Dad will prioritise Leo's school run."),
    ("Gran will prioritise Leo's school run over her shopping.", "Gran will prioritise Leo's school run over her shopping."),
    ("Mum made Ava her priority.", "Mum made Ava her priority."),
    ("Dad put the children first last winter.", "Dad put the children first last winter."),
]

REFERRALS = [
    # the maker is said: rounds 10-31 wrote "a request for help from"; round 32 (fix_verdicts31 fx31-024/068, as fx20-004): a referral is never written as a request for help
    ("The school made a referral to the children's centre in May.",
     "The school made a referral to the children's centre in May."),
    ("The GP completed a referral to the memory clinic.", "The GP completed a referral to the memory clinic."),
    # round 18: a bare "referral" is advice only (the report about a family, not its request)
    ("The referral was closed after a week.", "The referral was closed after a week."),
    ("Nan received the referral on Tuesday.", "Nan received the referral on Tuesday."),
    # no maker: "a request for help from X" would read as X asking
    ("Mum has refused a referral to the drug service.", "Mum has refused a referral to the drug service."),
    ("There have been three referrals to the front door since 2021.",
     "There have been three referrals to the front door since 2021."),
    ("Dad accepted a referral to the anger management group.", "Dad accepted a referral to the anger management group."),
    ("Mum will agree to a referral to Early Help.", "Mum will agree to a referral to Early Help."),
    ("Two referrals to YOT were declined.", "Two referrals to the youth offending team were declined."),
    # a bare count noun after a preposition
    ("The case was closed on referral.", "The case was closed on referral."),
    ("Jo's needs were assessed at the point of referral.", "Jo's needs were assessed at the point of referral."),
    ("Since referral, Mum has missed four visits.", "Since referral, Mum has missed four visits."),
]

PRESENTING = [
    # round 31 (review31a, REPORT #7): shown, not written; see tests/test_review_round31a.py
    ("Mum was presenting as tearful and anxious during the visit.", "Mum was presenting as tearful and anxious during the visit."),
    ("Dad has been presenting as hostile to the social worker.", "Dad has been presenting as hostile to the social worker."),
    ("Kieran is presenting as angry and is refusing to eat.", "Kieran is presenting as angry and is refusing to eat."),
    ("Mum presented as tired but calm.", "Mum presented as tired but calm."),
    ("The boys were presenting with bruises on their arms.", "The boys were showing bruises on their arms."),
    ("Isla is presenting with symptoms of an eating disorder.", "Isla is showing symptoms of an eating disorder."),
    ("Jay presented with signs of neglect.", "Jay showed signs of neglect."),
    ("Dad is requiring help with his reading.", "Dad needs help with his reading."),
    # near misses: a "not" or an adverb in the way, "presentation", plain words already
    ("Lily is not presenting as distressed.", "Lily is not presenting as distressed."),
    ("Tom is currently presenting as low in mood.", "Tom is currently presenting as low in mood."),
    ("Leo's presentation at nursery has changed since Dad moved in.",
     "Leo's presentation at nursery has changed since Dad moved in."),
    ("Dad's presentation was flat and he smelled of alcohol.", "Dad's presentation was flat and he smelled of alcohol."),
    ("Ruby was taken to A&E but there was a delayed presentation of three days.",
     "Ruby was taken to A&E but there was a delayed presentation of three days."),
    ("Mum is showing signs of stress.", "Mum is showing signs of stress."),
]

NAMES = [
    # round 22 (fix_test22's verdicts): which programme is asked for would change; advice only
    ("Dad has started a perpetrator programme with the probation service.",
     "Dad has started a perpetrator programme with the probation service."),
    # round 23 (fixsafe23): a conference is not a "meeting": advice only; see tests/test_fix_round23.py
    # ("The Local Authority will hold a Family Group Conference in June.", "The council will hold a family meeting in June."),
    # round 31 (review31a, REPORT #7): shown, not written; see tests/test_review_round31a.py
    ("Mum did not come to the CIN meeting on 4 May.", "Mum did not come to the CIN meeting on 4 May."),
    ("Leo has been on a CIN plan since March.", "Leo has been on a CIN plan since March."),
    ("Jo has had three A&E attendances this year.", "Jo has had three visits to A&E this year."),
    ("An A&E attendance on 2 May was for a burn.", "A visit to A&E on 2 May was for a burn."),
    ("Mum's parenting capacity is limited.", "Mum's ability to parent is limited."),
    ("Dad will take part in a parenting capacity assessment.", "Dad will take part in a parenting assessment."),
    # near misses: the words are part of a longer name
    ("Dad will finish the Domestic Abuse Perpetrator Programme run by Respect.",
     "Dad will finish the Domestic Abuse Perpetrator Programme run by Respect."),
    ("The Local Authority Designated Officer was told on 3 May.", "The Local Authority Designated Officer was told on 3 May."),
    ("Mum has not been to the Home Conditions Review Panel.", "Mum has not been to the Home Conditions Review Panel."),
    ("Mum will complete the Freedom Programme and tell Nan what she learned.",
     "Mum will complete the Freedom Programme and tell Nan what she learned."),
    ("Dad was referred to the Drug and Alcohol Service last year.", "Dad was referred to the Drug and Alcohol Service last year."),
]

ABOUT = [
    ("Mum will talk to the nurse in relation to Ivy's feeding.", "Mum will talk to the nurse about Ivy's feeding."),
    ("There are concerns in relation to Dad's drinking.", "There are concerns about Dad's drinking."),
    ("The school has given advice regarding uniform.", "The school has given advice about uniform."),
    ("A meeting was held regarding Ali's attendance.", "A meeting was held about Ali's attendance."),
    # "about" does not follow what is needed or given
    ("Social care will give Mum help in relation to housing.", "Social care will give Mum help in relation to housing."),
    ("The parents will get help regarding budgeting from Nan.", "The parents will get help regarding budgeting from Nan."),
    ("Mum has made progress in respect of the home.", "Mum has made progress in respect of the home."),
    ("Dad will need support in respect of his housing.", "Dad will need support in respect of his housing."),
    ("Mum will meet Ivy's care needs in respect of feeding and washing.",
     "Mum will meet Ivy's care needs in respect of feeding and washing."),
    ("The parents will accept support from the worker in relation to budgeting.",
     "The parents will accept support from the worker in relation to budgeting."),
]

AGREEMENT = [
    # round 31 (review31a, REPORT #7): shown, not written; see tests/test_review_round31a.py
    ("Home conditions, which were poor in June, are now better.",
     "Home conditions, which were poor in June, are now better."),
    ("Home conditions remain poor.", "Home conditions remain poor."),
    ("YOT will see Zac every fortnight.", "The youth offending team will see Zac every fortnight."),
    ("YOT has offered Mia an appointment.", "The youth offending team has offered Mia an appointment."),
    ("CMHT have discharged Dad.", "The community mental health team have discharged Dad."),
    ("The CMHT will review Mum's medication.", "The community mental health team will review Mum's medication."),
    # near misses: nothing swapped, or a possessive that cannot take "the state of the home"
    ("The bedrooms, which are damp, have no heating.", "The bedrooms, which are damp, have no heating."),
    ("The social worker spoke to the school, which has agreed to help.",
     "The social worker spoke to the school, which has agreed to help."),
    ("Dad's home conditions, which are poor, have not changed.", "Dad's home conditions, which are poor, have not changed."),
    ("Their home conditions are poor.", "Their home conditions are poor."),
]


@pytest.mark.parametrize("draft, expected", AT_ALL_TIMES + PRIORITISE + REFERRALS + PRESENTING + NAMES + ABOUT + AGREEMENT)
def test_fix_writes(eng, draft, expected):
    assert _fixed(eng, draft) == expected


_BROKEN = [
    (r"\balways[.,;]", "a clause-final 'always'"),
    (r"\bfirst (of|with|over)\b", "'first' inside the object"),
    (r"\brequests? for help from (MASH|the front door|the drug)", "a referral's direction reversed"),
    (r"\bis (seeming|needing|knowing)\b", "a state verb in the progressive"),
    (r"\bappearance\b", "'presentation' as looks"),
    (r"\bof request for help\b", "a count noun without its article"),
    (r"'s state of the home", "a possessive before 'the state of'"),
]


@pytest.mark.parametrize("draft", [d for d, _ in AT_ALL_TIMES + PRIORITISE + REFERRALS + PRESENTING + NAMES + ABOUT + AGREEMENT])
def test_no_broken_frames_even_in_advice(eng, draft):
    """The swaps shown as advice (and used by the rewrite) do not make these frames either."""
    reports = eng.check_document(draft, None)
    result = fixed_text(draft, reports, unsafe=True)
    for pattern, why in _BROKEN:
        assert not re.search(pattern, result.text), (why, result.text)


# 8. (rewrite) A judgement in the passive with no maker named (SOS304: "has been assessed as") kept
# its words in the rewrite. It is turned round, its maker asked for, every other word kept.
AGENTLESS = [
    ("worry", "Nan has been assessed as a suitable carer under Regulation 24 and Mia will live with her.",
     "[Who assessed Nan, and when?] has assessed Nan as a suitable carer under Regulation 24"),
    ("goal", "Grandad has been assessed as a safe carer for Ben under Regulation 24.",
     "[Who assessed Grandad, and when?] has assessed Grandad as a safe carer for Ben under Regulation 24"),
    ("worry", "The flat is considered to be unsafe for a baby because the stairs have no gate.",
     "[Who considered the flat, and when?] considers the flat to be unsafe for a baby"),
    ("worry", "She was assessed as unable to keep Tia safe on 3 March 2025.",
     "[Who assessed her, and when?] assessed her as unable to keep Tia safe on 3 March 2025"),
    ("worry", "Dad is deemed to be a risk to Leo after the assault in May.",
     "[Who deemed Dad, and when?] deems Dad to be a risk to Leo after the assault in May"),
    ("worry", "Aunt Jo will be assessed as a kinship carer for Kai under section 38.",
     "[Who assessed Aunt Jo, and when?] will assess Aunt Jo as"),  # round 18: "section 38" is jargon now (lexicon18): asked about
]
AGENTLESS_KEPT = [
    # the maker is named, or the judgement is negated: not turned round
    ("worry", "Mum has been assessed as a suitable carer by the fostering panel.", "[Who assessed Mum"),
    ("worry", "Dad has not been assessed as a safe carer for Ivy.", "[Who assessed Dad"),
    ("worry", "Nan has recently been assessed as a suitable carer for Ava.", "[Who assessed Nan"),
    ("worry", "Ruby was assessed by the paediatrician on 4 May.", "[Who assessed Ruby"),
    ("worry", "It is considered that Sam is at risk when Dad drinks.", "[Who considered"),
]


@pytest.mark.parametrize("kind, draft, expected", AGENTLESS)
def test_agentless_judgement_asks_its_maker(eng, kind, draft, expected):
    from sos_lint.rewrite import fidelity, rewrite_many

    result = rewrite_many([draft], [kind], engine=eng)[0]
    assert expected in result.text
    report = eng.check_document(draft, kind)[0]
    draft_doc, doc = eng.parse([draft, fidelity.without_placeholders(result.text)])
    problems = fidelity.compare(draft_doc, doc, result.text, fidelity.error_spans(report),
                                fidelity.covered_tokens(draft_doc, eng.lexicons))
    assert not problems, problems.details


@pytest.mark.parametrize("kind, draft, absent", AGENTLESS_KEPT)
def test_agentless_judgement_not_turned_where_the_maker_is_named(eng, kind, draft, absent):
    from sos_lint.rewrite import rewrite_many

    assert absent not in rewrite_many([draft], [kind], engine=eng)[0].text


def test_agentless_judgement_needs_a_clear_subject(eng):
    from sos_lint.rewrite import rewrite_many

    draft = "There are worries about Dad's temper and the risk to Ola is assessed as high."
    assert "[Who assessed worries" not in rewrite_many([draft], ["worry"], engine=eng)[0].text


# Two victim-blaming phrases in one sentence whose clauses overlap: no flagged words kept and
# no cut clause ("… and feels.") left behind.
@pytest.mark.parametrize("draft, flagged", [
    ("Dad says he is unable to control Tia's behaviour and thinks she is beyond parental control.",
     ("unable to control", "beyond parental control")),
    ("Gran reports that she cannot control Jayden's behaviour and believes he is beyond parental control.",
     ("cannot control", "beyond parental control")),
])
def test_overlapping_flagged_clauses_leave_no_flagged_words(draft, flagged):
    from sos_lint.rewrite import word_level_and_full

    text = "Tia (14) has been going missing with older men who give her drugs. " + draft
    words, full = word_level_and_full([text], ["worry"])
    for rewritten in (words[0].text, full[0].text):
        for phrase in flagged:
            assert phrase not in rewritten
        assert "and thinks." not in rewritten and "and believes." not in rewritten
