"""Issue 11 §2 and §4, round 6: a full rewrite leaves no flagged jargon in place. Each term gets a
plain swap that fits the parse, or a question where no swap is certain; a swap that would not fit
the sentence is not made. And the scaffold does not ask again what a question already asks.

Every wording here is written for these tests (none is copied from tests/data or corpus/).
"""
from __future__ import annotations

import re

import pytest

from sos_lint.api import engine as shared_engine
from sos_lint.fixes import fixed_text
from sos_lint.rewrite import _question, fidelity, rewrite_many


def _rewrite(drafts, kind="worry"):
    return rewrite_many(drafts, [kind] * len(drafts))


def _bare(text: str) -> str:
    return fidelity.without_placeholders(text)


def _jargon_left(results, kind="worry") -> list[str]:
    """The jargon findings (SOS1xx) on each rewrite outside its [questions], but for words kept
    with their question after the sentence (round 22: a verb's subject or object, or a word naming
    the kind of the noun after it, stays and is asked about as ["words": …?])."""
    eng = shared_engine()
    reports = eng.check_many([r.text for r in results], [kind] * len(results))
    out = []
    for result, report in zip(results, reports):
        for f in report.findings:
            if f.code.startswith("SOS1") and f.end > f.start:
                before = result.text[:f.start]
                if before.count("[") <= before.count("]") and \
                        f'["{result.text[f.start:f.end]}":' not in result.text[f.end:]:
                    out.append(result.text[f.start:f.end])
    return out


# --- "capacity": how able someone is, in the plain modal ------------------------------------
CAN = [
    ("Mum lacks the capacity to see the danger Dean poses to the twins.", "Mum cannot see the danger"),
    ("Dad does not have the capacity to keep Zara safe when he is drinking.", "Dad cannot keep Zara safe"),
    ("Nana Jean has the capacity to care for Alfie at weekends.", "Nana Jean can care for Alfie"),
    ("Ms Obi lacked the capacity to put Theo's needs before her own last winter.", "Ms Obi could not put"),
    ("The parents did not have the capacity to get Lola to school on time.", "could not get Lola to school"),
    ("Grandad has no capacity to lift Ruby in and out of the bath.", "Grandad cannot lift Ruby"),
]


@pytest.mark.parametrize("draft, plain", CAN)
def test_capacity_to_do_becomes_can_or_cannot(draft, plain):
    result = _rewrite([draft])[0]
    assert plain in result.text and "capacity" not in _bare(result.text)


@pytest.mark.parametrize("draft", [
    "Dad has limited capacity to care for Ben.",  # qualified: "cannot" would say more than the draft
    "Mum will have the capacity to cook for Ellis by May.",  # another tense: left to the writer
    "Dad does not lack the capacity to change.",  # a double negative stays as written
])
def test_capacity_that_is_not_have_or_lack_the_capacity_to_is_not_made_can(draft):
    result = _rewrite([draft])[0]
    assert not re.search(r"\b(?:can|cannot|could)\b", _bare(result.text))


def test_capacity_made_cannot_is_shown_never_written_by_fix():
    eng = shared_engine()
    draft = "Mum lacks the capacity to see the danger Dean poses to the twins."
    reports = eng.check_document(draft, "worry")
    fixes = [f.fix for r in reports for f in r.findings if f.fix is not None and "cannot" in f.fix.replacement]
    assert fixes and all(fix.applicability != "safe" for fix in fixes)
    assert "lacks the capacity" in fixed_text(draft, reports).text  # --fix leaves a reworded negation alone


# --- "escalate": "get worse" only when said of a state of things -----------------------------
@pytest.mark.parametrize("draft, plain", [
    ("Kian's temper has escalated since his dad left.", "has got worse"),
    ("Mum's drinking escalated over the summer holidays.", "drinking got worse"),
    ("The shouting in the flat is escalating and neighbours have called the police twice.", "is getting worse"),
    ("Fights between Ada and her brother have escalated this term.", "have got worse"),
    ("Since March the arguments between Mr and Mrs Dale have escalated.", "have got worse"),
])
def test_escalate_said_of_a_state_becomes_get_worse(draft, plain):
    result = _rewrite([draft])[0]
    assert plain in result.text and "escalat" not in _bare(result.text)


