"""Parts of a statement are shown present only when really there (probe set marked by hand)."""
from __future__ import annotations

import pytest

from devtools.eval_parts import load, part_figures, warnings_per_good, GOOD
from devtools.eval_parts import load as load_rows


@pytest.fixture(scope="module")
def shown(engine):
    rows = load()
    reports = engine.check_many([r["text"] for r in rows], [r["kind"] for r in rows])
    return rows, [{c.name: c.present for c in report.components} for report in reports]


def test_probe_set_is_big_enough_and_marks_every_part():
    rows = load()
    assert len(rows) >= 100
    for row in rows:
        expected = 5 if row["kind"] == "worry" else 7
        assert len(row["parts"]) == expected, row["id"]


def test_every_part_is_shown_present_and_missing_with_precision_at_least_0_9(shown):
    rows, parts = shown
    figures = part_figures(rows, parts)
    low = {part: (round(pp, 2), round(mp, 2)) for part, (pp, _, mp, _) in figures.items() if pp < 0.9 or mp < 0.9}
    assert not low, f"present/missing precision under 0.9: {low}"


def test_good_statements_carry_few_warnings(engine):
    rows = load_rows(GOOD)
    reports = engine.check_many([r["text"] for r in rows], [r["kind"] for r in rows])
    assert warnings_per_good(reports) <= 0.3


@pytest.mark.parametrize("text,kind,part,present", [
    ("The social worker visited on 2 March and nobody answered the door.", "worry", "behaviour", False),
    ("Ava is at risk of significant harm and the case may go to court.", "worry", "future", False),
    ("Nan is worried that Dad shouts at Mum, and Will hides under his bed. Will could be hurt.", "worry", "future", True),
    ("Nan is worried that Dad shouts at Mum in the kitchen, and Will hides under his bed.", "worry", "future", False),
    ("Mum will take Ruby to school every day.", "goal", "addressed", False),
    ("Mum will attend a parenting course and engage with services.", "goal", "action", False),
    ("Mum, you will read with Ruby every night.", "goal", "timescale", False),
    ("Mum, you will read with Ruby every night for the next six months.", "goal", "timescale", True),
    ("Mum and Dad, you will put Kai to bed at 7 every night.", "goal", "network", False),
    ("Mum, you will keep the tablets locked away, and Noah will stay with Nan if you are ill.", "goal", "experience", False),
    # Round 3 (blind dev set), in our own words.
    ("The health visitor is worried because she called round twice last week and the curtains were shut.",
     "worry", "behaviour", False),
    ("The school nurse is worried that older men have been giving Chloe (13) cigarettes outside the chip shop.",
     "worry", "behaviour", True),
    ("The twins witnessed domestic abuse last year.", "worry", "impact", False),
    ("Theo has not been seen by the health visitor since March.", "worry", "impact", False),
    ("Mum, you will make sure Ava is at school by 8.45 every morning.", "goal", "action", True),
    ("Mum, you will make sure Ava is happy.", "goal", "action", False),
    ("Dad will not drink beer or take cocaine.", "goal", "action", False),
    ("Mum will take her tablets as the doctor says.", "goal", "action", False),
    ("Mum should think about going to a baby group to build her confidence.", "goal", "action", False),
    ("Mum, you and Theo need a tidy home. Auntie Jo will send the social worker a photo of the kitchen every Sunday.",
     "goal", "others_know", True),
    ("Theo's grandfather, Mr Evans, will walk him home on Mondays.", "goal", "network", True),
    ("Mum, you will keep the hallway clear for Theo every day until the end of March.", "goal", "timescale", True),
    ("Mum, you will keep the hallway clear for Theo. If you are unable to do this, Theo may have to stay with Nan.",
     "goal", "if_not", True),
    ("Mum, you will phone Nan if Theo is not home by six.", "goal", "if_not", False),
    ("On Friday Nan found Ollie alone in his cot, with a wet nappy and a sore rash.", "worry", "impact", True),
    ("Nan found the flat empty on Friday, with the back door open.", "worry", "impact", False),
    ("The youth worker is worried that Kian stays out past midnight and nobody at home phones him.",
     "worry", "behaviour", True),
    ("The teacher is worried that nobody at school plays with Amy.", "worry", "behaviour", False),
    ("Dad will provide clear hair strand tests every month.", "goal", "action", False),
    ("Mum will keep away from Dean and stay off drugs.", "goal", "action", False),
    ("Dad failed to go to the core group.", "worry", "behaviour", False),
    ("Dad failed to feed Leo on Sunday.", "worry", "behaviour", True),
    ("Leo, who is 4, has started biting other children at nursery since Dad moved back in.", "worry", "impact", True),
    ("Mr Price from next door will walk Zoe to school on Mondays.", "goal", "network", True),
    ("Dad will phone his friend Lee when he wants a drink, and Lee will come over.", "goal", "network", True),
    ("Zoe will be safe.", "goal", "experience", False),
    ("Zoe will be safe to sleep in her own room.", "goal", "experience", True),
    ("Mum's partner is controlling and abuses her.", "worry", "behaviour", False),
    ("Mum's partner takes her bank card and reads her texts every night.", "worry", "behaviour", True),
    ("Ellie is picked up from school by Dad smelling of beer.", "worry", "impact", False),
    ("Dad, you will hoover the lounge every Sunday, so that Mia has a clean carpet to crawl on.", "goal", "experience",
     False),
    ("Dad, you will hoover the lounge every Sunday, so that Mia feels happy crawling on the carpet.", "goal",
     "experience", True),
])
def test_part_examples(engine, text, kind, part, present):
    report = engine.check_many([text], [kind])[0]
    assert {c.name: c.present for c in report.components}[part] is present


