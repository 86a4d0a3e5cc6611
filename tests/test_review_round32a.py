"""Round 32 (review32a): the rewrite and compare's combined draft, as a family or a team would read
them. Two practitioners' trials (review32 P#1, P#4, P#6; review32q Q#6) found classes of fault;
every sentence here is my own (other names, harms and wording), with near misses that must not
change.

1. A passive whose subject a joined verb shares ("X was hurt by A but was pushed by B") turned
   round must not give the joined verb a new subject: the subject is said again, or the sentence
   stays. The grammar-and-fidelity check counts a verb whose doer or undergoer changed
   (fidelity.changed_subjects).
2. A goal speaks to the adults the draft names, never an added one; the writer's --name words for
   a role the tables do not list (grandmother, grandfather) and for "parents" are used.
3. A question never takes the object of a verb's own preposition ("cooperate with [...]"); words
   with no plain swap that keeps their meaning ("birth father", "placement") stay; a group of
   professionals is never taken for the child.
4. compare: "what the adults did" and "when" prefer the sentence telling a dated incident.
"""
from __future__ import annotations

import pytest

from sos_lint.api import check, engine as shared_engine
from sos_lint.compare import compare
from sos_lint.rewrite import fidelity, rewrite_many


def _words_only(drafts, kind="worry", names=None):
    return [r.text for r in rewrite_many(drafts, [kind] * len(drafts), names=names, scaffold=False)]


def _full(drafts, kind="goal", names=None):
    return [r.text for r in rewrite_many(drafts, [kind] * len(drafts), names=names)]


def _changed(draft: str, rewrite: str) -> list[str]:
    eng = shared_engine()
    before, after = eng.parse([draft, fidelity.without_placeholders(rewrite)])
    return fidelity.changed_subjects(before, after, fidelity.covered_tokens(before, eng.lexicons))


# ---- 1. who did what to whom -------------------------------------------------------------------
def test_the_count_sees_a_joined_verb_given_a_new_subject():
    draft = "Maya was not smacked by Mum but was kicked by her brother Sam."
    assert _changed(draft, "Mum did not smack Maya but was kicked by her brother Sam.") == [
        "kick (undergoer: maya -> mum)"]
    draft = "Theo was fetched from school by his aunt and was given his inhaler by Nan."
    assert len(_changed(draft, "His aunt fetched Theo from school and was given his inhaler by Nan.")) == 1


def test_the_count_near_misses_a_plain_turn_round_and_a_role_word_swapped():
    assert _changed("Ruby was slapped by Dad on Friday.", "Dad slapped Ruby on Friday.") == []
    assert _changed("The mother was punched by the father.", "Dad punched Mum.") == []
    assert _changed("Maya was not smacked by Mum but was kicked by her brother Sam.",
                    "Mum did not smack Maya but Maya was kicked by her brother Sam.") == []
    assert _changed("Kai cried when Dad shouted.", "Kai cried when Dad shouted.") == []


SHARED = [
    "Maya was not smacked by Mum but was kicked by her brother Sam.",
    "Theo was fetched from school by his aunt and was given his inhaler by Nan.",
    "Isla was woken by Dad at 2am and then was made to clean the kitchen by him.",
]


@pytest.mark.parametrize("draft", SHARED)
def test_a_shared_subject_is_said_again_or_the_sentence_stays(draft):
    out = _words_only([draft])[0]
    assert _changed(draft, out) == [], out
    subject = draft.split()[0]
    # the joined verb's helper ("was kicked") still has the child before it, never the doer
    assert out == draft or f"{subject} was" in out.split(" but ")[-1] + out.split(" and ")[-1], out


def test_the_shared_subject_is_said_again_before_the_joined_verb():
    out = _words_only(["Maya was not smacked by Mum but was kicked by her brother Sam."])[0]
    assert out == "Mum did not smack Maya but Maya was kicked by her brother Sam.", out


NOT_SHARED = [
    # (draft, the turned-round words that must be there)
    ("Ruby was slapped by Dad on Friday.", "Dad slapped Ruby on Friday."),
    ("Ruby was slapped by Dad and she cried.", "Dad slapped Ruby and she cried."),  # a subject of its own
    ("Ruby was slapped by Dad while Nan watched.", "Dad slapped Ruby while Nan watched."),
]


@pytest.mark.parametrize("draft,expected", NOT_SHARED)
def test_near_misses_still_turn_round(draft, expected):
    assert _words_only([draft])[0] == expected


def test_a_joined_participle_with_no_helper_stays_passive():
    draft = "Ruby was slapped and kicked by Dad."
    out = _words_only([draft])[0]
    assert _changed(draft, out) == [] and "Dad slapped Ruby and kicked" not in out, out


def test_eval_rewrite_reports_the_new_count():
    assert "changed_subjects" in fidelity.COUNTS


# ---- 2. the adults the goal speaks to --------------------------------------------------------
def test_a_goal_never_speaks_to_a_dad_the_draft_does_not_have():
    draft = ("Mother to stop drinking before the school run. Mr Okoro to leave the flat when he is angry. "
             "Both parents will not shout in front of Zara.")
    out = _full([draft], names={"child": "Zara"})[0]
    assert out.startswith("Mum and Mr Okoro, you and Zara need"), out
    assert "Dad" not in out, out


def test_both_parents_with_dad_named_still_speaks_to_mum_and_dad():
    # the near miss: "Parents … Dad …" with nobody else named (round 30)
    out = _full(["Parents will stop swearing at Bo (4). Dad will not smoke in the car."])[0]
    assert out.startswith("Mum and Dad, you and Bo"), out