@pytest.mark.parametrize("draft", [
    "The social worker will escalate the case to legal planning.",  # a step in a process
    "The row escalated into a fight in the street on Friday.",  # "into": what it became
    "The matter was escalated to the team manager.",  # passive: a process word
    "If nothing changes the case may escalate.",  # the case, not a state of things
    "Dad escalated when the police arrived.",  # a person's act: what did he do?
])
def test_escalate_in_its_process_sense_is_not_made_get_worse(draft):
    # The draft's words are not swapped; a [question] after the sentence may ask what got worse.
    assert "worse" not in _bare(_rewrite([draft])[0].text)


# --- phrases that change with "be" before them ----------------------------------------------
@pytest.mark.parametrize("draft, plain", [
    ("Tariq was in possession of a lock knife when police stopped him on 9 May.", "Tariq had a lock knife"),
    ("Cannabis was found in Dad's coat and he is in possession of more at his flat.", "he has more"),
    ("Aimee was caught in possession of vapes in school.", "caught with vapes"),
    ("Mr Rowe has been in possession of Mum's bank card since June.", "has had Mum's bank card"),
    ("Dad is in breach of the non-molestation order and has come to the house at night.", "is breaking"),
    ("Jordan was in breach of his curfew on 3 April.", "Jordan was breaking his curfew"),
])
def test_be_in_possession_or_breach_of_takes_the_plain_verb(draft, plain):
    assert plain in _rewrite([draft])[0].text


def test_a_negated_possession_is_not_turned_round():
    result = _rewrite(["Dad was not in possession of a knife when he was searched."])[0]
    assert "not" in _bare(result.text) and "with a knife" not in result.text


@pytest.mark.parametrize("draft, plain", [
    ("Mia is subject to a child protection plan because of neglect.", "Mia is on a child protection plan"),
    ("The twins were made subject to child protection plans in January.", "were put on child protection plans"),
    ("Dad has been made subject to a restraining order.", "Dad has been put on"),
    ("Since 2023 Kofi has been subject to a care order.", "Kofi has been on"),
    # Round 33 (moved pin, the lead to confirm; review33 P#2): "under the category of" -> "because of" is
    # advice only (a plan's category is not a finding that the abuse caused it); the rewrite no longer
    # writes a swap of linking words that `--fix` holds back as uncertain.
    ("Ellis was subject to a plan under the category of emotional abuse.", "was on a plan under the category of emotional abuse"),
])
def test_subject_to_a_plan_or_order_is_on_it(draft, plain):
    result = _rewrite([draft])[0]
    assert plain in result.text and "subject to" not in _bare(result.text)


def test_subject_to_something_that_is_not_a_plan_or_order_is_left():
    assert "subject to review" in _rewrite(["The agreement with Mum is subject to review in June."])[0].text


# --- meetings, people and services with a plain name -----------------------------------------
@pytest.mark.parametrize("draft, plain", [
    ("Dad was too drunk to take part in the case conference on 2 March.", "the child protection meeting"),
    ("An initial child protection conference will be held for Sol on 8 July.", "first child protection meeting"),
    ("Mum left the review conference after ten minutes.", "the child protection review meeting"),
    ("Nico (13) was seen getting into a van with an unknown male on Friday.", "a man nobody knew"),
    ("Two unknown males came to the flat and took Grace's phone.", "Two men nobody knew"),
    ("Remi told the police what happened in her ABE interview last week.", "video interview with the police"),
    ("The CPS decided not to charge Mr Hale.", "The Crown Prosecution Service decided not to charge"),
    ("Fern's nursery rang the LADO about Mr Kerr.", "the council officer who looks into worries about staff"),
])
def test_a_named_meeting_person_or_service_gets_its_plain_name(draft, plain):
    assert plain.lower() in _rewrite([draft])[0].text.lower()


