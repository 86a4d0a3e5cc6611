"""The one flow: text -> spaCy Doc -> rules -> findings -> scores -> Report."""
from __future__ import annotations

from typing import Iterable, Sequence

from . import nlp as nlp_loader, scoring, sections
from .checks import Context, all_rules, child_focus, readability, structure
from .checks.lexicon import LexiconIndex
from .config import Config
from .learn import model as learned
from .findings import KINDS, Finding
from .report import Report

BATCH_SIZE = 64


def normalise(text: str) -> str:
    """Same length as `text`, so offsets still point into it: line breaks inside a paragraph
    become spaces (drafts pasted from email wrap mid-sentence), blank lines stay."""
    out = text.replace("\r", " ")
    return "".join(
        " " if ch == "\n" and not (out[i - 1 : i] == "\n" or out[i + 1 : i + 2] == "\n") else ch
        for i, ch in enumerate(out)
    ) if "\n" in out else out


_RANK = {"error": 0, "warning": 1, "hint": 2}


def _one_per_span(findings: list[Finding], length: int) -> list[Finding]:
    """Where two rules flag exactly the same words, keep the more serious finding only
    ("engage with" is both jargon and service compliance: say it once, as the bigger problem).
    Findings about the whole statement (a missing part) are never merged."""
    def word_level(f: Finding) -> bool:
        return f.end > f.start and not (f.start == 0 and f.end >= length)

    best: dict[tuple[int, int], int] = {}
    for f in findings:
        if word_level(f):
            key = (f.start, f.end)
            best[key] = min(best.get(key, 9), _RANK[f.severity])
    kept = []
    for f in findings:
        key = (f.start, f.end)
        if word_level(f) and _RANK[f.severity] > best[key]:
            continue
        kept.append(f)
    return kept


class Engine:
    """Holds the heavy, shared objects (pipeline, phrase matchers, rule list) for one config."""

    def __init__(self, config: Config | None = None, spacy_model: str | None = None):
        self.config = config or Config()
        self.nlp = nlp_loader.load(spacy_model)
        self.lexicons = LexiconIndex(self.nlp, self.config.jargon)
        self.rules = [r for r in all_rules() if self.config.enabled(r.code)]

    def parse(self, texts: Iterable[str]):
        return self.nlp.pipe((normalise(t) for t in texts), batch_size=BATCH_SIZE)

    def findings(self, doc, kind: str) -> tuple[list[Finding], Context]:
        ctx = Context(doc=doc, kind=kind, config=self.config, lexicons=self.lexicons)
        found: list[Finding] = []
        for rule in self.rules:
            if kind in rule.kinds:
                found.extend(rule.check(ctx, rule))
        found.sort(key=lambda f: (f.start, f.code))
        return _one_per_span(found, len(doc.text)), ctx

    def report(self, text: str, doc, kind: str, kind_source: str = "given") -> Report:
        """The rules' report for one parsed statement of a known kind (scores from the rules alone)."""
        if kind not in KINDS:
            raise ValueError(f"kind must be one of {', '.join(KINDS)}, not {kind!r}")
        found, ctx = self.findings(doc, kind)
        scores = scoring.dimension_scores(found)
        rule_score = scoring.overall(scores, found)
        return Report(
            text=text, kind=kind, kind_source=kind_source, findings=found, scores=scores,
            score=rule_score, rule_score=rule_score, metrics=readability.measured(ctx).to_dict(),
            components=structure.components(ctx), strengths=child_focus.child_voice(ctx),
        )

    def _infer_kinds(self, texts: Sequence[str], kinds_: list) -> list[tuple[str, str]]:
        """(kind, how it was chosen) for each text: given, else the kind model in one batch, else cues."""
        chosen = [(k, "given") for k in kinds_]
        unknown = [i for i, k in enumerate(kinds_) if k is None]
        if unknown:
            for i, guessed in zip(unknown, learned.choose_kinds([texts[i] for i in unknown])):
                chosen[i] = guessed
        return chosen

    def check_many(self, texts: Sequence[str], kinds_: Sequence[str | None] | None = None) -> list[Report]:
        kinds_ = list(kinds_) if kinds_ is not None else [None] * len(texts)
        chosen = self._infer_kinds(texts, kinds_)
        reports = [self.report(text, doc, kind, how) for text, doc, (kind, how) in zip(texts, self.parse(texts), chosen)]
        return learned.apply(reports)

    def check_document(self, text: str, kind: str | None = None, source: str | None = None) -> list[Report]:
        """Check every statement in a draft: headings split it and set each part's kind."""
        parts = sections.split(text)
        chosen = self._infer_kinds([p.text for p in parts], [p.kind or kind for p in parts])
        reports = []
        for part, doc, (part_kind, how) in zip(parts, self.parse([p.text for p in parts]), chosen):
            how = "heading" if part.kind else how
            report = self.report(part.text, doc, part_kind, how)
            report.source, report.title, report.offset = source, part.title, part.offset
            report.line = text.count("\n", 0, part.offset) + 1
            reports.append(report)
        return learned.apply(reports)
