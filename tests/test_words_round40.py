"""Round 40 (r40c): word faults still missed on fresh statements, each read as a class from the parse,
with wordings of our own and near misses that must stay clean. Each case: (kind, text, code, words,
fires), as in test_words_round28.py."""
from __future__ import annotations

import pytest

from word_classes import check_word_class

GUESS = ("SOS304", "SOS305")
BLAME = ("SOS306",)
VAGUE = ("SOS302",)

# B1. A harmed child's "provoking" an adult set as a task or a condition in a goal, and the child's
# conduct called "a trigger for" an adult (words14). In a worry, "did not provoke him" defends the child.
PROVOKED_CHILD = [
    ("goal", "Tomasz (11) will keep to the house rules and will not wind his stepdad up.", BLAME,
     "wind his stepdad up", True),
    ("goal", "Dad will go for a walk instead of shouting when Aiyana (8) provokes him.", BLAME,
     "provokes him", True),
    ("goal", "Mr Okafor will do the anger course. Remy (10) must calm down so that he does not goad his "
     "father.", BLAME, "goad his father", True),
    ("worry", "Grandad slapped Beau (9) on 4 May. Beau's shouting is a trigger for Grandad's temper.",
     BLAME, "trigger for Grandad's temper", True),
    # near misses: a child's own triggers; a worry defending the child; an adult named in a goal
    ("worry", "Loud bangs are a trigger for Maya's (6) panic attacks, her teacher says.", BLAME,
     "trigger", False),
    ("worry", "Dad hit Leo (8) on the arm on Friday. Leo did not provoke him.", BLAME, "provoke him", False),
    ("goal", "Gary will not goad Natasha about money, and he will leave the flat if he feels angry.",
     BLAME, "goad Natasha", False),
    ("goal", "When you feel yourself getting wound up, Dad, you will walk to the shop and back.", BLAME,
     "wound up", False),
    ("goal", "Nana, when the boys (6 and 8) are winding you up, you will go out to the garden and Pops will "
     "take over.", BLAME, "winding you up", False),
]

# B2. The adult who was hurt made the cause of the violence ("provoked the argument") or the obstacle
# for not helping the police (mutual_blame), in a statement about domestic abuse.
HURT_ADULT = [
    ("worry", "Police were called to a domestic at the flat between Ms Tully and her boyfriend. Ms Tully "
     "had been drinking and had provoked the row.", BLAME, "provoked the row", True),
    ("worry", "Mr Cole punched Ms Hale on 2 March and the children heard it. Ms Hale has declined to support a "
     "prosecution.", BLAME, "declined to support a prosecution", True),
    ("worry", "Officers attended a domestic at the house on 8/1. The victim refused to give a statement.",
     BLAME, "refused to give a statement", True),
    ("worry", "Police attended a DA incident on 3 June. Mum had a cut lip and was uncooperative with the "
     "officers.", BLAME, "uncooperative with the officers", True),
    # near misses: the man who hurts refusing; the woman helping; no abuse; a child starting a row
    ("worry", "Dean punched Kerry on 2 March. Dean refused to give a statement to the police.", BLAME,
     "refused to give a statement", False),
    ("worry", "Dean punched Kerry on 2 March. Kerry told the police what happened and gave a statement.",
     BLAME, "gave a statement", False),
    ("worry", "Mr Price refused to give a statement about the car crash on the ring road.", BLAME,
     "refused to give a statement", False),
]

# G1. "Appears"/"seems" with an adjective: the lexicon's "appears to be" with "to be" left out, said of
# an adult or the bond between parent and child; and "it looks like" before a clause (words26).
SEEMING = [
    ("worry", "Mum says she is managing the twins but appears exhausted and tearful.", GUESS,
     "appears exhausted", True),
    ("worry", "Dad seems detached when the baby cries, and Ruby (4 months) has lost weight.", GUESS,
     "seems detached", True),
    ("worry", "Kacey (2) is behind with her speech and the attachment seems weak.", GUESS, "seems weak", True),
    ("worry", "Mum drinks most evenings and it looks like Caleb (10) is making the tea for his sisters.",
     GUESS, "it looks like", True),
    # near misses: a child's look; a thing's state; a named person's view; a look asked for under "if";
    # what was seen beside it
    ("worry", "Arlo (5) appeared thirsty and drank two cups of water at nursery.", GUESS, "appeared thirsty",
     False),
    ("worry", "The stair gate appeared loose and Poppy (1) fell down four steps.", GUESS, "appeared loose",
     False),
    ("worry", "The midwife said Mum seemed low after the birth of Rio.", GUESS, "seemed low", False),
    ("goal", "Mrs Shah will tell Mum the same day if Rhys seems upset at school.", GUESS, "seems upset", False),
    ("worry", "It looks like a burn from an iron, Dr Bell said of the mark on Tia's (3) arm.", GUESS,
     "It looks like", False),
]

# G2. What someone thinks or said with nobody thinking or saying it (words28).
HEARSAY = [
    ("worry", "Zara (7) is often late and there are concerns Mum is sleeping through the alarm.", GUESS,
     "there are concerns", True),
    ("worry", "Worries have been raised that Dad is driving with the boys after drinking.", GUESS,
     "Worries have been raised that", True),
    ("worry", "Mr Kerr is described as intimidating and Cody (12) has stopped going home after school.",
     GUESS, "is described as", True),
    # near misses: the worried named; a worry about a thing with no claim; the worry's future; the
    # describer named
    ("worry", "The school has concerns that Zara (7) is hungry: she asked for food three times.", GUESS,
     "concerns that", False),
    ("worry", "There are concerns about Zara's (7) weight, which has dropped two lines on her chart.", GUESS,
     "There are concerns", False),
    ("worry", "There is a worry that Zara (7) could be hurt if Dad drives after drinking.", GUESS,
     "There is a worry that", False),
    ("worry", "Mr Kerr is described by Cody (12) as scary when he has been drinking.", GUESS,
     "is described by", False),
]

# V1. A family adult set to "monitor" something with nothing of how, when or what for (vague_aims).
MONITORING = [
    ("goal", "Parents to monitor Eden's moods and lock the medicines away.", VAGUE, "monitor Eden's moods", True),
    ("goal", "Mum will monitor Kai's gaming and talk to the school.", VAGUE, "monitor Kai's gaming", True),
    ("goal", "Ellis's messages monitored by his parents.", VAGUE, "monitored by his parents", True),
    # near misses: how and when said; a service's checking (the compliance rule's); a worry
    ("goal", "Dad will monitor Kai's blood sugar before each meal and write it in the diary.", VAGUE,
     "monitor Kai's blood sugar", False),
    ("goal", "You will monitor Ella's phone with her every Sunday evening.", VAGUE, "monitor Ella's phone", False),
    ("worry", "Mum does not monitor Eden's moods and Eden (14) cut her arm on 3 May.", VAGUE,
     "monitor Eden's moods", False),
]

CASES = PROVOKED_CHILD + HURT_ADULT + SEEMING + HEARSAY + MONITORING


@pytest.mark.parametrize("kind,text,code,words,fires", CASES)
def test_round40_word_classes(engine, kind, text, code, words, fires):
    check_word_class(engine, kind, text, code, words, fires)


def test_each_class_has_firing_cases_and_near_misses():
    for cases in (PROVOKED_CHILD, HURT_ADULT, SEEMING, HEARSAY, MONITORING):
        assert sum(c[4] for c in cases) >= 3
        assert sum(not c[4] for c in cases) >= 3
