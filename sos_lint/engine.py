"""The one flow: text -> spaCy Doc -> rules -> findings -> scores -> Report."""
from __future__ import annotations

import os
import re
from typing import Callable, Iterable, Sequence

from . import cleaning, metrics, name_parse, nlp as nlp_loader, scoring, sections
from .pattern_lemmas import TabledPipeline
from .checks import Context, alarms26, alarms31, all_rules, words34, child_focus, learned_words, overlaps, readability, structure
from .checks.lexicon import LexiconIndex
from .config import Config
from .learn import model as learned
from .findings import KINDS, Finding
from .people import headings as heading_children, share_adults_across
from .report import Report

BATCH_SIZE = 64


_LINE_BREAKS = re.compile(r"\n(?:[ \t]*\n)*")


def normalise(text: str) -> str:
    """Same length as `text`, so offsets still point into it: line breaks inside a paragraph
    become spaces (drafts pasted from email wrap mid-sentence), blank lines stay, even when they
    hold spaces or a Windows line end (CR becomes a space). Round 39 (r39e): the line break after a
    heading line ("Worry statement", "Safety goal 2 - Kayden", "Background:") stays, and `parse`
    starts a sentence after it, so the heading is not glued to the statement's first sentence."""
    text = text.replace("\r", " ")

    def joined(match: re.Match) -> str:
        if match.group().count("\n") > 1:
            return match.group()
        line = text[text.rfind("\n", 0, match.start()) + 1: match.start()]
        return match.group() if _a_heading_line(line) else " "

    return _LINE_BREAKS.sub(joined, text)


_LABEL_LINE = re.compile(rf"^[ \t]*(?:#+[ \t]*)?(?:{sections.LABELS})\b(?P<rest>[^\n]*)$", re.IGNORECASE)
_LABEL_TAIL = re.compile(r"^\??[ \t]*(?:\d+[.)]?)?[ \t]*(?:[-–—:][ \t]*(?P<tail>[^\n]*))?$")


def _a_heading_line(line: str) -> bool:
    """A line that is a heading and no part of a sentence: a statement label as sections reads one
    ("Worry statement", "Safety goal 1 - Kayden", "What are we worried about?"), with at most a few
    words after its dash or colon (a name list, not the statement run on: "Worry statement: Dad hit
    Mia in the" wraps mid-sentence), or a short line of up to four words ending in a colon
    ("Background:", "Worry 1:"). A line wrapped mid-sentence ("Mum hit") is none."""
    match = _LABEL_LINE.match(line)
    if match:
        rest = _LABEL_TAIL.match(match.group("rest"))
        return rest is not None and len((rest.group("tail") or "").split()) <= 4 \
            and not (rest.group("tail") or "").rstrip().endswith(",")
    stripped = line.strip()
    return stripped.endswith(":") and 1 <= len(stripped.split()) <= 4 and stripped[0].isupper()


def sentence_breaks_kept(nlp, text: str):
    """`text`, or a Doc of its words whose sentence starts after each line break `normalise` kept
    (a heading's), for the pipeline to parse: the parser keeps a sentence start set before it. The
    words from there to the writer's first full stop are one sentence, as they were before the
    heading was cut off (left alone, the parser may cut "Grandad" from "Grandad Vic is worried")."""
    if "\n" not in text:
        return text
    doc = nlp.make_doc(text)
    marked = False
    inside = False
    for token in doc[1:]:
        before = doc[token.i - 1]
        # Round 40 (review40w W#11): after a blank line too: a sentence never runs on across a
        # paragraph break (a Word plan's list items are read as paragraphs of their own).
        if before.is_space and before.text.count("\n") >= 1 and before.text.strip() == "" and not token.is_space:
            token.is_sent_start = True
            marked, inside = True, True
        elif inside and (before.text in (".", "!", "?") or before.is_space and "\n" in before.text):
            inside = False
        elif inside:
            token.is_sent_start = False
    return doc if marked else text


# spaCy's cost per word grows with the length of one Doc (about 1.5x at 100 KB), so a long draft
# is parsed in pieces of about this many characters, cut after a blank line or a sentence, and the
# pieces joined back into one Doc whose text and offsets are the draft's own.
PIECE_CHARACTERS = 10_000
_PIECE_END = re.compile(r"\n\s*\n|(?<=[.!?])[ \t]+")


def pieces(text: str, size: int = PIECE_CHARACTERS) -> list[str]:
    """`text` cut into consecutive pieces of about `size` characters that join back into it."""
    if len(text) <= size:
        return [text]
    found, start, cut = [], 0, 0
    for match in _PIECE_END.finditer(text):
        if match.end() - start > size and cut > start:
            found.append(text[start:cut])
            start = cut
        cut = match.end()
    if len(text) - start > size and start < cut < len(text):
        found.append(text[start:cut])
        start = cut
    found.append(text[start:])
    return found


