"""Plain-language rewrites of worry statements and goals, in the seed newsletter's house style.

`rewrite(text)` runs two levels. Word level: the fixes the check's findings carry (the same
edits `check` shows; `check --fix` writes only their safe ones, via sos_lint.fixes), role words
given names, phrases flagged as victim blaming or guesses replaced by a question, passive
turned active where the sentence says who did it, long sentences split between main clauses.
Statement level (the scaffold): the draft laid out as the seed's worry statements and goals,
with a visible question in square brackets wherever the draft lacks a part. Nothing is
invented. Every stage is re-parsed and checked (rewrite/fidelity.py): an edit that would break
the grammar or lose a negation, a name, a number or a date is not made.
"""
from __future__ import annotations

import bisect
import copy
import dataclasses
import functools
import re
from dataclasses import dataclass
from typing import Mapping, Sequence

from . import fidelity, instead, people, questions
from . import named as named_roles
from .edits import Change, Draft, Edit, Placeholder, Rewrite, questions_in

__all__ = ["rewrite", "rewrite_many", "word_level_and_full", "Rewrite", "Change", "Placeholder"]

_fixers: dict = {}


@dataclass
class _Unit:
    index: int  # which input text
    offset: int  # where the statement starts in that text
    draft: Draft
    kind: str
    title: str | None = None  # Round 34: the heading the statement sat under ("Safety goal 1 - Kayden")


def _fixer(engine):
    from .words import WordFixer

    key = id(engine)
    if key not in _fixers or _fixers[key].lexicons is not engine.lexicons:
        _fixers[key] = WordFixer(engine.nlp, engine.lexicons)
    return _fixers[key]


def rewrite(text: str, kind: str | None = None, names: Mapping[str, str] | None = None, config=None,
            scaffold: bool = True) -> Rewrite:
    """Rewrite one draft. `kind` is "worry", "goal" or None (headings or wording decide);
    `names` maps roles to names, e.g. {"child": "Leah", "mother": "Mum"}."""
    if not isinstance(text, str) or not text.strip():
        raise ValueError("the draft is empty")
    return rewrite_many([text], [kind], names, config, scaffold=scaffold)[0]


def rewrite_many(texts: Sequence[str], kinds: Sequence[str | None] | None = None,
                 names: Mapping[str, str] | None = None, config=None, scaffold: bool = True,
                 safe_only: bool = False, engine=None) -> list[Rewrite]:
    """Rewrite many drafts with one batched parse per stage. `safe_only` keeps the word-level
    swaps that need no answer from the writer (what `check --fix` writes) and skips the scaffold."""
    if safe_only:
        return _safe_fixes(texts, kinds, config, engine)
    words, full = _run(texts, kinds, names, config, scaffold, engine)
    return full if full is not None else words


def word_level_and_full(texts: Sequence[str], kinds: Sequence[str | None] | None = None,
                        names: Mapping[str, str] | None = None, config=None,
                        engine=None) -> tuple[list[Rewrite], list[Rewrite]]:
    """Both levels in one pass: (word-level fixes only, full rewrite with the scaffold)."""
    return _run(texts, kinds, names, config, True, engine)


def _safe_fixes(texts, kinds, config, engine) -> list[Rewrite]:
    """What `check --fix` writes: the safe fixes the findings carry (sos_lint.fixes.fixed_text)."""
    from ..api import engine as shared_engine
    from ..fixes import checked_fixed_text

    eng = engine or shared_engine(config)
    kinds = list(kinds) if kinds is not None else [None] * len(texts)
    out = []
    for text, kind in zip(texts, kinds):
        reports = eng.check_document(text, kind) if text.strip() else []
        result = checked_fixed_text(eng, text, reports, kind)  # round 32: no swap the check then flags
        changes = [Change(e.start, e.end, e.original, e.replacement, e.code, e.reason, True, (e.code,))
                   for e in result.applied]
        chosen = kind or (reports[0].kind if len({r.kind for r in reports}) == 1 else None)
        out.append(Rewrite(text, result.text, chosen, changes, [], []))
    return out


