"""The Rule record every check loads into, the per-statement Context rules read, and rule docs."""
from __future__ import annotations

import inspect
import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import Callable, Iterable

from ..config import Config
from ..findings import DIMENSION_BY_DIGIT, KINDS, SEVERITIES, Finding, Fix
from ..metrics import doc_text

DOC_SECTIONS: tuple[str, ...] = ("What it checks", "Why it matters", "Example", "Better")


@dataclass
class Context:
    """What a rule may read about one statement. Analyses shared by rules are computed once."""

    doc: object  # spacy.tokens.Doc
    kind: str
    config: Config
    lexicons: object  # sos_lint.checks.lexicon.LexiconIndex
    cache: dict = field(default_factory=dict)
    fixes: bool = True  # judge each finding's fix; off when nobody reads fixes (audit)

    @cached_property
    def text(self) -> str:
        return doc_text(self.doc)

    @cached_property
    def tokens(self) -> tuple:
        """The Doc's tokens, made once: each walk over a spaCy Doc builds new Token objects, and the
        rules walk every statement dozens of times."""
        return tuple(self.doc)

    @cached_property
    def sentences(self) -> list:
        return list(self.doc.sents)

    @cached_property
    def sentence_number(self) -> tuple:
        """For each token, the index in `sentences` of the sentence it is in: `token.sent` makes a
        new Span (walking to the sentence's ends) on every call."""
        return tuple(number for number, sentence in enumerate(self.sentences)
                     for _ in range(sentence.start, sentence.end))

    @cached_property
    def children(self) -> tuple:
        """For each token, its children (as `token.children` gives them, in order) from `tokens`:
        each walk of `token.children` makes new Token objects, and rules walk every verb's."""
        tokens = self.tokens
        kids: list = [[] for _ in tokens]
        for token in tokens:
            head = token.head.i
            if head != token.i:
                kids[head].append(token)
        return tuple(map(tuple, kids))

    @cached_property
    def sentence_starts(self) -> tuple:
        """For each token, the index of its sentence's first token: `token.sent.start` without
        making a Span per token."""
        return tuple(sentence.start for sentence in self.sentences for _ in range(sentence.start, sentence.end))

    def matches(self, lexicon: str, per_group: bool = False) -> list:
        """(span, entry) pairs for a lexicon file, longest match wins where they overlap."""
        key = ("matches", lexicon, per_group)
        if key not in self.cache:
            self.cache[key] = self.lexicons.find(lexicon, self.doc, per_group)
        return self.cache[key]

    def memo(self, key: str, compute: Callable[[], object]):
        """Share a derived analysis (people named, structure components) between rules."""
        if key not in self.cache:
            self.cache[key] = compute()
        return self.cache[key]


def span_memo(namespace: str) -> Callable[["Context", str, Callable[[], object]], list]:
    """A reading module's memo of span lists: `_memo = span_memo("words16a:")`, then
    `_memo(ctx, "coping", compute)` computes once per statement and hands each caller its own list."""
    def memo(ctx: "Context", key: str, compute: Callable[[], object]) -> list:
        return list(ctx.memo(namespace + key, compute))
    return memo


Check = Callable[[Context, "Rule"], Iterable[Finding]]


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    severity: str
    kinds: tuple[str, ...]
    summary: str
    sections: dict[str, str]
    check: Check
    source: str = ""

    @property
    def dimension(self) -> str:
        return DIMENSION_BY_DIGIT[self.code[3]]

    @property
    def example(self) -> str:
        return self.sections["Example"]

    @property
    def better(self) -> str:
        return self.sections["Better"]

    def documentation(self) -> str:
        """What `sos-lint explain` prints, for a practitioner: the project's own file names and the
        round a reading was added in are left out (round 31: "rules/structure.toml", "DOMAIN.md")."""
        head = f"{self.code} {self.name} ({self.dimension}, {self.severity}; {' and '.join(self.kinds)})"
        parts = [head, "", self.summary, ""]
        for title in DOC_SECTIONS:
            section = _for_practitioners(self.sections[title])
            parts += [title, *("    " + line for line in section.splitlines()), ""]
        if self.source:
            parts += ["Source", "    " + practitioner_source(self.source), ""]
        return "\n".join(parts).rstrip() + "\n"

    def finding(self, ctx: Context, start: int, end: int, message: str, suggestion: str = "",
                severity: str | None = None, fix: Fix | None = None) -> Finding:
        """A finding of this rule; `fix`, when given, is the edit that answers it. Round 32: advice
        that says "Mum or Dad" is said of the carers the statement names (``family_shape``); every step
        that fits the advice to the statement runs in one ordered stage (``advice_stage``)."""
        from .advice_stage import fitted  # round 40 (r40b): the advice steps, one ordered stage
        message, suggestion, fix, severity = fitted(ctx, self.code, start, end, message, suggestion, fix, severity)
        if start == 0 and end == 0 and fix is None and ctx.text:
            end = len(ctx.text)  # round 39 (L#9): a finding about the whole statement runs 0..len(text)
        return Finding(self.code, self.name, self.dimension, severity or self.severity,
                       message, start, end, suggestion, fix)


