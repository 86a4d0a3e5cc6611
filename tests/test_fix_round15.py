"""What `check --fix` writes, round 15: the classes of swap judged wrong on round 15's fix set
(/work/wt/fix15_judged.md), in sentences of my own (not from corpus/, tests/data/ or any probe set).

1. A term standing before a noun as its modifier, whose plain words cannot stand there: "adult
   male lodgers" is not "man lodgers", "his referral order" (a named court order) is not "his
   request for help order", "the unsupervised contact arrangements" not "the time alone arrangements".
2. "adult male" as the predicate that classifies someone by age: "the concern is that her
   boyfriend is an adult male" is not "is a man" (the point is that he is an adult).
3. "evidenced by" a person: the person checks or confirms it; "shown by the health visitor" says
   the worker demonstrates it.
4. "indicate" with an account people gave as its subject ("information from police indicates that
   ...", "intelligence indicates"): "shows" makes what was said a fact. A person who "indicated
   that" still "said that"; marks and bruises still "show" (round 8's judgement).
5. "disclose" a piece of information (an address, a location, a name), or a thing disclosed to
   someone: "will not disclose her address to Dad" is not "will not talk about her address to Dad".
Near misses: the same words outside those frames are still swapped.
"""
from __future__ import annotations

import pytest

from sos_lint.api import engine
from sos_lint.fixes import fixed_text


@pytest.fixture(scope="module")
def eng():
    return engine()


def _fixed(eng, text: str, kind: str | None = None) -> str:
    return fixed_text(text, eng.check_document(text, kind)).text


# ---- 1. a term used as the modifier of the noun after it ----
MODIFIER = [
    ("Two adult male visitors were seen leaving the flat at 2am.", ["man visitors", "men visitors"]),
    ("Mum has allowed three adult male friends to stay overnight at the house.", ["man friends", "men friends"]),
    ("Police found an adult male passenger in the car with Chloe (14).", ["man passenger"]),
    ("Jade's adult male cousin has been staying at the flat since June.", ["man cousin"]),
    ("Kieran (15) is subject to a referral order until March.", ["request for help order"]),
    ("Tyler breached his referral order on two occasions in May.", ["request for help order"]),
    ("Ben will keep to the terms of his referral order and attend every session.", ["request for help order"]),
    ("The unsupervised contact arrangements with Dad will end on 1 May.", ["time alone arrangements"]),
    ("Nan has asked the court to vary the unsupervised contact order for Ella.", ["time alone order"]),
    ("Dad's adult male lodger has not had any checks.", ["man lodger"]),
]


@pytest.mark.parametrize("text,wrong", MODIFIER)
def test_modifier_left_as_written(eng, text, wrong):
    out = _fixed(eng, text)
    assert not any(w in out for w in wrong), out


MODIFIER_SWAPPED = [
    ("Drew was given vapes by an adult male known as 'Jonno'.", "by a man known"),
    ("Mum left Ruby (3) with an adult male she had met that day.", "with a man she"),
    ("Two adult males were arrested at the address on Friday.", "Two men"),
    ("Lily has fallen asleep in class on numerous occasions this term.", "many occasions"),
    ("Mum has been obtaining additional supplies of diazepam from two chemists.", "extra supplies"),
]


@pytest.mark.parametrize("text,right", MODIFIER_SWAPPED)
def test_modifier_near_miss_swapped(eng, text, right):
    assert right in _fixed(eng, text)


def test_unsupervised_contact_is_advice_not_written(eng):
    # round 17: a reader judged "unsupervised contact" -> "time alone" a change of what was allowed
    # (fix_test17), so --fix leaves the words and the advice offers the swap
    text = "Mr Lewis will have no unsupervised contact with Amber until the assessment is done."
    assert _fixed(eng, text) == text