def _run(texts, kinds, names, config, scaffold: bool, engine):
    from .. import sections
    from ..learn.model import choose_kind
    from ..api import engine as shared_engine
    from . import scaffold as scaffolding, sentences
    from .words import normalise_names
    from ..people import headings as heading_children

    eng = engine or shared_engine(config)
    fixer = _fixer(eng)
    roles = normalise_names({**dict(eng.config.names), **dict(names or {})})
    texts = list(texts)
    kinds = list(kinds) if kinds is not None else [None] * len(texts)
    units: list[_Unit] = []
    notes: dict[int, list[str]] = {i: [] for i in range(len(texts))}
    for index, (text, kind) in enumerate(zip(texts, kinds)):
        # A draft that is only a heading line ("Needs statement: Mum is …") is still one statement.
        parts = sections.split(text) or [sections.Section(text.strip(), len(text) - len(text.lstrip()))]
        if kind is None and len(parts) == 1 and parts[0].kind is None and parts[0].title is None:
            parts = _mixed_parts(parts[0], notes[index])
        for part in parts:
            chosen = part.kind or kind or choose_kind(part.text)[0]  # the same choice as check
            units.append(_Unit(index, part.offset, Draft(part.text), chosen, part.title))

    docs: dict[int, object] = {}  # unit number -> parse of its current text
    reports: dict[int, object] = {}  # unit number -> the check's report on its current text

    def refresh() -> None:
        stale = [i for i, u in enumerate(units) if i not in docs or docs[i].text != _norm(u.draft.text)]
        for i, doc in zip(stale, eng.parse([units[i].draft.text for i in stale])):
            docs[i] = doc  # a stage that changed nothing needs no new parse
            reports.pop(i, None)

    def report(i: int):
        if i not in reports:
            reports[i] = eng.report(docs[i].text, docs[i], units[i].kind)
        return reports[i]

    def stage(make_edits, placeholders: bool = False) -> None:
        """Apply one stage's edits to every unit, then re-parse: a unit the stage left with a
        grammar or fidelity fault keeps only the edits that pass on their own."""
        refresh()
        saved = {i: copy.deepcopy(u.draft) for i, u in enumerate(units)}
        proposed = {i: make_edits(i, u, docs[i]) for i, u in enumerate(units)}
        for i, unit in enumerate(units):
            unit.draft.apply(proposed[i])
        changed = [i for i, u in enumerate(units) if u.draft.text != saved[i].text]
        asked = {i: [(e.start, e.end) for e in proposed[i] if e.code in questions.ERROR_CODES or e.asks]
                 for i in changed}
        faults = _faulty(eng, [(docs[i], units[i].draft.text, asked[i]) for i in changed], placeholders)
        for i, bad in zip(changed, faults):
            if not bad:
                continue
            units[i].draft = copy.deepcopy(saved[i])
            # Keep each edit that passes alone, last first so offsets stay true; at one place a
            # replacement goes before an insertion ("The" -> "the", then "[Who …] is worried that ").
            for edit in sorted(proposed[i], key=lambda e: (-e.start, -e.end)):
                trial = copy.deepcopy(units[i].draft)
                if not trial.apply([edit]):
                    continue
                before = _norm(units[i].draft.text)
                shift = len(trial.text) - len(units[i].draft.text)
                if shift == 0 and trial.text == units[i].draft.text:
                    continue
                if not _faulty(eng, [(docs[i], trial.text, asked[i])], placeholders)[0]:
                    units[i].draft = trial
                elif edit.code.startswith("SOS1") or edit.code in ("SOS202", "SOS402"):
                    notes[units[i].index].append(
                        f"\"{docs[i].text[edit.start:edit.end]}\" (kept): a plainer wording here would break the "
                        "sentence or change its meaning. Say it in your own plain words.")
                del before

    # The children the drafts name, read once on the drafts as written (a [question] may later
    # take in the sentence that named them).
    refresh()
    for i, unit in enumerate(units):  # Round 34 (review34d D#10): the children the heading names
        heading_children.mark(docs[i], unit.title)
    configured = [roles["child"]] if roles.get("child") else []
    # Round 40 (left from review38d D#6): a modal opening a goal's sentence ("Will tell her mum …")
    # is never the child's name in the questions, whatever the names list says; the writer's own
    # --child-name wins.
    named = {i: [n for n in people.children(docs[i], configured) if n in configured or not _only_a_modal(docs[i], n)]
             for i in range(len(units))}
    for i in named:  # no child read from the names: the young person a victim-blaming phrase is said of
        if not named[i] and not configured:
            blamed = people.blamed_child(docs[i], report(i))
            named[i] = [blamed] if blamed else []
    child_of = {i: people.label(names_) or ("the children" if scaffolding.mentions_children(docs[i]) else "")
                for i, names_ in named.items()}
    # Round 40 (words_test38 w38-04): the adults a goal gives tasks to by name, read on the draft as
    # written: a question may take the place of one's sentence before the scaffold speaks to them.
    tasked = {i: scaffolding.named_with_tasks(docs[i]) if units[i].kind == "goal" else set() for i in range(len(units))}
    # The phrases the check flags as errors on each draft as written: none may be left word for word.
    flagged = {i: [docs[i].text[f.start: f.end] for f in report(i).findings if f.code in questions.ERROR_CODES
                   and 0 < f.end - f.start < len(docs[i].text) - 1] for i in range(len(units))}
    guesses = {i: {docs[i].text[f.start: f.end] for f in report(i).findings if f.code == "SOS304"} for i in range(len(units))}
    # Round 39 (review39a A#10): every flagged span of the draft as written, to name those the
    # rewrite kept word for word.
    spans = {i: [(docs[i].text[f.start: f.end], f.message, f.code) for f in report(i).findings
                 if 0 < f.end - f.start < len(docs[i].text) - 1 and f.code not in questions.ERROR_CODES]
             for i in range(len(units))}
    # A goal's error phrases of compliance or absence of harm (no everyday act anywhere in it): kept,
    # but never with no question beside them about what the adults will do instead.
    absent = {i: [(f.code, docs[i].text[f.start: f.end]) for f in report(i).findings if f.code in instead.CODES
                  and f.severity == "error" and 0 < f.end - f.start < len(docs[i].text) - 1]
              for i in range(len(units))}

    def word_edits(i, unit, doc):
        # Round 37 (review36h H#4: "The YP's father" -> "Will's dad", with Will the baby's older
        # sibling): a name read from the draft stands for its role words only where the draft
        # speaks of one child; and no role word's possessive becomes a name where another child
        # is in the draft, given name or not: whose father, whose school, is the writer's to say.
        several = _several_children(doc, named[i], roles.get("child", ""))
        inferred = "" if roles.get("child") or len(named[i]) != 1 or several else named[i][0]
        found, kept = fixer.edits(doc, {**roles, "child": inferred} if inferred else roles, rewrite_only=True)
        if inferred:  # a name read from the draft, not given by the writer: advice, never certain
            found = [dataclasses.replace(e, safe=False) if e.code == "SOS402" else e for e in found]
        if several:
            found = _owners_kept(doc, found, notes[unit.index])
        asked = questions.edits(doc, report(i), scaffolding.child_label(doc, roles, child_of[i]))
        notes[unit.index].extend(note for note in kept if not _asked_note(note, doc.text, asked))
        for finding in report(i).findings:  # a swap that would not fit: the words stay, the check's question stands
            if finding.code.startswith("SOS1") and finding.fix is None and finding.end > finding.start \
                    and not any(q.start <= finding.start and finding.end <= q.end for q in asked):
                # (round 34: never "kept" for words a question takes the place of)
                notes[unit.index].append(f"\"{doc.text[finding.start:finding.end]}\" (kept): {finding.message}")
        # A flagged phrase's question wins over any word swap inside the words it replaces.
        # Round 32: words the tables keep as written ("birth father", "placement": no plain words
        # say the same) take no finding's swap either ("Rain's birth father" -> "Rain's dad").
        keep = fixer.kept_spans(doc, roles)
        words = [e for e in found + [f for f in _finding_edits(report(i), notes[unit.index])
                                     if not any(f.start < b and a < f.end for a, b in keep)]
                 if not any(e.start < q.end and q.start < e.end for q in asked)]
        words += _frame_followups(doc, words, asked)
        # Round 34 (review34 P#2: "[What will the adults do to keep [child's name] safe …?]" on a
        # rewrite of a rewrite): the words inside a [question] are the question's, never swapped.
        brackets = Brackets(doc.text)
        asked = [e for e in asked if not brackets.inside(e)]
        return asked + [e for e in _ask_each_name_once(doc, words) if not brackets.inside(e)]

    # Passive first, so "was hurt by the infant" turns round before "the infant" becomes a name;
    # then the words (the findings' own fixes, as `check` shows them) and flagged phrases turned
    # into questions; then long sentences split; then the house-style scaffold.
    stage(lambda i, unit, doc: sentences.passive_edits(doc))
    stage(word_edits)
    stage(lambda i, unit, doc: sentences.split_edits(doc))
    # Jargon with no swap becomes a question before the scaffold too, so the scaffold sees what it
    # asks ("[Which meetings or visits were missed, and when?]") and does not ask it again.
    stage(lambda i, unit, doc: _jargon_questions(doc, report(i), _plain_child(
        scaffolding.child_label(doc, roles, child_of[i]))), placeholders=True)

    settled: dict[int, str] = {}  # round 36: each unit's text after kept_errors last ran on it

    def kept_errors(i, unit, doc):
        """A flagged phrase still there word for word (an earlier stage's question would have
        broken the sentence or lost a fact there, or the scaffold moved it): ask again on the
        text as it now stands."""
        if settled.get(i) == unit.draft.text:
            return []  # round 36: nothing changed since it last ran here, so it would ask the same
        left = [words for words in flagged[i] if _kept(words, doc.text) and not questions.denied_fit(doc, words)]
        if not left:
            return []
        child = scaffolding.child_label(doc, roles, child_of[i])
        found = questions.edits(doc, report(i), child)
        spans = [(m.start(), m.end()) for words in left for m in _occurrences(words, doc.text)]
        return [e for e in found if any(e.start <= a and b <= e.end for a, b in spans)] or \
            questions.fallback_edits(doc, spans, report(i).kind, child)

    # Round 35 (CI on round 34's end: 8 error phrases kept word for word at word level, 3 allowed):
    # r34a's "never drop words silently" puts the check's advice where a question was asked already;
    # where that edit does not pass the stage's checks, the flagged words stay as written, and at
    # word level nothing asked about them again. Ask here, as the full rewrite always did.
    stage(kept_errors, placeholders=True)
    settled.update({i: u.draft.text for i, u in enumerate(units)})
    # Round 36 (review35 C#10): the questions name the people the writer named with --name.
    stage(lambda i, unit, doc: _questions_named(doc, roles), placeholders=True)

    def assemble() -> list[Rewrite]:
        return [_assemble(text, kinds[i], [u for u in units if u.index == i], notes[i]) for i, text in enumerate(texts)]

    words_only = assemble()
    if not scaffold:
        return words_only, None
    def parts_report(i: int):
        """The check's report with the parts read on the text without its [questions]: a question
        ("[What did the men do to Jade?]") is not the part it asks for."""
        bare = fidelity.without_placeholders(docs[i].text)
        if bare == docs[i].text.strip():
            return report(i)
        if not any(ch.isalpha() for ch in bare):  # all questions now: every part is still to be written
            return dataclasses.replace(report(i), components=[dataclasses.replace(c, present=False)
                                                              for c in report(i).components])
        other = eng.report(bare, next(iter(eng.parse([bare]))), units[i].kind)
        return dataclasses.replace(report(i), components=other.components)

    stage(lambda i, unit, doc: scaffolding.edits(doc, parts_report(i), roles, child_of[i], tasked[i]), placeholders=True)
    # Round 32: a role word the tables do not list, given family words with --name ("Grandmother"
    # with grandmother=Nan), takes the writer's words once the scaffold has laid the goal out (the
    # scaffold reads the writer's words for it as the one the goal speaks to).
    stage(lambda i, unit, doc: named_roles.named_role_edits(doc, roles), placeholders=True)
    # The scaffold's "will" can make a word jargon in its new place ("Mum will engage with"):
    # the findings on the laid-out text get their fixes too, never inside a [question].
    def finding_edits_outside_questions(i, unit, doc):
        brackets = Brackets(doc.text)
        keep = fixer.kept_spans(doc, roles)  # round 32: "birth father" stays, here too
        return [e for e in _finding_edits(report(i), notes[unit.index]) if not _in_placeholder(brackets, e)
                and not any(e.start < b and a < e.end for a, b in keep)]

    stage(finding_edits_outside_questions, placeholders=True)
    # Jargon with no swap that keeps the sentence and its meaning ("threshold", "parenting
    # assessment"): the full rewrite asks the writer for the plain words instead of keeping the
    # term. The stage keeps only the questions that leave the sentence sound.
    stage(lambda i, unit, doc: _jargon_questions(doc, report(i), _plain_child(
        scaffolding.child_label(doc, roles, child_of[i]))), placeholders=True)

    stage(kept_errors, placeholders=True)

    def instead_questions(i, unit, doc):
        if not absent[i] or unit.kind != "goal":
            return []
        child = scaffolding.child_label(doc, roles, child_of[i])
        carers = scaffolding.goal_adults(doc, roles, tasked[i])
        return instead.edits(doc, absent[i], scaffolding._children_in(child), carers, scaffolding._sentences(doc))

    stage(instead_questions, placeholders=True)
    stage(lambda i, unit, doc: _questions_named(doc, roles), placeholders=True)
    _note_taken_out(units, flagged, notes, guesses)
    _note_kept(units, spans, notes)
    return words_only, assemble()


