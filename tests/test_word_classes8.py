"""Round 8 (issue 11 sections 3-5): word-level fault CLASSES, each checked on wordings of our own
(other names, verbs and word order than any probe row) that must be flagged, and near misses that
must not. A fix that only caught the probe set's phrase would fail here.

Each case: (kind, text, code, words, fires). `words` must be in the text; "fires" means a finding
of `code` overlaps those words, and not firing means none does."""
from __future__ import annotations

import pytest

from word_classes import check_word_class, firing_wordings

CASES = [
    # (1a) "Mental health" of an adult: a state named, nothing the adult does (SOS301). Not the
    # name of a team, nurse or worker, and not a child's own.
    ("worry", "The health visitor is worried about Dad's mental health since the baby was born.", "SOS301", "mental health", True),
    ("worry", "Nursery staff have concerns about her mental health and how Mum copes with Ava (2).", "SOS301", "mental health", True),
    ("worry", "There are worries about parental mental health and the state of the flat where Kai (4) lives.", "SOS301", "mental health", True),
    ("worry", "Mr Okafor's drinking and mental health are the worry for Jayden (7).", "SOS301", "mental health", True),
    ("worry", "Grandad's mental health is the main worry for Nia (6) and her brother.", "SOS301", "mental health", True),
    ("worry", "Mum goes to the mental health team every week and Nan says Ruby (5) is happy.", "SOS301", "mental health", False),
    ("worry", "The mental health nurse visited on Monday and saw Dad shouting at Tom (6).", "SOS301", "mental health", False),
    ("worry", "Ella (15) has been cutting her arms and her mental health has got worse since March.", "SOS301", "mental health", False),
    ("goal", "Mum will see her mental health worker every Tuesday while Nan has Bo.", "SOS301", "mental health", False),
    # (1b) A bare verdict on an adult: "is controlling", "can be volatile" (SOS301).
    ("worry", "Mum's new boyfriend is controlling and Zac (8) hides in his room.", "SOS301", "is controlling", True),
    ("worry", "Grandad can be very controlling, and Nia (6) is scared of him.", "SOS301", "controlling", True),
    ("worry", "Her partner is unpredictable and Ben (4) has stopped talking at nursery.", "SOS301", "unpredictable", True),
    ("worry", "Mr Grant has become coercive since Priya (7) was born.", "SOS301", "coercive", True),
    ("worry", "Dad's girlfriend is possessive, and Leon (11) says he cannot see his friends.", "SOS301", "possessive", True),
    ("worry", "Dad is controlling: he takes Mum's bank card and checks her phone every night, and Isla (7) hears the rows.", "SOS301", "controlling", False),
    ("worry", "Ava (14) is very controlling of her little sister, says Mum.", "SOS301", "controlling", False),
    ("worry", "Dad is controlling the money and Mum cannot buy food for Sam (3).", "SOS301", "controlling", False),
    ("worry", "Mum says her ex-partner was controlling and Ben (4) saw a lot.", "SOS301", "controlling", False),
    # (2a) Keeping a service told, set as the goal (SOS511).
    ("goal", "Mum will keep the social worker updated about who stays at the flat.", "SOS511", "keep the social worker updated", True),
    ("goal", "Dad needs to keep professionals informed of any changes.", "SOS511", "keep professionals informed", True),
    ("goal", "Mr and Mrs Lee will keep school fully informed.", "SOS511", "keep school fully informed", True),
    ("goal", "Nan will keep the health visitor in the loop.", "SOS511", "keep the health visitor in the loop", True),
    # Round 10: an independent battery writer marked keeping a worker updated as service compliance
    # ("keep the youth offending worker updated on where you are"), and SOS511 now reads it so.
    ("goal", "Mum will keep the family worker up to date with her progress.", "SOS511", "keep the family worker", True),
    ("goal", "Dad will keep his probation officer updated every week.", "SOS511", "keep his probation officer updated", True),
    ("goal", "Mum will keep Nan informed about where Kai is after school.", "SOS511", "keep Nan informed", False),
    ("goal", "Mum will keep the house tidy and the fridge full for Leo.", "SOS511", "keep the house tidy", False),
    # (2b) A case escalated or stepped up: the service's next step, not what could happen (SOS302).
    ("goal", "If the plan is not followed, the case will be escalated to child protection.", "SOS302", "the case will be escalated", True),
    ("goal", "If Mum drinks again, we will escalate matters to legal.", "SOS302", "escalate matters", True),
    ("worry", "If Dad's drinking continues, the case will be stepped up to a child protection plan.", "SOS302", "the case will be stepped up", True),
    ("worry", "If nothing changes, the social worker will escalate the case and Mo (2) could be hurt.", "SOS302", "escalate the case", True),
    ("worry", "Dad's shouting could escalate and Ivy (5) could be hit.", "SOS302", "escalate", False),
    ("goal", "If Dad drinks again, Nan will take Tia to her house for the night.", "SOS302", "Nan will take Tia", False),
    # (2c) "Access learning": going to school in a service's words (SOS101).
    ("worry", "Jordan's anxiety is affecting his ability to access education.", "SOS101", "access education", True),
    ("worry", "Freya (12) is not accessing learning because she stays home to look after Mum.", "SOS101", "accessing learning", True),
    ("goal", "Sami will access his education full time.", "SOS101", "access his education", True),
    ("goal", "Ruby will have access to education every day.", "SOS101", "access to education", True),
    ("worry", "Dad keeps Kai (9) home on Mondays, so he cannot access the curriculum.", "SOS101", "access the curriculum", True),
    ("goal", "Mum will access the food bank on Fridays so Leo has breakfast.", "SOS101", "access", False),
    ("worry", "Kian (9) cannot access the back garden because of the broken glass.", "SOS101", "access", False),
    # (3a) A better choice, with nothing said of which (SOS302).
    ("goal", "Mum will make safer decisions about who she lets into the flat.", "SOS302", "make safer decisions", True),
    ("goal", "Mr Patel needs to make more sensible choices when he has been paid.", "SOS302", "make more sensible choices", True),
    ("goal", "Both parents will make positive choices for the family.", "SOS302", "make positive choices", True),
    ("goal", "Dad must make good decisions about his drinking.", "SOS302", "make good decisions", True),
    ("goal", "Nan will help Mum make wiser choices with money.", "SOS302", "make wiser choices", True),
    ("goal", "Mum will choose a film with Ella every Friday night.", "SOS302", "choose", False),
    ("goal", "Mum will decide with Leo which club he joins.", "SOS302", "decide", False),
    # (3b) A limit with no figure: "a reasonable time" (SOS302).
    ("goal", "Dad will get Jo (4) to bed by a reasonable hour each night.", "SOS302", "a reasonable hour", True),
    ("goal", "The children will have a sensible bedtime.", "SOS302", "a sensible bedtime", True),
    ("goal", "Mum will only drink a reasonable amount when the boys are home.", "SOS302", "a reasonable amount", True),
    ("goal", "Kit will come in at a decent time on school nights.", "SOS302", "a decent time", True),
    ("goal", "Dad will pick Zoe up at a suitable time after football.", "SOS302", "a suitable time", True),
    ("goal", "Ben will be in bed by 7.30pm every night, a sensible time for a four-year-old.", "SOS302", "a sensible time", False),
    ("goal", "Nan will have the boys after school, so Kai can do his homework and go to bed at a normal time.", "SOS302", "a normal time", False),
    ("goal", "Mum will only have 2 drinks, a reasonable amount, on a Saturday when Nan has the boys.", "SOS302", "a reasonable amount", False),
    # (3c) An if-not that names nothing anyone could see (SOS302). The house style's "If nothing
    # changes" and "If this doesn't happen" point back at what was said, and are left alone.
    ("goal", "If things don't improve, we will hold another meeting.", "SOS302", "If things don't improve", True),
    ("worry", "If there is no improvement, Maya (3) could be taken into care.", "SOS302", "If there is no improvement", True),
    ("goal", "If the worries continue, the social worker will call a meeting.", "SOS302", "If the worries continue", True),
    ("goal", "Unless matters improve, Nan will have to step in.", "SOS302", "Unless matters improve", True),
    ("worry", "If the concerns persist, Kai (6) may need to live with his aunt.", "SOS302", "If the concerns persist", True),
    ("worry", "If nothing changes, Leo could be hurt when Dad drinks.", "SOS302", "If nothing changes", False),
    ("goal", "If this doesn't happen, Nan will have Leo at her house.", "SOS302", "If this doesn't happen", False),
    ("goal", "If Dad's drinking does not improve, Nan will look after Ava at weekends.", "SOS302", "If Dad's drinking does not improve", False),
    ("worry", "If things don't get better, Rosa (8) could stop going to school at all.", "SOS302", "If things don't get better", False),
    # (3d) "Well managed": nothing of who does what (SOS302).
    ("goal", "Kai's diabetes will be well managed.", "SOS302", "well managed", True),
    ("goal", "Mum's anxiety will be better managed.", "SOS302", "better managed", True),
    ("goal", "Dad's drinking will be properly controlled.", "SOS302", "properly controlled", True),
    ("goal", "Sunil's epilepsy will be effectively managed at home and at school.", "SOS302", "effectively managed", True),
    ("goal", "Money will be well handled so there is always food in for Bea.", "SOS302", "well handled", True),
    ("goal", "Lily's asthma will be managed by Mum giving her the inhaler every morning and night.", "SOS302", "managed", False),
    ("goal", "Reed's epilepsy will be well managed: Mum will give his tablets at 8am and 8pm every day.", "SOS302", "well managed", False),
    ("goal", "Nan managed well on her own with all three boys.", "SOS302", "managed well", False),
    # (3e) "Will be happier" as the whole outcome (SOS302).
    ("goal", "Poppy will be happier.", "SOS302", "will be happier", True),
    ("goal", "Mum will stop drinking and the twins will be more settled.", "SOS302", "will be more settled", True),
    ("goal", "Jake (6) will be happy and calm.", "SOS302", "will be happy", True),
    ("goal", "Sara will be much calmer.", "SOS302", "will be much calmer", True),
    ("goal", "Dad will move out and Theo will be calmer.", "SOS302", "will be calmer", True),
    ("goal", "Tilly will be more settled.", "SOS302", "will be more settled", True),  # "Tilly" tagged as "till"
    ("goal", "Mum will be happier when Dean has gone.", "SOS302", "happier", False),
    ("goal", "Mum, you and Poppy need Poppy to be happy at home.", "SOS302", "happy", False),
    ("goal", "Poppy will be happier at school because Mum will walk her there every day.", "SOS302", "happier", False),
    ("goal", "Nan will know Poppy is settled.", "SOS302", "settled", False),
    # (3f) Safety or welfare "ensured": a duty, nothing anyone will do (SOS302).
    ("goal", "Dad will ensure Kit's safety at all times.", "SOS302", "ensure Kit's safety", True),
    ("goal", "The boys' safety will be ensured at all times.", "SOS302", "safety will be ensured", True),
    ("goal", "Mum and Nan will safeguard Ayo's safety and wellbeing at all times.", "SOS302", "safeguard", True),
    ("goal", "The carers will put Millie's welfare first.", "SOS302", "put Millie's welfare first", True),
    ("goal", "Dad must guarantee the baby's safety when he has her overnight.", "SOS302", "guarantee the baby's safety", True),
    ("goal", "Mum will ensure the safety gate is shut every night.", "SOS302", "ensure the safety gate", False),
    ("goal", "Dad will keep Kit's safety goggles by the door.", "SOS302", "safety goggles", False),
    # (4a) "No more X" under "make sure" (SOS512).
    ("goal", "Mum will make sure there are no more fights in front of the boys.", "SOS512", "no more fights", True),
    ("goal", "Dad will make sure that there is no more shouting when Aya is home.", "SOS512", "no more shouting", True),
    ("goal", "Dad, you will make sure Ali gets to school on time and that there is no more fighting at home.", "SOS512", "no more fighting", True),
    ("goal", "There will be no further incidents.", "SOS512", "no further", True),
    ("goal", "Mum will see that there are no more late nights for Sky.", "SOS512", "no more late nights", True),
    ("goal", "Mum will make sure Sky has no more than one hour on her tablet, then Nan reads with her.", "SOS512", "no more than", False),
    # (4b) Staying off drink or drugs, said as a state (SOS512).
    ("goal", "Dad will stay sober.", "SOS512", "stay sober", True),
    ("goal", "Mr Jones will stay clean from heroin.", "SOS512", "stay clean", True),
    ("goal", "Mum needs to remain drug-free.", "SOS512", "remain drug-free", True),
    ("goal", "Grandad must keep sober from now on.", "SOS512", "keep sober", True),
    ("goal", "Mum, you will stay sober until Kit is asleep, and Nan will sleep over on Fridays.", "SOS512", "stay sober", False),
    ("goal", "Dad, Nour needs to be fed, kept clean and warm, and cuddled every day.", "SOS512", "kept clean", False),
    ("goal", "Stay sober and keep the children safe.", "SOS512", "Stay sober", True),
    ("goal", "The bedroom will stay clean and tidy.", "SOS512", "stay clean", False),
    ("goal", "Leo (5) will stay dry at night.", "SOS512", "stay dry", False),
    ("goal", "Mum will keep the kitchen clean.", "SOS512", "keep the kitchen clean", False),
    # (4c) "Ensure X is safe at all times": no harm, ever, with nothing anyone does (SOS512).
    ("goal", "Mum will make sure Isla is safe at all times.", "SOS512", "safe at all times", True),
    ("goal", "Dad will ensure the children are safe at all times.", "SOS512", "safe at all times", True),
    ("goal", "Nan will ensure that Theo remains safe.", "SOS512", "remains safe", True),
    ("goal", "Ellie will be safe at all times.", "SOS512", "safe at all times", True),
    ("goal", "Mr and Mrs Cole will make sure the twins stay safe at all times.", "SOS512", "stay safe", True),
    ("goal", "Mum, you and Harley need Harley to be safe at home. Mum will lock the back gate every night.", "SOS512", "safe", False),
    ("goal", "Mum will make sure Ben is safe in the bath by staying in the bathroom with him.", "SOS512", "safe", False),
    # (5) The exploited child labelled by the exploitation (SOS306).
    ("worry", "Kofi (15) is county lines-involved and has been missing twice.", "SOS306", "county lines-involved", True),
    ("worry", "Amir (16) is drug-involved and was found with cash.", "SOS306", "drug-involved", True),
    ("worry", "Social care see Tia (14) as a CSE-involved young person.", "SOS306", "CSE-involved", True),
    ("worry", "Sol (14) is involved in drug running for older boys.", "SOS306", "drug running", True),
    ("worry", "Police describe Jay (13) as a gang-linked child.", "SOS306", "gang-linked", True),
    ("worry", "Mum's partner is gang-involved and Lola (9) hears him talk about knives.", "SOS306", "gang-involved", False),
    ("worry", "The police are involved and Kai (12) was found in Hull.", "SOS306", "involved", False),
    ("worry", "Lily (14) is involved in the school play.", "SOS306", "involved", False),
]


@pytest.mark.parametrize("kind,text,code,words,fires", CASES, ids=lambda v: v if isinstance(v, str) and len(v) < 8 else None)
def test_word_class(engine, kind, text, code, words, fires):
    check_word_class(engine, kind, text, code, words, fires)


def test_every_class_has_five_wordings_that_fire():
    """At least five wordings of our own that fire for each code this round's classes use."""
    by_code = firing_wordings(CASES)
    assert all(n >= 5 for n in by_code.values()), by_code
