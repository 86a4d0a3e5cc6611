"""Round 24 (words24b): word faults of the jargon, vague and absence-of-harm kinds still missed on
fresh sets, each class named in general terms, with wordings of our own and near misses that must
stay silent. Each case: (kind, text, codes, words, fires), as in test_words19.py."""
from __future__ import annotations

import pytest

from word_classes import check_word_class

ABSENT = ("SOS512",)
JARGON = ("SOS101", "SOS102", "SOS103", "SOS104")

# C1. A goal that promises a trouble state will not come about: a linking verb with a trouble word
# ("go missing", "become violent", "be homeless", "get drunk"), "involved in" an offence, losing
# one's temper or control; said with "not", "never" or "no longer", looking ahead.
ABSENCE = [
    ("goal", "Kayla will not go missing from the children's home again.", ABSENT, "will not go missing", True),
    ("goal", "Tom will be at school every day and will never go missing overnight.", ABSENT, "never go missing", True),
    ("goal", "Jayden and Rosie will no longer be homeless by the spring.", ABSENT, "no longer be homeless", True),
    ("goal", "Dad will not get drunk at weekends.", ABSENT, "will not get drunk", True),
    ("goal", "Stepdad must not become violent towards Mum in front of the girls.", ABSENT,
     "must not become violent", True),
    ("goal", "Callum (13) will not be involved in shoplifting with his cousins.", ABSENT,
     "will not be involved in shoplifting", True),
    ("goal", "Ezra will never be involved in fights outside the chip shop.", ABSENT, "never be involved in fights", True),
    ("goal", "Grandad will stay calm and not lose his temper with the baby.", ABSENT, "not lose his temper", True),
    # Near misses: the same words as a condition, in the if-nothing-changes sentence, positive, of a
    # thing; a "not" about an everyday matter; "involved in" something harmless; a "will not" with
    # the arrangement in its own sentence.
    ("goal", "If Kayla goes missing, Nan will ring 101 and drive round to Leah's house.", ABSENT, "goes missing",
     False),
    ("goal", "Mum will walk Kayla to the bus at 8. If this does not happen, Kayla could go missing again.",
     ABSENT, "go missing", False),
    ("goal", "Dad will find the missing front door key and give a copy to Nan.", ABSENT, "missing", False),
    ("goal", "Dad will not be late for the Saturday visits; Nan will drop him at the centre at 10.", ABSENT,
     "will not be late", False),
    ("goal", "Mum will not be involved in the handover; Nan will do it at the school gate at 3.", ABSENT,
     "involved in the handover", False),
    ("goal", "Kayla will not go missing: Mum will collect her from college at 4pm every day.", ABSENT,
     "will not go missing", False),
]

# C2. Service nouns for care and carers, and people named as a category by their sex: "package of
# care", "kinship carer", "approved adult", "older males", "young females"; in each form.
SERVICE_NOUNS = [
    ("worry", "Gran has dementia and has refused a package of care.", JARGON, "package of care", True),
    ("goal", "The council will set up packages of care for both grandparents.", JARGON, "packages of care", True),
    ("worry", "Aunt Bea is kinship carer for Noah (3).", JARGON, "kinship carer", True),
    ("worry", "The kinship carers told the school they were exhausted.", JARGON, "kinship carers", True),
    ("goal", "Milo will only see Dad with an approved adult present.", JARGON, "approved adult", True),
    ("worry", "Jess (14) has been seen getting into cars with older males.", JARGON, "older males", True),
    ("worry", "Police think the man is in contact with other young females.", JARGON, "young females", True),
    # Near misses: the adjective "male"/"female", a foster carer's job, care said plainly.
    ("worry", "A male nurse saw Noah at A&E and his male cousins were in the waiting room.", JARGON, "male", False),
    ("worry", "The female officer spoke to Jess on her own.", JARGON, "female", False),
    ("worry", "Noah's foster carer, Sue, took him to the dentist.", JARGON, "foster carer", False),
    ("goal", "A carer will come at 8am and 6pm to help Gran get washed and dressed.", JARGON, "carer", False),
    ("goal", "Dad will ask Auntie Joy, whom Mum has agreed to, to be there at every visit.", JARGON, "agreed", False),
]

VAGUE = ("SOS302",)