_RANK = {"error": 0, "warning": 1, "hint": 2}


def _one_per_span(findings: list[Finding], length: int) -> list[Finding]:
    """Where two rules flag exactly the same words, keep the more serious finding only
    ("engage with" is both jargon and service compliance: say it once, as the bigger problem), and
    one rule's two findings on the same words are said once. Findings about the whole statement (a missing part) are never merged."""
    def word_level(f: Finding) -> bool:
        return f.end > f.start and not (f.start == 0 and f.end >= length)

    best: dict[tuple[int, int], int] = {}
    for f in findings:
        if word_level(f):
            key = (f.start, f.end)
            best[key] = min(best.get(key, 9), _RANK[f.severity])
    # Two readings of one rule on the same words ("uncooperative" as a verdict and as the child's
    # conduct made the cause) are said once: the one with a suggestion, else the first.
    said: dict[tuple[int, int, str], Finding] = {}
    for f in findings:
        if word_level(f) and _RANK[f.severity] == best[(f.start, f.end)]:
            first = said.setdefault((f.start, f.end, f.code), f)
            if first is not f and f.suggestion and not first.suggestion:
                said[(f.start, f.end, f.code)] = f
    kept = []
    for f in findings:
        key = (f.start, f.end)
        if word_level(f) and (_RANK[f.severity] > best[key] or said[(f.start, f.end, f.code)] is not f):
            continue
        kept.append(f)
    return kept


def _joined(docs):
    from spacy.tokens import Doc

    # What was memoised on the pieces (the people read while choosing how to parse them) is read
    # again on the whole: Doc.from_docs cannot carry it, and would warn with its contents (the
    # draft's words) on stderr.
    for doc in docs:
        doc.user_data.clear()
    return Doc.from_docs(docs, ensure_whitespace=False)


def _outside_quotes(findings: list[Finding], doc) -> list[Finding]:
    """Quoted speech is a parent's or child's own words, recorded as said: no rule judges it.
    A finding over words wholly inside quotation marks goes; one reaching outside them stays."""
    if not metrics.quote_spans(doc):
        return findings
    return [f for f in findings if not (f.end > f.start and metrics.span_in_quotes(doc, f.start, f.end))]


def _guarded(ctx: Context, code: str, run: Callable[[], list]) -> list:
    """One check's findings. A check that fails on a statement (a fault in sos_lint, never the
    writer's) is left out of that statement's report, which says so (Report.checks_not_run), so
    the other checks and the other statements are still read: a practitioner never sees a
    traceback. SOS_LINT_STRICT=1 (the test suite sets it) raises instead, so no fault is hidden."""
    try:
        return run()
    except Exception:  # noqa: BLE001 - see the docstring: reported, and raised under SOS_LINT_STRICT
        if os.environ.get("SOS_LINT_STRICT"):
            raise
        ctx.memo("engine:not_run", list).append(code)
        return []


