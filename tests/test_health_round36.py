"""Round 36 (r36h, from a health visitor's trial, review36h H#2, H#3, H#5, H#6): health words and the
advice on them (sos_lint/checks/words36h.py, `[[sense]]` and the health shorthand in rules/jargon.toml).
Every statement here is our own wording: other names, other harms, other words than the trial's drafts,
with near misses that must stay as they are."""
from __future__ import annotations

import pytest

from sos_lint.api import engine
from sos_lint.fixes import fixed_text


@pytest.fixture(scope="module")
def eng():
    return engine()


def _findings(eng, text: str, kind: str = "worry"):
    return eng.check_many([text], [kind])[0].findings


def _on(eng, text: str, words: str, kind: str = "worry", codes=("SOS101", "SOS102", "SOS103")):
    start = text.index(words)
    end = start + len(words)
    return [f for f in _findings(eng, text, kind) if f.code in codes and f.start < end and start < f.end]


# ---- H#2, H#6: letters with two meanings, settled by the statement's own words ----
SENSES = [
    # (text, letters, words the advice must hold, words it must not)
    ("Priya, the midwife, is worried that Leanne has cried every day since Ivo was born, and her GP has "
     "diagnosed PND.", "PND", "postnatal depression", "police"),
    ("Tom, the social worker, is worried because a PND check by the police shows Mr Doyle was arrested for "
     "hurting a child in 2023.", "PND", "police", "postnatal depression is"),
    ("Priya is worried about Ivo (3 weeks). PND was written on the referral form.", "PND", "Police National Database",
     "Here PND"),  # nothing settles it: both meanings named
    ("Tom, the social worker, is worried about Kit (16), who has been NFA since the tenancy ended and sleeps "
     "in his cousin's van.", "NFA", "no fixed abode", "Here NFA is no further action"),
    ("Tom, the social worker, is worried about Kit (16). The police investigation into the assault ended in "
     "NFA on 4 May.", "NFA", "no further action", "no fixed abode"),
    ("Tom, the social worker, is worried about Kit (16). NFA since 2 May.", "NFA", "no fixed abode",
     "Here NFA"),  # unsure: both
    ("Priya, the health visitor, is worried about Noor (5 weeks). Mum stopped BF at 3 weeks and now gives "
     "formula from a bottle.", "BF", "breastfeeding", "boyfriend"),
    ("Priya, the health visitor, is worried about Noor (5 weeks). Mum's BF Kyle shouts at her when he has "
     "been drinking.", "BF", "boyfriend", "breastfeeding"),
]


@pytest.mark.parametrize("text,letters,holds,not_held", SENSES)
def test_two_meanings_advised_by_context(eng, text, letters, holds, not_held):
    found = _on(eng, text, letters)
    assert found, f"{letters} should be flagged in: {text}"
    message = found[0].message
    assert holds in message, message
    assert not_held not in message, message


def test_police_pnd_never_written_as_postnatal_depression(eng):
    text = ("Tom, the social worker, is worried because a PND check by the police shows Mr Doyle was arrested "
            "for hurting a child in 2023.")
    out = fixed_text(text, eng.check_document(text, "worry")).text
    assert "postnatal depression" not in out, out


# ---- H#6: health visiting and midwifery shorthand ----
SHORTHAND = [
    ("Priya, the health visitor, is worried about Noor (6 weeks): the MW saw her on Monday.", "MW", "midwife"),
    ("Priya, the health visitor, is worried about Noor (6 weeks), who takes 40 ml of EBM a feed.", "EBM",
     "expressed breast milk"),
    ("Priya, the health visitor, is worried that Noor's OFC has not changed since birth.", "OFC", "head"),
    ("Priya, the health visitor, is worried about Leanne's EPDS score of 19 at the 8-week check.", "EPDS",
     "questionnaire"),
    ("Priya, the health visitor, is worried that Noor sleeps on the sofa with Dad, which raises the risk of "
     "SUDI.", "SUDI", "die suddenly in their sleep"),
    ("Priya, the health visitor, is worried that Noor weighed less at 3/52 than at birth.", "3/52", "3 weeks"),
]


@pytest.mark.parametrize("text,words,advice", SHORTHAND)
def test_health_shorthand_advised(eng, text, words, advice):
    found = _on(eng, text, words)
    assert found and any(advice in f.message for f in found), [f.message for f in found]