# C3. "needs" in the to-infinitive goal style, with a passive verb below it that says they will be
# met, prioritised or addressed, and nothing says which needs or who will do what.
NEEDS = [
    ("goal", "Tyler's needs as a young carer to be met.", VAGUE, "needs as a young carer to be met", True),
    ("goal", "The twins' emotional and health needs to be prioritised.", VAGUE, "needs to be prioritised", True),
    ("goal", "Bella's educational needs to be addressed by September.", VAGUE, "needs to be addressed", True),
    ("goal", "All of the children's needs to be recognised at home.", VAGUE, "needs to be recognised", True),
    ("goal", "Ruby's medical needs to be understood.", VAGUE, "needs to be understood", True),
    # Near misses: the verb "needs", needs named after a colon, the doer named, a plain "need".
    ("goal", "Tyler needs to be collected from school at 3.15 by Nan.", VAGUE, "needs to be collected", False),
    ("goal", "Bella needs to be fed and changed by a calm adult every three hours.", VAGUE, "needs", False),
    ("goal", "Tyler's needs as a young carer to be met by Nan doing the shopping every Saturday.", VAGUE,
     "needs as a young carer to be met", False),
    ("goal", "Ruby's medical needs to be written on one page by Mum and given to the school.", VAGUE,
     "needs to be written", False),
    ("goal", "Dad to phone the school when Ruby needs to be picked up early.", VAGUE, "needs to be picked up", False),
    ("goal", "Mum and Tyler need to be at the surgery at 9 on Monday.", VAGUE, "need", False),
]

# C4. An adult said to struggle, with only a domain ("with routines", "with money") or an adverb of
# domain ("financially") after it, or finding things "a struggle": not what happens.
STRUGGLE = [
    ("worry", "Dad struggles with routines and the children are often late.", VAGUE, "struggles with routines", True),
    ("worry", "The family are struggling financially since Mum lost her job.", VAGUE, "struggling financially", True),
    ("worry", "Mum has been struggling with money and with the house.", VAGUE, "struggling with money", True),
    ("worry", "Grandad finds everyday jobs a struggle.", VAGUE, "struggle", True),
    ("worry", "Ms Obi is struggling emotionally after the fire.", VAGUE, "struggling emotionally", True),
    # Near misses: a struggle to do something named, the child's own difficulty, things that struggle,
    # a condition, a bare "struggling" in the future sentence.
    ("worry", "Dad struggles to get Leo up for school and he has been late 12 times.", VAGUE, "struggles", False),
    ("worry", "Leo struggles with reading and is two years behind his class.", VAGUE, "struggles with reading", False),
    ("worry", "The old boiler struggles with the cold, so the flat is 12 degrees.", VAGUE, "struggles", False),
    ("goal", "If Mum struggles with the bills, she will ring Nan and the money advice line that day.", VAGUE,
     "struggles with the bills", False),
    ("worry", "If nobody notices when Amir is struggling, he could hurt himself again.", VAGUE, "struggling", False),
]

# C5. Vague time, change and attainment (lexicon families): a time with no end ("until further
# notice"), a length said by its size ("a significant period"), change said not to have come
# ("without improvement"), attainment against "potential", a health figure as a "range", and a
# state of mind to "improve" ("improve her understanding").
MEASURES = [
    ("goal", "Nan will supervise every visit until further notice.", VAGUE, "until further notice", True),
    ("goal", "Sam will stay with his aunt for the foreseeable future.", VAGUE, "for the foreseeable future", True),
    ("worry", "Kit (2) was left alone in the bath for a considerable length of time.", VAGUE,
     "considerable length of time", True),
    ("worry", "The flat has been inspected three times with no improvement.", VAGUE, "no improvement", True),
    ("worry", "Zara is not fulfilling her potential at college.", VAGUE, "fulfilling her potential", True),
    ("goal", "Amir's blood pressure will come down to the normal range.", VAGUE, "normal range", True),
    ("goal", "Dad will go to the course to improve his awareness of how drink affects the boys.", VAGUE,
     "improve his awareness", True),
    ("goal", "Mum will keep the kitchen free of hazards.", VAGUE, "free of hazards", True),
    # Near misses: a date, a length in hours, change named, a skill named, a figure given, a thing
    # improved that anyone can see.
    ("goal", "Nan will supervise every visit until the court hearing on 3 June.", VAGUE, "until the court hearing",
     False),
    ("worry", "Kit (2) was left alone in the bath for 40 minutes while Mum was downstairs.", VAGUE, "40 minutes",
     False),
    ("worry", "Since May the kitchen has been cleaned every day and there is food in the fridge.", VAGUE,
     "cleaned every day", False),
    ("worry", "Zara has not handed in any coursework since Christmas.", VAGUE, "handed in", False),
    ("goal", "Amir's blood sugar will stay between 4 and 7, and Dad will check it before every meal.", VAGUE,
     "between 4 and 7", False),
    ("goal", "Dad will fix the lock on the back gate by Friday.", VAGUE, "fix the lock", False),
    ("goal", "Mum will put the bleach on the top shelf and a gate at the top of the stairs.", VAGUE, "gate", False),
]

