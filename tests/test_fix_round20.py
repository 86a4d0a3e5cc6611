"""Round 20 (fix_test19 judged swap by swap: 7 bad, 10 doubtful): what `--fix` writes must be
certain, mended by class. Wordings below were written before the code; none is from fix_test19.

1. Acronyms: `--fix` writes an acronym's own words (or the tables' plain swap of those words,
   "LAC" -> "looked after child" -> "child in care") and nothing else; a re-description ("TAF" ->
   "family meeting") is advice only. An acronym with another meaning (ED: eating disorder) is
   written only where the sentence settles it ("taken to ED").
2. Person or service (SALT: the therapist or the therapy): the words fit the role the parse gives
   ("by the SALT" is a person); a role's words keep what sets it apart ("independent").
3. Verb frames: "come" for "attend" only of a finite verb with no destination but a time; a
   participle in a passive or a reduced relative gets no phrasal verb, no "got", no "used to".
4. Doubling: a swap whose words the draft says next is not written; "sectioned" is advice only
   (kept in hospital softens a compulsory detention).
5. Register: "sustained" -> "got" is advice only (plays down an injury); "in possession of" ->
   "with" where no "be" makes it "had"; "engaging in sex work" is not "taking part in".
"""
from __future__ import annotations

import pytest

from sos_lint.api import engine
from sos_lint.fixes import fixed_text


@pytest.fixture(scope="module")
def eng():
    return engine()


def _result(eng, text: str, kind: str | None = "worry"):
    return fixed_text(text, eng.check_document(text, kind))


def _not_written(eng, text: str, bad: str, kept: str) -> None:
    result = _result(eng, text)
    assert bad not in result.text, result.text
    assert kept in result.text, result.text


# ---- 1. acronyms: own words only; other meanings settled by the sentence ----
ACRONYM_NOT_WRITTEN = [
    # round 21: a bare TAF/TAC (the team or its meeting) is advice only (round 22: the plural
    # "TAF meetings" is written like the singular, test_fix_round22.py)
    ("The TAF plan was closed on 3 March.", "family meeting", "plan was closed"),
    ("A TAC was held at school on 4 June.", "family meeting", "TAC"),
    ("Mum agreed to a TAF with the school nurse.", "family meeting", "TAF"),
    ("The CAMHS ED team have seen Ivy twice.", "emergency department", "ED"),
    ("Mum will engage with the ED service every week.", "emergency department", "ED"),
    ("Tia has been referred to ED after losing weight.", "emergency department", "ED"),
    ("ED clinicians are worried about Tia's weight.", "emergency department", "ED"),
    ("Mum's ED has returned since the birth.", "emergency department", "ED"),
    ("The ED nurse weighed Tia on Monday.", "emergency department", "ED"),
    ("Mum has been open to the MASH since 4 May.", "council's team", "MASH"),
    ("A MARAC was held on 2 June.", "meeting of services", "MARAC"),
    ("The CWD team will visit on Monday.", "disabled children's team", "CWD"),
    ("Kai was seen by the LSCB panel.", "local safeguarding partnership", "LSCB"),
]


@pytest.mark.parametrize("text,bad,kept", ACRONYM_NOT_WRITTEN)
def test_acronym_re_description_not_written(eng, text, bad, kept):
    _not_written(eng, text, bad, kept)


ACRONYM_STILL_WRITTEN = [
    ("Ivy was taken to ED by ambulance on 3 May.", "emergency department"),
    ("Dad brought Leo to ED at 22:00.", "emergency department"),
    ("Leo attended ED twice in March.", "emergency department"),
    ("Kai is at risk of CSE.", "child sexual exploitation"),
    # round 23 (fixsafe23): a conference is not a "meeting": advice only; see tests/test_fix_round23.py
    # ("Mum was invited to CPC but did not come.", "child protection meeting"),
    ("Jo is known to YOT.", "youth offending team"),
    ("There were 3 DV incidents in May.", "domestic violence"),
    ("Parents have not come to the TAF meeting since May.", "Team Around the Family meeting"),  # round 21: singular
    ("Parents have not come to the TAF meetings since May.", "Team Around the Family meetings"),  # round 22: plural
    ("Mum will meet the IDVA on Monday.", "independent domestic violence adviser"),
    ("Kai had 9 teeth extracted under GA on 20/11.", "under general anaesthetic"),
    ("Lily was taken to St Mary's ED by ambulance.", "emergency department"),
    ("Mia is at risk of CSE and will see the CSE worker.", "risk of child sexual exploitation"),
]