# --- negative terms become a question about what was not done, whole ------------------------
@pytest.mark.parametrize("draft", [
    "There has been non-engagement with the health visitor since Eli was born.",
    "There is a lack of engagement from Mr and Mrs Shah with the family centre.",
    "Both carers have a history of heroin use and non-engagement with the drug service.",
    "Because of non-engagement with CAMHS, Noah (12) has had no help since January.",
    "The key worry is Dad's non-engagement with the domestic abuse course.",
])
def test_a_negative_term_becomes_a_question_and_never_its_opposite(draft):
    # Round 22: where the term is a verb's object ("have a history of heroin use and
    # non-engagement") its words stay, whole, and the question follows the sentence.
    result = _rewrite([draft])[0]
    bare = _bare(result.text)
    assert "work with" not in bare  # never flipped into its opposite
    assert "engagement" not in re.sub(r"\b(?:non-|a lack of |lack of )engagement\b", "", bare)
    assert not re.search(r"\bnon-?\s*\[", result.text)  # never half a word
    assert any("missed" in p.text for p in result.placeholders)


def test_the_scaffold_does_not_ask_again_what_a_jargon_question_asks():
    result = _rewrite(["There has been non-engagement with the health visitor since Eli was born."])[0]
    asks = " ".join(p.text for p in result.placeholders)
    assert "missed, and when?]" in asks
    assert "[What did the adults do or not do" not in asks and "[When or where" not in asks


# --- jargon in a goal gets a question from the goal's advice --------------------------------
@pytest.mark.parametrize("draft", [
    "Mum will be a protective factor for Isla.",
    "Dad will take part in a parenting assessment with Mrs Khan.",
    "Nan will be part of the professional network for Jude.",
    "Mr Barnes will show good enough parenting for Cody.",
    "Mum will make sure Bo's emotional availability needs are met.",
])
def test_goal_jargon_with_no_swap_becomes_a_question_from_the_goal_advice(draft):
    results = _rewrite([draft], "goal")
    assert not _jargon_left(results, "goal"), results[0].text


def test_goal_advice_shapes_make_questions():
    assert _question("Say in everyday words what Mum or Dad will do each week, and who will see it.") == \
        "[What plain words say this? Say what Mum or Dad will do each week, and who will see it.]"
    assert _question("Say plainly what will happen next if this does not change.") == \
        "[What plain words say this? Say what will happen next if this does not change.]"
    assert _question("Leave this out, or say what [name] wanted and how you listened.", "Kit") == \
        "[What plain words say this? Say what Kit wanted and how you listened.]"
    assert _question("Name the adult, for example Nan or Aunt Kerry.") == "[What plain words say this? Name the adult.]"
    assert _question("Use the young person's name.") is None  # asked as "[young person's name]" instead


def test_words_in_a_question_are_not_read_as_the_carers():
    # "[… what Mum or Dad will do …]" in a question names nobody: the goal speaks to Mum alone.
    result = _rewrite(["Mum will be a protective factor for Isla."], "goal")[0]
    assert result.text.startswith("Mum, you and Isla need")


# --- who a question is about -----------------------------------------------------------------
@pytest.mark.parametrize("draft, kind", [
    ("The YP is beyond parental control and keeps putting herself at risk.", "worry"),
    ("The YP will make safer choices and stop going to the flat.", "goal"),
    ("The YP has made a lifestyle choice to stay out with older boys.", "worry"),
    ("The YP is placing himself at risk by going to Manchester with men he met online.", "worry"),
    ("The YP will keep herself safe online.", "goal"),
])
def test_an_acronym_is_never_the_child_a_question_asks_about(draft, kind):
    result = _rewrite([draft], kind)[0]
    asks = [p.text for p in result.placeholders]
    assert not any("YP" in q for q in asks), asks
    flagged = [q for q in asks if q.startswith(("[What did", "[What will the adults do to keep"))]
    assert len(flagged) == len(set(flagged))