# C6. Official verbs and phrases with a plain swap (SOS104, a hint) and a term of record for an adult
# ("vulnerable adult"), in their inflected forms.
OFFICIAL = [
    ("worry", "The family relocated to a caravan in Skegness in March.", ("SOS104",), "relocated", True),
    ("worry", "Mum is relocating to Leeds with the boys next month.", ("SOS104",), "relocating", True),
    ("goal", "Visits will revert to the contact centre if Dad misses two in a row.", ("SOS104",), "revert to", True),
    ("worry", "Dad stole tools to the value of £900 from his employer.", ("SOS104",), "to the value of", True),
    ("goal", "Jade (12) to be relieved of looking after her brothers at night.", ("SOS104",), "relieved of", True),
    ("worry", "Gran is a vulnerable adult and the lodger takes her pension.", JARGON, "vulnerable adult", True),
    # Near misses: the plain words, a feeling of relief, a value given plainly, "vulnerable" alone.
    ("worry", "The family moved to a caravan in Skegness in March.", ("SOS104",), "moved", False),
    ("worry", "Mum was relieved when Jade came home at 10.", ("SOS104",), "relieved", False),
    ("worry", "Dad stole tools worth £900 from his employer.", ("SOS104",), "worth", False),
    ("goal", "Visits will go back to the contact centre if Dad misses two in a row.", ("SOS104",), "go back", False),
    ("worry", "The adult who lives upstairs, Gary, takes Gran's pension every Monday.", JARGON, "adult", False),
]

# C7. A goal's how-often or how-soon word with no figure in its sentence ("regular contact", "timely
# medical attention"), and a plan or provision said to be "in place" as the outcome.
UNMEASURED = [
    ("goal", "Dad will keep in regular contact with the school about Leo.", VAGUE, "regular contact", True),
    ("goal", "Mum to make sure Ayo gets regular exercise.", VAGUE, "regular exercise", True),
    ("goal", "Nan and Dad will get prompt medical help for any burns Poppy (3) has.", VAGUE,
     "prompt medical help", True),
    ("goal", "The carers will give Finn timely reminders about his tablets.", VAGUE, "timely reminders", True),
    ("goal", "Mr Hale will have a support plan in place and Lily will be happy.", VAGUE, "in place", True),
    ("goal", "Crisis plan to be in place.", VAGUE, "to be in place", True),
    # Near misses: a figure in the sentence, the usual person ("her regular GP"), a plan as the time
    # of something, "stay in place" for how long, a plan whose content follows, and the plan's name.
    ("goal", "Dad will ring Leo every Sunday at 6 and keep in regular contact with the school.", VAGUE,
     "regular contact", False),
    ("goal", "Mum will take Ayo to her regular GP on Monday 4 March.", VAGUE, "regular GP", False),
    ("goal", "Gary will not come to the flat while the plan is in place.", VAGUE, "in place", False),
    ("goal", "The bolt on the back door needs to stay in place for the next year.", VAGUE, "in place", False),
    ("goal", "A plan will be in place which says Nan will collect Lily at 3 every day.", VAGUE, "in place", False),
    ("goal", "Crisis plan to be in place.", VAGUE, "Crisis plan", False),
]

# C8. A worry said to have been raised, noted or shared with nobody named as holding it (SOS302), and
# the letter-writer's "re" for "about" (SOS104).
UNHELD = [
    ("worry", "Concerns raised re the state of the kitchen after the health visitor's call.", VAGUE,
     "Concerns raised", True),
    ("worry", "Worries were raised about Leo's weight at his two-year check.", VAGUE, "Worries were raised", True),
    ("worry", "Worries have been shared about Ada sleeping in Dad's bed.", VAGUE, "Worries have been shared", True),
    ("worry", "Mum rang the office re Leo's school place.", ("SOS104",), "re", True),
    ("worry", "Worries noted re Ada's bruises by the nursery.", ("SOS104",), "re", True),
    # Near misses: the holder named, a person raising a worry, "re-" as a prefix, "RE" the school
    # subject, "'re" for "are".
    ("worry", "Worries were raised by Leo's teacher when he came in hungry.", VAGUE, "Worries were raised", False),
    ("worry", "Mum raised worries with the GP about Leo's cough.", VAGUE, "raised worries", False),
    ("worry", "The school re-referred Ada after she came in with a bruise.", ("SOS104",), "re", False),
    ("worry", "Ada cried in her RE lesson on Monday.", ("SOS104",), "RE", False),
    ("worry", "\"We're fine,\" Dad told the nurse, but Ada had not eaten.", ("SOS104",), "'re", False),
]

CASES = ABSENCE + SERVICE_NOUNS + NEEDS + STRUGGLE + MEASURES + OFFICIAL + UNMEASURED + UNHELD


@pytest.mark.parametrize("kind,text,code,words,fires", CASES)
def test_word_class(engine, kind, text, code, words, fires):
    check_word_class(engine, kind, text, code, words, fires)


def test_each_class_has_wordings_that_fire_and_near_misses():
    for cases in (ABSENCE, SERVICE_NOUNS, NEEDS, STRUGGLE, MEASURES, OFFICIAL, UNMEASURED, UNHELD):
        assert sum(fires for *_, fires in cases) >= 5
        assert sum(not fires for *_, fires in cases) >= 5