# Round 37 (review36h H#4): words that speak of another child, or of more than one.
_OTHER_CHILD_WORDS = {"sibling", "siblings", "brother", "brothers", "sister", "sisters", "twin", "twins",
                      "children", "kids", "stepbrother", "stepsister", "half-brother", "half-sister"}
# The role words for one child, by which child they name ("Keep different children apart").
# "the child" may be either, so it is of no kind of its own.
_CHILD_KINDS = {"baby": "baby", "infant": "baby", "newborn": "baby", "unborn": "baby", "yp": "young person",
                "teenager": "young person", "child": ""}
_POSSESSIVE_MARKS = ("'s", "\u2019s", "'", "\u2019")


def _mixed_parts(part, notes: list[str]) -> list:
    """Round 38 (review37s S#1: a worry paragraph and a goal paragraph pasted with no headings were
    rewritten as one goal, and the worry's first sentence was lost): a text with no heading and no
    kind given whose paragraphs the kind model reads as worry first and goal after (one change of
    kind, the order plans are written in) is rewritten as two statements, each as its kind, with a
    note saying which paragraphs were read as which. Any other text stays one statement."""
    from .. import sections
    from ..learn.model import choose_kinds

    paragraphs = [(m.start(), m.group()) for m in re.finditer(r"[^\n]*\S[^\n]*", part.text)]
    if len(paragraphs) < 2:
        return [part]
    kinds = [k for k, _ in choose_kinds([p for _, p in paragraphs])]
    switch = next((i for i in range(1, len(kinds)) if kinds[i] != kinds[i - 1]), None)
    if switch is None or kinds[0] != "worry" or any(k != "goal" for k in kinds[switch:]):
        return [part]
    cut = paragraphs[switch][0]
    worry = part.text[:cut].rstrip()
    goal = part.text[cut:]
    numbers = (lambda a, b: f"paragraph {a}" if a == b else f"paragraphs {a} to {b}")
    notes.append(f"This draft has no headings: {numbers(1, switch)} read as a worry statement and "
                 f"{numbers(switch + 1, len(paragraphs))} as a safety goal, and each was rewritten as its kind. "
                 "If that is wrong, add headings (\"Worry statement\", \"Safety goal\") or give --kind.")
    return [sections.Section(worry, part.offset, None, "worry", "classifier"),
            sections.Section(goal.strip(), part.offset + cut + len(goal) - len(goal.lstrip()), None, "goal",
                             "classifier")]


def _only_a_modal(doc, name: str) -> bool:
    """Round 40: whether every place `name` stands in the draft is a modal the tagger reads as one
    ("Will tell her mum …", "May stay at Nan's …"): a helper verb before a bare verb, not a name.
    A "Will" before the plan's "to" ("Will not to self-harm", "Will to go to school") is a name: no
    modal takes "to" after it."""
    places = [t for t in doc if t.text == name]
    return bool(places) and all(t.tag_ == "MD" and t.dep_ == "aux" and t.head.i > t.i
                                and not any(c.tag_ == "TO" for c in t.head.children) for t in places)