def test_weeks_fraction_left_as_a_score(eng):
    text = "Tom, the social worker, is worried that Ayla (12) scored 3/52 on her spelling test after Dad left."
    assert not _on(eng, text, "3/52")


def test_weeks_fraction_left_outside_a_baby_statement(eng):
    text = "Tom, the social worker, is worried that the rent for flat 4/52 has not been paid and Kai (9) may lose his home."
    assert not _on(eng, text, "4/52")


# ---- H#5: a centile's advice follows the number; an explanation in place satisfies the rule ----
def test_centile_advice_follows_the_number(eng):
    text = ("Priya, the health visitor, is worried that Alfie (7 months) has fallen from the 75th centile to the "
            "25th centile since March.")
    message = _on(eng, text, "25th centile")[0].message
    assert "about 25 in every 100" in message and "about 75" in message, message
    assert "nearly all" not in message


def test_centile_below_a_line(eng):
    text = "Priya, the health visitor, is worried that Alfie (7 months) weighs below the 0.4th centile for his age."
    message = _on(eng, text, "centile")[0].message
    assert "fewer than 0.4 in every 100" in message, message


def test_centile_of_head_size(eng):
    text = "Priya, the health visitor, is worried that Alfie's head measurement has stayed on the 2nd centile."
    message = _on(eng, text, "centile")[0].message
    assert "smaller head" in message, message


EXPLAINED = [
    # (text, term, explained)
    ("Priya, the health visitor, is worried that Alfie (7 months) has dropped to the 25th centile, which means "
     "three in four babies his age now weigh more than him.", "centile", True),
    ("Priya, the health visitor, is worried that Alfie (7 months) is on the 25th centile (a line on his growth "
     "chart) and Mum skips feeds.", "centile", True),
    ("Priya, the health visitor, is worried that Alfie's weight gain has slowed right down, which doctors call "
     "faltering growth.", "faltering growth", True),
    ("Priya, the health visitor, is worried that Alfie's weight has slowed down, a pattern known as faltering "
     "growth.", "faltering growth", True),
    # near misses: a clause that does not explain, and brackets holding an acronym or a name
    ("Priya, the health visitor, is worried that Alfie (7 months) has dropped to the 25th centile, which was "
     "checked at the clinic on Monday.", "centile", False),
    ("Priya, the health visitor, is worried that Alfie has faltering growth and Mum skips feeds.",
     "faltering growth", False),
    # (round 40, r40b: lower case here; the capitalised "Child Protection Conference" is now read as the
    # meeting's own titled name, which the words sets mark must-not-flag, like "an Early Help Assessment")
    ("Tom, the social worker, will call a child protection conference to look at how to keep Alfie safe.",
     "child protection conference", False),
    # an acronym is explained by its own words in brackets, not by details about it
    ("Priya, the health visitor, is worried about Leanne's EPDS (Edinburgh Postnatal Depression Scale) score of 19 "
     "at the 8-week check.", "EPDS", True),
    ("Tom, the social worker, is worried that Mum's new partner is an RSO (convicted in 2019) and stays at the "
     "flat with Alfie (4).", "RSO", False),
]


@pytest.mark.parametrize("text,term,explained", EXPLAINED)
def test_term_explained_in_place(eng, text, term, explained):
    found = _on(eng, text, term, codes=("SOS101", "SOS102"))
    assert bool(found) is not explained, [f.message for f in found]


def test_one_explanation_covers_the_sentence(eng):
    text = ("Priya, the health visitor, is worried that Alfie has moved from the 75th centile to the 25th centile, "
            "which means three in four babies his age weigh more.")
    assert not _on(eng, text, "75th centile", codes=("SOS101",))


# ---- H#3: a disclosure of domestic abuse, told in any verb ----
DISCLOSED = (
    "Priya, the health visitor, is worried about Ivo (3 months) and his sister Mia (6). ")