# ---- 2. "adult male" as the predicate that classifies by age ----
ADULT_PREDICATE = [
    "Staff are worried that Mia's new boyfriend is an adult male.",
    "It is believed that the person messaging Sam (13) is an adult male.",
    "There are concerns that the father of Kayla's baby is an adult male.",
    "Police have confirmed that Jess's online 'friend' was an adult male.",
    "The person who collected Ruby from school was an adult male unknown to staff.",
    "Concerns remain that Leo's boyfriend is an adult male.",
    "Alfie's online gaming friend is in fact an adult male.",
    "The 'boy' Amira met on Snapchat is an adult male, police say.",
]


@pytest.mark.parametrize("text", ADULT_PREDICATE)
def test_adult_male_predicate_left(eng, text):
    out = _fixed(eng, text)
    assert " a man" not in out and "adult male" in out, out


ADULT_SWAPPED = [
    ("An adult male was seen entering the property at 23:00.", "A man was seen"),
    ("Jade was picked up by an adult male in a grey car.", "by a man in"),
    ("Chloe has been seen getting into cars driven by adult males.", "driven by men"),
    ("Mum allowed an adult male to stay overnight with the children present.", "allowed a man to"),
    ("Kai (14) was found in a flat with two adult males on 3 March.", "two men"),
    ("On arrival police located an adult female lying in the hallway.", "a woman lying"),
    ("Police found an adult male standing in the garden at 3am.", "a man standing"),
]


@pytest.mark.parametrize("text,right", ADULT_SWAPPED)
def test_adult_male_near_miss_swapped(eng, text, right):
    assert right in _fixed(eng, text)


# ---- 3. "evidenced by" a person ----
EVIDENCED_BY_PERSON = [
    "The medication will be given as prescribed, evidenced by the health visitor at each visit.",
    "Home conditions will be kept clean, evidenced by the social worker at unannounced visits.",
    "Dad's sobriety will be evidenced by his key worker each month.",
    "Mum's abstinence is evidenced by Dr Shah through monthly hair strand tests.",
    "Progress will be evidenced by Mrs Patel (class teacher) in a weekly report.",
    "Safe sleep will be practised every night, as evidenced by the midwife at home visits.",
    "Improvement was evidenced by the foster carer in her daily log.",
    "Regular meals will be provided, evidenced by the family support worker.",
]


@pytest.mark.parametrize("text", EVIDENCED_BY_PERSON)
def test_evidenced_by_person_left(eng, text):
    assert "shown by" not in _fixed(eng, text)


EVIDENCED_SWAPPED = [
    ("Mum's drinking has reduced, as evidenced by negative breath tests.", "as shown by negative"),
    ("Lily's weight gain is evidenced by the growth chart.", "shown by the growth chart"),
    ("The improvement was evidenced by school attendance records.", "shown by school attendance"),
    ("Attendance has improved, evidenced by weekly registers.", "shown by weekly registers"),
    ("Zoe's attendance, evidenced by the school register, is now 95%.", "shown by the school register"),
]


@pytest.mark.parametrize("text,right", EVIDENCED_SWAPPED)
def test_evidenced_near_miss_swapped(eng, text, right):
    assert right in _fixed(eng, text)


# ---- 4. "indicate" with a thing as subject ----
INDICATE_THING = [
    "Information from police indicates that Mr Hall has returned to the area.",
    "Intelligence indicates that Tyler (15) is carrying a knife to school.",
    "A report from the neighbour indicates that the children were left alone overnight.",
    "Information shared at the core group indicated that Dad is drinking again.",
    "The referral indicates that Mum has been using cocaine most weekends.",
    "Mia's account indicates that she was hit with a belt.",
    "Police intelligence indicated that Mr Ward was living at the address.",
    "The anonymous allegation indicates that the baby is left with a 12-year-old.",
    "Statements from neighbours indicate that the fighting happens most nights.",
]


@pytest.mark.parametrize("text", INDICATE_THING)
def test_indicate_thing_left(eng, text):
    out = _fixed(eng, text)
    assert " show" not in out and "indicat" in out, out