def _several_children(doc, named: Sequence[str], given: str = "") -> bool:
    """Round 37 (review36h H#4): whether the draft speaks of more than one child, so that a role
    word ("the YP", "the child", "the baby") may stand for either: two children named or read by
    the people analysis (sos_lint.people, round 38) (or a name
    given with --child-name and another in the draft), a word for a brother, sister or the
    children, or role words of two kinds ("the YP … the baby"). Words inside a [question] do not
    count."""
    from ..people import people as read_people

    names = {n.lower() for n in named}
    if given:
        names.add(given.lower())
    asked = people.in_placeholders(doc)
    # Round 38 (tidy): the people analysis (memoised on the Doc) is asked first: every child it
    # reads outside a [question], by name or by age, not only those the rewrite names; the words
    # below are the fallback for children it does not read as people ("her brother", "the baby").
    try:
        read = {p.name.lower() for p in read_people(doc).children if any(i not in asked for i in p.tokens)}
        if len({n.split()[0] for n in names | read if n.split()}) >= 2:  # "Kai Reid" and "Kai": one child
            return True
    except Exception:  # noqa: BLE001 - an odd text the analysis cannot read: the words decide
        pass
    if len(names) >= 2:
        return True
    words = [t for t in doc if t.i not in asked]
    if any(t.lower_ in _OTHER_CHILD_WORDS for t in words):
        return True
    kinds = {_CHILD_KINDS[t.lower_] for t in words if t.lower_ in _CHILD_KINDS and t.dep_ not in ("compound", "amod")}
    if any(t.lower_ == "person" and t.i and doc[t.i - 1].lower_ == "young" for t in words):
        kinds.add("young person")
    return len(kinds - {""}) >= 2


def _owners_kept(doc, edits: list[Edit], notes: list[str]) -> list[Edit]:
    """Round 37 (review36h H#4): a child role word's swap for a name, made on a possessive ("The
    YP's father" -> "Summer's dad"), is not made where the draft speaks of several children: the
    words stay, with a note asking which child."""
    out = []
    for edit in edits:
        after = doc.text[edit.end: edit.end + 2]
        if edit.code == "SOS402" and edit.replacement and not edit.replacement.startswith("[") \
                and after.startswith(_POSSESSIVE_MARKS):
            span = doc.char_span(edit.start, edit.end, alignment_mode="expand")
            if span is not None and any(t.lower_ in _CHILD_KINDS or t.lower_ in ("person", "subject") for t in span):
                notes.append(f"\"{doc.text[edit.start:edit.end]}{after.rstrip()}\" (kept): this draft speaks of more "
                             "than one child, so whose this is, is not certain. Which child? Write their name.")
                continue
        out.append(edit)
    return out


def _question_role_words(roles: Mapping[str, str]) -> dict[str, str]:
    """Round 36: {role word: the writer's name} for the adults named with --name: the role itself
    and the words the names mapping reads as it ("partner" for stepfather, "mum" for mother)."""
    from .words import _ROLE_ALIASES

    out = {}
    for role, name in roles.items():
        if role == "child" or not name:
            continue
        out[role] = name
        out.update({alias: name for alias, canonical in _ROLE_ALIASES.items() if canonical == role})
    return out


def _questions_named(doc, roles: Mapping[str, str]) -> list[Edit]:
    """Round 36 (review35 C#10: `rewrite --name stepfather=Mark` still asked "[What did the
    stepfather do …?]"): inside each [question], "the <role>" of an adult the writer named becomes
    the name given ("[What did Mark do around Hazel …?]"), as the draft's own words do. Only "the"
    before the role word: "a partner", "her partner" may be someone else."""
    words = _question_role_words(roles)
    if not words:
        return []
    pattern = re.compile(r"\b[Tt]he (" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
                         + r")\b(?!-)", re.IGNORECASE)
    out = []
    for question in re.finditer(r"\[[^\[\]]*\]", doc.text):
        for m in pattern.finditer(question.group(0)):
            start = question.start() + m.start()
            out.append(Edit(start, start + len(m.group(0)), words[m.group(1).lower()], "SOS402",
                            f"You named the {m.group(1).lower()}: \"{words[m.group(1).lower()]}\".", safe=False))
    return out


def _asked_note(note: str, text: str, asked: list[Edit]) -> bool:
    """Round 34: whether a "(kept)" note names words that only stand inside clauses a question takes
    the place of ("presenting as" in "… and is presenting as low in mood", now a question): they
    are not kept, and the note would say they were."""
    match = re.match(r'"([^"]+)" \(kept\)', note)
    if match is None or not asked:
        return False
    spots = [m.start() for m in re.finditer(re.escape(match.group(1)), text)]
    return bool(spots) and all(any(q.start <= at and at + len(match.group(1)) <= q.end for q in asked) for at in spots)


def _note_taken_out(units, flagged: dict, notes: dict, guesses: dict | None = None) -> None:
    """Round 34 (review34d D#5: a sentence gone with only "4 change(s)" in the note): each phrase
    flagged as victim blaming or a guess that the rewrite took out is named in its note, so a
    worker comparing the rewrite with the record sees what was cut and why."""
    for i, unit in enumerate(units):
        for words in dict.fromkeys(flagged.get(i, [])):
            if not _kept(words, unit.draft.text):
                why = ("these words state a guess as a fact. The [question] in their place asks who says so and "
                       "what they saw or heard." if words in (guesses or {}).get(i, ()) else
                       "these words put the blame on the child or the wrong person. The [question] in their place "
                       "asks what the adults did.")
                notes[unit.index].append(f"\"{words}\" (taken out): {why}")


def _note_kept(units, spans: dict, notes: dict) -> None:
    """Round 39 (review39a A#10: "lacks insight", "chaotic", "unkempt" kept with no word said): each
    span the check flags on the draft that the rewrite keeps word for word, outside its questions,
    is named in a note with the check's message, unless a note names it already."""
    for i, unit in enumerate(units):
        said = notes[unit.index]
        for words, message, code in sorted(dict.fromkeys(spans.get(i, [])), key=lambda s: s[2] not in instead.CODES):
            words = words.strip()
            noted = [m.group(1).lower() for m in (re.match(r'"([^"]+)"', note) for note in said) if m]
            if not words or not _kept(words, unit.draft.text) \
                    or any(words.lower() in other or other in words.lower() for other in noted):
                continue  # (one note for words that overlap: "not exposed", "is not exposed", "exposed to")
            why = ("the goal's words are yours, so they stay, with a [question] about what will happen instead; "
                   "rewrite them yourself." if code in instead.CODES else
                   "the rewrite found no plain words it was sure keep what you meant; change it yourself.")
            said.append(f"\"{words}\" (kept): {why} {message}")


