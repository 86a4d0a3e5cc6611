"""Round 18 (lexicon18): a broad glossary of the words UK child-protection records borrow from
statute, the police and courts, the NHS, schools and SEND, housing, immigration, benefits,
probation and drug and alcohol services, written from our own knowledge before any set's misses
were read (rules/jargon.toml and rules/specificity.toml, "lexicon18 glossary"). Each entry gives
advice only: none carries a `replacement`, so --fix writes nothing for them.
Each case: (kind, text, codes, words, fires), as in test_glossary11.py; the sentences are our own.
A case that must not fire is the everyday sense of a word, a job's or a document's name, or a
plain way of saying the same thing."""
from __future__ import annotations

import pytest

from word_classes import check_word_class

JARGON = ("SOS101", "SOS102", "SOS103", "SOS104")
LABEL = ("SOS301", "SOS305", "SOS101", "SOS102")
WORDS = ("SOS101", "SOS102", "SOS103", "SOS104", "SOS301", "SOS302", "SOS304", "SOS305", "SOS306")

FIRES = [
    # Statute and process.
    ("worry", "The social worker thinks Ava (2) is likely to suffer significant harm if Dad moves back in.", JARGON, "significant harm"),
    ("worry", "The judge asked for a section 37 report after Mum and Dad argued in court about Leo (6).", JARGON, "section 37 report"),
    ("worry", "Zain (14) has been parentified since Mum became ill and cooks every night.", JARGON, "parentified"),
    ("worry", "The police think the risk is extra-familial because Zain (14) is out with older men.", JARGON, "extra-familial"),
    ("worry", "Dad has been assessed as high risk after he hit Mum twice in June.", JARGON, "assessed as high risk"),
    ("worry", "The presenting issues are that Ruby (5) comes to school hungry and in dirty clothes.", JARGON, "presenting issues"),
    # Health, midwifery and mental health.
    ("worry", "Baby Noah had retinal haemorrhages when he came into hospital on 2 May.", JARGON, "retinal haemorrhages"),
    ("worry", "The doctors did a skeletal survey and found two old breaks in Noah's ribs.", JARGON, "skeletal survey"),
    ("worry", "There was petechial bruising on Isla's neck when the nurse saw her.", JARGON, "petechial bruising"),
    ("worry", "Mum self-discharged from the ward the day after the birth and took baby Finn home.", JARGON, "self-discharged"),
    ("worry", "Dad is not compliant with medication and hears voices telling him to hurt Leo (6).", JARGON, "compliant with medication"),
    ("worry", "Mum has a community treatment order and stopped going to the clinic in March.", JARGON, "community treatment order"),
    ("worry", "Dad's flat affect worried the nurse because he did not look at baby Ava once.", JARGON, "flat affect"),
    ("worry", "Baby Finn had neonatal abstinence syndrome and stayed in hospital for three weeks.", JARGON, "neonatal abstinence syndrome"),
    ("worry", "Leo (2) has missed four health appointments and the nurse wrote WNB each time.", JARGON, "WNB"),
    ("worry", "Since the hospitalisation in April Mum has not taken her tablets.", JARGON, "hospitalisation"),
    # Drug and alcohol services.
    ("worry", "Dad is on opiate substitution therapy but the chemist says he missed six pick-ups.", JARGON, "opiate substitution therapy"),
    ("worry", "The social worker found drug paraphernalia on the sofa where Leo (3) plays.", JARGON, "drug paraphernalia"),
    ("worry", "Mum stopped supervised consumption in May and says she keeps her methadone in the fridge.", JARGON, "supervised consumption"),
    # Education and SEND.
    ("worry", "Kai (12) is dual registered and went to neither school last week.", JARGON, "dual registered"),
    ("worry", "Ruby (9) has been out of education since October when Mum took her off the roll.", JARGON, "out of education"),
    # Housing, immigration and money.
    ("worry", "The landlord served a notice seeking possession and the family may lose the flat in May.", JARGON, "notice seeking possession"),
    ("worry", "The family are in dispersal accommodation and Amir (4) shares one room with five people.", JARGON, "dispersal accommodation"),
    ("worry", "Dad is an overstayer and has reporting conditions every Tuesday in Croydon.", JARGON, "reporting conditions"),
    ("worry", "Mum has had a benefit sanction since March and there is no food for Zara (3).", JARGON, "benefit sanction"),
    # Police, courts and probation.
    ("worry", "Dad gave a no comment interview after Leo (6) said he was hit with a belt.", JARGON, "no comment interview"),
    ("worry", "A warrant was executed at the flat and cannabis cultivation was found in the loft.", JARGON, "cannabis cultivation"),
    ("worry", "Dad lives in approved premises and has asked to stay at Mum's at weekends.", JARGON, "approved premises"),
    ("worry", "Dad is on a home detention curfew and Leo (6) is with him every weekend.", JARGON, "home detention curfew"),
    ("worry", "The final hearing was adjourned and Ava (3) stays with Nan until July.", JARGON, "adjourned"),
    ("worry", "Police attended at 2315 hrs and found Mum crying on the stairs.", JARGON, "hrs"),
    # Labels: an adult's behaviour named, not described.
    ("worry", "Dad has a gambling problem and Ava (4) and Leo (6) often have no tea.", LABEL, "gambling problem"),
    ("worry", "Mum is involved in sex work and the children are often alone at night.", LABEL, "sex work"),
    ("worry", "There is chronic neglect of the children.", LABEL, "chronic neglect"),
    ("worry", "Dad has a history of gaslighting Mum.", LABEL, "gaslighting"),
    ("worry", "Mum's partner is a known ketamine user.", LABEL, "ketamine user"),
    ("worry", "Dad has convictions for offences of violence.", LABEL, "offences of violence"),
    ("worry", "There are worries about Mum misusing prescription medication.", LABEL, "misusing prescription medication"),
    ("worry", "There are concerns about stalking behaviour by Dad.", LABEL, "stalking behaviour"),
]

