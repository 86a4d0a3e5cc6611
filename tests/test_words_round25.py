"""Round 25 (words25): word faults still missed on fresh statements, each class named in general
terms (sos_lint/checks/words25.py), with wordings of our own and near misses that must stay clean.
Each case: (kind, text, code, words, fires), as in test_words_round24.py."""
from __future__ import annotations

import pytest

from word_classes import check_word_class

BLAME = ("SOS306",)
JUDGED = ("SOS305",)
VAGUE = ("SOS302",)

# C1. How a parent met advice or a task, told as their attitude or effort: not receptive, open or
# responsive to advice or help; has not taken it on board; made no (or little) effort.
UNHEEDED = [
    ("worry", "The health visitor showed Mum how to make up Ava's bottles in May, and Mum was not receptive "
     "to advice. Ava (3 months) has lost weight.", JUDGED, "not receptive to advice", True),
    ("worry", "Dad is not open to support from the family hub and Leo (6) has missed 20 days of school.",
     JUDGED, "not open to support", True),
    ("worry", "The school nurse spoke to Mum twice about Kai's head lice, but Mum has not taken it on board. "
     "Kai (7) is teased at school.", JUDGED, "not taken it on board", True),
    ("worry", "Dad has made little effort to fix the broken window in Poppy's bedroom, and Poppy (4) sleeps "
     "in the cold.", JUDGED, "made little effort", True),
    ("worry", "Mum has made no attempt to register Theo (5) with a GP, and his asthma has not been checked.",
     JUDGED, "made no attempt", True),
    # near misses: said positively, a child's, a goal (compliance, SOS511's), a quote, "take" otherwise
    ("worry", "Mum has been open to advice from the health visitor, but Ava (3 months) has still lost weight "
     "because the bottles are made up too weak.", JUDGED, "open to advice", False),
    ("worry", "Dad made an effort to tidy the kitchen before the visit, but Poppy's (4) bedroom had no "
     "bedding.", JUDGED, "made an effort", False),
    ("worry", "Jade (15) was not receptive to advice from her teacher about the men in the car park, who "
     "have been giving her vodka.", JUDGED, "not receptive to advice", False),
    ("worry", "Mum told us, \"I have not taken it on board, I was too tired to listen,\" and Ava (3 months) "
     "has lost weight.", JUDGED, "not taken it on board", False),
    ("worry", "Dad has not taken Milo (6) to the dentist this year and Milo has two teeth that hurt.",
     JUDGED, "not taken Milo", False),
]

# C2. A harmed woman's staying told as her choice, with nothing said of whom she stays with, where
# the statement speaks of an adult hurting a partner.
CHOSEN_STAY = [
    ("worry", "Carl has punched Ms Hale in the face twice this year. Ms Hale was offered a place in a refuge "
     "but chose to stay, and Finn (5) hears the fights.", BLAME, "chose to stay", True),
    ("worry", "Dean is violent towards Mum and has strangled her. Mum has decided to remain, and Lily (8) is "
     "frightened at night.", BLAME, "decided to remain", True),
    ("worry", "Mr Shaw has been controlling and abusive to Mum for years. She opted to return in June, and "
     "Amir (3) has started wetting the bed.", BLAME, "opted to return", True),
    ("worry", "There has been domestic violence at home. Mum chose to stay and the children saw Dad push her "
     "into the door.", BLAME, "chose to stay", True),
    # near misses: a man's choice, a child's, a place named, a choice not to stay, no abuse spoken of
    ("worry", "Dad hit Mum in March. Dad chose to stay, and now Mum and Ruby (4) sleep at Nan's.",
     BLAME, "chose to stay", False),
    ("worry", "Dean has hit Mum twice. Mum chose to stay at her sister's with Ruby (4) until the injunction "
     "was granted.", BLAME, "chose to stay", False),
    ("worry", "Mum's partner has been violent to her. Mum chose not to stay and moved with Tom (6) to a "
     "refuge in Leeds.", BLAME, "chose not to stay", False),
    ("worry", "Mum's partner hit her in May. Mia (12) decided to stay with her friend that night and has "
     "not slept well since.", BLAME, "decided to stay", False),
    ("worry", "Mum was offered a bigger flat across town but chose to stay, and Leo (7) still shares a bed "
     "with his two brothers.", BLAME, "chose to stay", False),
]

# C3. A parent blamed for letting a man who harms into the home: allow/let him into (or in) a home,
# said as what she does or did.
LET_INTO_HOME = [
    ("worry", "Gary is under a non-molestation order after he assaulted Mum. Mum continues to allow him into "
     "the flat at weekends, and Ella (5) hides under the table.", BLAME, "continues to allow him into the flat", True),
    ("worry", "Mr Price has a history of domestic abuse towards Ms Lane. Ms Lane let Mr Price into the house "
     "on 2 May while Kian (2) was asleep.", BLAME, "let Mr Price into the house", True),
    ("worry", "Dad is violent to Mum and the police were called twice in March. Mum keeps letting him into "
     "the home when he has been drinking.", BLAME, "letting him into the home", True),
    ("worry", "There has been domestic violence between the parents. Mum allowed her ex-partner into the "
     "property on three evenings last week while Sami (6) was there.", BLAME, "allowed her ex-partner into the property", True),
    # near misses: keeping him out, a child let in, a professional let in, no harm spoken of
    ("worry", "Gary assaulted Mum in March. Since then Mum has not let him into the flat and rang the police "
     "when he came to the door.", BLAME, "let him into the flat", False),
    ("worry", "Dad has hit Mum in front of the children. Mum let Leo (6) into the house after school and went "
     "back to bed.", BLAME, "let Leo", False),
    ("worry", "Dad has been violent to Mum. Mum let the social worker into the flat on 3 June and showed her "
     "Ruby's room.", BLAME, "let the social worker into the flat", False),
    ("worry", "Mum let her brother into the house to fix the boiler, and Tia (2) played in the hall where he "
     "left his tools.", BLAME, "let her brother into the house", False),
]

