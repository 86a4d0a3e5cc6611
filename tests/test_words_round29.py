"""Round 29 (words29): word faults still missed on fresh statements, each class named in general
terms (sos_lint/checks/words29.py), with wordings of our own and near misses that must stay clean.
Each case: (kind, text, code, words, fires), as in test_words_round28.py."""
from __future__ import annotations

import pytest

from word_classes import check_word_class

from sos_lint.api import engine as shared_engine


@pytest.fixture(scope="module")
def nlp():
    return shared_engine().nlp

LABEL = ("SOS301", "SOS305")
VAGUE = ("SOS302",)

# C1. A label stays a label when the only "act" beside it says nothing an adult was seen to do: a
# participle done to the adult ("when challenged"), a guessed act ("is probably still drinking"), a
# verb that only carries the label ("to stop the financial abuse"), or a state (living somewhere,
# holding a view). Labels of the word list are caught whichever label it is.
LABEL_NOT_EXPLAINED = [
    ("worry", "Noah (8) has missed school on nine Mondays this term. Dad can be aggressive when "
     "questioned about where the money goes.", LABEL, "aggressive", True),
    ("worry", "Poppy (3) was found alone in the flat on 6 May. Mum is a known cannabis user and is "
     "probably still smoking most days.", LABEL, "cannabis user", True),
    ("goal", "Dad to put an end to the domestic abuse and the financial abuse by June.",
     LABEL, "financial abuse", True),
    ("worry", "Lily (9) told her teacher she is scared at home. Her stepdad has been radicalised online "
     "and holds extreme views.", LABEL, "radicalised", True),
    ("worry", "Zara (6) stays with her father every other weekend. He has convictions for offences of "
     "violence and now lives at his mother's flat.", LABEL, "offences of violence", True),
    # near misses: the adult's own deed said beside the label (a deed in its own clause, a deed done
    # through an adverbial, a deed told in the perfect: a participle with its own auxiliary)
    ("worry", "Noah (8) has missed school on nine Mondays this term. Dad can be aggressive and on "
     "Friday he threw a chair at Mum when she asked about the money.", LABEL, "aggressive", False),
    ("worry", "Poppy (3) was found alone in the flat on 6 May. Mum stopped taking her tablets for "
     "bipolar disorder in April and left Poppy alone while she went to the shop.",
     LABEL, "bipolar disorder", False),
    ("worry", "Zara (6) stays with her father every other weekend. Her father has convictions for "
     "offences of violence and punched Zara's mum on 3 May.", LABEL, "offences of violence", False),
    ("worry", "Noah (8) has missed school on nine Mondays this term. Dad can be aggressive and has "
     "kicked the front door in twice this month.", LABEL, "aggressive", False),
]

# C2. A vague noun ("incidents", "concerns") says nothing of what happened, however many deeds the
# sentence holds, unless a clause of its own says what it was.
VAGUE_NOUN = [
    ("worry", "Mum has let Dad move back in despite several incidents and keeps taking Max (4) to "
     "see him.", VAGUE, "incidents", True),
    ("goal", "Nan will ring the social worker about any concerns and will collect Ruby from school "
     "every Friday.", VAGUE, "concerns", True),
    ("goal", "The dog will be kept in the garden and rehomed if there are further incidents.",
     VAGUE, "incidents", True),
    # near misses: the noun's own clause says what it was, or a clause hung on the noun's clause
    # ("when…", "because…"); a job title; the verb "support" with how
    ("worry", "There have been two incidents this year when Dad hit Mum while Max (4) watched.",
     VAGUE, "incidents", False),
    ("worry", "Nan shared her concerns with the school because Dad shouted at Max (4) and pushed him on "
     "Friday.", VAGUE, "concerns", False),
    ("worry", "Mum has let Dad move back in despite three incidents in which he hit her in front "
     "of Max (4).", VAGUE, "incidents", False),
    ("goal", "Nan and the family support worker will meet Mum every Monday and go through Ruby's "
     "food diary.", VAGUE, "support", False),
    ("goal", "Aunt Jo will support Mum by taking Ruby to school every Tuesday and Thursday.",
     VAGUE, "support", False),
]

# C3. A child's own act explains no word about the adults, also when the child's name is a word
# the short name list does not hold ("Hope", "Joy"): the people analysis reads who the child is.
CHILDS_OWN_ACT = [
    ("worry", "The school is worried about Hope in Year 9. Hope is very vulnerable and keeps sending photos "
     "to people she has met online.", VAGUE, "vulnerable", True),
    ("worry", "Police found Joy at a party with adults on 2 May. Joy is very vulnerable and keeps running "
     "away from her foster home.", VAGUE, "vulnerable", True),
    ("worry", "Hunter (15) is vulnerable and goes to the skate park with the older boys every night.",
     VAGUE, "vulnerable", True),
    # near misses: an adult's own act beside the word; an adult's state with its cause; the child's
    # words quoted
    ("worry", "Joy (13) has been missing three times. Mum is vulnerable and on Friday she let her ex-partner "
     "into the flat while Joy was asleep.", VAGUE, "vulnerable", False),
    ("worry", "Joy (13) has been missing three times since May. Nan is vulnerable after her stroke and "
     "cannot go out to look for Joy.", VAGUE, "vulnerable", False),
    ("worry", "Joy (13) has been missing three times since May. Joy told her teacher, \"I feel vulnerable "
     "when they come round.\"", VAGUE, "vulnerable", False),
]

