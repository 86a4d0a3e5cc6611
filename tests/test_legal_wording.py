"""Round 39 (r39h): evidence and legal wording in the checks' advice, from a local authority
solicitor's trial (review39l, "L#n"), mended by class (checks/legal_advice.py, advice_fit's section 20
reading, child_focus's quoted speaker), with sentences of our own and near misses that must not change.

- L#2: advice on an order, a threshold or a standard of proof fits where the matter stands: an order
  sought is not "what the court decided"; "balance of probabilities" in the writer's own draft is not
  "the court decided"; a made order keeps its advice.
- L#3: section 20 rests on the parents' agreement, never the child's.
- L#8: impersonal report frames ask who reported it, not "a guess"; an act written as a finding that
  the draft says is denied keeps the source and the denial.
- L#7 / L#10: a parent's quoted words are not "the child's own words"; words the domestic abuse advice
  asks not to repeat are not praised; the record keeps what was told.
- L#9: advice names the adult the words are about; a court order is not a service; no ready-to-paste
  order terms with the wrong people; whole-statement findings run 0..len(text).
"""
from __future__ import annotations

import pytest


def _report(engine, text: str, kind: str = "worry"):
    return engine.check_many([text], [kind])[0]


def _on(engine, text: str, words: str, code: str, kind: str = "worry"):
    start = text.index(words)
    end = start + len(words)
    return [f for f in _report(engine, text, kind).findings if f.code == code and f.start < end and start < f.end]


def _said(findings) -> str:
    return " ".join(f.message + " " + f.suggestion for f in findings)


# --- L#2: orders sought, made, or not said; the standard of proof --------------------------------
SOUGHT = [
    ("Lena's social worker, Ms Gill, is worried that Lena (5) has been left alone overnight three times since "
     "April. The council will apply for an emergency protection order if it happens again.",
     "emergency protection order"),
    ("Ms Gill and the school nurse are worried that Omar (8) has had no food at home on school days since "
     "March. An application for an interim supervision order is being considered.", "interim supervision order"),
    ("Ms Gill is worried that Ruby (2) was found alone in the flat on 4 May. The council is thinking about "
     "seeking a placement order for Ruby.", "placement order"),
]


@pytest.mark.parametrize("text,words", SOUGHT)
def test_an_order_sought_is_not_said_to_be_decided(engine, text, words):
    found = _on(engine, text, words, "SOS101")
    assert found, "the order is still jargon"
    said = _said(found)
    assert "court decided" not in said and "court has decided" not in said and "court has agreed" not in said
    assert "thinking of asking the court" in said


def test_an_order_made_keeps_what_the_court_decided(engine):
    text = ("Ms Gill is worried that Omar (8) was hit with a cable on 2 April. An interim care order was granted "
            "on 9 April 2026 and Omar now lives with his aunt Hana.")
    said = _said(_on(engine, text, "interim care order", "SOS101"))
    assert "court decided" in said
    assert "thinking of asking" not in said


def test_a_supervision_order_is_not_said_to_decide_where_a_child_lives(engine):
    text = ("Ms Gill is worried that Omar (8) was hit with a cable on 2 April. A supervision order was made on "
            "9 April 2026.")
    said = _said(_on(engine, text, "supervision order", "SOS101"))
    assert "who the child lives with" not in said


def test_an_order_with_no_status_is_asked_about(engine):
    text = ("Ms Gill is worried that Omar (8) has missed school most Mondays since March. Mum is upset about "
            "the care order and shouts at Omar when he asks about it.")
    said = _said(_on(engine, text, "care order", "SOS101"))
    assert "whether a court has made this order" in said
    assert "court decided" not in said


def test_balance_of_probabilities_in_a_draft_is_the_writers_view(engine):
    text = ("Ms Gill is worried that, on the balance of probabilities, Mr Hale burnt Kian's (5) hand with a "
            "lighter on 9 May 2026.")
    said = _said(_on(engine, text, "balance of probabilities", "SOS101"))
    assert "only a court decides" in said
    assert "court decided" not in said


def test_balance_of_probabilities_after_a_courts_finding_keeps_its_advice(engine):
    text = ("The judge found on the balance of probabilities that Mr Hale burnt Kian's (5) hand with a lighter "
            "on 9 May 2026, and Ms Gill is worried it could happen again.")
    said = _said(_on(engine, text, "balance of probabilities", "SOS101"))
    assert "only a court decides" not in said