@pytest.mark.parametrize("text,plain", ACRONYM_STILL_WRITTEN)
def test_acronym_own_words_still_written(eng, text, plain):
    assert plain in _result(eng, text).text


# ---- 2. person or service ----
ROLE_NOT_WRITTEN = [
    ("Ivy's speech will be monitored by the SALT.", "the speech and language therapy"),
    ("The SALT said Ivy has few words.", "The speech and language therapy said"),
    ("Mum told the SALT that Ivy eats well.", "the speech and language therapy"),
    ("A SALT will see Ivy at nursery.", "A speech and language therapy"),
    ("The SALT has asked for a hearing test.", "The speech and language therapy"),
    ("Mum will engage with the IDVA.", "the domestic abuse adviser"),
    ("The IDVA rang Mum on 2 May.", "The domestic abuse adviser"),
    ("Mum has been allocated an IDVA.", "domestic abuse adviser"),
    ("Dad asked the SENCO for a meeting.", "special needs teacher"),
    ("Kai's IRO will chair the review.", "Kai's reviewing officer"),
]


@pytest.mark.parametrize("text,bad", ROLE_NOT_WRITTEN)
def test_role_words_fit_the_role(eng, text, bad):
    assert bad not in _result(eng, text).text


ROLE_STILL_WRITTEN = [
    ("Ivy's speech will be monitored by the SALT.", "the speech and language therapist"),
    ("The SALT said Ivy has few words.", "speech and language therapist said"),
    ("Ivy has been referred to SALT.", "referred to speech and language therapy"),
    ("Ivy will attend SALT sessions at nursery.", "speech and language therapy sessions"),
    ("Mum will engage with the IDVA.", "the independent domestic violence adviser"),
    ("Dad asked the SENCO for a meeting.", "special educational needs coordinator"),
    ("The SW visited on 3 May.", "social worker"),
]


@pytest.mark.parametrize("text,plain", ROLE_STILL_WRITTEN)
def test_role_words_still_written(eng, text, plain):
    assert plain in _result(eng, text).text


# ---- 3. verb frames ----
VERB_NOT_WRITTEN = [
    ("Rowan will be supported to attend after school club.", "come after", "attend"),
    ("Unknown males were seen attending at all hours.", "coming at all hours", "attending"),
    ("Men attending late at night have frightened the children.", "coming late", "attending"),
    ("Jo attended after the meeting with the school.", "came after", "attended"),
    ("The injury sustained approx. 17:00 was a cut to the head.", "injury got", "sustained"),
    ("The bruises sustained on 3 May were photographed.", "bruises got", "sustained"),
    ("Father's address could not be ascertained by police.", "found out", "ascertained"),
    ("Ember (10) is utilised to do all of the shopping.", "is used to do", "utilised"),
    ("Kai will no longer be utilised to care for his sisters.", "be used to care", "utilised"),
    ("The safety plan has not been adhered to.", "stuck to", "adhered"),
    ("The rules were not adhered to by Dad.", "stuck to", "adhered"),
    ("The plan is being adhered to at present.", "stuck to", "adhered"),
    ("The money was obtained from the neighbour.", "was got", "obtained"),
]


@pytest.mark.parametrize("text,bad,kept", VERB_NOT_WRITTEN)
def test_verb_frame_not_written(eng, text, bad, kept):
    _not_written(eng, text, bad, kept)


VERB_STILL_WRITTEN = [
    # round 23 (fixsafe23): "came" is casual and has no place: advice only; see tests/test_fix_round23.py
    # ("Mum did not attend.", "did not come"),
    # round 23 (fixsafe23): "came" is casual and has no place: advice only; see tests/test_fix_round23.py
    # ("The police attended on 3 May.", "came on 3 May"),
    ("Parents will attend the meeting on Monday.", "go to the meeting"),
    ("Mum failed to attend 3 of 4 clinic appointments.", "go to 3 of 4"),
    # round 23 (fixsafe23): "stuck to" is casual: advice only; see tests/test_fix_round23.py
    # ("Dad has not adhered to the safety plan.", "stuck to the safety plan"),
    ("The school will utilise the funding to pay for a mentor.", "use the funding"),
    ("The medicine was administered by the nurse.", "was given by the nurse"),
    ("Mum was informed of the decision on 3 May.", "told"),
    # round 23 (fixsafe23): "came" is casual and has no place: advice only; see tests/test_fix_round23.py
    # ("The bailiffs attended on 4/1 and the children were scared.", "bailiffs came on 4/1"),
    # round 23 (fixsafe23): "came" is casual and has no place: advice only; see tests/test_fix_round23.py
    # ("Police attended at 00:20hrs following a call from a neighbour.", "Police came at 00:20hrs"),
    # round 23 (fixsafe23): "came" is casual and has no place: advice only; see tests/test_fix_round23.py
    # ("When officers attended on the most recent occasion the baby was crying.", "officers came on the most"),
    ("Rosie will be safeguarded from harm.", "protected from harm"),
]


