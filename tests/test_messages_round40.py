"""Round 40 (review40w W#5, W#14): messages for a reader whose English is a second language.

W#5: advice that names who should act names the doer of the flagged words' clause (read from the
parse and the people analysis), never a default "Mum", "the adult" or "the young person" for someone
else; where the doer is a professional, a thing or nobody, the message is as it was; a child who is the
doer never takes the place of "the adult" (keeping a child safe is the adults' job).
W#14: the reasons for a change not written are plain and name the real fault; no idiom.
Only message text changes: every finding's code, span and severity are the same with and without the
new wording."""
from __future__ import annotations

import pytest

from sos_lint.checks import advice_actor


def _findings(engine, text, kind):
    return engine.check_document(text, kind)[0].findings


def _message(engine, text, kind, words, code=None):
    found = [f for f in _findings(engine, text, kind) if text[f.start:f.end] == words and (code is None or f.code == code)]
    assert found, [(f.code, text[f.start:f.end]) for f in _findings(engine, text, kind)]
    return found[0]


# --- W#5: the person the sentence names ---------------------------------------------------------

def test_a_passive_with_its_doer_names_the_doer_not_mum(engine):
    text = ("Mr Mensah, you and Kofi need evenings at home to be calm. The perpetrator programme must be "
            "attended by Mr Mensah every Thursday for six months.")
    for words in ("perpetrator programme", "programme must be attended"):
        finding = _message(engine, text, "goal", words)
        assert "Mr Mensah" in finding.message and "what Mum" not in finding.message, finding.message


def test_the_subject_of_the_clause_is_named_for_a_default_young_person(engine):
    text = ("The health visitor is worried that Baby Ife (4 months) could be shaken if the father does not "
            "desist from drinking in the evenings.")
    finding = _message(engine, text, "worry", "desist from")
    assert "Say what Dad will stop doing" in finding.message and "the young person" not in finding.message


def test_a_clause_with_no_person_as_doer_takes_the_doer_of_the_clause_it_hangs_from(engine):
    text = "Uncle Yaw will not stay at the flat until the course is completed."
    finding = _message(engine, text, "goal", "will not", "SOS512")
    assert "Say what Uncle Yaw WILL do instead" in finding.message or "Say what Yaw WILL do instead" in finding.message


def test_a_pronoun_doer_is_said_as_the_sentence_says_it(engine):
    # the statement names only Dad, so the family's words alone would say "what Dad will do"
    text = "Dad says he will help, and she must attend the parenting course every Monday."
    finding = _message(engine, text, "goal", "attend", "SOS511")
    assert "what she will do" in finding.message and "what Dad will do" not in finding.message


def test_near_miss_a_professional_doer_leaves_the_message_as_it_was(engine):
    text = "The family support worker will conduct unannounced visits every fortnight to monitor compliance."
    finding = _message(engine, text, "goal", "monitor compliance")
    assert "the family support worker will do" not in finding.message.lower()
    assert "will do" in finding.message


def test_near_miss_a_child_doer_never_takes_the_place_of_the_adult(engine):
    text = "Zara (14) will not go to the park after dark with the older boys."
    finding = _message(engine, text, "goal", "not go", "SOS512")
    assert "Say what Zara will do" not in finding.message
    assert "Say what the adults will do" in finding.message


def test_near_miss_quoted_examples_keep_their_own_people(engine):
    text = "Mr Mensah must attend the anger management course at the family centre."
    finding = _message(engine, text, "goal", "attend the anger management course", "SOS511")
    assert "Say what Mr Mensah will do" in finding.message
    assert "\"Mum will read with her son every night\"" in finding.message  # the example, as written


def test_said_of_leaves_quotes_and_words_it_does_not_know():
    text = 'Say what the adult WILL do instead, e.g. "Dad will go to Nan\'s when he feels angry".'
    assert advice_actor.said_of(text, "Mr Boateng") == \
        'Say what Mr Boateng WILL do instead, e.g. "Dad will go to Nan\'s when he feels angry".'
    assert advice_actor.said_of(text, "Zara", child=True) == text
    assert advice_actor.said_of("Say what the adult who hurts her will do.", "Dad") == \
        "Say what the adult who hurts her will do."


STATEMENTS = [
    ("goal", "The domestic abuse perpetrator programme must be attended by Mr Asante, and the mother will not "
             "drink when she is caring for Akua."),
    ("worry", "It is the considered view of the social worker that Kojo is at risk if the mother does not desist "
              "from the relationship."),
    ("goal", "The minor must refrain from associating with the said males and the father will not reside at the home."),
    ("goal", "Mum will attend a parenting course and engage with services."),
]