def _label_said_of_the_adult(ctx: Context, start: int, message: str, suggestion: str) -> tuple[str, str]:
    """Round 33: see ``family_shape.said_of_the_adult``."""
    from .family_shape import said_of_the_adult

    from ..people.parent_words import singular_text

    text = singular_text(ctx.doc)  # round 36: "Mothers boyfriend" is one mum's
    sentence = next((text[s.start_char:s.end_char] for s in ctx.doc.sents if s.start_char <= start < s.end_char), text)
    return said_of_the_adult(message, text, sentence), said_of_the_adult(suggestion, text, sentence)


def _said_of_an_unborn_baby(ctx: Context, message: str, suggestion: str) -> tuple[str, str]:
    """Round 33 (review33b, review33q): advice about "the children" where the statement's only child
    is a baby not yet born ("unborn", "pregnant", "expecting", "due", "when the baby is born") and it
    has no word for children or a child named: "the baby" instead."""
    from .family_shape import only_an_unborn_baby

    if not only_an_unborn_baby(ctx):
        return message, suggestion
    return message.replace("the children", "the baby"), suggestion.replace("the children", "the baby")


def _said_of_this_family(ctx: Context, message: str, suggestion: str) -> tuple[str, str]:
    """Round 32 (review32b): the message and suggestion with "Mum or Dad"/"Mum and Dad" said of
    the carers this statement names (suggestions naming parents are advice or held-back role
    words, never written by --fix)."""
    from .family_shape import addressed_adult, said_to, said_with_carers
    from ..people.parent_words import singular_text

    # Round 36 (review35 C#6): "mothers ability" is one mum's, not "both mums" (people.parent_words)
    text = singular_text(ctx.doc)
    def child() -> str:
        from .analysis import child_name

        return child_name(ctx, "")
    addressee = addressed_adult(ctx)
    if addressee:
        # Round 33 (review33b): a goal spoken to one adult ("Will, you need to…") asks what that one will do
        return said_to(message, addressee), said_to(suggestion, addressee)
    from ..people.harmed import the_other_parent

    harmer = the_other_parent(ctx.doc) if ctx.kind == "goal" else ""
    if harmer:
        # Round 34 (review34d D#7): a goal about Dad's violence towards Mum asks what Dad will do
        return said_to(message, harmer), said_to(suggestion, harmer)
    name = child() if not any(w in text.lower() for w in ("mum", "mother", "dad", "father", "nan", "gran", "foster")) else ""
    message = said_with_carers(message, text, name)
    suggestion = said_with_carers(suggestion, text, name)
    return message, suggestion


# A bracket naming one of the project's files ("(rules/structure.toml)", "(word list in
# rules/child_focus.toml)", "(care_words.py, SOS302)"), and "Round 11:" history notes.
_FILE_NOTE = re.compile(r"[ \t]*\((?:[^()]*?)(?:rules/|\.py\b|\.toml|DOMAIN\.md|devtools/)[^()]*\)")


_FILE_NAMED = re.compile(r"\s+(?:in|from)\s+rules/[a-z_]+\.toml")


def _for_practitioners(text: str) -> str:
    text = _FILE_NAMED.sub("", _FILE_NOTE.sub("", text))  # "the plain-English swap list in rules/jargon.toml"
    # "Round 11, as classes: …" / "Round 24: in a worry, …": the note goes, the sentence starts with a capital.
    text = re.sub(r"\bRound \d+[a-z]?(?: \([^()]*\))?[:,]\s*(\w)", lambda m: m.group(1).upper(), text)
    return "\n".join(line.rstrip() for line in text.splitlines())


def practitioner_source(source: str) -> str:
    """A rule's source as a practitioner can look it up: the project's own notes (DOMAIN.md) are
    Signs of Safety practice guidance; the seed is the Coventry newsletter's examples."""
    parts = []
    for part in (p.strip() for p in source.split(";")):
        if part == "DOMAIN.md":
            continue
        part = part.replace("DOMAIN.md:", "Signs of Safety practice guidance:")
        part = part.replace("Seed exemplars (Coventry newsletter)", "Coventry Signs of Safety newsletter examples")
        parts.append(part)
    return "; ".join(parts) or "Signs of Safety practice guidance"


def parse_doc(text: str) -> tuple[str, dict[str, str]]:
    """Split a rule docstring into its one-line summary and its four sections."""
    text = inspect.cleandoc(text)
    summary, _, rest = text.partition("\n")
    pattern = re.compile(r"^(%s)\s*$" % "|".join(map(re.escape, DOC_SECTIONS)), re.MULTILINE)
    pieces = pattern.split(rest)
    sections = {pieces[i]: inspect.cleandoc(pieces[i + 1]) for i in range(1, len(pieces) - 1, 2)}
    missing = [title for title in DOC_SECTIONS if not sections.get(title)]
    if missing:
        raise ValueError(f"rule documentation lacks {', '.join(missing)}: {summary!r}")
    return summary.strip(), sections


def rule(code: str, name: str, severity: str = "warning", kinds: tuple[str, ...] = KINDS,
         source: str = "") -> Callable[[Check], Rule]:
    """Turn a documented check function into a Rule. Registration is explicit, in checks/__init__."""
    if not re.fullmatch(r"SOS[1-5]\d\d", code) or severity not in SEVERITIES:
        raise ValueError(f"bad rule code or severity: {code} {severity}")

    def wrap(check: Check) -> Rule:
        summary, sections = parse_doc(check.__doc__ or "")
        return Rule(code, name, severity, tuple(kinds), summary, sections, check, source)

    return wrap