def _frame_followups(doc, edits: list[Edit], asked: list[Edit]) -> list[Edit]:
    """Round 31: a note-form goal made into words to the family ("Mum to comply … and take her
    medication" -> "Mum, you will comply … and take your medication"): the joined verbs share its
    "will" (never "will stay sober and to provide") and the words that stand for the one spoken to
    become "you" (scaffold.spoken_to_edits)."""
    from . import scaffold as scaffolding

    out = []
    for edit in edits:
        original = doc.text[edit.start: edit.end]
        if not (original.endswith(" to") and edit.replacement.endswith(" will")):
            continue
        to = next((t for t in doc if t.idx == edit.end - 2 and t.lower_ == "to"), None)
        if to is None or to.i + 1 >= len(doc) or doc[to.i + 1].tag_ != "VB":
            continue
        extra = scaffolding._joined_infinitives(doc, doc[to.i + 1])
        if edit.replacement.endswith(", you will"):
            extra += scaffolding.spoken_to_edits(doc, to)
        out.extend(e for e in extra if not any(e.start < q.end and q.start < e.end for q in asked + edits))
    return out


_NAME_QUESTIONS = {"[children's names]", "[child's name]", "[young person's name]", "[baby's name]"}
_ROLE_WORDS = {"[children's names]": "the children", "[child's name]": "the child",
               "[young person's name]": "the young person", "[baby's name]": "the baby"}
_THEY = {"nsubj": "they", "nsubjpass": "they", "dobj": "them", "pobj": "them", "dative": "them", "conj": ""}


def _ask_each_name_once(doc, edits: list[Edit]) -> list[Edit]:
    """A name is asked for once, where the role first stands ("[children's names]"): later
    mentions become "they"/"them" where the parse says which, or the plain role words ("the
    young person", "the baby"); a question asked three times is still one question."""
    # Round 34 (review34 P#2: a rewrite of a rewrite asked "[young person's name]" again where the
    # first one had used "the young person" after asking once): a name question already in the text
    # is asked.
    out, asked = [], {q for q in _NAME_QUESTIONS if q in doc.text}
    for edit in sorted(edits, key=lambda e: e.start):
        if edit.replacement not in _NAME_QUESTIONS:
            out.append(edit)
            continue
        if doc.text[edit.end: edit.end + 2] in ("'s", "’s") or doc.text[edit.end: edit.end + 1] in ("'", "’"):
            # Round 34 (review34 P#2: "the children's needs" -> "[children's names]'s needs"): a name
            # question takes no possessive; the role words stay.
            continue
        role = doc.char_span(edit.start, edit.end, alignment_mode="expand")
        if role is not None and any(t.dep_ in ("compound", "amod", "nmod") and t.head.i >= role.end for t in role):
            continue  # "the child sexual exploitation worker": the words name a kind of worker, not a child
        if edit.replacement not in asked:
            asked.add(edit.replacement)
            out.append(edit)
            continue
        span = doc.char_span(edit.start, edit.end, alignment_mode="expand")
        if span is None:
            continue
        after = doc[span.end] if span.end < len(doc) else None
        words = _THEY.get(span.root.dep_, "") if edit.replacement == "[children's names]" else ""
        if not words or (after is not None and after.tag_ == "POS"):
            words = _ROLE_WORDS[edit.replacement]
        if span[0].is_sent_start:
            words = words[:1].upper() + words[1:]
        if words.lower() != span.text.lower():
            out.append(dataclasses.replace(edit, replacement=words, safe=False,
                                           reason=f"The name is asked for once: \"{span.text}\" becomes "
                                                  f"\"{words}\" after that."))
    return out


class Brackets:
    """Where a text's square brackets are, read once: whether an edit falls inside a [question]
    or cuts one costs two binary searches, not a scan of the text before it (huge drafts)."""

    def __init__(self, text: str):
        self.opens = [i for i, ch in enumerate(text) if ch == "["]
        self.closes = [i for i, ch in enumerate(text) if ch == "]"]

    def inside(self, edit) -> bool:
        """Round 34: whether an edit starts or ends inside a [question] (a swap of the question's own
        words); an edit that takes in a whole question ("[Child A] is putting herself at risk") is not."""
        def within(pos: int) -> bool:
            return bisect.bisect_left(self.opens, pos) > bisect.bisect_right(self.closes, pos - 1) \
                if pos > 0 else False
        return within(edit.start) or (edit.end > edit.start and within(edit.end))

    def covers(self, start: int, end: int) -> bool:
        """More "[" than "]" before `start` (inside a question), or a bracket within start..end."""
        opened, closed = bisect.bisect_left(self.opens, start), bisect.bisect_left(self.closes, start)
        return opened > closed or bisect.bisect_left(self.opens, end) > opened \
            or bisect.bisect_left(self.closes, end) > closed


def _in_placeholder(brackets: Brackets, edit: Edit) -> bool:
    return brackets.covers(edit.start, edit.end)


_WH = ("who", "what", "when", "where", "which", "how", "why", "whether")
# "Say in everyday words what …", "Say plainly what …": the manner words go, the question stays.
_MANNER = re.compile(r"^say\s+(?:(?:it\s+)?plainly|in\s+(?:plain|everyday|simple)\s+words)[,:]?\s+", re.IGNORECASE)
_IMPERATIVES = ("name", "list", "give", "spell out", "write what", "use the person's")


# "Say who the child went to live with": "who" is the object there, so the words are not a question
# as they stand ("who asked for help" is one).
_NOT_A_VERB = {"the", "a", "an", "his", "her", "their", "its", "she", "he", "they", "it", "you", "mum", "dad"}


def _question(advice: str, child: str = "the child") -> str | None:
    """A jargon finding's advice as the visible question that takes the term's place:
    "Say who asked for help from whom, and why." -> "[Who asked for help from whom, and why?]";
    "Say in everyday words what Mum will do each week." -> "[What plain words say this? Say what
    Mum will do each week.]"; "Name the adult, for example Nan." -> "[What plain words say this?
    Name the adult.]". The advice's "[name]" becomes the child the rewrite names (`child`).
    None when the advice is not a question about the family ("Use the young person's name",
    "Leave this out")."""
    advice = " ".join(advice.split()).strip()
    if "[name]" in advice and (" and " in child or child == "the children"):
        return None  # "Say who [name] is living with": one child's advice does not fit two
    advice = advice.replace("[name]'s", _possessive(child)).replace("[name]", child)
    advice = _MANNER.sub("Say ", advice)
    if advice.lower().startswith("leave this out, or say "):  # "child-centred": ask what it stood for
        advice = "Say " + advice[len("leave this out, or say "):]
    first = advice.split(" ", 2)
    if len(first) < 2:
        return None
    body = advice.split(". ")[0].split(", for example")[0].split(': "')[0].rstrip(" .")
    if first[0].lower() != "say" or first[1].lower().rstrip(",:") not in _WH + ("that",):
        body = body.split(": ")[0]
        if not advice.lower().startswith(_IMPERATIVES) or '"' in body:
            return None
        return f"[What plain words say this? {body}.]"  # "Name the adult": ask for the name
    body = body[4:].split(", not ")[0].rstrip(" .")
    after_who = body.split(" ")[1:2]
    object_who = bool(after_who) and (after_who[0].lower() in _NOT_A_VERB or after_who[0][:1].isupper())
    if first[1].lower() == "who" and not object_who or body.lower().startswith(("what happened", "how often", "how long")):
        return f"[{body[:1].upper()}{body[1:]}?]"  # "who asked for help": already a question
    return f"[What plain words say this? Say {body}.]"  # "what you saw": not a question as it stands


