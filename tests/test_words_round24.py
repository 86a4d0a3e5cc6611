"""Round 24 (words24): victim blaming, guesses and judgements still missed on fresh statements, each
class named in general terms (sos_lint/checks/words24.py), with wordings of our own and near misses
that must stay clean. Each case: (kind, text, code, words, fires), as in test_words19.py."""
from __future__ import annotations

import pytest

from word_classes import check_word_class

BLAME = ("SOS306",)
GUESS = ("SOS304", "SOS305")
JUDGED = ("SOS301", "SOS304", "SOS305")

# C1. The harmed person set the task of parting from those who harm them: a child being exploited
# or abused, or a mother an adult hurts, told to end, stop, cease or leave a relationship or
# contact, to stop seeing someone, or to disengage from people or activity.
PARTING = [
    ("goal", "Older men have been grooming Tia (14) with vodka and lifts. Tia will stop seeing Callum and the men "
     "at the garages.", BLAME, "stop seeing Callum", True),
    ("goal", "Jordan (15) has been groomed to carry drugs to Hull. Jordan will disengage from the dealers "
     "who have been using him.", BLAME, "disengage from the dealers", True),
    ("goal", "Mia (15) is being sexually exploited by an adult she met online. Mia needs to end the "
     "relationship with him.", BLAME, "end the relationship", True),
    ("goal", "Dean punched Mum in the face in March. Mum will end her relationship with Dean by the end of "
     "the month.", BLAME, "end her relationship", True),
    ("goal", "Mr Cole has strangled Ms Price twice this year. Ms Price must cease all contact with Mr Cole.",
     BLAME, "cease all contact", True),
    ("goal", "Kyle (16) has been found in a trap house twice. Kyle will cut ties with the gang he owes "
     "money to.", BLAME, "cut ties with the gang", True),
    ("goal", "Amber (13) has gone missing six times and is being groomed. Amber is to break off contact "
     "with the men she meets in the park.", BLAME, "break off contact", True),
    ("worry", "Gary has hit Mum many times in front of the children, and Mum needs to stop seeing him.",
     BLAME, "stop seeing him", True),
    ("goal", "Sam (15) is being exploited by older boys who say he owes them. Sam will withdraw from the group who sell "
     "cannabis on the estate.", BLAME, "withdraw from the group", True),
    ("goal", "Dad has been violent to Mum. Mum should end things with him and stop contacting him.",
     BLAME, "stop contacting him", True),
    ("goal", "Lee has punched Mum twice. Mum will make a safety plan and end her relationship with Lee.",
     BLAME, "end her relationship", True),
    ("goal", "Older men have been grooming Tia (14). The men told Tia to stop seeing her mum.", BLAME,
     "stop seeing her mum", False),
    # Near misses: the adults' own task, a thing already done, the child's own friends or family,
    # someone else's say, and a child kept from the wrong kind of thing in a statement about no harm.
    ("goal", "Dean punched Mum in March. Dean will stop contacting Mum and will end all contact with the "
     "children until the course is done.", BLAME, "end all contact", False),
    ("worry", "Dean punched Mum in March. Mum ended the relationship with Dean in May, and he has turned up "
     "twice since.", BLAME, "ended the relationship", False),
    ("goal", "Tia (14) is being groomed by older men. Tia will keep seeing her friend Jade after school and "
     "Mum will drive her home.", BLAME, "seeing her friend Jade", False),
    ("goal", "Mum, you have kept Rio safe since Dad left. The school knows not to let Rio leave with him.",
     BLAME, "leave with him", False),
    ("goal", "Leo (9) will stop playing on the Xbox after 8pm on school nights.", BLAME, "stop playing", False),
    ("goal", "Older men have been grooming Tia (14). The police will stop the men contacting Tia and Mum "
     "will end the contract for Tia's old phone.", BLAME, "end the contract", False),
]

# C2. The same person set the task of making better "choices" or "decisions".
CHOICES = [
    ("goal", "Poppy (15) has been sexually exploited by older males. Poppy will make safer decisions about "
     "who she gets into cars with.", BLAME, "make safer decisions", True),
    ("goal", "Dad has hit Mum twice this year. Mum will make better choices about her relationships.",
     BLAME, "make better choices", True),
    ("goal", "Connor (14) has been found carrying drugs for a gang. Connor will make positive choices "
     "about his friends.", BLAME, "make positive choices", True),
    ("worry", "Amira (13) has been groomed online, and she needs to make wiser choices on her phone.",
     BLAME, "make wiser choices", True),
    # Near misses: a kind of choice named, an adult with no harm in sight, and a parent who hurts.
    ("goal", "Mum will make healthy food choices for Leo (6) and cook with him on Sundays.", BLAME,
     "make healthy food choices", False),
    ("goal", "Leo (8) will make his own choices about which club to join, with Dad's help.", BLAME,
     "make his own choices", False),
]