# --- L#3: section 20 is the parents' agreement -----------------------------------------------------
SECTION_20 = [
    "Ms Gill is worried that Noor (9) was left with bruises on 2 May. Noor has been living with her grandmother "
    "under section 20 since 5 May 2026.",
    "Ms Gill is worried that Noor (9) was left with bruises on 2 May. She was accommodated under section 20 "
    "last year.",
]


@pytest.mark.parametrize("text", SECTION_20)
def test_section_20_advice_names_the_parents_agreement(engine, text):
    words = "section 20" if "accommodated" not in text else "accommodated under section 20"
    found = _on(engine, text, words, "SOS101")
    said = _said(found)
    assert found and "Mum or Dad agreed" in said
    assert "Noor agreed" not in said and "noor" not in said


# --- L#8: hearsay frames and contested acts -----------------------------------------------------------
def test_an_impersonal_report_asks_who_reported_it(engine):
    text = ("Ms Gill is worried about Kian (5). It was reported that Mr Hale threw a mug at Kian on 3 May 2026. "
            "If nothing changes, Kian could be badly hurt.")
    found = _on(engine, text, "It was reported", "SOS304")
    said = _said(found)
    assert found and "who reported" in said and "guess" not in said.replace("not a guess", "")


def test_a_belief_is_still_a_guess(engine):
    text = ("Ms Gill is worried about Kian (5). It is believed that Mr Hale drinks every night. If nothing "
            "changes, Kian could be left without a sober adult.")
    found = _on(engine, text, "It is believed", "SOS304")
    assert found and "guess" in _said(found) and "who reported" not in _said(found)


def test_a_denied_act_written_as_a_finding_keeps_the_source_and_the_denial(engine):
    text = ("Ms Gill is worried about Kian (5). Mr Hale assaulted Ms Ford on 3 May 2026 in the kitchen while "
            "Kian was there. Mr Hale denies this. If nothing changes, Kian could be hurt.")
    found = _on(engine, text, "assaulted", "SOS301")
    said = _said(found)
    assert found and "the denial" in said and "punched" not in said


def test_an_act_nobody_denies_keeps_the_usual_advice(engine):
    text = ("Ms Gill is worried about Kian (5). Mr Hale assaulted Ms Ford on 3 May 2026 in the kitchen while "
            "Kian was there. Kian hid in his room. If nothing changes, Kian could be hurt.")
    said = _said(_on(engine, text, "assaulted", "SOS301"))
    assert "the denial" not in said and "punched" in said


# --- L#7 / L#10: who said it; what was told ---------------------------------------------------------
def test_a_parents_quote_is_not_the_childs_own_words(engine):
    text = ("Ms Gill is worried that Kian (5) has come to school hungry on six days since 1 March 2026. "
            "Ms Ford said \"I am not feeding him if he won't eat what I make\". If nothing changes, Kian could "
            "go hungry.")
    assert not any("child's own words" in s for s in _report(engine, text).strengths)


def test_a_childs_quote_is_still_a_strength(engine):
    text = ("Ms Gill is worried that Kian (5) has come to school hungry on six days since 1 March 2026. "
            "Kian said \"I only get crisps for tea\". If nothing changes, Kian could go hungry.")
    assert any("child's own words" in s for s in _report(engine, text).strengths)


def test_domestic_abuse_told_is_one_reading(engine):
    text = ("Ms Gill and the school are worried that Mr Hale kicks Ms Ford when he has been drinking. Kian (6) "
            "told his teacher \"Daddy kicked Mummy in the hall\". If nothing changes, Kian could be hurt or "
            "grow up frightened at home.")
    report = _report(engine, text)
    told = [f for f in report.findings if "do not repeat what was told" in f.message]
    assert told and all("case record" in f.message for f in told)
    assert not any("Daddy kicked Mummy" in s for s in report.strengths)


# --- L#9: the right person; a court order is not a service; order terms; offsets -----------------------
def test_advice_names_the_adult_the_words_are_about(engine):
    text = ("Mum (Ewa Nowak) and her partner Tomasz look after Lena (4). Tomasz has failed to engage with the "
            "drug service since March, and Lena has been left alone in the flat twice.")
    found = _on(engine, text, "failed to engage", "SOS511")
    assert found and "Tomasz" in found[0].suggestion and "Mum" not in found[0].suggestion


def test_advice_on_mums_own_words_still_names_mum(engine):
    text = ("Mum (Ewa Nowak) and her partner Tomasz look after Lena (4). Mum has failed to engage with the "
            "drug service since March, and Lena has been left alone in the flat twice.")
    found = _on(engine, text, "failed to engage", "SOS511")
    assert found and "Tomasz" not in found[0].suggestion