def test_suggestions_name_the_child_not_an_adult(engine):
    report = engine.check_many(["Mum's partner Dean shouts at Mum every night and Noor (2) is in the flat."], ["worry"])[0]
    suggestions = " ".join(f.suggestion for f in report.findings)
    assert "Dean" not in suggestions
    assert "[child's name]" not in suggestions
    assert any("Noor" in f.suggestion for f in report.findings if f.code in ("SOS403", "SOS505"))


@pytest.mark.parametrize("text, present", [
    # A date said of a service's event is not when the adults' behaviour happened.
    ("A notification came in from the police on 4 June about a row at the house. Dad was said to be "
     "aggressive. Leon (5) could be hurt.", False),
    ("Following the review conference on 9 May, concerns remain about Mum. Leon (5) could be hurt.", False),
    # "looks after" is a verb, not "after" something happened.
    ("Nana, who looks after Leon (5), is worried about Dad. Leon could be hurt.", False),
    # A stretch of time since a month is not an occasion.
    ("Since March the health visitor has tried to see Leon (5) four times. Leon could go hungry.", False),
    # A home visit dates what was found; a professional's own failed visit does not.
    ("The social worker is worried because on the last home visit there was rubbish piled on the stairs and "
     "Leon (5) had no clean clothes. Leon could fall.", True),
    ("The family worker has not managed to speak with Leon (5) on her last two visits. Leon could go hungry.",
     False),
    # A date on the adults' own behaviour still counts.
    ("Nana is worried because on 3 June Dad threw a mug at Mum in the kitchen while Leon (5) watched. "
     "Leon could be hurt.", True),
])
def test_context_is_when_the_adults_acted(engine, text, present):
    report = engine.check_many([text], ["worry"])[0]
    assert next(c for c in report.components if c.name == "context").present is present


@pytest.mark.parametrize("text, present", [
    # The adults' act as the occasion of a harm that may come is not something they did.
    ("The teacher is worried about Zara (7). Zara might get hurt when the grown-ups row.", False),
    # A demand of the adults is not what they did.
    ("The health visitor is worried about Zara (7). Mum and Dad need to keep the flat tidier.", False),
    # A child telling what an adult did is the adult's behaviour; an adult's own account is not.
    ("The teacher is worried because Zara (7) says Dad's friend Gary slapped her across the face.", True),
    ("The teacher is worried about a bruise on Zara (7). Mum says Zara fell off her scooter.", False),
    # A dated act stays behaviour.
    ("Nan is worried because on Friday Dad kicked the dog in front of Zara (7).", True),
])
def test_behaviour_is_what_the_adults_did(engine, text, present):
    report = engine.check_many([text], ["worry"])[0]
    assert next(c for c in report.components if c.name == "behaviour").present is present


@pytest.mark.parametrize("text, present", [
    # A talk that finds out how things are going.
    ("Dad, you will cook Ivy (6) a hot tea every school night. Mr Shah, her class teacher, will chat with Ivy "
     "on Mondays about how her week at home went.", True),
    ("Dad, you will cook Ivy (6) a hot tea every school night. Nan will talk to Dad when he feels low.", False),
    # Something handed to a professional is how they know; handed to family it is not.
    ("Dad, you will cook Ivy (6) a hot tea every school night and show the health visitor your shopping "
     "receipts at each visit.", True),
    ("Dad, you will cook Ivy (6) a hot tea every school night and give Ivy her vitamins.", False),
    # Seen by a professional, said the passive way round.
    ("Ivy (6) will be seen by the school nurse every month.", True),
])
def test_others_know_in_more_forms(engine, text, present):
    report = engine.check_many([text], ["goal"])[0]
    assert next(c for c in report.components if c.name == "others_know").present is present


@pytest.mark.parametrize("text, present", [
    # "while looking after Ivy" is when the main promise holds, not a second act.
    ("Dad will not smoke cannabis while looking after Ivy (6).", False),
    # A when-clause can hold a real everyday act.
    ("Nan will sit with Ivy (6) when Dad cooks her tea every evening.", True),
])
def test_a_while_clause_is_not_an_action(engine, text, present):
    report = engine.check_many([text], ["goal"])[0]
    assert next(c for c in report.components if c.name == "action").present is present


@pytest.mark.parametrize("text, present", [
    # A child's growth falling is harm the child lives with.
    ("The health visitor is worried that Mum often leaves Noah (1) without a feed. Noah's weight has fallen "
     "below the 2nd centile.", True),
    ("The health visitor is worried that Mum often leaves Noah (1) without a feed. Mum's weight has dropped.",
     False),
    ("The health visitor is worried that Mum often leaves Noah (1) without a feed. His weight could drop.", False),
])
def test_impact_falling_growth(engine, text, present):
    report = engine.check_many([text], ["worry"])[0]
    assert next(c for c in report.components if c.name == "impact").present is present
