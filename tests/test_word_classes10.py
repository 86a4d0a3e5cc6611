"""Round 10: the word-fault CLASSES missed on words_test9 and words_battery9b, each checked on
wordings of our own (other names, verbs, objects, tense, voice and word order than any probe row)
that must be flagged, and near misses that must not. Written before the code was changed.

Each case: (kind, text, code, words, fires), as in test_word_classes9.py."""
from __future__ import annotations

import pytest

from word_classes import check_word_class

GUESS = ("SOS304", "SOS305")
LABEL = ("SOS301", "SOS305")
JUDGEMENT = ("SOS305", "SOS301", "SOS304")
BLAME = "SOS306"
JARGON = ("SOS101", "SOS102", "SOS402")

CASES = [
    # G1: an opinion with nobody who saw anything behind it: an impersonal "it is felt/thought/
    # believed/considered (that)" or a faceless group ("staff", "professionals") that feels or
    # believes, stated as the worry. A named person's view and "feel" as an emotion are left alone.
    ("worry", "It is felt Mum cannot manage the boys on her own.", GUESS, "It is felt", True),
    ("worry", "It was thought that Dad had been drinking before the contact session.", GUESS, "It was thought", True),
    ("worry", "It is believed Mr Shah still sees the children at weekends.", GUESS, "It is believed", True),
    ("worry", "It is considered that the baby's bruise was not an accident.", GUESS, "It is considered", True),
    ("worry", "It has been suggested that Mum's new partner is violent.", GUESS, "It has been suggested", True),
    ("worry", "Staff feel that Jayden is being left on his own at night.", GUESS, "Staff feel", True),
    ("worry", "Professionals believe Ms Cole is using again, and Ava (3) is with her most days.", GUESS, "Professionals believe", True),
    ("worry", "Agencies think Dad has moved back into the flat.", GUESS, "Agencies think", True),
    ("worry", "The professional network feels that Mum is hiding how much she drinks.", GUESS, "The professional network feels", True),
    ("worry", "School staff suspect that Leo (7) is being hit at home.", GUESS, "School staff suspect", True),
    ("worry", "Nan thinks Dad has moved back in, because she saw his van outside on Sunday.", GUESS, "Nan thinks", False),
    ("worry", "Staff feel sad when Jayden arrives hungry.", GUESS, "Staff feel", False),
    ("worry", "Ms Patel, his teacher, believes Jayden when he says Dad hits him.", GUESS, "believes", False),
    ("worry", "Kai (9) feels that nobody listens to him at home.", GUESS, "feels", False),
    ("worry", "It is thought to be the first time Leo (4) has seen Dad hit Mum, as Leo told Nan this.", GUESS, "thought", True),
    ("goal", "Staff will feel confident that Ava is safe because Mum will text them each evening.", GUESS, "Staff will feel", False),

    # G2: a guess tucked in as a describing word on an adult's conduct ("Mum's likely drug use",
    # "given Dad's probable drinking"). "The likely date of the meeting" and a worry's likely
    # future are left alone.
    ("goal", "Given Mum's likely cannabis use, Dad will do the school run.", GUESS, "likely cannabis use", True),
    ("worry", "Dad's probable drinking means Ella (5) is often late for school.", GUESS, "probable drinking", True),
    ("worry", "Because of Mr Fox's presumed drug use, Liam (6) stays with Nan.", GUESS, "presumed drug use", True),
    ("worry", "Mum's apparent neglect of the baby worries the health visitor.", GUESS, "apparent neglect", True),
    ("worry", "The likely violence between Mum and Dad frightens Tia (8).", GUESS, "likely violence", True),
    ("worry", "Her partner's likely heroin use is the worry, and Mia (2) is with him in the day.", GUESS, "likely heroin use", True),
    ("worry", "Grandad's probable abuse of Jess (12) was raised by her teacher.", GUESS, "probable abuse", True),
    ("goal", "Because of Dad's likely drinking at night, Mum will put Kai to bed.", GUESS, "likely drinking", True),
    ("worry", "Given the possible drug dealing at the flat, Ava (3) goes to Nan's.", GUESS, "possible drug dealing", True),
    ("goal", "The likely date of the next meeting is 4 March.", GUESS, "likely date", False),
    ("worry", "If Dad keeps drinking, the likely result is that Ella (5) will be hurt.", GUESS, "likely result", False),
    ("goal", "Mum will tell Nan the possible times she can collect Kai.", GUESS, "possible times", False),
    ("worry", "Ava (3) is likely to be hurt if Dad drives after drinking again.", GUESS, "likely", False),
    ("goal", "Dad will ring the likely places Tia goes if she is late home.", GUESS, "likely places", False),

    # L1: an adult's conduct named by an abstract noun held by that adult ("Dad's violence", "her
    # partner's aggression") with no deed said. Conduct described in the sentence, a child's own
    # behaviour and other possessions are left alone.
    ("worry", "The worry is Dad's violence, and Nathan (6) lives with him.", LABEL, "Dad's violence", True),
    ("worry", "Mum minimises her partner's aggression and Kai (3) is at home with him.", LABEL, "her partner's aggression", True),
    ("worry", "Nan is worried about Mr Reid's abuse of Mum when the children are there.", LABEL, "Mr Reid's abuse of Mum", True),
    ("worry", "Ms Hale's violence has frightened the girls.", LABEL, "Ms Hale's violence", True),
    ("worry", "School are worried that his aggression towards Mum is getting worse and Ava (4) is there.", LABEL, "his aggression towards Mum", True),
    ("worry", "Grandad's cruelty is known to the whole family, and Leo (5) stays with him.", LABEL, "Grandad's cruelty", True),
    ("worry", "Mum is worried about Dad's hostility towards the social worker and how Lily (6) hears it.", LABEL, "Dad's hostility", True),
    ("worry", "Her boyfriend's violence towards her continues and Zak (2) is in the flat.", LABEL, "Her boyfriend's violence", True),
    ("worry", "Dad's violence last Friday was to punch Mum twice in the face while Leo (4) watched.", LABEL, "Dad's violence", False),
    ("worry", "Dad's abuse of alcohol ended in 2019, and since then he has walked Leo (6) to school sober every day.", LABEL, "Dad's abuse", False),
    ("worry", "Mum's car broke down, so Kai (7) missed school for a week.", LABEL, "Mum's car", False),
    ("worry", "Dad's violence, when he hit Mum with a chair on Sunday, left Ava (5) crying under the table.", LABEL, "Dad's violence", False),
    ("worry", "Mum told the police about Dad's violence: he punched her and pushed Tia (4) over.", LABEL, "Dad's violence", False),

    # V1: an exploited child told to keep themselves safe or to stay away from those who harm them
    # (SOS306). An adult keeping a child safe and a child kept away by an adult are left alone.
    ("goal", "Tiago, as a young person you need to keep yourself safe online.", BLAME, "keep yourself safe", True),
    ("goal", "Jess will keep herself safe when she goes out with the older boys.", BLAME, "keep herself safe", True),
    ("goal", "Kai needs to stay away from the men at the park.", BLAME, "stay away from the men", True),
    ("goal", "Amira, you must keep away from the older males who give you lifts.", BLAME, "keep away from the older males", True),
    ("goal", "Leah (14) is to keep herself safe from exploitation.", BLAME, "keep herself safe", True),
    ("goal", "Mo should avoid the adults who ask him to carry parcels.", BLAME, "avoid the adults", True),
    ("goal", "Callum will stay away from the gang members in town.", BLAME, "stay away from the gang members", True),
    ("goal", "Keira, the goal is that you stop seeing the men from the takeaway.", BLAME, "stop seeing the men", True),
    ("goal", "Dad will keep Tiago safe online by checking his phone each night.", BLAME, "keep Tiago safe", False),
    ("goal", "Mum will keep Kai away from the men at the park by collecting him from school.", BLAME, "keep Kai away", False),
    ("goal", "Dad will stay away from the family home on Fridays.", BLAME, "stay away from the family home", False),
    ("goal", "Kai will stay away from the road when he plays outside.", BLAME, "stay away from the road", False),
    ("goal", "Mum will keep herself safe by ringing the police if Dad comes to the door.", BLAME, "keep herself safe", False),
    ("goal", "Mum, you will keep yourself safe by ringing the police if Dad comes to the door.", BLAME, "keep yourself safe", False),
    ("goal", "Mrs Shah, you need to stay away from the men who come to the flat, and Leo (14) will stay with Nan.", BLAME, "stay away", False),

    # V2: a parent "unable to control" or "cannot manage" an exploited child: the child made the
    # problem (SOS306). A parent controlling their own feelings and a child's own words are left alone.
    ("worry", "Hope goes missing with older men, and Mum is unable to control Hope's behaviour.", BLAME, "unable to control", True),
    ("worry", "Kai (14) is carrying drugs for a gang and Dad struggles to control him.", BLAME, "struggles to control", True),
    ("worry", "Mum cannot manage Tyler's behaviour since he started going missing with older males.", BLAME, "cannot manage", True),
    ("worry", "Jess (15) is being groomed by men in town and her parents have lost control of her.", BLAME, "lost control of her", True),
    ("worry", "Mr Ali is unable to control Leon, who is being exploited by a county line.", BLAME, "unable to control", True),
    ("worry", "Leo is missing most nights with gang members and is out of his mother's control.", BLAME, "out of his mother's control", True),
    ("worry", "Mum is unable to control her temper and shouts at Ella (6).", BLAME, "unable to control", False),
    ("worry", "Dad is unable to control the pain in his back, so Kai (6) gets himself to school.", BLAME, "unable to control", False),
    ("worry", "Mum cannot manage the stairs, so Ava (2) is carried down by her brother Kai (9).", BLAME, "cannot manage", False),
    ("worry", "Dad lost control of the car with Tia (4) in the back after drinking.", BLAME, "lost control", False),
    ("worry", "Tyler (15) said, \"Mum can't control me.\"", BLAME, "can't control", False),

    # J1: a parent judged for what they will not own: "accept responsibility", "take ownership",
    # "develop insight", "show accountability"; and blame turned on others ("blames everyone").
    # What they will do and "accept" meaning take up a lift or a place are left alone.
    ("goal", "Mum needs to accept responsibility so that Destiny can come home.", JUDGEMENT, "accept responsibility", True),
    ("goal", "Dad will take responsibility for his actions.", JUDGEMENT, "take responsibility", True),
    ("goal", "Mr Obi must develop insight into the harm.", JUDGEMENT, "develop insight", True),
    ("worry", "Mum has not accepted responsibility for the injuries to Leo (2).", JUDGEMENT, "accepted responsibility", True),
    ("goal", "Dad is to take ownership of the harm he caused.", JUDGEMENT, "take ownership", True),
    ("goal", "Mum will show some accountability for what happened to Ava.", JUDGEMENT, "show some accountability", True),
    ("worry", "Dad blames everyone but himself, and Kian (6) is frightened.", JUDGEMENT, "blames everyone", True),
    ("worry", "Mum blames the school and the social worker for everything, and Ava (7) misses school.", JUDGEMENT, "blames the school", True),
    ("worry", "He refuses to take any responsibility and Tom (5) hears the rows.", JUDGEMENT, "take any responsibility", True),
    ("goal", "Ms Kerr will gain insight into how her drinking affects Sam.", JUDGEMENT, "gain insight", True),
    ("goal", "Dad will accept the offer of a place on the course and go every Tuesday.", JUDGEMENT, "accept the offer", False),
    ("goal", "Nan will take responsibility for the school run on Mondays.", JUDGEMENT, "take responsibility", False),
    ("worry", "Kai (8) blames himself when Dad shouts at Mum.", JUDGEMENT, "blames himself", False),
    ("goal", "Mum will tell Kai that what happened was not his fault, and that she was the adult.", JUDGEMENT, "not his fault", False),
    ("goal", "Dad will take charge of bedtime and read Leo a story each night.", JUDGEMENT, "take charge", False),

    # E1: agency shorthand for a record ("known to Probation", "known to services"): the reader
    # learns nothing about what the adult did. "Known to the family" and "well known to Leo" are
    # left alone.
    ("worry", "Mum's partner is known to Probation and stays over most nights.", JARGON, "known to Probation", True),
    ("worry", "Dad is known to the police and sees Ava (4) on Saturdays.", JARGON, "known to the police", True),
    ("worry", "Mr Hart, who is known to services, has moved in with Mum.", JARGON, "known to services", True),
    ("worry", "Both parents are known to children's services from when they were young.", JARGON, "known to children's services", True),
    ("worry", "Her new boyfriend is known to the YOT.", JARGON, "known to the YOT", True),
    ("worry", "The uncle, known to mental health services, minds Leo (3) after school.", JARGON, "known to mental health services", True),
    ("worry", "The man is known to the local police for dealing.", JARGON, "known to the local police", True),
    ("worry", "Dad has been known to social care since 2019.", JARGON, "known to social care", True),
    ("worry", "Grandad is known to the family as a kind man, and Leo (3) stays with him.", JARGON, "known to the family", False),
    ("worry", "The man who collects Kai (13) is not known to Mum.", JARGON, "not known to Mum", False),
    ("worry", "Dave is well known to Leo (6), who calls him uncle.", JARGON, "known to Leo", False),
    ("worry", "This is known to happen when Dad has been drinking.", JARGON, "known to", False),
    ("worry", "Mum told the police what happened, and the police knew Dad already.", JARGON, "knew Dad", False),
]


@pytest.mark.parametrize("kind,text,code,words,fires", CASES,
                         ids=lambda v: v if isinstance(v, str) and len(v) < 8 else None)
def test_word_class(engine, kind, text, code, words, fires):
    check_word_class(engine, kind, text, code, words, fires)