class Engine:
    """Holds the heavy, shared objects (pipeline, phrase matchers, rule list) for one config."""

    def __init__(self, config: Config | None = None, spacy_model: str | None = None):
        self.config = config or Config()
        self.nlp = nlp_loader.load(spacy_model)
        # The phrase matchers' lemma pass comes from models/pattern_lemmas.json.gz when that table
        # was made for exactly these phrases and this model (a second of every cold start).
        self.lexicons = LexiconIndex(TabledPipeline(self.nlp), self.config.jargon)
        # Round 31 (review #9): every rule runs, whatever --select/--ignore say, so a score is always the
        # whole judgement (a narrowed run that scored only the rules it showed passed "Concerns regarding
        # neglect and DV." at 7.3). The selection narrows which findings are shown and fixed (`_narrow`).
        self.rules = list(all_rules())
        self.rules_by_code = {r.code: r for r in self.rules}
        self.narrowed = any(not self.config.enabled(r.code) for r in self.rules)
        self._build_lazy_parts()

    def _build_lazy_parts(self) -> None:
        """Run every rule once on a made-up statement of each kind, so the phrase matchers and
        word lists the rules build on first use exist before any thread shares this engine
        (api.engine builds engines under a lock); checks then only read them."""
        warm_up = ("Mum, Leo needs you to walk him to school every day. Nan saw Dad hit Leo last week, "
                   "and Leo said: \"I was scared.\" If nothing changes, Leo could be hurt.")
        doc = next(iter(self.parse([warm_up])))
        for kind in KINDS:
            self.findings(doc, kind)

    def parse(self, texts: Iterable[str]):
        """One Doc per text, in order, from one batched pass (long drafts in pieces, see `pieces`)."""
        def numbered():
            for text in texts:
                parts = pieces(normalise(text))
                for number, part in enumerate(parts, 1):
                    yield sentence_breaks_kept(self.nlp, part), number == len(parts)

        child = [name for role, name in self.config.names if role in ("child", "children")]
        adult = [name for role, name in self.config.names if role not in ("child", "children")]
        waiting = []
        for doc, last in self.nlp.pipe(numbered(), as_tuples=True, batch_size=BATCH_SIZE):
            # Round 30: names that are also words ("Will hid", "May cried") parsed as names.
            waiting.append(name_parse.reparsed(doc, self.nlp, child, adult))
            if last:
                yield waiting[0] if len(waiting) == 1 else _joined(waiting)
                waiting = []

    def findings(self, doc, kind: str, fixes: bool = True) -> tuple[list[Finding], Context]:
        found, ctx = self._all_findings(doc, kind, fixes)
        return _one_per_span(found, len(ctx.text)), ctx

    def _all_findings(self, doc, kind: str, fixes: bool = True) -> tuple[list[Finding], Context]:
        """Every rule's findings, before two on the same words are said once."""
        ctx = Context(doc=doc, kind=kind, config=self.config, lexicons=self.lexicons, fixes=fixes)
        found: list[Finding] = []
        for rule in self.rules:
            if kind in rule.kinds:
                found.extend(_guarded(ctx, rule.code, lambda: list(rule.check(ctx, rule))))
        # Then the learned word tagger, only where no word rule has spoken (checks/learned_words.py).
        found.extend(_guarded(ctx, "learned", lambda: learned_words.findings(ctx, found, self.rules_by_code)))
        found = _outside_quotes(found, doc)
        # Round 26 (alarms26): words reported as someone said them, harm foreseen in the future part,
        # the child's own mind, an injury referred back to (checks/alarms26.py).
        found = alarms26.drop(found, ctx)
        found = alarms31.drop(found, ctx)  # Round 31: the field of someone's job ("who leads on safeguarding")
        found = words34.drop(found, ctx)  # Round 34: nothing but SOS518 reads inside the tool's own [questions]
        found.sort(key=lambda f: (f.start, f.code))
        return found, ctx

    def report(self, text: str, doc, kind: str, kind_source: str = "given", fixes: bool = True) -> Report:
        """The rules' report for one parsed statement of a known kind (scores from the rules alone).
        With fixes=False no finding carries a fix (nothing else changes): for callers that never
        show or write fixes, since judging a swap re-parses its sentence."""
        if kind not in KINDS:
            raise ValueError(f"kind must be one of {', '.join(KINDS)}, not {kind!r}")
        everything, ctx = self._all_findings(doc, kind, fixes)
        not_run = sorted(set(ctx.memo("engine:not_run", list)))
        found = _one_per_span(everything, len(ctx.text))
        scores = scoring.dimension_scores(found)
        rule_score = scoring.overall(scores, found)
        # Each fault is shown once: of two findings that say one fault on the same words, the one
        # whose advice fits better speaks (round 28/29, checks/overlaps.py). The scores above and
        # the classifier's features count both, so this changes what is shown, never a score.
        shown, given_way = overlaps.settle(found, ctx.text, kind)
        report = Report(
            text=text, kind=kind, kind_source=kind_source, findings=shown, given_way=given_way, scores=scores,
            score=rule_score, rule_score=rule_score, metrics=readability.measured(ctx).to_dict(),
            components=structure.components(ctx), strengths=child_focus.child_voice(ctx), checks_not_run=not_run,
        )
        if self.narrowed:
            # What the selection shows: the selected rules' findings, said once as they would be had
            # only those rules run (a jargon finding is not hidden behind a left-out rule's error).
            selected = _one_per_span([f for f in everything if self.config.enabled(f.code)], len(ctx.text))
            report._selected = overlaps.settle(selected, ctx.text, kind)[0]
        return report

    def _settle(self, reports: list[Report]) -> list[Report]:
        """The last steps of every check, in one place: the classifier's blend, the parts cap (round
        36) and the selection's narrowing (round 37, r37a: one call site instead of two)."""
        return self._narrow(scoring.capped_by_parts(learned.apply(reports)))

    def _narrow(self, reports: list[Report]) -> list[Report]:
        """After the scores (and the classifier, which reads every finding) are set: keep the
        findings the selection shows, and count those it leaves out (they still count in the score)."""
        if not self.narrowed:
            return reports
        for report in reports:
            selected = report.__dict__.pop("_selected", None)
            if selected is None:
                continue
            report.not_selected = [f for f in report.findings if not self.config.enabled(f.code)]
            report.findings = selected
        return reports

    def _infer_kinds(self, texts: Sequence[str], kinds_: list) -> list[tuple[str, str]]:
        """(kind, how it was chosen) for each text: given, else the kind model in one batch, else cues."""
        chosen = [(k, "given") for k in kinds_]
        unknown = [i for i, k in enumerate(kinds_) if k is None]
        if unknown:
            for i, guessed in zip(unknown, learned.choose_kinds([texts[i] for i in unknown])):
                chosen[i] = guessed
        return chosen

    def check_many(self, texts: Sequence[str], kinds_: Sequence[str | None] | None = None,
                   fixes: bool = True) -> list[Report]:
        kinds_ = list(kinds_) if kinds_ is not None else [None] * len(texts)
        # Round 33 (review33d D#1, D#10): each text is read made plain (cleaning.py) and without the
        # whitespace around it, as `check_document` reads a draft; the reports' text and spans are
        # then the caller's own text again.
        cleaned = [cleaning.clean(text) for text in texts]
        ranges = [cleaning.stripped_range(c.text) for c in cleaned]
        plain = [c.text[a:b] for c, (a, b) in zip(cleaned, ranges)]
        chosen = self._infer_kinds(plain, kinds_)
        reports = [self.report(text, doc, kind, how, fixes)
                   for text, doc, (kind, how) in zip(plain, self.parse(plain), chosen)]
        reports = self._settle(reports)
        return [cleaning.remap_report(r, c, a, b, whole=True) for r, c, (a, b) in zip(reports, cleaned, ranges)]

    def check_document(self, text: str, kind: str | None = None, source: str | None = None) -> list[Report]:
        """Check every statement in a draft: headings split it and set each part's kind."""
        return self.check_documents([(text, kind, source)])[0]

    def check_documents(self, drafts: Sequence[tuple[str, str | None, str | None]],
                        pause: Callable[[], None] | None = None) -> list[list[Report]]:
        """check_document for several (text, kind, source) drafts in one pass: one spaCy pipe, one
        kind prediction and one classifier call for all of them, so drafts checked together (a web
        request batch) share the fixed cost. One list of reports per draft, in order.

        With `pause`, each statement is parsed on its own and pause() is called before each parse
        and each statement's rules (round 35, review35i I#1): a server checking a long draft lets
        the short checks waiting behind it run there (sos_lint.web.service). The reports are the same."""
        cleaned = [cleaning.clean(text) for text, _, _ in drafts]  # Round 33 (D#1): read made plain
        drafts = [(c.text, kind, source) for c, (_, kind, source) in zip(cleaned, drafts)]
        plan = [(i, part) for i, (text, _, _) in enumerate(drafts) for part in sections.split(text)]
        chosen = self._infer_kinds([p.text for _, p in plan], [p.kind or drafts[i][1] for i, p in plan])
        found: list[list[Report]] = [[] for _ in drafts]
        if pause is None:
            docs = list(self.parse([p.text for _, p in plan]))
        else:
            docs = []
            for _, part in plan:
                pause()
                docs.extend(self.parse([part.text]))
        # Round 33 (review33b): an adult read on evidence in one statement of a draft is not the
        # child in another (sos_lint.people.share_adults_across).
        child = [name for role, name in self.config.names if role in ("child", "children")]
        adult = [name for role, name in self.config.names if role not in ("child", "children")]
        for i in range(len(drafts)):  # Round 34 (review34d D#10): "Safety goal 1 - Kayden"; round 40 (W#10): across the draft
            heading_children.mark_across([doc for (j, _), doc in zip(plan, docs) if j == i],
                                         [part.title for j, part in plan if j == i])
        for i in range(len(drafts)):
            share_adults_across([doc for (j, _), doc in zip(plan, docs) if j == i], child, adult)
        line, counted_to, current = 1, 0, -1  # lines counted as the parts go by, not from the top each time
        for (i, part), doc, (part_kind, how) in zip(plan, docs, chosen):
            if i != current:
                line, counted_to, current = 1, 0, i
            text, _, source = drafts[i]
            if pause is not None:
                pause()
            report = self.report(part.text, doc, part_kind, part.kind_source if part.kind else how)
            line += text.count("\n", counted_to, part.offset)
            counted_to = part.offset
            report.source, report.title, report.offset, report.line = source, part.title, part.offset, line
            found[i].append(report)
        self._settle([r for reports in found for r in reports])
        for i, reports in enumerate(found):
            if not cleaned[i].identity:
                for report in reports:
                    cleaning.remap_report(report, cleaned[i], report.offset, report.offset + len(report.text), lines=True)
        return found