@pytest.mark.parametrize("draft, kept", [
    ("Grace is not able to keep herself safe and is often missing overnight.", "Grace is often missing overnight."),
    ("Tom is unable to keep himself safe and has been drinking in the park with older boys.",
     "Tom has been drinking in the park with older boys."),
    ("Mia (15) is not able to keep herself safe online, and she has sent photos to a man she met on Snapchat.",
     "She has sent photos to a man she met on Snapchat."),
    ("Kayden, 14, is unable to protect himself from older males and was found in a flat in Hull on 3 May.",
     "Kayden was found in a flat in Hull on 3 May."),
    ("Sami is not able to keep himself safe and stays out until 2am.", "Sami stays out until 2am."),
])
def test_not_able_to_keep_safe_is_one_clause_and_the_next_clause_stays(draft, kept):
    result = _rewrite([draft])[0]
    assert kept in result.text
    assert not re.search(r"\bable\.", result.text) and "] and " not in result.text


def test_an_age_set_off_by_commas_stays_beside_the_name():
    result = _rewrite(["Kayden, 14, is unable to protect himself from older males and was found in a flat."])[0]
    assert "Kayden (14)" in result.text and "Kayden 14" not in result.text


def test_a_swap_that_adds_a_not_is_never_written_by_fix():
    eng = shared_engine()
    draft = "Nico (13) was seen getting into a van with an unknown male on Friday."
    reports = eng.check_document(draft, "worry")
    fixes = [f.fix for r in reports for f in r.findings if f.fix is not None and "nobody" in f.fix.replacement]
    assert fixes and all(fix.applicability != "safe" for fix in fixes)
    assert "unknown male" in fixed_text(draft, reports).text


# --- questions only for parts the draft lacks (issue 11 §2, round 6) -------------------------
def _asks(result) -> str:
    return " ".join(p.text for p in result.placeholders)


@pytest.mark.parametrize("draft", [
    "Mum smacked Kit during family time at the centre.",
    "Dad shouted at Nell during the drive home from football.",
    "Mum's partner has pushed Ty against the wall twice since the summer holidays.",
    "Dad swore at Ruby's teacher at the review meeting and Ruby heard it.",
    "Mum was drunk at the child protection review and fell asleep.",
])
def test_a_time_phrase_or_a_meeting_says_when_and_the_question_is_not_asked(draft):
    assert "[When or where" not in _asks(_rewrite([draft])[0])


@pytest.mark.parametrize("draft", [
    "Dad shouts at Leo and calls him names.",
    "Mum smacks Kit and pulls his hair.",
    "Dad did not go to the planning meeting and missed two of Joe's appointments.",  # a meeting gone to is no "where"
])
def test_with_no_time_or_place_the_when_question_is_still_asked(draft):
    assert "[When or where" in _asks(_rewrite([draft])[0])


def test_a_question_in_place_of_a_flagged_clause_keeps_its_when():
    result = _rewrite(["Mum failed to protect Rosa by letting Gary move back in after the court hearing."])[0]
    assert "after the court hearing" in _asks(result) and "[When or where" not in _asks(result)


@pytest.mark.parametrize("draft", [
    "Dad will stop drinking on Fridays so Orla can go to her swimming lesson.",
    "Mum will get up at 7am so that the children have breakfast before school.",
    "Nan will wash Kai's uniform every Sunday so Kai goes to school in clean clothes.",
    "Mr Finch will keep the stairgate shut so the baby cannot fall down the stairs.",
    "Mum will put a lock on the kitchen cupboard so Theo and Mabel cannot reach the tablets.",
])
def test_a_so_clause_about_the_child_is_what_the_child_gets_and_is_not_asked_for(draft):
    assert "see, hear and feel" not in _asks(_rewrite([draft], "goal")[0])


@pytest.mark.parametrize("draft", [
    "Dad will stop drinking on Fridays so he can drive.",
    "Mum will go to bed earlier so that she is less tired.",
])
def test_a_so_clause_about_an_adult_still_asks_what_the_child_gets(draft):
    assert "see, hear and feel" in _asks(_rewrite([draft], "goal")[0])