# Round 39 (review39l L#6, r39a): a person's "indicated that" reports what they said; --fix leaves
# verbs of saying as written (advice only), so these are no longer written.
INDICATE_SAID = [
    "Mum indicated that she would attend the meeting.",
    "Dad has indicated that he will move out by Friday.",
    "Grandad indicated that he could care for the boys at weekends.",
    "Ms Clarke indicated that she does not want contact with Mr Webb.",
    "Jayden (14) indicated that he feels safe at home.",
]


@pytest.mark.parametrize("text", INDICATE_SAID)
def test_a_person_indicating_is_left_as_written(eng, text):
    assert "indicated that" in _fixed(eng, text)


INDICATE_SWAPPED = [
    # marks and bruises "suggest" (round 18: "show" made a reading of the marks into proof)
    ("The marks on Leo's arms indicate that he was gripped hard.", "The marks on Leo's arms suggest that"),
    ("Bruises to Sky's upper arms indicate a grip injury.", "suggest a grip injury"),
]


@pytest.mark.parametrize("text,right", INDICATE_SWAPPED)
def test_indicate_near_miss_swapped(eng, text, right):
    assert right in _fixed(eng, text)


# ---- 5. "disclose" a piece of information, or a thing to someone ----
DISCLOSE_INFORMATION = [
    "Mum will not disclose her new address to Dad.",
    "Grace must not disclose the location of the refuge to anyone.",
    "Mr Khan has refused to disclose the identity of the driver.",
    "Jess declined to disclose the name of her boyfriend.",
    "The school will not disclose Ellie's whereabouts to her father.",
    "Callum disclosed his password to an online contact.",
    "Sara disclosed the abuse to her teacher last week.",
    "Dad has not disclosed his new partner's details.",
]


@pytest.mark.parametrize("text", DISCLOSE_INFORMATION)
def test_disclose_information_left(eng, text):
    assert "talk" not in _fixed(eng, text)


DISCLOSE_SWAPPED = [
    ("Ruby disclosed to her teacher that she is scared of Dad.", "told her teacher that"),
]


@pytest.mark.parametrize("text,right", DISCLOSE_SWAPPED)
def test_disclose_near_miss_swapped(eng, text, right):
    # round 23 (fixsafe23): "disclosed" is the safeguarding term of art; "told" is advice only
    fixed = _fixed(eng, text)
    assert right not in fixed and "disclosed" in fixed, fixed


# Round 18: with no hearer, "said", "reported", "talked about" lose the weight of a child telling
# someone: advice only (tests/test_fix_round18.py has more).
DISCLOSE_ADVISED = [
    ("Ruby disclosed that Dad hits her with a belt.", "said"),
]
# Round 37 (review36h H#8): "reported" and "talked about" change how it was told ("DV was disclosed"
# -> "was reported" reads as a report to the police): not offered at all, the advice asks instead.
DISCLOSE_NOT_OFFERED = [
    ("Max has disclosed the incidents in detail.", "talked about"),
    ("It was disclosed by Amy that Mum's partner had hit her.", "reported"),
    ("Leo disclosed the assault during the visit.", "talked about"),
]


@pytest.mark.parametrize("text,advice", DISCLOSE_ADVISED)
def test_disclose_without_hearer_is_advice(eng, text, advice):
    from sos_lint.fixes import fixed_text

    result = fixed_text(text, eng.check_document(text))
    assert "disclos" in result.text
    assert any(e.replacement.startswith(advice) for e in result.advised), result.advised


@pytest.mark.parametrize("text,plain", DISCLOSE_NOT_OFFERED)
def test_disclose_without_hearer_offers_no_report_or_talk(eng, text, plain):
    from sos_lint.fixes import fixed_text

    result = fixed_text(text, eng.check_document(text))
    assert "disclos" in result.text
    assert not any(e.replacement.startswith(plain) for e in result.advised + result.applied)
