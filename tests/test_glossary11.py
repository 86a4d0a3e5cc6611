"""Round 11 (wordsb11): coverage by setting. Process and professional terms that real records in
each setting use and a family would not (health visiting and midwifery, hospital and CAMHS, family
courts, youth justice and police, education, housing, disability, exploitation, Wales and
Scotland), written from our own knowledge and checked against the tool first; only the missed ones
were added to rules/jargon.toml. Each has a sentence of our own that must be flagged, and where the
word has an everyday use, a sentence that must stay clean.
Each case: (kind, text, code, words, fires), as in test_word_classes9.py."""
from __future__ import annotations

import pytest

from word_classes import check_word_class

JARGON = ("SOS101", "SOS102", "SOS104")
ANY = ("SOS101", "SOS102", "SOS103", "SOS104", "SOS301", "SOS302", "SOS304", "SOS305", "SOS306")

CASES = [
    # Health visiting and midwifery.
    ("worry", "Ruby's weight is faltering and Dad gives her one bottle a day.", JARGON, "faltering", True),
    ("worry", "Since March Ayo's growth has faltered and nobody has taken him to the clinic.", JARGON, "faltered", True),
    ("worry", "Baby Esme has faltering weight gain and Mum feeds her when she remembers.", JARGON, "faltering", True),
    ("worry", "Dad's voice faltered when he told the teacher that he hit Sam (7).", ANY, "faltered", False),
    ("worry", "Mum's faltering English means she cannot read Sam's hospital letters.", ANY, "faltering", False),
    ("worry", "Mum sees the perinatal team because she cries all day and leaves Isla (1) in her cot.", JARGON, "perinatal", True),
    ("goal", "Mum will keep going to the perinatal mental health services every Tuesday.", JARGON, "perinatal mental health services", True),
    ("worry", "Mum missed her antenatal booking and the baby is due in six weeks.", JARGON, "antenatal booking", True),
    ("worry", "Isla (1) was failing to thrive when she came into hospital in May.", JARGON, "failing to thrive", True),
    ("worry", "The health visitor did an Ages and Stages check and Leo (2) said no words.", JARGON, "Ages and Stages", True),
    # Hospital and CAMHS.
    ("worry", "Kai (15) was admitted to a tier 4 unit after he cut his arms.", JARGON, "tier 4 unit", True),
    ("worry", "Jess (15) is Gillick competent and will not let Mum see her notes.", JARGON, "Gillick competent", True),
    ("worry", "Leo (6) is on the neurodevelopmental pathway and hits his sister.", JARGON, "neurodevelopmental pathway", True),
    ("worry", "Mum was detained under section 2 on Saturday and Leo (6) went to Nan's.", JARGON, "detained under section 2", True),
    ("worry", "The mechanism of injury does not fit what Dad said about Leo's arm.", JARGON, "mechanism of injury", True),
    ("goal", "Leo (6) will have his initial health assessment with the doctor by June.", JARGON, "initial health assessment", True),
    # Family courts and contact.
    ("goal", "Mum and Dad will co-parent Wren (7) effectively.", JARGON, "co-parent", True),
    ("goal", "Mum and Dad's co-parenting will improve so that Wren is not caught in the middle.", JARGON, "co-parenting", True),
    ("worry", "Holly (4) is the subject of a specific issue order about her school.", JARGON, "specific issue order", True),
    ("worry", "A fact-finding hearing found that Dad hit Mum in front of Leo (6).", JARGON, "fact-finding hearing", True),
    ("worry", "A section 7 report found that Leo (6) is scared of Dad.", JARGON, "section 7 report", True),
    ("goal", "Nan will apply for special guardianship of Leo (6).", JARGON, "special guardianship", True),
    ("goal", "Dad will have letterbox contact with Leo (6) twice a year.", JARGON, "letterbox contact", True),
    ("goal", "Dad will post a card through Nan's letterbox for Leo's birthday.", ANY, "letterbox", False),
    ("worry", "Dad says there is parental alienation because Leo (6) will not see him.", JARGON, "parental alienation", True),
    ("worry", "Mum shows implacable hostility to Dad seeing Leo (6).", JARGON, "implacable hostility", True),
    ("worry", "Mum asked Cafcass to look again at Leo's time with Dad.", JARGON, "Cafcass", True),
    # Youth justice and police.
    ("worry", "Mum was told under Sarah's Law that her partner has hurt a child.", JARGON, "Sarah's Law", False),  # round 16 (words16b): a law's own name, as the police tell it (set 15 marks Clare's Law so)
    ("worry", "Kai (15) got a police caution for carrying a knife.", JARGON, "police caution", True),
    ("worry", "Kai (15) spent the night in the custody suite and nobody told Mum.", JARGON, "custody suite", True),
    ("worry", "Dad has a sexual harm prevention order and lives with Leo (6).", JARGON, "sexual harm prevention order", True),
    ("worry", "The school got an Operation Encompass call after Dad hit Mum in front of Leo (6).", JARGON, "Operation Encompass", True),
    ("worry", "Dad was calm at first, so the officer let him off with a warning; Leo (6) saw it all.", ANY, "a warning", False),
    # Education.
    ("worry", "Mum chose elective home education and Leo (8) has done no lessons since March.", JARGON, "elective home education", True),
    ("worry", "Leo (8) has been electively home educated since the school rang about his bruises.", JARGON, "electively home educated", True),
    ("worry", "Leo's early years setting is worried that he comes in hungry.", JARGON, "early years setting", True),
    ("goal", "Leo (8) will have a personal education plan by June.", JARGON, "personal education plan", True),
    ("worry", "Holly's attendance is 71% which is below the expected threshold.", JARGON, "threshold", True),
    ("worry", "The social worker thinks the threshold is met for Leo (6).", JARGON, "threshold", True),
    ("worry", "Dad stood on the threshold shouting while Leo (6) hid behind the sofa.", ANY, "threshold", False),
    ("worry", "Leo (6) has a high pain threshold and did not cry when Dad burnt him.", ANY, "threshold", False),
    # Housing.
    ("worry", "Mum has a section 21 notice and Leo (6) may lose his bedroom.", JARGON, "section 21 notice", True),
    ("worry", "Dad came back to the family home on Friday and hit Mum while Leo (6) watched.", JARGON, "family home", True),
    ("worry", "Dad came back to the flat on Friday and hit Mum while Leo (6) watched.", ANY, "the flat", False),
    # Disability.
    ("goal", "Dad will follow the moving and handling plan when he lifts Leo (6) into the bath.", JARGON, "moving and handling", True),
    # Exploitation.
    ("worry", "Kai (15) has been going country for older boys since March.", JARGON, "going country", True),
    ("worry", "Kai (15) is going to the country park with his friends on Saturday.", ANY, "going to the country", False),
    # Wales and Scotland.
    ("worry", "Leo (6) does not meet the SHANARRI indicators at home.", JARGON, "SHANARRI", True),
    ("worry", "Leo (6) is behind on all eight wellbeing indicators.", JARGON, "wellbeing indicators", True),
    # Process and assessment tools.
    ("worry", "The Graded Care Profile scored Mum low on food and warmth for Leo (6).", JARGON, "Graded Care Profile", True),
    ("worry", "Leo (6) has shown regression since Dad left and wets the bed again.", JARGON, "regression", True),
    ("worry", "Leo (6) has regressed since Dad left and wets the bed again.", JARGON, "regressed", True),
    ("worry", "Leo (6) has started wetting the bed again since Dad left in May.", ANY, "wetting the bed again", False),
]


@pytest.mark.parametrize("kind,text,code,words,fires", CASES,
                         ids=lambda v: v if isinstance(v, str) and len(v) < 8 else None)
def test_glossary11_terms(engine, kind, text, code, words, fires):
    check_word_class(engine, kind, text, code, words, fires)


PLACES = [
    ("worry", "Police were called to the family home after a neighbour heard Leo (6) screaming.", JARGON, "family home", True),
    ("worry", "Dad sold cannabis from the family home on Station Road while Leo (6) was upstairs.", ANY, "family home", False),
    ("worry", "Dad grabbed Mum's throat in the kitchen of the family home in Clifton while Lena (10) watched.", ANY, "family home", False),
]


@pytest.mark.parametrize("kind,text,code,words,fires", PLACES,
                         ids=lambda v: v if isinstance(v, str) and len(v) < 8 else None)
def test_glossary11_family_home_where(engine, kind, text, code, words, fires):
    check_word_class(engine, kind, text, code, words, fires)