@pytest.mark.parametrize("kind,text", STATEMENTS)
def test_only_the_wording_changes(engine, monkeypatch, kind, text):
    def shape(found):
        return sorted((f.code, f.start, f.end, f.severity) for f in found)

    with_actor = shape(engine.check_document(text, kind)[0].findings)
    monkeypatch.setattr(advice_actor, "fitted", lambda ctx, code, s, e, m, sug: (m, sug))
    assert shape(engine.check_document(text, kind)[0].findings) == with_actor


# --- W#14: plain reasons -------------------------------------------------------------------------

def test_a_held_back_swap_names_the_fault_its_new_words_would_have(engine):
    from sos_lint.commands.fixing import held_back, safe_fixes

    text = ("Safety goal 2 – school\nIt is expected that the father will ensure the child Kemi attends school on a "
            "regular basis and punctually, as he has been seen to arrive late many times.\n")
    reports = engine.check_document(text)
    result = safe_fixes(engine, text, reports, None)
    lines = held_back(text, result, reports, False)
    line = next(line for line in lines if "\u00abon a regular basis\u00bb" in line)
    assert "the check would flag the new words too (\"" in line and "is vague" in line, line
    assert "a label, a guess, blame or a role word" not in line


def test_each_flagging_fault_is_said_in_plain_words():
    from sos_lint.commands.fixing import FLAGGED_AS, WHY_HELD, why_held
    from sos_lint.fixes import TextEdit

    for code, says in FLAGGED_AS.items():
        edit = TextEdit(0, 4, "DV", "domestic violence", "SOS102", "acronym", "unsafe", "flagged", f"{code}:domestic violence")
        assert why_held(edit) == (f"the check would flag the new words too (\"domestic violence\" {says}), so rewrite "
                                  "this part in your own words")
    unknown = TextEdit(0, 4, "DV", "domestic violence", "SOS102", "acronym", "unsafe", "flagged", "SOS999:x")
    assert why_held(unknown) == WHY_HELD["flagged"]


def test_a_doubted_swap_names_both_words():
    from sos_lint.commands.fixing import why_held
    from sos_lint.fixes import TextEdit

    edit = TextEdit(0, 6, "whilst", "while", "SOS104", "formal", "unsafe")
    reason = why_held(edit)
    assert "\"while\" means the same as \"whilst\"" in reason and "may change what is meant" not in reason


IDIOMS = ("mend them", "in a letter's words", "praises an adult", "a better face", "plainer face")


def test_no_idiom_in_the_reasons_and_the_named_messages():
    import inspect

    from sos_lint.checks import jargon, specificity
    from sos_lint.commands import fixing

    said = " ".join(fixing.WHY_HELD.values()) + " ".join(fixing.FLAGGED_AS.values())
    assert not any(idiom in said for idiom in IDIOMS)
    source = inspect.getsource(jargon) + inspect.getsource(specificity)
    assert "in a letter's words" not in source and "\"praises an adult" not in source


def test_advice_naming_two_people_or_a_pronoun_of_the_default_is_left_alone():
    from sos_lint.checks.advice_actor import _fits_the_wording

    # two people on purpose: the one hurt and the one who hurt her
    assert advice_actor.said_of("Say who is helping Mum after what Dad did.", "Mr Boateng") == \
        "Say who is helping Mum after what Dad did."
    assert not _fits_the_wording("Say what Mum did to Dad and what Dad did next.", "Mr Boateng")
    # "she" points back to Mum: said of Dad it would not agree
    assert not _fits_the_wording("Say what Mum does when she feels low.", "Dad")
    assert _fits_the_wording("Say what Mum does when she feels low.", "she")
    # near miss: one default person, no pronoun of it
    assert _fits_the_wording("Say what the adult WILL do instead, e.g. \"Dad will go to Nan's\".", "Mr Boateng")


def test_near_miss_a_bare_given_name_or_a_named_worker_is_not_put_into_the_advice(engine):
    # a child the people reading may take for an adult, and a worker named by her first name
    text = "Kemi will stop going to the flat on Elm Road. Mum and Dad will collect her from school every day."
    finding = _message(engine, text, "goal", "stop going")
    assert "Say what Kemi" not in finding.message
    text = ("Dad, you will keep the stairs clear every day. Joy, the family support worker, will visit every "
            "fortnight to show the changes.")
    for finding in _findings(engine, text, "goal"):
        assert "what Joy will" not in finding.message


def test_escalated_and_place_of_safety_advice_cover_a_court_step(engine):
    text = ("The social worker is worried that Dad hit Kwame (9) on 2 May. If this continues the matter will be "
            "escalated to the family court for a place of safety order.")
    said = " ".join(f.message for f in _findings(engine, text, "worry"))
    assert "who decided it (the police or a court)" in said and "Say where the child or adult was taken" not in said