def _plain_child(child: str) -> str:
    return "the child" if child == "this child" else child


def _possessive(name: str) -> str:
    return name + ("'" if name.endswith("s") and " " not in name else "'s")


def _jargon_questions(doc, report, child: str = "the child") -> list[Edit]:
    """A question in place of each jargon term (SOS1xx) the check flags and has no swap for."""
    out, brackets = [], Brackets(doc.text)
    bodies = {_question_body(q) for q in questions_in(doc.text)}  # asked already
    for finding in report.findings:
        if not finding.code.startswith("SOS1") or finding.fix is not None or finding.end <= finding.start:
            continue
        advice = (finding.suggestion or "").replace("[name]", "\0")
        if not advice or "[" in advice or "]" in advice:
            continue  # no advice, or advice that is itself a question with a placeholder
        question = _question(advice.replace("\0", "[name]"), child)
        if question is None:
            continue
        span = doc.char_span(finding.start, finding.end, alignment_mode="expand")
        if span is None:
            continue
        # A term kept as a name because no plain words say the same ("core group", rules/
        # rewrite_swaps.toml `keep`) that names the kind of a noun after it ("the core group
        # meeting") cannot give its place to a question: "[Who meets and why?] group meeting"
        # breaks the phrase. Its words stay and the question follows the sentence.
        after = doc[span.end] if span.end < len(doc) else None
        # Round 30: a kept name never gives its place to a question, wherever it stands ("Dad will
        # go to a perpetrator programme", "… with the core group"): it names the thing the plan
        # means, and which one it is is asked after the sentence.
        modifier = span.text.lower() in {name.lower() for name in _kept_names()}
        # Round 22: a noun that is a verb's subject or object ("The core group will meet", "A
        # strategy discussion was held") or names the kind of a noun after it ("TAF meetings")
        # cannot give its place to a question either: "[Who meets and why?] will meet" is not a
        # sentence. The words stay and the question follows the sentence, naming them.
        placed = span.root.pos_ in ("NOUN", "PROPN", "PRON", "NUM", "ADJ", "X") and _holds_a_place(span)
        # Round 34 (review34d D#6: "a conviction for ABH in 2019" -> "a conviction for [What plain
        # words say this?] in 2019"): what a record names (the offence of a conviction, a charge, an
        # arrest, a caution) is a fact of record, never blanked: the words stay.
        placed = placed or _of_record(span)
        # Round 36 (review35 C#4, review35w W#11): "[What plain words say this? …]" is an instruction,
        # not a slot the answer fills: in a term's place it leaves a sentence that does not read ("her
        # relationship with [What plain words say this? Use the person's name or role.]", "not
        # witnessed by the health visitor at [What plain words …]"). Such a question never stands
        # inside a sentence: the words stay and it follows the sentence, naming them. A question
        # whose answer fills the place ("[Who asked for help from whom?]") still takes it.
        placed = placed or (question.startswith(_INSTRUCTION) and not _whole_sentence(span))
        if modifier or placed or span.root.pos_ in ("VERB", "AUX", "ADP", "SCONJ", "CCONJ", "ADV", "PART"):
            # A verb's or a preposition's place cannot hold a question ("the case may [...]", "a plan
            # [...] neglect"): the words stay and the question follows their sentence, naming them.
            if modifier or placed or span.root.pos_ in ("VERB", "AUX", "ADV"):
                end = span.sent.end_char
                asked = f"[\"{span.text}\": {question[1:]}"
                edit = Edit(end, end, " " + asked, finding.code,
                            "No plain swap fits this sentence: the words stay and the question asks for your own.",
                            safe=False)
                # Round 25: the same question about another term (or the same term in another case,
                # "Strategy discussion" and "strategy discussion") is asked once: the words stay
                # either way, and a second identical question asks for nothing new.
                body = _question_body(asked)
                if not _in_placeholder(brackets, edit) and asked not in doc.text and body not in bodies:
                    bodies.add(body)
                    out.append(edit)
            continue
        start, end = _trim_preposition(doc, *_noun_phrase(doc, finding.start, finding.end))
        start = _with_negative_prefix(doc.text, start)
        # A negative term ("non-engagement", "lack of engagement") becomes a question about what
        # was not done: its "not" goes into the question, never turned into its opposite.
        negative = fidelity.negations(doc, [(0, start), (end, len(doc.text))]) > 0
        if negative and not _NEGATIVE_QUESTION.search(question):
            continue
        reason = (NEGATIVE_QUESTION_REASON if negative else
                  "No plain swap keeps this sentence's meaning: say it in your own words.")
        edit = Edit(start, end, question, finding.code, reason, safe=False, asks=negative)
        if not _in_placeholder(brackets, edit):
            out.append(edit)
    return _whole_sentences(doc, out, bodies)


_EMPTY_LEMMAS = {"be", "have", "there", "do"}
_INSTRUCTION = "[What plain words say this?"


def _whole_sentence(span) -> bool:
    """Round 36: whether a term is all its sentence's words (a heading-like "Neglect." or "DV."):
    a question there stands as a sentence of its own."""
    sent = span.sent
    return not any(t.is_alpha and not (span.start <= t.i < span.end) for t in sent)