@pytest.mark.parametrize("text,plain", VERB_STILL_WRITTEN)
def test_verb_frame_still_written(eng, text, plain):
    assert plain in _result(eng, text).text


# ---- 4. doubling and sectioning ----
DOUBLING_NOT_WRITTEN = [
    ("Mum was sectioned under s2 MHA in January.", "kept in hospital", "sectioned"),
    ("Dad was sectioned under section 3 in May.", "kept in hospital", "sectioned"),
    ("Mum has been sectioned twice.", "kept in hospital", "sectioned"),
    ("Mum was sectioned under the Mental Health Act on 3 May.", "kept in hospital", "sectioned"),
    ("Police sectioned Dad at the flat.", "kept", "sectioned"),
]


@pytest.mark.parametrize("text,bad,kept", DOUBLING_NOT_WRITTEN)
def test_doubling_and_section_not_written(eng, text, bad, kept):
    result = _result(eng, text)
    assert bad not in result.text and kept in result.text, result.text
    assert "Mental Health Act under" not in result.text


def test_sectioned_is_still_advised(eng):
    result = _result(eng, "Mum was sectioned in January.")
    assert any("Mental Health Act" in e.replacement for e in result.advised), result.advised


DOUBLING_STILL_WRITTEN = [
    ("Kai is known to YOT.", "youth offending team"),
    ("Leo was taken to ED by Dad on 3 May.", "emergency department"),
    ("Parents will attend the core group on Monday.", "go to"),
    ("Mum will ensure that Kai goes to school.", "make sure"),
    # round 23 (fixsafe23): "evidence" keeps its evidential force: advice only; see tests/test_fix_round23.py
    # ("There is evidence of drug use in the flat.", "signs of drug use"),
]


@pytest.mark.parametrize("text,plain", DOUBLING_STILL_WRITTEN)
def test_no_doubling_still_written(eng, text, plain):
    assert plain in _result(eng, text).text


# ---- 5. register ----
REGISTER_NOT_WRITTEN = [
    ("On 22/7 Kit (6) sustained a bite to the face from the dog.", "got a bite", "sustained"),
    ("Leo sustained a fractured arm in the fall.", "got a fractured", "sustained"),
    ("The baby has sustained bruising to both legs.", "got bruising", "sustained"),
    ("Dad was arrested at 16:05 in possession of 14 wraps.", "with 14 wraps", "in possession of"),
    ("He was stopped in possession of a knife.", "with a knife", "in possession of"),
    ("Mother is engaging in sex work from the flat.", "taking part in sex", "engaging in"),
    ("Mum engaged in sex work in 2021.", "took part in sex", "engaged in"),
    ("Kai has engaged in criminal activity.", "taken part in", "engaged in"),
]


@pytest.mark.parametrize("text,bad,kept", REGISTER_NOT_WRITTEN)
def test_register_not_written(eng, text, bad, kept):
    _not_written(eng, text, bad, kept)


REGISTER_STILL_WRITTEN = [
    # round 23 (fixsafe23): "in possession of" is the offence's word: advice only; see tests/test_fix_round23.py
    # ("Dad was in possession of a knife.", "Dad had a knife"),
    ("Kai engaged in the group sessions.", "took part in the group sessions"),
    ("Kai will engage in direct work with the social worker.", "take part in"),
    ("The school will obtain a report from the GP.", "get a report"),
    ("Mum will ensure that the home is clean.", "make sure that"),
]


@pytest.mark.parametrize("text,plain", REGISTER_STILL_WRITTEN)
def test_register_still_written(eng, text, plain):
    assert plain in _result(eng, text).text
