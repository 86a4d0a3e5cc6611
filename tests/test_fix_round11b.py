"""What `check --fix` writes, round 11 (second helper): the classes of swap judged wrong on a fresh
set of case-record sentences, in sentences of my own (not from corpus/, tests/data/ or any probe set).

1. A verb swapped to one with another complement frame: "presents as having" is not "seems
   having"; "X was notified to the school" is not "was told to the school" (one tells a person,
   one reports a thing). "presents as" + -ing becomes "seems to" + the verb; "notify … to" is "report … to".
2. "in respect of", "in relation to", "regarding" made "about" under a word that does not take
   "about" ("powers … in respect of Ava", "an order in relation to Finn", "support offered
   regarding debts"), or opening the sentence ("In respect of school, Dad …"): left as written.
   "about" is written only after words of saying, asking, knowing and worrying.
3. "engage with" made "work with" before an offer or an activity ("engage with counselling",
   "the parenting course", "drug testing"): one takes part in or takes up those; left as written.
   Before a person, a team or a service, "work with" stays.
4. The replacement's own form: an acronym the tagger reads as a verb ("DASH" tagged -ing) is
   expanded, never inflected ("domesticing"); a noun phrase the tagger reads as a verb after
   "to" ("to adult males") keeps its plural ("to men").
5. A kin word that singles out one parent ("birth mother", "biological father") is not made
   "Mum"/"Dad": beside adoptive, foster or special-guardian carers that changes who is meant.
6. A phrase of how long made one of when ("for the duration of the visit" -> "during" loses
   "the whole visit": "throughout"); a named meeting made a different one ("core group meeting"
   -> "planning meeting"): left as written.
Near misses: the same words where the swap is right are still swapped.
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


# ---- 1. complement frames ---------------------------------------------------------------------
PRESENTS_GERUND = [
    ("Dad presents as having little understanding of Mia's diabetes.", "presents as having"),
    ("Mum presented as being under the influence of alcohol when she collected Leo.", "presented as being"),
    ("At the visit Gran presented as having been drinking.", "presented as having"),
    ("Nan presents as being confused about Ollie's medication times.", "presents as being"),
    ("The stepfather presented as not having slept, and Kai (4) was still in his pyjamas at noon.", "presented as not"),
    ("Mr Jones is presenting as having a low mood since his mother died.", "presenting as having"),
]


@pytest.mark.parametrize("text,draft", PRESENTS_GERUND)
def test_presents_as_before_gerund_is_not_seems_gerund(eng, text, draft):
    out = _fixed(eng, text)
    assert not re.search(r"\bseem(s|ed|ing)? (not )?(having|being)\b", out), out
    assert draft in out or re.search(r"\bseem(s|ed)? (not )?to (have|be)\b", out), out


NOTIFIED_TO = [
    "The move to Aunt Rose's flat was not notified to the school until June.",
    "Ellie's injuries were notified to the police by the hospital on 3 May.",
    "Dad notified the change of address to the housing officer two weeks late.",
    "The new partner's name was never notified to the social worker.",
    "Any incident at contact must be notified to the team manager the same day.",
]


@pytest.mark.parametrize("text", NOTIFIED_TO)
def test_thing_notified_to_someone_is_not_told_to(eng, text):
    out = _fixed(eng, text)
    assert "told to" not in out and "tell to" not in out and "tells to" not in out, out
    assert "notif" in out or "report" in out, out


FRAME_NEAR_MISSES = [
    # round 31 (review31a, REPORT #7): shown, not written; see tests/test_review_round31a.py
    ("The school notified Mum about the trip to the farm.", "told Mum"),
    # round 23 (fixsafe23): a duty in a requirement ("notify", "inform"): advice only; see tests/test_fix_round23.py
    # ("Gran will notify the social worker if Dad visits the flat.", "tell the social worker"),
    ("Dad was notified of the meeting by letter.", "was told"),
]


@pytest.mark.parametrize("text,plain", FRAME_NEAR_MISSES)
def test_frame_near_misses_still_swapped(eng, text, plain):
    assert plain in _fixed(eng, text)


# ---- 2. "about" only after a word that takes it -----------------------------------------------
NOT_ABOUT = [
    ("Police used their powers of protection in respect of Ava (3) and Jo (5) at midnight.", "in respect of"),
    ("Care proceedings were issued in relation to all three children on 2 March.", "in relation to"),
    ("The court made an order in respect of Lily on 4 June.", "in respect of"),
    ("Support was offered in relation to Mum's debts, and she turned it down.", "in relation to"),
    ("In respect of Noah's school attendance, Dad says he will walk him in every day.", "In respect of"),
    ("Regarding the bruising, Mum said Eli fell off the sofa.", "Regarding"),
    ("Checks were completed in relation to Dad's new partner before the weekend.", "in relation to"),
    ("The council holds parental responsibility in respect of Finn and his sister.", "in respect of"),
    ("An investigation was opened regarding the burn on Zac's hand.", "regarding"),
    ("Hospital staff suspect fabricated illness in respect of Rosa (4).", "in respect of"),
    ("Dad was arrested in connection with a fight outside the pub.", "in connection with"),
    ("Dad will do some work in relation to his temper with the family worker.", "in relation to"),
]


@pytest.mark.parametrize("text,kept", NOT_ABOUT)
def test_about_is_not_written_after_a_word_that_does_not_take_it(eng, text, kept):
    out = _fixed(eng, text)
    assert kept in out, out


ABOUT_NEAR_MISSES = [
    "The school raised concerns regarding Amy's weight in January.",
    "Mum spoke to the nurse in relation to Theo's rash.",
    "There are worries in respect of how often Dad drinks at weekends.",
    "Nan was worried regarding the marks on Jess's arm.",
    "The teacher phoned Mum regarding Kyle's lateness.",
    "Dad asked the social worker several questions in relation to contact.",
    "Gran will liaise with the school regarding Mo's lunches.",
]


@pytest.mark.parametrize("text", ABOUT_NEAR_MISSES)
def test_about_after_saying_and_worrying_words_is_still_written(eng, text):
    out = _fixed(eng, text)
    assert " about " in out and not re.search(r"regarding|in relation to|in respect of", out), out


# ---- 3. "engage with" an offer or an activity ------------------------------------------------
ENGAGE_OFFER = [
    "Mum has not engaged with counselling offered by her GP.",
    "Dad did not engage with the parenting course in March.",
    "Gran has stopped engaging with the support offered by the family hub.",
    "Mr Ali has not engaged with drug testing since June.",
    "The parents have not engaged with the assessment.",
    "Mum did not engage with the Freedom Programme after week two.",
    "Dad stopped engaging with his treatment for depression in May.",
    "Mum has not engaged with therapy sessions at the clinic since Easter.",
    "Mum has declined to engage with IDVA support.",
]


@pytest.mark.parametrize("text", ENGAGE_OFFER)
def test_engage_with_an_offer_is_not_work_with(eng, text):
    out = _fixed(eng, text)
    assert "work with" not in out and "worked with" not in out and "working with" not in out, out


ENGAGE_PEOPLE = [
    ("Mum has not engaged with the social worker since May.", "worked with the social worker"),
    ("Dad has not engaged with the health visitor since March.", "worked with the health visitor"),
    ("Mum did not engage with the domestic abuse service after the assault.", "work with the domestic abuse service"),
    ("Mum has stopped engaging with her drug worker.", "working with her drug worker"),
    ("Mum has not engaged with the Welfare Rights service.", "worked with the Welfare Rights service"),
]


@pytest.mark.parametrize("text,plain", ENGAGE_PEOPLE)
def test_engage_with_a_person_or_service_in_a_record_is_not_written(eng, text, plain):
    # Round 34 (review34 P#4; fix_verdicts21 fx21-044, open-24 w24-37, pa24-018): in a record of
    # what happened, "has not worked with the social worker" can be read as a job; the swap is
    # shown as advice, not written (test_fix_round34 has the goals where it is still written).
    out = _fixed(eng, text)
    assert plain not in out and "engag" in out, out


# ---- 4. the replacement's own form ----------------------------------------------------------
# Round 21 (fix_verdicts21): "DASH" names a recognised risk tool and is advice only: it stays as
# written, and its advice never bends into a verb ("domesticing").
DASH_KEPT = [
    "Referral from the police (DASH high risk; MARAC referral made) after a fight on 3 May.",
    "Mum's DASH scored high on 2 June, and Dad was arrested.",
    "Police completed a DASH with Mum at the station.",
    "Police came at midnight (DASH medium risk) after Dad pushed Mum into the door frame.",
    "The police completed a DASH with Mum on 2 May.",
]


@pytest.mark.parametrize("text", DASH_KEPT)
def test_dash_is_kept_as_written(eng, text):
    out = _fixed(eng, text)
    assert "DASH" in out and "domesticing" not in out and "checklist" not in out, out


FORMS = [
    ("Tia (15) has been sending photos to adult males she met online.", "to men"),
    ("Kiera was seen getting into cars with adult males near the park.", "with men"),
    ("Jo (14) has been talking to adult males on Snapchat late at night.", "adult males"),  # parse: a verb inside a noun phrase, left
    ("Two adult males were seen leaving the flat at 2am.", "Two men"),
]


@pytest.mark.parametrize("text,plain", FORMS)
def test_replacement_keeps_its_own_form(eng, text, plain):
    out = _fixed(eng, text)
    assert plain in out and "domesticing" not in out and " man " not in out, out


FORM_NEAR_MISSES = [
    ("An adult male was seen at the door with Mia at midnight.", "A man"),
    ("Dad (known to DA services) was arrested on 3 May.", "domestic abuse"),
    ("Kai (14) has been a victim of CSE since the summer.", "child sexual exploitation"),
    ("Dad sold drugs from the flat, and Leo (15) was drawn into CCE.", "child criminal exploitation"),
]


@pytest.mark.parametrize("text,plain", FORM_NEAR_MISSES)
def test_form_near_misses_still_swapped(eng, text, plain):
    assert plain in _fixed(eng, text)


# ---- 5. kin words that single out one parent --------------------------------------------------
BIRTH_PARENT = [
    "Ava lives with her adoptive parents and sees her birth mother twice a year.",
    "Contact between Leo and his birth father will be supervised at the family centre.",
    "Tia's biological father has not seen her since 2021.",
    "Sam's birth mother sent a card for his birthday, which his foster carer kept.",
    "The special guardian will take Ruby to see her birth mother every month.",
    "Jack's foster carer says he cries after calls with his biological mother.",
    "Mia asked her adoptive mum to show her photos of her birth father.",
    "Birth mother and Nan will both come to Kit's review in March.",
]


@pytest.mark.parametrize("text", BIRTH_PARENT)
def test_parent_singled_out_by_kin_word_is_not_mum_or_dad(eng, text):
    out = _fixed(eng, text)
    assert re.search(r"(?i)birth (mother|father)|biological (mother|father)", out), out


BIRTH_NEAR_MISSES = [
    ("Leo's birth mother will attend the review on 3 May.", "go to the review"),
    # (round 34, review34 P#4: "has not worked with the social worker" reads as a job; advice only)
    ("Ava's birth father will attend the review on 3 May and ensure he is on time.", "make sure"),
    ("Tia's biological mother resides in Leeds and was notified of the meeting.", "lives in Leeds"),
    ("Jay sees his birth father at the family centre on a weekly basis.", "every week"),
    ("Sam's birth mother will ensure that she arrives on time for contact.", "make sure"),
]


@pytest.mark.parametrize("text,plain", BIRTH_NEAR_MISSES)
def test_other_swaps_beside_kin_word_still_made(eng, text, plain):
    assert plain in _fixed(eng, text)


# ---- 6. how long, and named meetings ----------------------------------------------------------
DURATION = [
    "Kai was left in his cot for the duration of the visit.",
    "Dad will stay at his brother's flat for the duration of the assessment.",
    "Mum was asleep on the sofa for the duration of the home visit.",
    "Contact will be supervised for the duration of the proceedings.",
    "The children stayed in the car for the duration of the shopping trip.",
]


@pytest.mark.parametrize("text", DURATION)
def test_duration_is_not_made_a_point_in_time(eng, text):
    out = _fixed(eng, text)
    assert "during" not in out and ("throughout" in out or "for the duration of" in out), out


CORE_GROUP = [
    "Dad has missed three core group meetings since March.",
    "Mum will come to every core group meeting with Nan.",
    "The core group will meet every month at the school.",
    "At the last core group, Mum said she had left Dad.",
    "Core group members agreed that Gran can have Ava overnight.",
]


@pytest.mark.parametrize("text", CORE_GROUP)
def test_named_meeting_is_not_made_another(eng, text):
    out = _fixed(eng, text)
    assert "planning" not in out and re.search(r"(?i)core group", out), out


DURATION_NEAR_MISSES = [
    ("Mum fell asleep in the course of the visit.", "during the visit"),
    ("Dad missed the ICPC on 3 May.", "first child protection meeting"),
    # round 23 (fixsafe23): a conference is not a "meeting": advice only; see tests/test_fix_round23.py
    # ("Mum did not come to the RCPC in June.", "child protection review meeting"),
    # round 23 (fixsafe23): "at all times" is a requirement's word: advice only; see tests/test_fix_round23.py
    # ("Leo (6) was supervised at all times by Gran.", "all the time"),
    ("Dad will see Kai on a weekly basis at the family centre.", "every week"),
]


@pytest.mark.parametrize("text,plain", DURATION_NEAR_MISSES)
def test_duration_near_misses_still_swapped(eng, text, plain):
    if "ICPC" in text:  # round 19: advice only ("conference" is the statutory term): shown, not written
        assert plain in fixed_text(text, eng.check_document(text), unsafe=True).text
        return
    assert plain in _fixed(eng, text)


# ---- found while checking the earlier sets: guards that must not over-reach -------------------
OVER_REACH = [
    # "into" is not "to" with a prefix: a pair of opposites is of content words only
    ("The letter was put into Polish prior to the meeting with Dad.", "before the meeting"),
    ("Mum moved into the flat prior to Kai's birth.", "before Kai's birth"),
    # a person told, by a word the people lists do not hold, stays "told"
    ("Mr Hale has not notified the landlord about the damp.", "told the landlord"),
    ("Dad has not notified his probation officer of the move.", "told his probation officer about the move"),
]


@pytest.mark.parametrize("text,plain", OVER_REACH)
def test_guards_do_not_over_reach(eng, text, plain):
    assert plain in _fixed(eng, text)


def test_thing_notified_with_no_hearer_is_left(eng):
    out = _fixed(eng, "Dad notified the change of address two weeks late.")
    assert "notified the change of address" in out, out


@pytest.mark.parametrize("text", [
    "Mum will give Leo 2.5ml of Calpol at 6pm.",
    "Dad will keep the 0.5mg tablets in the locked tin.",
    "Nan will give Ava her 1.25mg dose every morning.",
])
def test_a_number_stuck_to_its_unit_is_not_counted_lost(eng, text):
    from sos_lint.rewrite import fidelity

    draft = next(iter(eng.parse([text])))
    assert not fidelity.missing_facts(draft, text), text
