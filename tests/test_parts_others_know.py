"""How others will know (issue 11 §5, others_know), read from the parse: someone outside the acting
adults who will check, see, be told or keep watch. Each class of miss on parts_test16/17 is named in
one line, then written in my own wordings (other verbs, subjects, tenses, voice and order) with near
misses that must not fire. None is a test-set phrase, name or row."""
from __future__ import annotations

import pytest
from report_helpers import shown_as


shown = shown_as("goal")  # round 36: the one copy is in report_helpers


# Class 1: plan shorthand, "Role to VERB" with no modal: the model hangs "to VERB" on the role as a
# relative clause, so the verb has no subject of its own; the role it hangs on is who checks.
# Class 2: a verb of keeping watch (monitor, review, track, oversee) said actively by someone outside
# the family, not only in the passive with "by".
# Class 3: a passive check that names who checks with "via" or "through" rather than "by".
# Class 4: the child will see a professional ("Ben will see the school nurse each week"): the
# professional sees the child.
@pytest.mark.parametrize("text, expected", [
    # class 1
    ("Mum will keep the kitchen clear. Health visitor to carry out unannounced visits every fortnight.", True),
    ("Dad will stay sober at contact. Social worker to monitor contact through unannounced visits.", True),
    ("Mum will give Tom his inhaler each morning. School nurse to check his inhaler log every Friday.", True),
    ("Dad will be sober at every handover. HV to carry out spot checks on the flat.", True),
    ("Mum will keep Ava's room warm. Family support worker to monitor through weekly home visits.", True),
    # class 2
    ("Mum will cook a hot meal every evening. The school nurse will monitor Ava's weight each month.", True),
    ("Dad will take Leo to school on time. His head of year will track his attendance every week.", True),
    ("Mum will keep the flat warm. The family support worker will review the food diary with her each Monday.", True),
    # class 3
    ("Mum will bring Kai to school every day. His attendance will be checked through the school office "
     "each week.", True),
    ("Dad will give Mia her medicine every night. This will be monitored via the GP surgery.", True),
    # class 4
    ("Mum will put the cream on Ella every night. Ella will see the school nurse every Friday.", True),
    ("Dad will keep Sam away from Mr Lane. Sam will meet his youth worker after each weekend.", True),
    ("Mum will give Noor her tablets every morning. Noor will see Dr Amis at the clinic each month.", True),
    # near misses
    ("Mum will keep the kitchen clear. Mum to monitor her own drinking.", False),
    ("Dad will take Leo to football on Saturdays. Dad will keep track of the match times.", False),
    ("Mum will cook a hot meal every evening. Ella will see her cousins every Friday.", False),
    ("Mum will keep the flat warm. Mum will be supported through the family hub.", False),
    ("Dad will stay sober. Nan to look after Zac on Saturdays.", False),
    ("Mum will cook tea every evening. Mum to monitor at home.", False),
    ("Dad will stay sober. TV to be switched off at bedtime.", False),
    ("Mum will read with Leo at bedtime. Leo will visit his friends after school.", False),
    ("Mum will cook tea every evening. Noor will see Mr Amis at the weekend.", False),
    ("Dad will give Noor her inhaler every night until she sees the asthma nurse in May.", False),
])
def test_others_know_readings(engine, text, expected):
    assert shown(engine, text, "others_know") is expected