def test_an_assessment_of_another_relative_names_them(engine):
    text = ("Lena will be safe at home. The kinship assessment of her aunt Ruth will be completed by June. "
            "Mum will take Lena to nursery every day.")
    said = _said(_on(engine, text, "kinship assessment", "SOS101", "goal"))
    assert said and "Mum or Dad" not in said and "aunt Ruth" in said


def test_a_court_order_is_not_a_service(engine):
    text = "Ewa to adhere to the occupation order made on 2 May 2026. Lena will be safe at home."
    found = _on(engine, text, "adhere to the occupation order", "SOS511", "goal")
    assert found and "going to services" not in found[0].message and "binds" in found[0].message


def test_a_service_is_still_a_service(engine):
    text = "Ewa to engage with the family support service. Lena will be safe at home."
    found = _on(engine, text, "engage with", "SOS511", "goal")
    assert found and "going to services" in found[0].message


def test_no_ready_to_paste_order_terms(engine):
    text = ("Ms Gill is worried that Kian (5) saw Mr Hale punch Ms Ford on 3 May 2026. Ms Ford has a "
            "non-molestation order against Mr Hale. If nothing changes, Kian could be hurt.")
    said = _said(_on(engine, text, "non-molestation order", "SOS101"))
    assert said and "must not contact Mum" not in said


def test_whole_statement_findings_run_over_the_whole_text(engine):
    text = "Ewa to engage with the family support service and attend all meetings."
    report = _report(engine, text, "goal")
    whole = [f for f in report.findings if f.code in ("SOS510", "SOS514", "SOS515", "SOS519", "SOS401")]
    assert whole
    assert all((f.start, f.end) == (0, len(report.text)) for f in whole)


def test_a_disclosure_in_a_domestic_abuse_worry_is_not_praised(engine):
    text = ("Ms Gill is worried that Mr Hale kicks Ms Ford when he has been drinking. Kian (6) disclosed to his "
            "teacher \"Daddy kicked Mummy and I was scared\". If nothing changes, Kian could be hurt.")
    report = _report(engine, text)
    assert any("do not repeat" in f.message for f in report.findings)
    assert not any("child's own words" in s for s in report.strengths)


def test_a_young_person_spoken_to_keeps_their_own_words(engine):
    text = ("Jade, you are 16, and you have told us you want \"a room of my own and a bit of peace\". You will "
            "stay with Auntie Rose on school nights, and Rose will drive you to college every morning.")
    assert any("child's own words" in s for s in _report(engine, text, "goal").strengths)


def test_a_parent_spoken_to_is_not_the_child(engine):
    text = ("Mum, you told the nurse \"I can't get up in the mornings any more\". You will set an alarm for 7am "
            "and Nan will ring you at 7.15 so that Kian (5) gets breakfast before school.")
    assert not any("child's own words" in s for s in _report(engine, text, "goal").strengths)


@pytest.mark.parametrize("text,words", [
    ("Leo (6) has lived with Nan since 2024, and Nan has an SGO for Leo. Ms Gill is worried that Dad came to "
     "the house drunk on 3 May 2026 and shouted at Leo.", "SGO"),
    ("Leo (6) lives with his aunt on a child arrangements order. Ms Gill is worried that Dad came to the house "
     "drunk on 3 May 2026 and shouted at Leo.", "child arrangements order"),
])
def test_an_order_held_keeps_its_advice(engine, text, words):
    found = [f for f in _report(engine, text).findings if f.code in ("SOS101", "SOS102")
             and text[f.start:f.end] == words]
    assert found
    said = _said(found)
    assert "thinking of asking" not in said and "whether a court has made" not in said


def test_two_adults_named_together_are_both_named(engine):
    text = ("Before the baby is born, Kerry and her partner Jonas will have a plan for who will care for the baby. "
            "Kerry and Jonas will engage with the family hub. Kerry's mum will stay over at weekends.")
    found = _on(engine, text, "engage with", "SOS511", "goal")
    assert found and "Kerry and Jonas" in found[0].suggestion


def test_an_order_named_elsewhere_in_the_sentence_does_not_make_a_service_an_order(engine):
    text = "Dad to engage with the drug service and keep to his bail conditions. Lena will be safe at home."
    service = _on(engine, text, "engage with", "SOS511", "goal")
    order = _on(engine, text, "keep to his bail conditions", "SOS511", "goal")
    assert service and "going to services" in service[0].message
    assert order and "going to services" not in order[0].message
