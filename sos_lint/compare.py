"""Compares several practitioners' drafts of one statement: ranking, scores, best wording, combined draft."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Callable, Iterable, Sequence

from .findings import DIMENSIONS, KINDS
from .report import SCHEMA_VERSION, Report

Spans = list[tuple[int, int]]
# A sentence with an error costs more than one with a hint when choosing the best wording.
_SEVERITY_COST = {"error": 3, "warning": 2, "hint": 1}
_EVIDENCE_GAP = re.compile(r"\s*(?:…|\.\.\.)\s*")


@dataclass(frozen=True)
class Draft:
    """One statement of one kind, written by one author."""

    author: str
    report: Report
    tie: str = ""  # breaks a tie in the ranking the same way however the drafts are labelled


@dataclass(frozen=True)
class Wording:
    author: str
    text: str
    findings: int  # findings inside this sentence
    # Round 35 (a conference chair's trial, C#7): the sentence repeats what a child said.
    child_words: bool = False


@dataclass(frozen=True)
class ComponentRow:
    name: str
    label: str
    authors: tuple[str, ...]  # the drafts that have this part, best first
    best: Wording | None
    # Round 33: every draft's sentence for this part, best first, with the draft and the span, so the
    # combined draft can take the next one when the best does not fit where it would go.
    options: tuple = field(default=(), compare=False, repr=False)


@dataclass(frozen=True)
class SharedTerm:
    words: str
    code: str
    name: str
    authors: tuple[str, ...]
    suggestion: str = ""


@dataclass(frozen=True)
class CombinedSentence:
    """A sentence copied word for word from one draft, with the parts of the statement it gives."""

    text: str
    author: str
    parts: tuple[str, ...]
    findings: int
    child_words: bool = False  # round 35 (C#7): it repeats what a child said


@dataclass
class KindComparison:
    kind: str
    title: str | None
    ranked: list[Draft]
    components: list[ComponentRow]
    shared_jargon: list[SharedTerm]
    combined: list[CombinedSentence]
    missing: list[str]  # parts no draft has: the group still has to write them
    withheld: str = ""  # round 33: why no combined draft was built (drafts about different children)
    # Round 35 (C#2): what a parent or the family says in a draft, left out of the combined draft
    # (the combined draft already gives a family view): shown so the group can choose.
    family_left: list[Wording] = field(default_factory=list)
    # Round 40 (C#12): (draft, the earlier-ranked draft it is word for word the same as)
    same: list[tuple[str, str]] = field(default_factory=list)

    @property
    def combined_is_top_draft(self) -> bool:
        """True when no structure parts were found, so the 'combined' draft is the best draft as it is."""
        return not self.components and bool(self.combined)


@dataclass
class Comparison:
    kinds: list[KindComparison]
    authors: list[str]
    errors: list[str] = field(default_factory=list)
    redacted: dict[str, int] | None = None  # counts by type when --redact was used, never the values
    notes: list[str] = field(default_factory=list)  # round 33: said before the tables (families kept apart)

    @property
    def reports(self) -> list[Report]:
        return [d.report for k in self.kinds for d in k.ranked]

    def to_dict(self) -> dict:
        return {
            "schema_version": SCHEMA_VERSION,
            "authors": list(self.authors),
            "redacted": dict(self.redacted) if self.redacted is not None else None,
            "comparisons": [_kind_dict(k) for k in self.kinds],
            "notes": list(self.notes),
            "errors": list(self.errors),
        }


def sentence_spans(text: str) -> Spans:
    """A plain fallback splitter; the command passes spaCy's sentences instead."""
    spans, start = [], 0
    for match in re.finditer(r"(?<=[.!?])[\"”’)]*\s+(?=[\"“‘(]?[A-Z0-9])|\n\s*\n", text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


class PlainView:
    """How a comparison shows the words of a draft: as written."""

    def span(self, report: Report, start: int, end: int) -> str:
        return report.text[start:end]

    def title(self, report: Report) -> str | None:
        return report.title

    def words(self, text: str) -> str:
        return text

    def report(self, report: Report) -> Report:
        return report


def compare(statements: Iterable[tuple[str, Report]], split: Callable[[str], Spans] = sentence_spans,
            errors: Sequence[str] = (), redacted: dict[str, int] | None = None, view=None,
            ties: Sequence[str] = (), groups: Sequence[str] = (), withhold: str = "",
            marks: Callable[[str], list] | None = None) -> Comparison:
    """Compare (author, report) pairs kind by kind. An author with two statements of one kind
    appears twice, as "Sam" and "Sam (2)". `view` says how a draft's words are shown (round 31:
    `compare --redact` judges the drafts as written and shows them redacted, so plain and redacted
    runs rank, score and find the same parts).

    Round 33 (a team manager's trial): `groups` (one label per statement, say each draft's folder)
    keeps families apart: with more than one group, each is ranked and combined on its own, its
    tables titled with the group. `withhold` (a reason) builds no combined draft at all, for drafts
    that name different children.

    Round 35 (a conference chair's trial): `marks` (text -> `sentence_marks` of its parse) says which
    sentences give the family's view and which repeat a child's words; without it no sentence is
    marked."""
    view = view or PlainView()
    statements = list(statements)
    groups = list(groups) + [""] * (len(statements) - len(groups))
    order = sorted(dict.fromkeys(groups), key=lambda g: [int(p) if p.isdigit() else p for p in re.split(r"(\d+)", g)])
    drafts: dict[tuple[str, str], list[Draft]] = {(g, kind): [] for g in order for kind in KINDS}
    seen: Counter = Counter()
    authors: list[str] = []
    ties = list(ties)
    for index, (author, report) in enumerate(statements):
        seen[(author, report.kind)] += 1
        n = seen[(author, report.kind)]
        tie = ties[index] if index < len(ties) else ""
        drafts[(groups[index], report.kind)].append(Draft(author if n == 1 else f"{author} ({n})", report, tie))
        if author not in authors:
            authors.append(author)
    kinds = []
    for (group, kind), found in drafts.items():
        if not found:
            continue
        compared = compare_kind(kind, found, split, view, marks)
        if len(order) > 1:
            compared.title = f"{group}: {compared.title or _KIND_TITLES.get(kind, kind)}"
        if withhold:
            compared.combined, compared.missing, compared.withheld = [], [], withhold
        kinds.append(compared)
    notes = []
    if len(order) > 1:
        notes.append(f"These drafts come from {len(order)} groups ({', '.join(order)}): each is ranked and "
                     "combined on its own, never mixed with another.")
    if withhold:
        notes.append(withhold[:1].upper() + withhold[1:])
    return Comparison(kinds, authors, list(errors), redacted, notes)


_KIND_TITLES = {"worry": "Worry statement", "goal": "Safety goal"}


def compare_kind(kind: str, drafts: list[Draft], split: Callable[[str], Spans] = sentence_spans,
                 view=None, marks: Callable[[str], list] | None = None) -> KindComparison:
    view = view or PlainView()
    ranked = rank(drafts)
    # Round 35 (C#2): a split where no sentence ends ("… she is scared Lily has epilepsy …") is joined
    # up again: the combined draft copies whole sentences, never half of one.
    sentences = {d.author: whole_sentences(d.report.text, split(d.report.text)) for d in ranked}
    marked = {d.author: (marks(d.report.text) if marks else []) for d in ranked}
    rows = component_rows(ranked, sentences, view, marked)
    left: list[Wording] = []
    combined, missing = combined_draft(ranked, rows, sentences, view, marked, left)
    title = next((view.title(d.report) for d in ranked if d.report.title), None)
    shown = [Draft(d.author, view.report(d.report), d.tie) for d in ranked]
    return KindComparison(kind, title, shown, rows, shared_jargon(ranked, view), combined, missing,
                          family_left=left, same=same_drafts(ranked))


def same_drafts(ranked: list[Draft]) -> list[tuple[str, str]]:
    """Round 40 (C#12): drafts that are word for word the same as a higher-ranked one (case, spaces
    and the final stop aside): in a workshop that is worth saying, and it doubles the part counts."""
    first: dict[str, str] = {}
    out = []
    for draft in ranked:
        key = " ".join(re.sub(r"[^\w\s']", " ", draft.report.text.lower()).split())
        if key in first:
            out.append((draft.author, first[key]))
        else:
            first[key] = draft.author
    return out


def same_lines(kind) -> list[str]:
    return [f"{author} is the same as {original}, word for word." for author, original in kind.same]


def rank(drafts: list[Draft]) -> list[Draft]:
    """Best first: overall score, then the sum of dimension scores, then fewer findings, then each
    draft's tie key (round 33: the same in a plain and a redacted run; the order given when unset)."""
    return sorted(drafts, key=lambda d: (-d.report.score, -sum(d.report.scores.get(x, 0) for x in DIMENSIONS),
                                         len(d.report.findings), d.tie))


def component_rows(ranked: list[Draft], sentences: dict[str, Spans], view=None,
                   marked: dict | None = None) -> list[ComponentRow]:
    view = view or PlainView()
    marked = marked or {}
    order: list[tuple[str, str]] = []
    for draft in ranked:
        for component in draft.report.components:
            if (component.name, component.label) not in order:
                order.append((component.name, component.label))
    rows = []
    for name, label in order:
        candidates = []
        for place, draft in enumerate(ranked):
            component = next((c for c in draft.report.components if c.name == name and c.present), None)
            if component is None:
                continue
            spans = _evidence_sentences(draft.report.text, component.evidence, sentences[draft.author])
            if name in _INCIDENT_PARTS:
                # Round 32 (a practice lead's trial): "what the adults did" and "when or where" take
                # the sentence that tells a dated incident ("On 3 March he pushed Mum into the
                # kitchen wall …") over a general one ("Dad drinks most evenings …"); "when" may
                # take it from the sentences that tell what the adults did.
                acts = next((c for c in draft.report.components if c.name == "behaviour" and c.present), None)
                more = _evidence_sentences(draft.report.text, acts.evidence, sentences[draft.author]) if acts else []
                spans += [sp for sp in more if sp not in spans and _dated(draft.report, sp)]
            marks = marked.get(draft.author)
            # (Round 37 added here the sentences marked "future" for the future part, as a work-round for
            # the parts reading taking a quotation's "they'll take Kai away" as the future. Round 38
            # (r38e) mended that in the parts reading (checks/parts/worry.py): the part's own evidence
            # is the sentence in the writer's words, so the work-round is gone.)
            # Round 37 (S#6): a sentence that is only someone's quoted words ('She said "I'm scared if I
            # tell anyone …"') is taken for a part only when no other sentence gives it.
            best = min(spans, key=lambda span: (_marked(marks, span, "quote"),
                                                name in _INCIDENT_PARTS and not _dated(draft.report, span),
                                                _cost(draft.report, span)), default=None)
            dated = bool(best) and name in _INCIDENT_PARTS and _dated(draft.report, best)
            candidates.append((_marked(marks, best, "quote"), not dated, _serious(draft.report, best) if best else 99,
                               place, draft, best))
        # Round 33: a hint (a long sentence, say) no longer hands the part to a lower-ranked draft:
        # the higher draft's sentence is taken unless it has a warning or an error. Round 37: nor
        # unless it is a quotation on its own and the other is not.
        candidates.sort(key=lambda c: c[:4])
        options = tuple((Wording(d.author, _clean(view.span(d.report, s[0], s[1])), _count(d.report, s),
                                 _marked(marked.get(d.author), s, "child_words")), d, s)
                        for *_, d, s in candidates if s)
        best = options[0][0] if options else None
        rows.append(ComponentRow(name, label, tuple(c[4].author for c in candidates), best, options))
    return rows


def combined_draft(ranked: list[Draft], rows: list[ComponentRow],
                   sentences: dict[str, Spans], view=None, marked: dict | None = None,
                   left: list | None = None) -> tuple[list[CombinedSentence], list[str]]:
    """The best sentence for each part, in the parts' order, each copied exactly from its draft.
    With no parts to go on, it is the top draft as written.

    Round 35 (a conference chair's trial, C#2): a draft's own sentences that sit between two it gives
    ("Mum had a bruise on her cheek that afternoon.", "Dad says this never happened …") come too,
    unless they carry a warning or an error; and when no chosen sentence says what the family says
    about the worry, the best-ranked draft's sentence that does is brought in. Other drafts' family
    views left out are added to `left`, so the group sees them."""
    view = view or PlainView()
    marked = marked or {}
    if not rows:
        top = ranked[0]
        return [CombinedSentence(_clean(view.span(top.report, s, e)), top.author, (), _count(top.report, (s, e)),
                                 _marked(marked.get(top.author), (s, e), "child_words"))
                for s, e in sentences[top.author]], []
    chosen: list[CombinedSentence] = []
    placed: list[tuple[Draft, tuple[int, int]]] = []  # the chosen sentences' drafts and spans, in order
    where: list = []  # (draft, span) or None, one for each chosen sentence
    for row in rows:
        if row.best is None:
            continue
        options = row.options or ((row.best, None, None),)
        # Round 33 (a team manager's and a DSL's trials): the best sentence for a part is taken
        # only where it still says what it said in its own draft: its "you" must still mean the
        # people its draft spoke to, and a sentence that leans on the one before it ("… and saw
        # this") must follow that sentence. Otherwise the next draft's sentence for the part is
        # taken; when every one would mislead, the best is kept as before.
        wording = next((w for w, d, span in options if d is None or _fits(d, span, placed)), options[0][0])
        draft, span = next(((d, sp) for w, d, sp in options if w is wording), (None, None))
        same = next((i for i, c in enumerate(chosen) if c.text == wording.text and c.author == wording.author), None)
        if same is None:
            chosen.append(CombinedSentence(wording.text, wording.author, (row.label,), wording.findings,
                                           wording.child_words))
            where.append((draft, span) if draft is not None else None)
            if draft is not None:
                placed.append((draft, span))
        else:
            old = chosen[same]
            chosen[same] = CombinedSentence(old.text, old.author, old.parts + (row.label,), old.findings,
                                            old.child_words)
    missing = [row.label for row in rows if row.best is None]
    chosen, where = _introduced(chosen, where, sentences, view, with_where=True)
    chosen, where = _kept_between(chosen, where, sentences, view, marked)
    chosen, where = _family_view(ranked, chosen, where, sentences, view, marked, rows,
                                 left if left is not None else [])
    chosen, where = _reference_order(chosen, where, sentences)
    return chosen, missing


# Round 40 (C#13): a sentence that opens with a pronoun ("She said a man called Mark …") or leans on
# the sentence before it ("We need to see this every week …") was put before the sentence of its own
# draft it refers to. That sentence now comes just before it when both are in the combined draft.
_OPENS_WITH_PRONOUN = re.compile(r"^\W*(?:She|He|They|It|Her|His|Their|Its|This|That|These|Those|Both|There)\b")
_THIS_AGAIN = re.compile(r"(?i)\b(?:this|that)\s+(?:every|each|for|again|happen|happening|at|in|on|too|as)\b")


def _reference_order(chosen: list[CombinedSentence], where: list, sentences: dict[str, Spans]) -> tuple[list, list]:
    """When a chosen sentence refers back to its own draft's previous sentence and the combined draft
    has that sentence further down, brings it up to just before. Nothing is added or dropped."""
    out, at_out = list(chosen), list(where)
    for _ in range(len(out)):  # each pass moves at most one sentence; a few passes settle it
        moved = False
        for i, at in enumerate(at_out):
            if at is None:
                continue
            draft, span = at
            text = _quoted_out(draft.report.text[span[0]:span[1]])
            if not (_OPENS_WITH_PRONOUN.match(text) or _LEANS_BACK.search(text) or _THIS_AGAIN.search(text)):
                continue
            own = sentences.get(draft.author, [])
            before = next((own[k - 1] for k, sp in enumerate(own) if sp == span and k > 0), None)
            j = next((k for k in range(i + 1, len(at_out)) if at_out[k] is not None
                      and at_out[k][0] is draft and at_out[k][1] == before), None)
            if j is None:
                continue
            # The sentence referred to comes up to just before the one that refers to it, so what
            # followed the pronoun sentence still follows it ("She said a man called Mark …" before
            # "Hope said, 'He buys me vapes …'").
            out.insert(i, out.pop(j))
            at_out.insert(i, at_out.pop(j))
            moved = True
            break
        if not moved:
            break
    return out, at_out


FAMILY_PART = "What the family says"
# Round 35 (a conference chair's trial, C#7; DOMAIN.md point 9): shown beside, and under, any best
# wording or combined sentence that repeats what a child said. A warning, not a withholding: leaving
# the sentence out would lose a fact of harm (C#2), and only the group knows who will see the screen.
CHILD_WORDS_MARK = "a child's words"
CHILD_WORDS_NOTE = ("Sentences marked \u201ca child's words\u201d repeat what a child told someone. Before they go on "
                    "a shared screen, into a plan or in front of the family, think who will see them: an adult who "
                    "learns what a child said may blame or punish the child (in domestic abuse above all, guidance "
                    "is not to quote it). Where you can, say what happened without the child's own account.")
# Round 40 (C#9): these sentences are a professional's account of what a parent said ("The IP
# (mother) stated that her partner had assaulted her"), not the family's own words, and a parent's
# disclosure needs the same care on a shared screen as a child's words.
FAMILY_LEFT_HEAD = ("What the family says in other drafts, as the writers tell it: each writer's account, not the "
                    "family's own words (not in the combined draft)")
FAMILY_WORDS_NOTE = ("These sentences report what a parent or relative told a professional. If one is a disclosure "
                     "of abuse, think who will see it before it goes on a shared screen, into a plan or in front of "
                     "the family: in domestic abuse, the person who harmed them may learn what was said. Where you "
                     "can, say what happened without repeating the disclosure.")


def child_words_note(kind) -> str:
    """The warning under a comparison whose best wording or combined draft repeats a child's words."""
    marked = any(c.child_words for c in kind.combined) or any(r.best is not None and r.best.child_words
                                                              for r in kind.components)
    return CHILD_WORDS_NOTE if marked else ""
BETWEEN_PART = "Said between the sentences chosen"


def _sentence(view, draft: Draft, span: tuple[int, int], parts: tuple[str, ...], marked: dict) -> CombinedSentence:
    return CombinedSentence(_clean(view.span(draft.report, *span)), draft.author, parts, _count(draft.report, span),
                            _marked(marked.get(draft.author), span, "child_words"))


def _kept_between(chosen: list[CombinedSentence], where: list, sentences: dict[str, Spans], view,
                  marked: dict) -> tuple[list, list]:
    """Each draft's sentences between the first and the last of its own the combined draft takes, put
    straight after the one before them: what its author told in between (an injury, a denial) is not
    lost, and the sentences keep their order. A sentence there with a warning or an error is left out."""
    out, at_out = list(chosen), list(where)
    spans_of: dict = {}
    for w in where:
        if w is not None:
            spans_of.setdefault(id(w[0]), (w[0], []))[1].append(w[1])
    for draft, taken in spans_of.values():
        own = sentences.get(draft.author, [])
        taken = sorted(taken)
        for before, after in zip(taken, taken[1:]):
            gap = [sp for sp in own if before[1] <= sp[0] and sp[1] <= after[0]
                   and not any(f.severity in ("warning", "error") for f in _inside(draft.report, sp))]
            if not gap:
                continue
            at = next(i for i, w in enumerate(at_out) if w is not None and w[0] is draft and w[1] == before)
            for n, span in enumerate(gap, 1):
                parts = (FAMILY_PART,) if _marked(marked.get(draft.author), span, "family") else (BETWEEN_PART,)
                out.insert(at + n, _sentence(view, draft, span, parts, marked))
                at_out.insert(at + n, (draft, span))
    return out, at_out


def _family_view(ranked: list[Draft], chosen: list[CombinedSentence], where: list, sentences: dict[str, Spans],
                 view, marked: dict, rows: list[ComponentRow], left: list) -> tuple[list, list]:
    """The combined draft says what the family says about the worry (DOMAIN.md: where the family
    disagrees) whenever a draft does: the best-ranked draft's family-view sentence without a warning
    or an error is brought in, before the sentence on what could happen. Every other draft's
    family-view sentence not in the combined draft goes to `left`."""
    if any(d.report.kind != "worry" for d in ranked):
        return chosen, where  # a safety goal says what will happen, not who disputes what did
    has = {(w[0].author, w[1]) for w in where if w is not None}
    views = [(d, sp) for d in ranked for sp in sentences.get(d.author, [])
             if _marked(marked.get(d.author), sp, "family")]
    if not views:
        return chosen, where
    out, at_out = list(chosen), list(where)
    if not any((d.author, sp) in has for d, sp in views):
        fit = next(((d, sp) for d, sp in views
                    if not any(f.severity in ("warning", "error") for f in _inside(d.report, sp))), None)
        if fit is not None:
            draft, span = fit
            future = {row.label for row in rows if row.name == "future"}
            at = next((i for i, c in enumerate(out) if future & set(c.parts)), len(out))
            out.insert(at, _sentence(view, draft, span, (FAMILY_PART,), marked))
            at_out.insert(at, fit)
            has.add((draft.author, span))
    for draft, span in views:
        if (draft.author, span) not in has:
            left.append(Wording(draft.author, _clean(view.span(draft.report, *span)), _count(draft.report, span),
                                _marked(marked.get(draft.author), span, "child_words")))
    return out, at_out


# Where a sentence really ends: its stop (and a closing quote or bracket), or a colon before a list.
_SENTENCE_END = re.compile(r"(?:[.!?…]+[\"'”’)\]]*|:)\s*$")


def whole_sentences(text: str, spans: Spans) -> Spans:
    """Round 35 (a conference chair's trial, C#2: "…she is scared" cut from "…she is scared Lily has
    epilepsy like her brother"): the parser may end a sentence where no sentence ends. A piece that
    does not end with a stop (or a colon), and has no line break after it, is joined to the next."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if out:
            s0, e0 = out[-1]
            if not _SENTENCE_END.search(text[s0:e0]) and "\n" not in text[s0:start].rstrip(" \t")[-1:] \
                    and "\n" not in text[e0:start]:
                out[-1] = (s0, end)
                continue
        out.append((start, end))
    return out


def _marked(marks, span: tuple[int, int] | None, what: str) -> bool:
    """Whether `sentence_marks` marked the sentence at `span` (a mark lies inside it) as `what`."""
    if not marks or span is None:
        return False
    return any(span[0] <= start < span[1] and what in kinds for start, _end, kinds in marks)


_SPEECH = frozenset({"say", "tell", "deny", "dispute", "disagree", "insist", "claim", "explain", "believe", "think",
                     "accept", "admit", "agree", "maintain", "state", "report", "describe", "reject", "disclose",
                     "ask", "whisper", "write"})
_CHILD_SPEECH = frozenset({"say", "tell", "disclose", "report", "describe", "explain", "whisper", "write", "ask",
                           "draw", "shout", "scream", "cry", "show"})


def sentence_marks(doc, spans: Spans | None = None) -> list[tuple[int, int, frozenset]]:
    """Round 35 (a conference chair's trial, C#2 and C#7): for each sentence of a parsed draft, what the
    combined draft must not lose or must warn about, as (start, end, marks):
    - "family": a parent, a relative or the family's network is the one speaking (the subject of a
      verb of saying or believing: "Dad says this never happened", "Mum and Nan deny it",
      "Priya has told the nurse she is frightened of him"): the family's view of the worry;
    - "child_words": a child is the one speaking ("Ava (6) told her teacher that …", "Child A said
      …"), or the sentence quotes words inside a sentence where a child speaks: a child's account,
      which may not be safe to show the family on a shared screen.
    Read from the parse and the people reading (sos_lint.people), never from one draft's words."""
    from .people import ADULT, CHILD, people, words

    found = people(doc)
    w = words()
    family_words = set(w["family"]) | set(w["caregivers"]) | set(w["grandparents"]) | {"adult", "adults"}
    child_words = set(w["children"]) | {"child"}
    professional = set(w["professionals"]) | set(w["adult_jobs"]) | set(w["institutions"])
    spans = whole_sentences(doc.text, spans if spans is not None else [(s.start_char, s.end_char) for s in doc.sents])
    # Words inside quotation marks are the words quoted, not who says them ("She said, "Craig says …"").
    quoted = [m.span() for m in re.finditer(r"[\"“][^\"”]*[\"”]", doc.text)]
    kin = _kin_names(doc, family_words, professional)
    out = []
    for start, end in spans:
        kinds = set()
        for token in doc:
            if not (start <= token.idx < end) or token.pos_ not in ("VERB", "AUX") or token.lemma_.lower() not in _SPEECH:
                continue
            if any(a < token.idx < b for a, b in quoted):
                continue
            if not _told(token):
                continue  # a plan ("Mum will tell the school …", "Zac can tell his teacher"), not an account
            # said within the family ("Dad told Mum he would …"): part of what happened, not a view
            at_home = any(_who(t, found, family_words, child_words, professional, ADULT, CHILD)
                          for t in _listeners(token))
            for subject in _subjects(token):
                who = _who(subject, found, family_words, child_words, professional, ADULT, CHILD)
                if not who and subject.lower_ in ("he", "she") and _only_quoted(doc, start, end, quoted):
                    # Round 37 (S#6): 'She said "I'm scared …"': a quotation whose speaker is "he" or
                    # "she" is taken to be said by the one the sentence before is about, when that
                    # one is a child ("Hope has fallen asleep in maths … She said "…"").
                    who = _previous_subject(doc, start, found, family_words, child_words, professional, ADULT,
                                            CHILD)
                if who == "child" and token.lemma_.lower() in _CHILD_SPEECH:
                    kinds.add("child_words")
                elif who == "family" and not at_home and (subject.pos_ != "PROPN" or subject.lower_ in kin
                                                          or subject.lower_ in family_words
                                                          or subject.text in ("Adult", "Person")
                                                          or any(c.text in ("Adult", "Person") for c in subject.children)):
                    kinds.add("family")
        if _says_what_could_happen(doc, start, end, quoted):
            kinds.add("future")
        if _only_quoted(doc, start, end, quoted):
            kinds.add("quote")
        if kinds:
            out.append((start, end, frozenset(kinds)))
    return out


# Round 37 (a school DSL's trial, S#6): a modal that says what will or could happen, and the words
# that make it hang on a condition ("if nothing changes", "if this carries on", "unless …").
_FUTURE_MODALS = frozenset({"will", "'ll", "’ll", "wo", "may", "might", "could", "shall"})
# "If" opens the future part when what it hangs on is things going on as they are ("if nothing changes",
# "if this carries on", "if Dad keeps drinking"); "unless" always does. "If he phones" is a plan's.
_GOING_ON = frozenset({"change", "carry", "continue", "keep", "go", "happen", "stay", "remain", "persist", "last"})


def _says_what_could_happen(doc, start: int, end: int, quoted: list) -> bool:
    """Round 37 (S#6): whether a sentence, in its own words (never inside quotation marks), says what
    will or could happen on a condition: a future modal ("will", "could", "may" …) and a clause opened
    by "unless", or by "if" on things going on as they are ("We are worried that if nothing changes,
    Hope will …", "If this carries on, …", "Unless Dad gets help, the twins could …"). A modal someone
    is reported as saying ("Mum said she will ring if it carries on") is their plan, not the worry's
    future; "if" on something else ("Mum will tell the nurse if he phones") is a plan; an "if" with no
    modal ("If Mum is ill, Jo cooks") tells what happens now."""
    inside = [t for t in doc if start <= t.idx < end and not any(a < t.idx < b for a, b in quoted)]
    if not any(t.dep_ == "mark" and (t.lower_ == "unless" or t.lower_ == "if" and t.head.lemma_.lower() in _GOING_ON)
               for t in inside):
        return False
    for token in inside:
        if token.tag_ != "MD" or token.lower_ not in _FUTURE_MODALS:
            continue
        if not any(a.pos_ in ("VERB", "AUX") and a.lemma_.lower() in _SPEECH | _CHILD_SPEECH
                   for a in token.head.ancestors if a.i != token.head.i):
            return True
    return False


def _previous_subject(doc, start: int, *reading) -> str:
    """Round 37 (S#6): "child" if the sentence just before `start` has a child as its main subject
    (by `_who`), else ""."""
    before = [sent for sent in doc.sents if sent.end_char <= start]
    if not before:
        return ""
    root = before[-1].root
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    return "child" if subjects and _who(subjects[0], *reading) == "child" else ""


def _only_quoted(doc, start: int, end: int, quoted: list) -> bool:
    """Round 37 (S#6): whether a sentence is someone's words and nothing else: it quotes words, and
    outside the quotation marks it has no verb but one of saying ('She said "…"', 'Jo told us: "…"')."""
    if not any(start <= a < end for a, _ in quoted):
        return False
    outside = [t for t in doc if start <= t.idx < end and not any(a <= t.idx < b for a, b in quoted)]
    return not any(t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "auxpass")
                   and t.lemma_.lower() not in _SPEECH | _CHILD_SPEECH for t in outside)


def _kin_names(doc, family_words: set, professional: set) -> set:
    """Names the draft sets beside a family word ("Mum (Agnieszka)", "Dad, Rhys,", "her partner Lee",
    "Agnieszka's husband"), and never beside a professional's word: a named adult is taken as
    family only then (a named social worker saying something is not the family's view)."""
    kin, work = set(), set()
    for token in doc:
        if token.pos_ != "PROPN":
            continue
        near = {t.lower_ for t in doc[max(0, token.i - 3): token.i + 4] if t.sent == token.sent}
        near |= {c.lower_ for c in token.children} | {token.head.lower_}
        if near & professional:
            work.add(token.lower_)
        elif near & family_words:
            kin.add(token.lower_)
    return kin - work


def _told(verb) -> bool:
    """Whether a verb of saying tells what was said (past or present), not what someone will or
    should say: no modal ("will", "can", "must"), not a bare "to"-form or an order ("Tell …")."""
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return False
    if verb.dep_ == "conj" and any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.head.children):
        return False
    return verb.tag_ not in ("VB",) or any(c.dep_ == "aux" and c.lower_ in ("do", "did", "does") for c in verb.children)