# C4. A role set beside a named person names that person's job, whatever its last word ("adviser",
# "caseworker"): a label inside it is part of the name. A label that is the person ("Dean, a heroin
# user") and the same label elsewhere in the sentence are still labels.
ROLE_BESIDE_NAME = [
    ("worry", "Mum and Dean have been arguing since May. Dean, a heroin user, moved in with them in June.",
     LABEL, "heroin user", True),
    ("worry", "Sita Rao, the domestic abuse adviser, is worried because there has been domestic abuse in "
     "the home since May.", LABEL, "domestic abuse in", True),
    ("worry", "Kai (4) has been seen with bruises twice. Gail Hope, the substance misuse adviser, says "
     "Dad has a substance misuse problem.", LABEL, "a substance misuse problem", True),
    # near misses: the role beside a name
    ("worry", "PC Nash and Sita Rao, the independent domestic violence adviser, are worried about what "
     "Kai (4) and Mo (2) hear at night.", LABEL, "domestic violence", False),
    ("goal", "Mum, Sita Rao, your domestic abuse adviser, will ring you every Monday, and you will keep "
     "the doors locked after dark.", LABEL, "domestic abuse", False),
    ("worry", "Kai (4) has been seen with bruises twice. Gail Hope, the substance misuse adviser, saw "
     "Dad drop Kai at nursery on 3 May.", LABEL, "substance misuse", False),
]

JUDGEMENT = ("SOS305", "SOS306")  # a verdict, or the blame it is where the word list says so ("manipulative")

# C5. A child put in a kind by a verdict: a child as the subject of "be" with a noun after it that a
# judging adjective describes ("a difficult boy", "a defiant young person"). The adjectives are the
# ones the rules already hold as verdicts; a new noun ("lad", "pupil") is caught without a list.
CHILD_CHARACTER = [
    ("worry", "Noah (10) can be a difficult lad and he was sent home from school twice in May.",
     JUDGEMENT, "difficult lad", True),
    ("worry", "Ava (13) is a manipulative girl according to her form tutor, and Mum has stopped "
     "collecting her from school.", JUDGEMENT, "manipulative girl", True),
    ("worry", "Mason (8) is a disruptive pupil and Dad has been called into school four times this "
     "term.", JUDGEMENT, "disruptive pupil", True),
    # near misses: a kind word; a hard time, not a kind of child; an adult; someone's words reported
    ("worry", "Noah (10) is a bright lad who loves football, and Dad has missed his last four "
     "matches.", JUDGEMENT, "bright lad", False),
    ("worry", "Noah (10) has had a difficult year since Mum went into hospital in March.",
     JUDGEMENT, "difficult year", False),
    ("worry", "Noah (10) told his teacher that Dad hit him on Friday. Dad says Noah is a difficult "
     "lad.", JUDGEMENT, "difficult lad", False),
]

GUESS = ("SOS304", "SOS305")

# C6. An inference told as fact with "must": in a worry, "must" before a progressive ("must be
# drinking") or a perfect ("must have left") is the writer's conclusion. Read from the frame, so a
# new verb needs no list.
INFERRED = [
    ("worry", "Mum smelt of alcohol at the school gate on 4 and 11 March. She must be drinking in the "
     "mornings too.", GUESS, "must be drinking", True),
    ("worry", "Ellie (2) had a burn on her hand on Monday. Dad must have left the iron on the floor.",
     GUESS, "must have left", True),
    ("worry", "Sam (6) was found asleep in the car on 2 May. Mum must be going out at night.",
     GUESS, "must be going", True),
    # near misses: a goal asking for something; "must be" with a state; someone's words reported;
    # quoted; the reason given in the sentence
    ("goal", "Dad must have finished the course by June, and he will collect Sam from school every "
     "Friday.", GUESS, "must have finished", False),
    ("worry", "Sam (6) was found asleep in the car on 2 May. Nan says Mum must be going out at night.",
     GUESS, "must be going", False),
    ("worry", "Sam (6) was found asleep in the car on 2 May. Sam said, \"Mum must be going out.\"",
     GUESS, "must be going", False),
    ("worry", "Ellie (2) had a burn on her hand on Monday. She cannot reach the ironing board, so an "
     "adult must have left the iron on the floor.", GUESS, "must have left", False),
]

CLASSES = (LABEL_NOT_EXPLAINED, VAGUE_NOUN, CHILDS_OWN_ACT, ROLE_BESIDE_NAME, CHILD_CHARACTER, INFERRED)


@pytest.mark.parametrize("kind, text, code, words, fires", [case for cases in CLASSES for case in cases])
def test_round29_word_classes(engine, kind, text, code, words, fires):
    check_word_class(engine, kind, text, code, words, fires)


def test_each_class_has_firing_cases_and_near_misses():
    for cases in CLASSES:
        assert sum(fires for *_, fires in cases) >= 3
        assert sum(not fires for *_, fires in cases) >= 3


def test_an_act_that_explains_nothing_is_read_from_the_parse(nlp):
    """The four kinds of act that explain nothing, read on the parse itself."""
    from sos_lint.checks import words29

    doc = nlp("Dad can be volatile when challenged about money.")
    challenged = next(t for t in doc if t.lower_ == "challenged")
    assert words29.explains_nothing(challenged, doc[3:4])
    doc = nlp("Dad hit Mum when she challenged him about money.")
    challenged = next(t for t in doc if t.lower_ == "challenged")
    assert not words29.explains_nothing(challenged, doc[0:1])
    doc = nlp("Connor holds far-right views.")
    assert words29.explains_nothing(doc[1], doc[0:1])
    doc = nlp("Connor holds his sister's hand.")
    assert not words29.explains_nothing(doc[1], doc[0:1])