# C3. A parent blamed for what an abuser was let do: allowing him contact, visits or to find her,
# or allowing the harm to go on. A parent keeping him out, and a child let do ordinary things, are
# left alone.
ALLOWING = [
    ("worry", "Mr Dunn has broken Mum's arm. Mum continues to allow Mr Dunn to see the children at "
     "weekends.", BLAME, "allow Mr Dunn to see", True),
    ("worry", "Rosa (9) told her teacher that her uncle sexually abused her. Her mother allowed the visits to "
     "carry on after that.", BLAME, "allowed the visits to carry on", True),
    ("goal", "Dad has hit Mum many times. Mum needs to stop letting Dad know where she is living.",
     BLAME, "stop letting Dad know", True),
    ("worry", "Dad punched Mum in May, and Mum has permitted Dad to have contact with Ava since.", BLAME,
     "permitted Dad to have contact", True),
    # Near misses: keeping him out, a past stop, a child let do ordinary things, no harm at all.
    ("worry", "Dad punched Mum in May. Mum will not allow him to see the children.", BLAME,
     "allow him to see", False),
    ("worry", "Dad punched Mum in May. Mum stopped letting him visit in June.", BLAME, "letting him visit", False),
    ("worry", "Dad punched Mum in May. Mum lets Ava play out on the green until tea time.", BLAME,
     "lets Ava play out", False),
    ("worry", "Mum allows Grandad to pick Leo up from school on Fridays.", BLAME, "allows Grandad", False),
    ("goal", "Kai (15) is being exploited by a gang. Mum will allow the police to search his room.", BLAME,
     "allow the police to search", False),
    ("worry", "Ella (13) told us Mum's friend asks her for photos. Mum has let him stay over.", BLAME,
     "let him stay", False),
]

# C4. A finding said to fit a cause, wherever the words hang. Said of a person, it is praise.
FITTING = [
    ("worry", "Ruby (4) had two round marks on her calf consistent with a cigarette burn.", GUESS,
     "consistent with a cigarette burn", True),
    ("worry", "There was swelling to Jay's cheek, in keeping with a punch.", GUESS, "in keeping with a punch",
     True),
    ("worry", "Ali (7) wets the bed and has nightmares, signs indicative of trauma.", GUESS,
     "indicative of trauma", True),
    ("worry", "Noah has a bruise on his back typical of a grab.", GUESS, "typical of a grab", True),
    ("worry", "Kofi (6) came to nursery with bruising on his arm consistent with a belt.", GUESS,
     "consistent with a belt", True),
    # Near misses: a person consistent with a routine; nothing fitted to a cause.
    ("worry", "Mum has been consistent with Leo's bedtimes since March, and Leo is sleeping.", GUESS,
     "consistent with", False),
    ("goal", "Dad will be consistent with the rules he and Leo wrote together.", GUESS, "consistent with", False),
    ("worry", "Nan keeps the children's bedtimes consistent with what the school asked, and they are rested.",
     GUESS, "consistent with", False),
]

# C5. Certainty claimed with an empty "it". Honest doubt is left alone, and so is a certainty that
# gives its ground.
CERTAIN = [
    ("worry", "It is obvious Mum has been drinking again.", GUESS, "It is obvious", True),
    ("worry", "It is clear the children are scared of Dad.", GUESS, "It is clear", True),
    ("worry", "It is highly probable Leo has seen the fights.", GUESS, "It is highly probable", True),
    ("worry", "It was evident Grace had not eaten for days.", GUESS, "It was evident", True),
    # Near misses: doubt said as such; the ground given.
    ("worry", "It is not clear whether Leo saw Dad hit Mum.", GUESS, "It is not clear", False),
    ("worry", "It is unclear who hurt Ruby.", GUESS, "It is unclear", False),
    ("worry", "It was clear from what Leo told his teacher on Monday that he saw Dad hit Mum.", GUESS,
     "It was clear", False),
]

