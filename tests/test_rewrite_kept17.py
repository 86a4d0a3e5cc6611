"""Issue 11 §2, round 17: a goal's error phrase of compliance (SOS511) or absence of harm (SOS512)
is never kept with no plain question beside it about what the adults will do instead; no
question where the same or the next sentence says it already, and never a doubled question.

Every example here is written for these tests (none is copied from tests/data or corpus/)."""
from __future__ import annotations

import re

import pytest

import sos_lint
from sos_lint.rewrite import fidelity, instead, rewrite
from sos_lint.rewrite import scaffold as scaffolding

_INSTEAD = re.compile(r"(?i)\binstead\b|do at home each day")


def _errors(draft: str) -> list[str]:
    report = sos_lint.check(draft, kind="goal")
    return [draft[f.start:f.end] for f in report.findings
            if f.code in instead.CODES and f.severity == "error" and f.end > f.start]


def _sentences_with(text: str, words: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of the rewrite holding `words` outside a [question]."""
    out = []
    for m in re.finditer(r"(?<!\w)" + re.escape(words) + r"(?!\w)", text, re.IGNORECASE):
        if text[:m.start()].count("[") > text[:m.start()].count("]"):
            continue
        start = max(text.rfind(". ", 0, m.start()), text.rfind("] ", 0, m.start()))
        end = text.find(". ", m.end())
        out.append((start + 2 if start >= 0 else 0, end + 1 if end >= 0 else len(text)))
    return out


def _asked_beside(text: str, start: int, end: int) -> bool:
    """A question about what the adults will do instead in the sentence or right after it (before
    the next sentence of the writer's own words ends)."""
    rest = text[end:]
    following = re.match(r"(?:\s*\[[^\[\]]*\])*(?:[^\[.]*\.)?(?:\s*\[[^\[\]]*\])*", rest)
    before = re.search(r"(?:\[[^\[\]]*\]\s*)+$", text[:start])  # a question right before it
    window = text[before.start() if before else start: end + (following.end() if following else 0)]
    return any(_INSTEAD.search(q) for q in re.findall(r"\[[^\[\]]*\]", window))


def _instead_questions(text: str) -> list[str]:
    return [q for q in re.findall(r"\[[^\[\]]*\]", text) if _INSTEAD.search(q)]


SHOULD_ASK = [
    "Dad will stop shouting at Poppy. Poppy loves her dad. There will be no more police call-outs to the house.",
    "Mum will not leave Arlo alone in the flat. Arlo is four and likes dinosaurs. Mum will keep all appointments "
    "with the drug service.",
    "Kezia's mum will stay off alcohol. Kezia is eleven. Kezia's mum will not bring men back to the house.",
    "Grandad will not smoke near Iris. Iris has asthma. There will be no cigarettes in the house.",
    "Mr Quinn will not bring his friends back to the house after the pub. The house has two bedrooms. "
    "Mr Quinn will engage with the alcohol service.",
    "Mum and Dad will refrain from arguing in front of Tilly. Tilly is seven. There will be no more shouting at night.",
    "Aunt Rosa will not let Dean into the house. Mum will stop drinking.",
    "Lenny's dad will abstain from drugs. Lenny is at primary school. There will be no more drugs in the house.",
    "Dad will stop hitting Ruby. Ruby is six. Dad will not swear at Ruby when she cries.",
    "Mum will cease using cocaine. Mum has two children. Mum will not let Darren stay over.",
    "Steph will not drink when she has Maddie. Maddie is three. Steph will comply with the safety plan.",
    "Carl will stop taking drugs in the flat. Josh is two. There will be no more parties at the flat.",
]


@pytest.mark.parametrize("draft", SHOULD_ASK)
def test_every_kept_error_phrase_has_a_question_beside_it(draft):
    errors = _errors(draft)
    assert errors, "the example must hold an error phrase of compliance or absence of harm"
    result = rewrite(draft, "goal")
    bare = fidelity.without_placeholders(result.text)
    for words in errors:
        if not re.search(r"(?<!\w)" + re.escape(words) + r"(?!\w)", bare, re.IGNORECASE):
            continue  # not kept word for word: nothing to ask beside it
        for start, end in _sentences_with(result.text, words):
            assert _asked_beside(result.text, start, end), (words, result.text)


@pytest.mark.parametrize("draft", SHOULD_ASK)
def test_never_a_doubled_question(draft):
    result = rewrite(draft, "goal")
    asked = [re.sub(r'^\["[^"]*": ', "[", q) for q in _instead_questions(result.text)]
    assert len(asked) == len(set(asked)) or all(q.startswith('["') for q in _instead_questions(result.text)), result.text
    questions = re.findall(r"\[[^\[\]]*\]", result.text)
    assert len(questions) == len(set(questions))
    # "Who will see it?" and "How will others know …?" are the same question: never both.
    assert not ("Who will see it?" in result.text and instead.OTHERS_KNOW in result.text)


SHOULD_NOT_ASK = [
    # the same or the next sentence says what an adult will do instead
    "Dad will not drive Zac to school after drinking; Nan will drive Zac to school instead.",
    "Mum will not smack Lola. When Lola is cross, Mum will sit with her and count to ten together.",
    "Dad will stop drinking. He will go to the gym with Uncle Pete on Tuesday and Thursday evenings.",
    "Mum will not leave the twins alone. Auntie Jo will babysit whenever Mum goes out.",
    "Mum will stop hitting Noah. Nan will collect Noah from school every day and give him his tea.",
    "Ryan will not shout at Bella. He will take Bella to the park every Saturday morning.",
    # everyday acts, nothing flagged as an error
    "Mum will make Kai's breakfast and walk him to school every day.",
    "Dad will cook tea for Sienna every night and read her a story at bedtime.",
    "Jodie will put Ava to bed by 7pm every night and will not go out when Ava is asleep.",
    "Nan will have Rio every Friday night so Mum can rest, and Mum will take Rio swimming on Sundays.",
    "Dad will read with Ollie for ten minutes every evening and take him to football on Saturdays.",
]


@pytest.mark.parametrize("draft", SHOULD_NOT_ASK)
def test_no_instead_question_where_the_goal_says_what_happens(draft):
    result = rewrite(draft, "goal")
    assert not [q for q in _instead_questions(result.text) if q.startswith('["')], result.text
    assert "do instead?" not in result.text and "do at home each day" not in result.text, result.text


# --- the stage itself, on a parse: what it asks and what it leaves ---------------------------------
def _stage(engine, text: str, phrases: list[tuple[str, str]], children=frozenset(), carers: str = ""):
    doc = next(iter(engine.parse([text])))
    return instead.edits(doc, phrases, set(children), carers, scaffolding._sentences(doc))


def test_the_question_quotes_the_clause_and_names_who(engine):
    text = "Mum will stop hitting Hana. Ben will keep an eye on things."
    edits = _stage(engine, text, [("SOS512", "stop hitting")], {"Hana"}, "Mum")
    assert len(edits) == 1
    assert edits[0].replacement == ' ["stop hitting Hana": What will Mum do instead?]'
    assert edits[0].start == text.index(" Ben")  # right after its sentence


def test_a_visit_by_someone_else_is_how_others_know_not_what_happens_instead(engine):
    text = "You will not smoke in the flat. Sharon will pop round at bedtime."
    assert _stage(engine, text, [("SOS512", "will not")], {"Harley"}, "")
    text = "You will not smoke in the flat. Sharon will take Harley to nursery every morning."
    assert _stage(engine, text, [("SOS512", "will not")], {"Harley"}, "") == []


def test_the_childs_own_act_is_not_what_the_adults_do_instead(engine):
    text = "Dad will not shout at Mia. Mia will go to bed at 8pm."
    assert _stage(engine, text, [("SOS512", "will not")], {"Mia"}, "Dad")


def test_a_compliance_phrase_asks_what_happens_at_home(engine):
    text = "Dad will attend all meetings with the social worker. Dad is 30."
    edits = _stage(engine, text, [("SOS511", "attend all meetings")], set(), "Dad")
    assert len(edits) == 1 and "What will Dad do at home each day instead?" in edits[0].replacement


def test_a_question_already_beside_it_is_not_asked_again(engine):
    text = "Mum will stop drinking. [What will Mum do instead?] Mum loves Jo."
    assert _stage(engine, text, [("SOS512", "stop drinking")], {"Jo"}, "Mum") == []


def test_sentences_in_a_row_share_one_question(engine):
    text = "Dad will stop drinking. Dad will not shout at Evie. Evie is five."
    edits = _stage(engine, text, [("SOS512", "stop drinking"), ("SOS512", "will not")], {"Evie"}, "Dad")
    assert len(edits) == 1 and edits[0].start == text.index(" Evie is")


def test_who_will_see_it_takes_the_place_of_how_others_know(engine):
    text = f"Dad will stop drinking. Evie is five. {instead.OTHERS_KNOW} If this doesn't happen, Evie will move."
    edits = _stage(engine, text, [("SOS512", "stop drinking")], {"Evie"}, "Dad")
    assert any(e.replacement.endswith("Who will see it?]") for e in edits)
    assert any(e.replacement == "" and instead.OTHERS_KNOW in text[e.start:e.end] for e in edits)


def test_the_if_this_does_not_happen_sentence_is_not_asked_about(engine):
    text = "Dad will read to Evie every night. If this doesn't happen, Evie will not stay with Dad."
    assert _stage(engine, text, [("SOS512", "will not")], {"Evie"}, "Dad") == []


def test_a_phrase_only_inside_a_question_is_not_kept(engine):
    text = "Dad will read to Evie. [\"stop drinking\": What will Dad do instead?]"
    assert _stage(engine, text, [("SOS512", "stop drinking")], {"Evie"}, "Dad") == []


def test_a_worry_gets_no_goal_question():
    result = rewrite("Dad will not stop drinking and Evie (5) is scared at night.", "worry")
    assert "do instead?" not in result.text


def test_vague_words_in_the_next_sentence_are_not_what_happens_instead(engine):
    text = "Dad will not swear at Ivy. Mum will put Ivy's needs first and will make positive changes."
    assert _stage(engine, text, [("SOS512", "will not")], {"Ivy"}, "Mum")
    text = "Dad will not swear at Ivy. Mum will put Ivy to bed at 7pm and read her a story."
    assert _stage(engine, text, [("SOS512", "will not")], {"Ivy"}, "Mum") == []
