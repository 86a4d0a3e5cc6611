"""Who is worried (issue 11 §5): a person the model does not know by name is still named when a
title or a role stands beside the name. Wordings of my own, not taken from a probe set."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, present", [
    ("Mrs O'Connell, Kian's Year 2 teacher, and the breakfast club staff are worried that Kian (6) arrives hungry.",
     True),
    ("Mr D'Souza is worried that Dad hits Leo (4) when he is drunk.", True),
    ("Ms Ní Bhriain, the health visitor, is worried that Mum leaves Ava (1) alone in the flat.", True),
    ("Dr Al-Hassan is worried that Mum does not give Ava (1) her inhaler at night.", True),
    ("Miss O'Rourke is worried that Dad shouts at Leo (4) every night.", True),
    # A role word set before a name as a title (round 7).
    ("Nurse Achterberg at the Hillside Practice is worried that Dad forgets Ali's (8) insulin at night.", True),
    ("Midwife Oyelaran is worried that Mum has been smoking crack beside baby Zed.", True),
    ("Sister Nwachukwu from the children's ward is worried that Mum left Tia (2) alone on the ward all night.", True),
    ("Counsellor Brannigan is worried that Dad calls Ivy (12) useless at mealtimes.", True),
    ("Nurse Bell's son Kai (7) is worried that Dad will shout at him.", False),
    # The child's own worry, or something that is not a person, names no worrier.
    ("Kian O'Connell (7) is worried that Dad will hit Mum again.", False),
    ("Mrs O'Brien's dog is worried.", False),
])
def test_a_titled_name_is_who_is_worried(engine, text, present):
    report = engine.check_many([text], ["worry"])[0]
    assert next(c for c in report.components if c.name == "who").present is present