QUIET = [
    # Everyday senses of words the glossary holds in a narrower sense.
    ("worry", "Dad hid the bottles at the bus depot where he works nights.", WORDS, "depot"),
    ("worry", "Mum tied a bundle of Ava's clothes and left them on the doorstep.", WORDS, "bundle"),
    ("worry", "Leo (6) said he could not recall what Dad shouted.", WORDS, "recall"),
    ("worry", "Dad lost his temper in front of Leo (6) and punched the kitchen door.", WORDS, "lost his temper"),
    ("worry", "Mum put a tag on Ava's coat so she would not lose it.", WORDS, "tag"),
    ("worry", "Dad was sentenced to two years in prison for hitting Mum in front of Leo (6).", WORDS, "sentenced"),
    ("worry", "Ruby (9) said she felt scared when Dad came home drunk on Friday.", WORDS, "scared"),
    ("worry", "Leo (6) watched a film about a dog that goes missing and cried.", WORDS, "watched a film"),
    ("worry", "Mum said she cannot sleep and cries every evening after the children go to bed.", WORDS, "cannot sleep"),
    ("worry", "Dad went to the chemist every morning for his medicine in March.", WORDS, "chemist"),
    ("goal", "Mum will take Ava (2) to the dentist every six months and brush her teeth each night.", WORDS, "brush her teeth"),
    ("goal", "Dad will breathe slowly and walk into the garden when he feels angry with Leo (6).", WORDS, "breathe"),
    ("worry", "The family lives in one room of a hotel in Luton with no kitchen.", WORDS, "one room of a hotel"),
    ("worry", "The landlord has told Mum in writing that she must leave the flat by June.", WORDS, "told Mum in writing"),
    ("worry", "Dad has no papers to stay in the UK and is scared to take Leo (6) to the doctor.", WORDS, "no papers"),
    ("worry", "Mum's Universal Credit was cut in March and there was no food in the fridge.", WORDS, "Universal Credit"),
    ("worry", "Ruby (9) has not been to any school since October.", WORDS, "has not been to any school"),
    ("worry", "The police searched the flat on Friday and found cannabis plants in the loft.", WORDS, "searched the flat"),
    ("worry", "Dad must wear an ankle tag and be home by 7pm.", WORDS, "ankle"),
    ("worry", "The doctors found bleeding at the back of Noah's eyes.", WORDS, "bleeding at the back"),
    ("worry", "Mum left hospital before the doctors said she could and took baby Finn home.", WORDS, "left hospital"),
    ("worry", "Baby Finn had withdrawal after he was born because of the heroin Mum took.", WORDS, "withdrawal"),
    ("worry", "Dad shouted at Mum in the street and threw a bottle at her car.", WORDS, "threw a bottle"),
    ("worry", "Mum told Ava (7) she was stupid and ugly three times last week.", WORDS, "stupid and ugly"),
    ("worry", "Dad bets most of his wages online and there was no money for Leo's school shoes.", WORDS, "bets most of his wages"),
    # Jobs and documents keep their names.
    ("worry", "The family support worker saw Ava (2) with a bruise on her cheek.", WORDS, "family support worker"),
    ("goal", "Mum will go to every meeting about the Child Protection Plan.", WORDS, "Child Protection Plan"),
    ("worry", "The health visitor saw baby Noah on 4 May and he had lost weight.", WORDS, "health visitor"),
    ("worry", "The probation officer told the social worker that Dad is living at Mum's.", WORDS, "probation officer"),
    ("worry", "Mum went to A&E with a cut to her head after Dad pushed her.", WORDS, "A&E"),
    ("worry", "The GP saw Leo (6) and found burns on his hands.", WORDS, "GP"),
    # Words that sound like the glossary but are plain.
    ("worry", "Ava (7) ran out of school at lunchtime and was found at the park.", WORDS, "out of school at lunchtime"),
    ("worry", "Leo (6) sat on the stairs for an hour while Dad shouted at Mum.", WORDS, "for an hour"),
]


@pytest.mark.parametrize("kind,text,code,words", FIRES)
def test_glossary_word_fires(engine, kind, text, code, words):
    check_word_class(engine, kind, text, code, words, True)


@pytest.mark.parametrize("kind,text,code,words", QUIET)
def test_plain_word_stays_quiet(engine, kind, text, code, words):
    check_word_class(engine, kind, text, code, words, False)


def test_enough_cases_each_way():
    assert len(FIRES) >= 30 and len(QUIET) >= 30


def test_glossary_entries_give_advice_only():
    """No entry of the glossary carries a swap that --fix would write."""
    from sos_lint.data import load_toml

    for name in ("jargon.toml", "specificity.toml"):
        ours = [t for t in load_toml(name)["term"] if t.get("source", "").startswith("lexicon18")]
        assert ours, name
        assert all(not t.get("replacement") and t.get("advice") for t in ours), name