def _what_there_is(doc, edit: Edit) -> bool:
    """Whether the words a question would replace are what a "There is …" sentence says there is
    ("There is a lack of engagement with …"): with a question there, it asserts nothing."""
    span = doc.char_span(edit.start, edit.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    return root.dep_ in ("attr", "nsubj") and root.head.lemma_.lower() == "be" \
        and any(c.dep_ == "expl" for c in root.head.children)


def _whole_sentences(doc, edits: list[Edit], bodies: set) -> list[Edit]:
    """Round 30: questions standing in place of terms that would leave their sentence with none of
    its own words but "there is … with" ("There is [What happened instead …?] with [Who meets and
    why?]."): the sentence says nothing once they stand there, so its words stay and the questions
    follow it, naming the terms (as for a term a verb needs)."""
    inside = [e for e in edits if not e.replacement.startswith(" [")]
    out = [e for e in edits if e.replacement.startswith(" [")]
    by_sentence: dict = {}
    for edit in inside:
        span = doc.char_span(edit.start, edit.end, alignment_mode="expand")
        by_sentence.setdefault(span.sent.start if span is not None else -1, []).append(edit)
    for start, group in by_sentence.items():
        if start < 0:
            out.extend(group)
            continue
        sent = doc[start].sent
        left = [t for t in sent if not any(e.start <= t.idx < e.end for e in group)
                and t.pos_ in ("NOUN", "PROPN", "VERB", "ADJ", "NUM", "PRON", "AUX")
                and t.lemma_.lower() not in _EMPTY_LEMMAS]
        if left and not any(_what_there_is(doc, e) for e in group):
            out.extend(group)
            continue
        asks = []
        for edit in sorted(group, key=lambda e: e.start):
            words = doc.text[edit.start: edit.end]
            asked = f"[\"{words}\": {edit.replacement[1:]}"
            body = _question_body(asked)
            if body not in bodies:
                bodies.add(body)
                asks.append(asked)
        if asks:
            out.append(Edit(sent.end_char, sent.end_char, " " + " ".join(asks), group[0].code,
                            "No plain swap fits this sentence: the words stay and the question asks for your own.",
                            safe=False))
    return out


def _question_body(question: str) -> str:
    """What a [question] asks, without the term it names: '["core group": Who meets?]' and
    '[Who meets?]' ask the same."""
    return re.sub(r'^\[\s*"[^"]*":\s*', "[", question).lower()


_RECORDS = {"conviction", "convict", "charge", "arrest", "caution", "sentence", "prosecute", "prosecution",
            "offence", "plead", "bail", "remand", "acquit", "find"}


def _of_record(span) -> bool:
    """Round 34: whether a term names what a record says: the object of "for", "of" or "with" after
    a word of conviction, charge, arrest or caution ("a conviction for ABH", "charged with GBH",
    "arrested for ABH", "convicted of assault")."""
    root = span.root
    if _names_a_process(span):
        return True
    while root.dep_ in ("conj", "appos", "compound") and root.head.i != root.i:
        root = root.head
    if root.dep_ != "pobj" or root.head.lower_ not in ("for", "of", "with", "under"):
        return False
    head = root.head.head
    # Round 39 (review39l L#4: "a CP plan under category of physical abuse" -> "a child protection plan
    # under [What happened …?]"): the category a plan is made under, or the kind of an order or an
    # assessment, is what the record says.
    return head.lemma_.lower() in _RECORDS or head.lower_ in _RECORDS or head.lemma_.lower() in _PROCESS_NOUNS


# Round 39 (review39l L#5: "Mum has refused the parenting assessment" -> "Mum has said no to [Who
# will spend time with Mum and Dad …?]"): the name of an assessment, an order, a plan, a meeting or
# a court process says which one the record means; a question in its place loses it. The words stay
# and the question follows the sentence. And the words of a legal test ("likely to suffer
# significant harm", Children Act 1989 s31) are what a court reads against the facts: kept as written.
_PROCESS_NOUNS = {"assessment", "order", "plan", "category", "conference", "meeting", "review", "process", "outline",
                  "proceedings", "hearing", "application", "register", "registration", "programme", "agreement",
                  "investigation", "enquiry", "inquiry", "discussion", "panel", "threshold"}


def _names_a_process(span) -> bool:
    """Whether a flagged term names an assessment, order, plan or process (its head noun is one),
    or holds the statutory words "significant harm"."""
    if "significant harm" in span.text.lower():
        return True
    root = span.root
    return root.pos_ in ("NOUN", "PROPN") and root.lemma_.lower() in _PROCESS_NOUNS and len(span) > 1


_ARGUMENTS = ("nsubj", "nsubjpass", "csubj", "csubjpass", "dobj", "dative", "oprd")


def _holds_a_place(span) -> bool:
    """Whether a term's noun phrase is the subject or the object of a verb ("The core group will
    meet", "A strategy discussion was held", "Mum missed the core group"), alone or in a list
    ("Mum and the core group"), or a word naming the kind of a noun after it ("the TAF meeting
    notes"): a question in its place leaves the verb with no one to do it or nothing done. After
    a preposition or "be" ("take part in a parenting assessment", "Mum will be a protective
    factor") the question stands where the thing would be named, as before."""
    root = span.root
    if root.dep_ in ("compound", "amod", "nmod", "poss") and root.head.i >= span.end:
        return True
    while root.dep_ in ("conj", "appos") and root.head.i != root.i:
        root = root.head
    return (root.dep_ in _ARGUMENTS and root.head.pos_ in ("VERB", "AUX")) or _prepositional_object(root)


def _prepositional_object(root) -> bool:
    """Round 32 (a practice lead's trial: "Mum will cooperate with [What plain words …?]", "has
    concerns about [What plain words …?]"): the object of a verb's own preposition ("cooperate
    with", "take part in") or of a preposition straight after the verb's object ("has concerns
    about") is what the verb is about; a question there leaves it about nothing. Not a phrase
    before the verb ("Because of non-engagement, …") nor one after other words."""
    if root.dep_ != "pobj" or root.head.dep_ != "prep":
        return False
    prep = root.head
    head = prep.head
    if head.pos_ in ("VERB", "AUX"):
        between = head.doc[head.i + 1: prep.i]
        return prep.i > head.i and all(t.dep_ in ("prt", "dobj", "advmod") and len(between) <= 2 for t in between)
    if head.pos_ == "ADJ" and head.dep_ in ("acomp", "amod") and prep.i == head.i + 1:
        # Round 33 (review33 P#3): "is concerned regarding the chaotic presentation of the home":
        # what someone is worried about is what the sentence says; a question there left "The
        # health visitor is concerned about [What …?]."
        return True
    return (head.pos_ == "NOUN" and prep.i == head.i + 1 and head.dep_ == "dobj"
            and head.head.pos_ in ("VERB", "AUX") and head.i > head.head.i)


@functools.lru_cache(maxsize=1)
def _kept_names() -> frozenset[str]:
    from .words import load_swaps
    return frozenset(name for swap in load_swaps() if swap.keep for name in (swap.phrase, *swap.variants))


NEGATIVE_QUESTION_REASON = ("A negative term becomes a question about what was not done: "
                            "its \"not\" is asked about, never turned into its opposite.")
_NEGATIVE_QUESTION = re.compile(r"(?i)\b(?:missed|not|instead|without|refused|stopped)\b")
_NEGATIVE_PREFIX = re.compile(r"(?i)(?:\b(?:a\s+)?lack\s+of\s+|\bnon[-\s]?)$")


def _with_negative_prefix(text: str, start: int) -> int:
    """Where a term starts with the negation in front of it ("non-" of "non-engagement", "a lack
    of" before "engagement"): the question takes the whole negative phrase, never half a word."""
    match = _NEGATIVE_PREFIX.search(text[max(0, start - 12): start])
    return start - len(match.group(0)) if match else start


def negative_questions(doc, report) -> list[tuple[int, int]]:
    """The character ranges of a draft that the rewrite's questions about what was not done take
    the place of (for counting lost negations the same way as the rewrite does)."""
    return [(e.start, e.end) for e in _jargon_questions(doc, report) if e.asks]


def _noun_phrase(doc, start: int, end: int) -> tuple[int, int]:
    """The whole noun phrase a jargon noun heads ("the threshold for a child protection plan"),
    so the question stands where the phrase stood; other terms keep their own span."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or span.root.pos_ not in ("NOUN", "PROPN"):
        return start, end
    root = span.root
    words = [t for t in root.subtree if t.sent == root.sent]
    if any(t not in words for t in span):
        # The term is split across the parse ("co-parenting": "co" and "parenting" hang on
        # different words): the question takes exactly the term's place, never half a word.
        return start, end
    first, last = words[0], words[-1]
    for child in root.rights:  # "… assessment with Mrs Khan": a name, number or date after it stays
        if child.dep_ in ("prep", "appos") and any(_fact(t) for t in child.subtree):
            last = doc[child.left_edge.i - 1]
            break
    while last.i > root.i and last.is_punct:
        last = doc[last.i - 1]
    if any(t.dep_ in ("relcl", "acl") or t.pos_ in ("VERB", "AUX") for t in doc[first.i: last.i + 1]):
        return start, end  # a clause of its own hangs on the noun: keep to the term
    return first.idx, last.idx + len(last.text)


def _trim_preposition(doc, start: int, end: int) -> tuple[int, int]:
    """A term that ends in a preposition ("co-operation with", "in relation to") keeps its
    preposition when a question takes its place: "improve his [What …?] with school", never
    "improve his [What …?] school"."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) < 2:
        return start, end
    last = span[-1]
    if last.pos_ == "ADP" and last.i + 1 < len(doc) and not doc[last.i + 1].is_punct:
        return start, doc[last.i - 1].idx + len(doc[last.i - 1].text)
    return start, end


def _fact(token) -> bool:
    return token.like_num or any(ch.isdigit() for ch in token.text) or people.is_name(token) \
        or token.ent_type_ in ("DATE", "TIME", "PERSON") or "[" in token.text


def _occurrences(words: str, text: str):
    import re

    return re.finditer(r"(?<!\w)" + re.escape(words) + r"(?!\w)", text, re.IGNORECASE)


def _kept(words: str, text: str) -> bool:
    """Whether a flagged phrase is still in the text, outside the rewrite's [questions]."""
    return any(True for _ in _occurrences(words, fidelity.without_placeholders(text)))


def _norm(text: str) -> str:
    from ..engine import normalise

    return normalise(text)


def _finding_edits(report, notes: list | None = None) -> list[Edit]:
    """The fixes the findings carry that the rewrite may write: the same edits `check` shows and
    `--fix` writes. Round 33 (review33 P#2): a jargon swap that `--fix` holds back as uncertain
    ("under the category of" -> "because of" states a category as a cause; "Prior to the children
    moving" -> "Before the children moving" breaks the sentence) is not written by the rewrite
    either: the rewrite is never bolder than `--fix` about what a swap says. The words stay, with a
    note (`notes`)."""
    out = []
    for finding in report.findings:
        fix = finding.fix
        if fix is None:
            continue
        if _uncertain_swap(report.text, finding.code, fix):
            if notes is not None:
                words = report.text[fix.start:fix.end]
                notes.append(f"\"{words}\" (kept): the plain words \"{fix.replacement}\" may change what is meant "
                             "here, so they are for you to decide.")
            continue
        out.append(Edit(fix.start, fix.end, fix.replacement, finding.code, fix.reason, fix.safe))
    return out


def _uncertain_swap(text: str, code: str, fix) -> bool:
    """A jargon swap (SOS101-SOS104) that `check --fix` holds back because what the plain words
    say is uncertain (rewrite.swaps.doubted: a swap judged advice only, or a sentence the judge
    found doubtful once swapped). Swaps held back only for how they read stay the rewrite's."""
    from .swaps import doubted
    from .words import JARGON_CODES

    return code in JARGON_CODES and not fix.safe and doubted(text, fix)


def _faulty(eng, pairs, placeholders: bool = True) -> list[bool]:
    """For each (parse before a stage, text after it): whether the new text has a grammar or
    fidelity fault the text before did not have. Both are read with their [questions] taken out."""
    if not pairs:
        return []
    olds = list(eng.parse([fidelity.without_placeholders(doc.text) for doc, _, _ in pairs]))
    news = list(eng.parse([fidelity.without_placeholders(text) for _, text, _ in pairs]))
    out = []
    for (draft_doc, text, asked), old, new in zip(pairs, olds, news):
        problems = fidelity.compare(old, new, text, covered=fidelity.covered_tokens(old, eng.lexicons),
                                    replaced=asked, counted_draft=draft_doc)
        covered = fidelity.covered_tokens(draft_doc, eng.lexicons)
        # Round 40 (words_test38 w38-47): a fact or an act the draft "loses" against its own text
        # is the measure's misreading, not the stage's: no edit can keep it, and counted, it undid
        # every edit of every stage (the draft came back word for word, its guesses kept).
        problems.counts["lost_facts"] = len(_new_losses(
            fidelity.missing_facts(draft_doc, draft_doc.text, covered), fidelity.missing_facts(draft_doc, text, covered)))
        # Round 30: an adult's act the stage would drop, read on the draft as written; the acts
        # inside a flagged clause that a question takes the place of are that question's (a
        # victim-blaming phrase kept word for word is the greater harm), counted by the measure.
        problems.counts["lost_acts"] = len(_new_losses(
            fidelity.lost_acts(draft_doc, draft_doc.text, asked, covered), fidelity.lost_acts(draft_doc, text, asked, covered)))
        # (told_twice is the measure's: a scaffold's sentences may share words by design)
        out.append(bool(problems.total - problems.counts["kept_errors"] - problems.counts["told_twice"]))
    return out


def _new_losses(already, now) -> list:
    """The items of `now` (a list, or a set of words) not lost already when the draft is read
    against its own text (round 40)."""
    pool = list(already)
    out = []
    for item in now:
        if item in pool:
            pool.remove(item)
        else:
            out.append(item)
    return out


def _assemble(text: str, kind: str | None, units: list[_Unit], notes: list[str]) -> Rewrite:
    """Put each rewritten statement back in its place in the whole draft (headings untouched)."""
    pieces, changes, placeholders = [], [], []
    pos = 0
    for unit in units:
        pieces.append(text[pos: unit.offset])
        new_offset = sum(len(p) for p in pieces)
        new_text = unit.draft.text
        pieces.append(new_text)
        for change in unit.draft.changes():
            changes.append(Change(change.start + unit.offset, change.end + unit.offset, change.original,
                                  change.replacement, change.code, change.reason, change.safe, change.codes))
        for mark in unit.draft.placeholders():
            placeholders.append(Placeholder(mark.text, mark.start + new_offset, mark.end + new_offset))
        pos = unit.offset + len(unit.draft.original)
    pieces.append(text[pos:])
    kinds = {u.kind for u in units}
    chosen = kind or (next(iter(kinds)) if len(kinds) == 1 else None)
    return Rewrite(text, "".join(pieces), chosen, changes, placeholders, _notes_that_hold("".join(pieces), notes))


def _notes_that_hold(rewritten: str, notes: list[str]) -> list[str]:
    """Round 40 (left from review39a A#10): the notes as every reader gets them, the JSON and the
    page as well as the CLI's stderr: a note that words were kept ("\"chaotic\" (kept): …") only
    where the rewrite still has them (a later stage may have changed them after all, as the CLI
    alone used to check), and never for no words at all ("\"\" (kept)", a finding on the whole
    statement). Each note once."""
    out = []
    lower = rewritten.lower()
    for note in dict.fromkeys(notes):
        kept = re.match(r'"([^"]*)" \(kept\)', note)
        if kept and (not kept.group(1).strip() or kept.group(1).lower() not in lower):
            continue
        out.append(note)
    return out