TOLD = [
    (DISCLOSED + "Leanne told Priya that Craig had punched her in the stomach while Ivo slept in the next room.",
     "Leanne told", True),
    (DISCLOSED + "Mia told her teacher that Daddy kicked Mummy in the kitchen.", "Mia told", True),
    (DISCLOSED + 'Mia said "Craig pushed Mummy down the stairs" to her teacher on Monday.', "Mia said", True),
    # near misses: the doer's own denial, a worker's own words, telling with no harm, a child's accident
    (DISCLOSED + "Craig told Priya that he has never hit Leanne.", "Craig told", False),
    (DISCLOSED + "Priya told Leanne that the police would be called if Craig came back.", "Priya told", False),
    (DISCLOSED + "Leanne told Priya that she has moved to a refuge with the children.", "Leanne told", False),
    (DISCLOSED + "Mia told her teacher that she fell off her bike at the park.", "Mia told", False),
    # a child telling of harm done to them (not abuse between the adults), and a threat by strangers
    ("Dad and his partner Gemma say that Oskar (7) is clumsy. Mr Price, his teacher, is worried because Oskar had "
     "finger-shaped bruises on his arm on 2 June, and he told Mr Price that Gemma grabs him when he spills his drink.",
     "he told", False),
    ("The youth worker is worried about Luca (15), who carries drugs for older men. Luca told the youth worker, "
     "\"If I stop, they will hurt my mum.\"", "Luca told", False),
    # a pronoun for the person hurt
    ("Priya, the health visitor, is worried about Ivo (3 months). Leanne has a new partner, Craig. She told Priya "
     "on Monday that Craig had pushed her into the fridge.", "She told", True),
]


@pytest.mark.parametrize("text,words,fires", TOLD)
def test_disclosure_told_in_any_words(eng, text, words, fires):
    found = [f for f in _on(eng, text, words, codes=("SOS101",)) if "do not repeat" in f.message]
    assert bool(found) is fires, [f.message for f in _findings(eng, text)]


def test_disclosure_word_not_warned_twice(eng):
    text = DISCLOSED + "Leanne disclosed to Priya that Craig had punched her."
    told = [f for f in _findings(eng, text) if "do not repeat" in f.message]
    assert len(told) == 1, [f.message for f in told]


def test_disclosure_not_warned_in_a_goal(eng):
    text = ("Leanne, you and Nan will keep Ivo and Mia safe from Craig. If Mia tells you that Craig hit Mummy, "
            "you will ring Priya that day, every time, for the next six months.")
    assert not [f for f in _findings(eng, text, "goal") if "do not repeat" in f.message]


def test_explained_by_the_next_sentence(eng):
    text = ("Priya, the health visitor, is worried that Alfie (7 months) has dropped to the 25th centile. This means "
            "three in four babies his age weigh more than him.")
    assert not _on(eng, text, "centile", codes=("SOS101",))


def test_not_explained_when_the_next_sentence_is_about_something_else(eng):
    text = ("Priya, the health visitor, is worried that Alfie (7 months) has dropped to the 25th centile. Mum "
            "feeds him twice a day.")
    assert _on(eng, text, "centile", codes=("SOS101",))


# ---- H#10: a baby not yet born: what it means for the baby is growth, health and birth ----
def test_unborn_impact_asked_in_words_of_growth_and_birth(eng):
    text = ("Priya, the midwife, is worried about Leanne's unborn baby. Leanne is 30 weeks pregnant. On 3 March "
            "Leanne told Priya that she takes heroin most days.")
    found = [f for f in _findings(eng, text) if f.code == "SOS403"]
    assert found and "growth" in found[0].message and "see, hear" not in found[0].message, \
        [f.message for f in found]


def test_unborn_impact_said_is_enough(eng):
    text = ("Priya, the midwife, is worried about Leanne's unborn baby. Leanne is 30 weeks pregnant. On 3 March "
            "Leanne told Priya that she takes heroin most days. If nothing changes, the baby could be born early "
            "and small.")
    assert not [f for f in _findings(eng, text) if f.code == "SOS403"]


def test_born_baby_still_asked_what_they_see_and_feel(eng):
    text = ("Priya, the health visitor, is worried about Noor (5 weeks). On 3 March Priya saw Leanne asleep on "
            "the sofa with a needle beside her.")
    found = [f for f in _findings(eng, text) if f.code == "SOS403"]
    assert found and "growth" not in found[0].message, [f.message for f in found]


def test_disclosure_marks_the_telling_not_the_name(eng):
    text = DISCLOSED + "Leanne has told Priya that Craig had punched her."
    told = [f for f in _findings(eng, text) if "do not repeat" in f.message]
    assert told and text[told[0].start:told[0].end] == "has told", [text[f.start:f.end] for f in told]
    assert "Leanne" in told[0].message