# C4. A goal whose whole outcome is a feeling: "X will feel safe." standing alone.
BARE_FEELING = [
    ("goal", "Dad will go to the alcohol service every Tuesday. Rosa will feel safe.", VAGUE, "will feel safe", True),
    ("goal", "Mum will work with the family support worker. Otis (6) will feel safe and settled.", VAGUE,
     "will feel safe", True),
    ("goal", "Dad will engage with the probation service. Mum and the children will feel safe.", VAGUE,
     "will feel safe", True),
    ("goal", "Dad will not drink before he drives. Bea to feel safe.", VAGUE, "to feel safe", True),
    # near misses: the feeling beside what the child does, with its reason, in the house style's
    # opening, after "so that", in the child's own words
    ("goal", "Nan will sit with Rosa at bedtime. Rosa will read with Nan and feel safe.", VAGUE, "feel safe", False),
    ("goal", "Uncle Joe will stay every night. Rosa will feel safe because someone is always there.",
     VAGUE, "feel safe", False),
    ("goal", "Mum, you and Otis need Otis to feel safe. For this to happen, Nan will stay over on Fridays.",
     VAGUE, "feel safe", False),
    ("goal", "Dad will go out to the garage when he feels angry, so that Ella feels safe.", VAGUE, "feels safe", False),
    # after the adults' own deeds the feeling sums them up (goals18.state_summed_up, left as it was)
    ("goal", "Nan will collect Otis (6) from school every day and Mum will keep the front door locked. Otis will "
     "feel safe.", VAGUE, "feel safe", False),
    ("goal", "Ella told her teacher, \"I will feel safe when Dad stops shouting.\" Dad will go to the garage when "
     "he feels angry.", VAGUE, "feel safe", False),
]

# C5. An abstract thing set to get better in the "to" style of a goal: "X to improve", "X to be good
# enough / adequate", with nothing anyone will do or see.
TO_IMPROVE = [
    ("goal", "Home conditions to improve and be kept that way.", VAGUE, "to improve", True),
    ("goal", "Dad's parenting capacity to be good enough by the review.", VAGUE, "to be good enough", True),
    ("goal", "The family's routines to be appropriate.", VAGUE, "to be appropriate", True),
    ("goal", "Night-time supervision to be adequate.", VAGUE, "to be adequate", True),
    # near misses: a figure or time named, a thing anyone can see, a person doing it
    ("goal", "Leo's attendance to improve to 95% by July, with Nan walking him in.", VAGUE, "to improve", False),
    ("goal", "Milo's bedroom to be warm, with a working radiator and a quilt on his bed.", VAGUE, "to be warm", False),
    ("goal", "Mum to improve the lock on the back gate this week.", VAGUE, "to improve", False),
]

# C6. Respect (regard, remorse) said to be missing: a verdict on an attitude, of a child or an adult.
LACKING_RESPECT = [
    ("worry", "Jaden (13) has no respect for authority and has been sent out of class six times.", JUDGED,
     "no respect for authority", True),
    ("worry", "Dad has a lack of respect for Mum and calls her names in front of Rosie (3).", JUDGED,
     "lack of respect for Mum", True),
    ("worry", "Kerry (15) shows little regard for the rules at home and stays out past midnight.", JUDGED,
     "little regard for the rules", True),
    ("worry", "Mr Bell lacks respect for the women in the house, and Amy (6) has seen him push Mum.", JUDGED,
     "lacks respect for the women", True),
    # near misses: respect said to be there, the person's own words, a thing disregarded
    ("worry", "Leo (9) has a lot of respect for his nan, who has looked after him since Mum went into hospital.",
     JUDGED, "respect for his nan", False),
    ("worry", "Dad told us he has no respect for the police, and Ollie (7) now hides when a police car passes.",
     JUDGED, "no respect for the police", False),
    ("worry", "Mum drove Kai (4) to nursery in the snow with no regard to the weather warnings, and the car slid "
     "into a wall.", JUDGED, "no regard to the weather", False),
]

CLASSES = [UNHEEDED, CHOSEN_STAY, LET_INTO_HOME, BARE_FEELING, TO_IMPROVE, LACKING_RESPECT]


@pytest.mark.parametrize("kind, text, code, words, fires", [case for cases in CLASSES for case in cases])
def test_round25_word_classes(engine, kind, text, code, words, fires):
    check_word_class(engine, kind, text, code, words, fires)


def test_each_class_has_firing_cases_and_near_misses():
    for cases in CLASSES:
        assert sum(fires for *_, fires in cases) >= 4
        assert sum(not fires for *_, fires in cases) >= 2


def test_chosen_stay_is_reported_once_as_blame(engine):
    """The word list's judgement reading of "chose to stay" gives way: one finding, as the blame it is."""
    text = ("Carl has punched Ms Hale in the face twice this year. Ms Hale was offered a place in a refuge "
            "but chose to stay, and Finn (5) hears the fights.")
    start = text.index("chose to stay")
    report = engine.check_many([text], ["worry"])[0]
    codes = [f.code for f in report.findings if f.start < start + len("chose to stay") and start < f.end
             and f.code in ("SOS305", "SOS306")]
    assert codes == ["SOS306"]