def _listeners(verb) -> list:
    """Who a verb of saying is said to: "told Mum", "said to her sister"."""
    out = [c for c in verb.children if c.dep_ in ("dative", "dobj", "iobj") and c.pos_ in ("PROPN", "NOUN")]
    for prep in (c for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"):
        out += [c for c in prep.children if c.dep_ == "pobj"]
    return out


def _subjects(verb) -> list:
    """A verb's active subjects, with those joined by "and"; a verb joined to another ("Dad was not there
    and has said …") shares that one's subjects."""
    head = verb
    while True:
        subjects = [c for c in head.children if c.dep_ in ("nsubj",)]
        if subjects or head.dep_ != "conj" or head.head is head:
            break
        head = head.head
    if not subjects:
        # The parser may hang the speaker on a phrase before it ("On Monday Ellis (9) told …": Ellis as
        # the object of "On"): the nearest noun before the verb, past an age in brackets, is taken.
        i = verb.i - 1
        while i >= verb.sent.start and (verb.doc[i].is_punct or verb.doc[i].like_num or verb.doc[i].dep_ in ("aux", "neg")):
            i -= 1
        near = verb.doc[i] if i >= verb.sent.start else None
        if near is not None and near.pos_ in ("PROPN", "NOUN") and near.dep_ in ("pobj", "npadvmod", "compound"):
            subjects = [near]
    out = []
    for subject in subjects:
        out.append(subject)
        out += [c for c in subject.conjuncts if c.i != subject.i]
    return out


def _who(token, found, family_words: set, child_words: set, professional: set, adult: str, child: str) -> str:
    """"child", "family" or "" for a subject token: by the people reading first, then its own word."""
    lower = token.lower_
    if token.pos_ == "PRON":
        return ""  # "you told us", "she said": whom it stands for is not read here
    around = {c.lower_ for c in token.children if c.dep_ in ("compound", "amod", "poss", "appos")}
    if lower in professional or around & professional or any(c.lower_.rstrip(".") == "dr" for c in token.children):
        return ""
    role = found.role_of(token)
    # A redacted name: "Child A" (the parser's subject is the letter), "Adult 2".
    placeholder = {c.lower_ for c in token.children if c.dep_ == "compound" and c.text in ("Child", "Adult", "Person")}
    if "child" in placeholder:
        return "child"
    if placeholder:
        return "family"
    if role == child or lower in child_words:
        return "child"
    if role == adult or lower in family_words:
        return "family"
    return ""


# A person's name, or a redacted one ("Adult 4", "Child B").
_PERSON_NAME = r"(?:(?:Adult|Child|Person) (?:\d+|[A-Z])\b|[A-Z][a-z]+(?:['’]s)?\b)"


def _introduced(chosen: list[CombinedSentence], where: list, sentences: dict[str, Spans],
                view, with_where: bool = False):
    """Round 33 (a team manager's trial: "Tariq appears without being introduced"): a chosen sentence
    that names someone by name alone ("Nan, Sunny or Tariq will tell her"), when no sentence before it
    in the combined draft names them and its own draft said who they are in a sentence left out
    ("Uncle Tariq will stay over…", "her cousin Will…"), brings that sentence in just before it."""
    from .people import _person_words

    relation = r"(?i:\b(?:" + "|".join(sorted((re.escape(w) for w in _person_words() if w.isalpha()), key=len,
                                               reverse=True)) + r")\b)"
    out: list[CombinedSentence] = []
    out_where: list = []  # round 35: where each sentence of `out` comes from, as `where`
    written: list[str] = []  # the same sentences as written (a redacted view shows placeholders)
    taken = {(w[0].author, w[1]) for w in where if w}
    for sentence, at in zip(chosen, where):
        if at is not None:
            draft, span = at
            text = draft.report.text[span[0]:span[1]]
            said = " ".join(written)
            for match in re.finditer(_PERSON_NAME, text):
                name = re.sub(r"['’]s$", "", match.group())
                if match.start() == 0 or re.search(r"\b" + re.escape(name) + r"\b", said) \
                        or re.search(relation + r"\s+" + re.escape(name) + r"\b", text):
                    continue
                intro = next(((s, e) for s, e in sentences.get(draft.author, []) if e <= span[0]
                              and (draft.author, (s, e)) not in taken
                              and re.search(relation + r"\s+" + re.escape(name) + r"\b", draft.report.text[s:e])),
                             None)
                if intro is None:
                    continue
                taken.add((draft.author, intro))
                out.append(CombinedSentence(_clean(view.span(draft.report, *intro)), draft.author,
                                            (_words(view, f"Says who {name} is", draft.report),),
                                            _count(draft.report, intro)))
                out_where.append((draft, intro))
                written.append(draft.report.text[intro[0]:intro[1]])
                said = " ".join(written)
        out.append(sentence)
        out_where.append(at)
        written.append(at[0].report.text[at[1][0]:at[1][1]] if at is not None else sentence.text)
    return (out, out_where) if with_where else out


_YOU = re.compile(r"\b(?:you|your|yours|yourself|yourselves)\b", re.I)
_NAME = r"(?:[A-Z][\w'’-]*(?:\s+(?:\d+|[A-Z]))?)"
# A name or names set off by commas before "you": "Grace and Will, you need …"; "For this to happen,
# Will, when you …" (a redacted "Adult 2, you …" too).
_VOCATIVE = re.compile(r"(?:^|[,;:]\s*)(" + _NAME + r"(?:\s*(?:,|and|&)\s*" + _NAME + r")*)\s*,(?=[^.!?]*\byou)")
# A demonstrative standing for something said before: "… and saw this.", "if this keeps happening".
_LEANS_BACK = re.compile(r"(?i)\b(?:this|that|these|those)\b(?=\s*[.,;:!?)]|\s+(?:is|was|were|has|had|keeps|kept|"
                         r"happens|happened|carries|continues|goes|went|means|meant|makes|made)\b)")


def _quoted_out(text: str) -> str:
    return re.sub(r"[\"“][^\"”]*[\"”]", " ", text)


def _addressee(text: str) -> frozenset | None:
    """The people a sentence names as "you", as a set of lower-cased names; None if it names none."""
    match = _VOCATIVE.search(_quoted_out(text))
    if not match:
        return None
    names = re.split(r"\s*(?:,|\band\b|&)\s*", match.group(1))
    return frozenset(n.lower() for n in names if n)


def _speaks_to(draft: Draft, span: tuple[int, int]) -> frozenset | None:
    """Who "you" is in this sentence of its own draft: the sentence's own vocative, else the last one
    before it in the draft, else the draft's first."""
    text = draft.report.text
    own = _addressee(text[span[0]:span[1]])
    if own is not None:
        return own
    before = [_addressee(m) for m in re.split(r"(?<=[.!?])\s+", text[:span[0]])]
    before = [a for a in before if a is not None]
    return before[-1] if before else _addressee(text)


def _fits(draft: Draft, span: tuple[int, int] | None, placed: list) -> bool:
    """Whether a draft's sentence keeps its meaning placed after the sentences chosen so far."""
    if span is None:
        return True
    text = _quoted_out(draft.report.text[span[0]:span[1]])
    if (draft, span) in placed:
        return True
    if _LEANS_BACK.search(text):
        if not placed or placed[-1][0] is not draft or draft.report.text[placed[-1][1][1]:span[0]].strip():
            return False
    if _YOU.search(text) and _addressee(text) is None:
        said_to = [_speaks_to(d, sp) for d, sp in placed if _YOU.search(_quoted_out(d.report.text[sp[0]:sp[1]]))]
        said_to = [a for a in said_to if a is not None]
        if not said_to or said_to[-1] != _speaks_to(draft, span):
            return False
    return True


def shared_jargon(ranked: list[Draft], view=None) -> list[SharedTerm]:
    """Jargon flagged in two or more drafts: what the group tends to write, worth talking about."""
    view = view or PlainView()
    found: dict[str, dict] = {}
    for draft in ranked:
        for finding in draft.report.findings:
            words = " ".join(view.span(draft.report, finding.start, finding.end).split())
            if finding.dimension != "jargon" or not words:
                continue
            entry = found.setdefault(words.lower(), {"words": words, "finding": finding, "authors": [],
                                                     "report": draft.report})
            if draft.author not in entry["authors"]:
                entry["authors"].append(draft.author)
    shared = [SharedTerm(e["words"], e["finding"].code, e["finding"].name, tuple(e["authors"]),
                         _words(view, e["finding"].suggestion, e["report"])) for e in found.values()
              if len(e["authors"]) > 1]
    return sorted(shared, key=lambda t: (-len(t.authors), t.words.lower()))


def _words(view, text: str, report: Report) -> str:
    """Words shown with a report (a suggestion, a label): a view that knows the report's own
    redaction gets it (round 33's masked view); the plain view's words() takes the text alone."""
    try:
        return view.words(text, report)
    except TypeError:
        return view.words(text)


def _evidence_sentences(text: str, evidence: str, spans: Spans) -> list[tuple[int, int]]:
    """The sentences holding the evidence. Evidence may list several clauses ("Dad … drinks / he … shouts"),
    each with pieces in order; a clause belongs to the sentence where its last piece is found."""
    found = []
    lowered = text.lower()
    for clause in (evidence or "").split(" / "):
        at = 0
        for piece in _EVIDENCE_GAP.split(clause):
            piece = piece.strip(" .").lower()
            if piece:
                hit = lowered.find(piece, at)
                at = hit if hit >= 0 else -1
                if at < 0:
                    break
        if at >= 0 and clause.strip():
            span = next(((s, e) for s, e in spans if s <= at < e), None)
            if span and span not in found:
                found.append(span)
    return found


_INCIDENT_PARTS = ("behaviour", "context")
_MONTHS = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
_DATE = re.compile(r"(?i)\b(?:\d{1,2}(?:st|nd|rd|th)?\s+" + _MONTHS + r"\b|" + _MONTHS + r"\s+\d{1,2}(?:st|nd|rd|th)?\b"
                   r"|on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\d{1,2}/\d{1,2}(?:/\d{2,4})?\b"
                   r"|\d{1,2}(?:[:.]\d{2})?\s?(?:am|pm)\b|yesterday\b|last\s+(?:night|week|weekend)\b|on\s+\[date\])")


def _dated(report: Report, span: tuple[int, int]) -> bool:
    """Whether a sentence tells one dated incident (a date, a day or a time in it) and has no
    error-severity finding in it (a dated sentence that blames the child is not the best wording)."""
    return bool(_DATE.search(report.text[span[0]: span[1]])) and not any(
        f.severity == "error" for f in _inside(report, span))


def _inside(report: Report, span: tuple[int, int]):
    return [f for f in report.findings if f.end > f.start and span[0] <= f.start < span[1]]


def _count(report: Report, span: tuple[int, int]) -> int:
    return len(_inside(report, span))


def _serious(report: Report, span: tuple[int, int]) -> int:
    """What a sentence's warnings and errors cost: hints left out."""
    return sum(_SEVERITY_COST.get(f.severity, 1) for f in _inside(report, span) if f.severity != "hint")


def _cost(report: Report, span: tuple[int, int]) -> int:
    return sum(_SEVERITY_COST.get(f.severity, 1) for f in _inside(report, span))


def _clean(sentence: str) -> str:
    return " ".join(sentence.split())


def _kind_dict(k: KindComparison) -> dict:
    return {
        "kind": k.kind,
        "title": k.title,
        "ranking": [{"rank": i + 1, "author": d.author, "score": d.report.score, "scores": dict(d.report.scores),
                     "findings": len(d.report.findings), "source": d.report.source, "text": d.report.text}
                    for i, d in enumerate(k.ranked)],
        "components": [{"name": r.name, "label": r.label, "authors": list(r.authors),
                        "best": None if r.best is None else {"author": r.best.author, "text": r.best.text,
                                                             "findings": r.best.findings,
                                                             "child_words": r.best.child_words}}
                       for r in k.components],
        "shared_jargon": [{"words": t.words, "code": t.code, "name": t.name, "authors": list(t.authors),
                           "suggestion": t.suggestion} for t in k.shared_jargon],
        "combined": [{"text": c.text, "author": c.author, "parts": list(c.parts), "findings": c.findings,
                      "child_words": c.child_words} for c in k.combined],
        "family_left": [{"author": w.author, "text": w.text, "findings": w.findings, "child_words": w.child_words}
                        for w in k.family_left],
        "combined_is_top_draft": k.combined_is_top_draft,
        "combined_withheld": k.withheld or None,
        "child_words_note": child_words_note(k) or None,
        "family_words_note": FAMILY_WORDS_NOTE if k.family_left else None,
        "same_as": [{"author": a, "same_as": b} for a, b in k.same],
        "missing": list(k.missing),
    }