@pytest.mark.parametrize("draft", [
    "Maya has been associating with an older male who gives her vapes.",
    "Jas is putting herself at risk with unknown adult males she meets at the bus station.",
    "Lily-Rose (14) has made a lifestyle choice to spend time with an unknown male.",
    "Kane is thought to be running errands for older males on the estate.",
    "Tia is placing herself at risk by getting into cars with unidentified males.",
])
def test_a_question_names_the_adults_in_the_family_s_words(draft):
    asks = _asks(_rewrite([draft])[0])
    assert not re.search(r"\b(?:males?|females?)\b", asks), asks


@pytest.mark.parametrize("draft", [
    "The Local Authority may seek to initiate PLO proceedings if Mum does not comply with the plan.",
    "The council will start care proceedings unless Dad stops drinking.",
    "The family has been stepped down to early help and the threshold for a child protection plan is not met.",
    "The Local Authority will consider a parenting assessment if Mr Bell comes back.",
    "The children remain subject to child protection plans and the statutory framework applies.",
])
def test_a_question_inside_a_sentence_never_breaks_the_scaffold_around_it(draft):
    # Round 22: every term here is a verb's subject or object ("initiate PLO proceedings", "the
    # threshold … is not met"): its words stay and its question follows the sentence, so the
    # scaffold reads the sentence whole and asks only for the parts it lacks.
    result = _rewrite([draft])[0]
    assert result.text.startswith("[Who is worried?"), result.text
    assert any(re.match(r'\["[^"]+": ', p.text) for p in result.placeholders), result.text
    assert fidelity.without_placeholders(result.text).count("someone someone") == 0


# --- a verb with no swap that fits: the words stay and a question follows their sentence ------
@pytest.mark.parametrize("draft, term", [
    ("The health visitor is worried that Rosa (2) was presented to A&E on 4 June with burns to her hand.",
     "presented to"),
    ("The social worker is worried that Dad told the school he wants Kofi (13) accommodated.", "accommodated"),
    ("Nan is worried that Dad keeps phoning Mum at night, so the case may escalate for Ivy (5).",
     "escalate"),
])
def test_a_verb_term_with_no_fitting_swap_is_kept_and_asked_about_once(draft, term):
    text = _rewrite([draft])[0].text
    bare = _bare(text)
    assert term in bare  # the draft's words stay: no swap that would break the sentence
    assert text.count(f'["{term}":') == 1  # asked once, naming the words, though two stages ask
    asked_at = text.index(f'["{term}":')
    assert text.rfind(".", 0, asked_at) > text.index(term)  # after the sentence, not inside it
    assert fidelity.negations(shared_engine().nlp(bare)) >= fidelity.negations(shared_engine().nlp(draft))


def test_a_question_about_who_the_child_is_with_reads_as_a_request_not_a_broken_question():
    assert _question("Say who the child went to live with, when, and that Mum or Dad agreed.") == (
        "[What plain words say this? Say who the child went to live with, when, and that Mum or Dad agreed.]")
    assert _question("Say who asked for help from whom, and why.") == "[Who asked for help from whom, and why?]"


# --- round 7 swaps for nouns the rewrite still left -------------------------------------------
@pytest.mark.parametrize("draft, plain, gone", [
    # round 31 (review31 #6): "contact arrangements" is a legal arrangement's name, kept with its
    # question after (tests/test_review_round31b.py), no longer swapped.
    ("The health visitor is worried that Remi (1) has dropped two centiles since Mum stopped his feeds.",
     "dropped two lines on the growth chart", "centiles"),
    ("The social worker is worried that Dad cannot provide good enough parenting when he drinks.",
     "provide the care children need", "good enough parenting"),
])
def test_round7_noun_swaps_keep_the_sentence(draft, plain, gone):
    text = _rewrite([draft])[0].text
    assert plain in text and gone not in _bare(text)