def test_the_writers_word_for_a_grandparent_is_used():
    draft = "Grandfather to take Eli to nursery every morning and to cook his tea."
    out = _full([draft], names={"child": "Eli", "grandfather": "Grandad"})[0]
    assert out.startswith("Grandad, you and Eli need"), out
    assert "Grandad will take Eli to nursery" in out and "Grandfather" not in out, out
    assert "[Who looks after" not in out


def test_without_the_writers_word_the_grandparent_stays():
    out = _full(["Grandfather to take Eli to nursery every morning and to cook his tea."])[0]
    assert "Grandfather will take" in out, out


def test_someone_elses_grandmother_is_not_swapped():
    out = _full(["Nan will walk Ivy to school. Her grandmother on Dad's side will ring on Sundays."],
                names={"grandmother": "Nan"})[0]
    assert "Her grandmother on Dad's side" in out, out


def test_the_writers_words_for_parents_are_spoken_to():
    draft = "Parents to go to counselling together and to stop arguing at bedtime."
    out = _full([draft], names={"child": "Femi", "parents": "Mummy Sade and Mama Jo"})[0]
    assert out.startswith("Mummy Sade and Mama Jo, you and Femi need"), out
    assert "[Who looks after" not in out


# ---- 3. broken sentences, lost content ---------------------------------------------------------
def test_a_question_never_takes_a_prepositional_verbs_object():
    out = _full(["Dad will cooperate with the parenting assessment and stop drinking on weekdays."])[0]
    assert "cooperate with the parenting assessment" in out, out
    assert "cooperate with [" not in out
    out = _words_only(["The nurse has concerns about Ivy's presentation at clinic."])[0]
    assert "concerns about Ivy's presentation" in out and "about [" not in out, out
    out = _words_only(["Dad will take part in a parenting assessment with Mrs Khan."], "goal")[0]
    assert "take part in a parenting assessment" in out and "in [" not in out, out


def test_a_question_in_place_still_where_no_verb_needs_the_words():
    # near miss: a verbless line's item and a phrase before the verb are still asked in place
    out = _words_only(["Because of non-engagement with CAMHS, Noah (12) has had no help since January."])[0]
    assert "non-engagement" not in fidelity.without_placeholders(out), out


def test_birth_father_and_birth_mother_are_never_made_mum_or_dad():
    out = _full(["You will both stop all contact with Kai's birth father before the review."])[0]
    assert "Kai's birth father" in out and "Kai's dad" not in out.lower().replace("birth father", ""), out
    out = _words_only(["Leo (6) sees his birth mother once a month at the family centre."])[0]
    assert "birth mother" in out and "his Mum" not in out, out


def test_a_child_in_care_keeps_her_placement():
    out = _words_only(["Jade (13) ran away from her placement twice in May."])[0]
    assert "placement" in out and "her home" not in out, out


def test_the_mother_is_still_made_mum():
    # near miss: a role word with a plain family word still takes it
    assert _words_only(["The mother was punched by the father."])[0] == "Dad punched Mum."


def test_professionals_are_never_taken_for_the_child():
    out = _words_only(["Professionals are worried that Lily (15) is putting herself at risk with older men."])[0]
    assert "to Professionals" not in out and "to professionals" not in out, out


# ---- 4. compare: the dated incident ------------------------------------------------------------
def test_compare_prefers_the_dated_incident_for_what_the_adults_did():
    ana = ("The health visitor is worried that Mum (Dana) smokes cannabis most nights and then falls asleep. "
           "On 12 June she fell asleep on the sofa while Leo (2) climbed onto the balcony. "
           "Leo cries when Mum will not wake up. If nothing changes, Leo could fall from the balcony.")
    ben = ("Ben, the social worker, is worried that Mum uses cannabis. "
           "Leo is often left without a grown-up awake. If nothing changes, Leo could be hurt.")
    result = compare([("Ana", check(ana, "worry")), ("Ben", check(ben, "worry"))])
    worry = result.kinds[0]
    rows = {row.name: row for row in worry.components}
    assert rows["behaviour"].best is not None and "On 12 June" in rows["behaviour"].best.text
    assert any("On 12 June" in s.text for s in worry.combined)


def test_compare_without_a_date_keeps_the_cheapest_sentence():
    ana = "The health visitor is worried that Mum smokes cannabis most nights. Leo (2) cries at night."
    result = compare([("Ana", check(ana, "worry"))])
    rows = {row.name: row for row in result.kinds[0].components}
    assert rows["behaviour"].best is not None and rows["behaviour"].best.text.startswith("The health visitor")


def test_a_hedged_behaviour_keeps_the_behaviour_and_asks_who_saw_it():
    out = _words_only(["Dad is on probation. It is thought that he continues to sell cannabis from the flat."])[0]
    assert "continues to sell cannabis from the flat" in out, out
    assert "[Who is worried? What did they see or hear?]" in out, out
    out = _words_only(["It is believed that Mum keeps leaving Ava (3) alone at night."])[0]
    assert "keeps leaving Ava (3) alone at night" in out, out


def test_a_plan_to_continue_is_still_a_plan():
    # near miss: "will continue to go" is what the plan asks, not an act the count must keep
    eng = shared_engine()
    doc = next(iter(eng.parse(["Dad will continue to go to the group every Monday."])))
    assert fidelity.adult_acts(doc) == []


def test_a_goal_noun_phrase_with_of_takes_will():
    out = _full(["The condition of the bedrooms to improve by June."])[0]
    assert "the condition of the bedrooms will improve by June" in out, out
    assert "bedrooms to improve" not in out