# C6. A parent's omission written as their choice: a verdict on their mind. An abuser's chosen act
# and a parent's choice not to do a harm are left alone, as is a child's choice (C1's to read).
CHOSEN = [
    ("worry", "Mum saw the bruises and chose to ignore them.", JUDGED, "chose to ignore them", True),
    ("worry", "Dad has decided not to follow the health visitor's advice about safe sleep.", JUDGED,
     "decided not to follow", True),
    ("worry", "The school told the parents about the head lice, but they have chosen to overlook it.",
     JUDGED, "chosen to overlook it", True),
    ("worry", "Nan is choosing to turn a blind eye to what her son does to the children.", JUDGED,
     "choosing to turn a blind eye", True),
    ("worry", "Mr Lowe elected not to take Ben to his hospital appointments.", JUDGED,
     "elected not to take", True),
    # Near misses.
    ("worry", "Dad chose to hit Mum in front of Leo (4).", JUDGED, "chose to hit", False),
    ("worry", "Mum chose not to drink at the party and drove the children home.", JUDGED, "chose not to drink",
     False),
    ("worry", "Mum decided to follow the health visitor's advice and bought a new cot.", JUDGED,
     "decided to follow", False),
]

# C7. An adult's health named as a thing (SOS301): a condition owned by an adult ("Dad's illness",
# "her PTSD symptoms") or told in the file's words ("has a diagnosis of", "a history of"). What the
# adult does about it, a child's own condition, the adult's own account, and a condition told with
# what it means in the same breath are left alone.
LABEL = ("SOS301", "SOS305")
CONDITION = [
    ("goal", "Mum will get on top of her anxiety disorder so that Leo (6) can go to nursery.", LABEL,
     "her anxiety disorder", True),
    ("worry", "Dad's illness means the house is not being kept clean.", LABEL, "Dad's illness", True),
    ("worry", "Mrs Shah has a diagnosis of fibromyalgia, and Amir (11) does the washing.", LABEL,
     "a diagnosis of fibromyalgia", True),
    ("worry", "Ruby (8) lives with her father, who has a long history of psychiatric illness.", LABEL,
     "history of psychiatric illness", True),
    ("goal", "Mother's condition will not stop Kayla (5) getting to school each day.", LABEL,
     "Mother's condition", True),
    # Near misses.
    ("worry", "Mum takes tablets for her illness every morning and sleeps until noon, so Jo (6) misses "
     "breakfast.", LABEL, "her illness", False),
    ("worry", "Leo (7) has a diagnosis of autism and cannot bear loud noise.", LABEL, "diagnosis of autism", False),
    ("worry", "Mum told the health visitor she is frightened of passing her illness on to Fern.", LABEL,
     "her illness", False),
    ("worry", "Mum has a learning disability and has told us the numbers on the formula tin are hard to "
     "follow.", LABEL, "a learning disability", False),
]

# Near misses for C4 in a goal: a standard to keep, not a finding.
FITTING += [
    ("goal", "Mum will keep Ava's bedtime consistent with the plan Nan wrote, and Nan will check on Sundays.",
     GUESS, "consistent with", False),
]

CLASSES = (PARTING, CHOICES, ALLOWING, FITTING, CERTAIN, CHOSEN, CONDITION)
CASES = [case for cases in CLASSES for case in cases]


@pytest.mark.parametrize("kind,text,code,words,fires", CASES)
def test_word_class(engine, kind, text, code, words, fires):
    check_word_class(engine, kind, text, code, words, fires)


def test_each_class_has_wordings_that_fire_and_near_misses():
    for cases in CLASSES:
        assert sum(fires for *_, fires in cases) >= 4
        assert sum(not fires for *_, fires in cases) >= 2


# The rewrite (sos_lint/rewrite/questions.py, _fitting_cause): a C4 guess after the words that say
# what was seen is not carried into the rewrite; what was seen stays and the fitting becomes the
# question of who thinks so.
@pytest.mark.parametrize("text, seen, cause", [
    ("Kofi (6) came to nursery with bruising on his arm consistent with a belt.", "bruising on his arm", "a belt"),
    ("There was swelling to Jay's cheek, in keeping with a punch.", "swelling to Jay's cheek", "a punch"),
])
def test_rewrite_asks_who_thinks_the_cause(engine, text, seen, cause):
    from sos_lint.rewrite import word_level_and_full

    _, full = word_level_and_full([text], ["worry"], engine=engine)
    written = full[0].text
    assert seen in written
    assert "consistent with" not in written and "in keeping with" not in written
    assert f"Who thinks it was caused by {cause}" in written
