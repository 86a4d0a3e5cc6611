"""Measures rewrites against issue 5's bars on the corpus's poor statements, and prints them.

Run `python -m sos_lint.rewrite.evaluate`. Bars: jargon findings (SOS1xx) fall by at least 90%,
mean Flesch reading ease rises by at least 15 points, the score rises on at least 80% of
statements. Reading ease is not computed for statements under 12 words (the formula means
nothing there): the mean is over the statements that have a value both before and after, and
the number left out is reported. Figures are given for the full rewrite (with the scaffold's
placeholders, as `sos-lint rewrite` prints it) and for the word-level fixes alone (what
`sos-lint check --fix` writes), because placeholders are short words that lift reading ease
and fill structure slots without adding any fact.
"""
from __future__ import annotations

import glob
import json
import re
from pathlib import Path
from typing import Iterable

ROOT = Path(__file__).resolve().parents[2]
BARS = {"jargon_fall": 0.90, "ease_rise": 15.0, "score_rise_share": 0.80}
_CALENDAR = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
             "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
             "christmas", "easter", "eid", "diwali", "ramadan", "hanukkah"}


def corpus_statements(label: str | None = "poor") -> list[dict]:
    """Rows of corpus/part_*.jsonl, all of them or those with one label."""
    rows = []
    for path in sorted(glob.glob(str(ROOT / "corpus" / "part_*.jsonl"))):
        with open(path, encoding="utf-8") as handle:
            rows.extend(json.loads(line) for line in handle if line.strip())
    return [r for r in rows if label is None or r.get("label") == label]


def facts(doc, lexicons) -> set[str]:
    """Names, numbers and dates in a parsed draft: what a rewrite must keep word for word.

    Names are the checker's own reading (capitalised words the parse or the draft treats as
    names), leaving out words that a lexicon covers ("Local Authority", "Birth mother");
    numbers are digits and number words; dates are month, weekday and festival names."""
    from ..checks import analysis

    covered = {t.i for name in ("jargon.toml", "child_focus.toml", "specificity.toml")
               for span, _ in lexicons.find(name, doc) for t in span}
    found = set()
    for token in doc:
        if token.i in covered:
            continue
        if analysis.is_name(token) and token.lower_ not in _CALENDAR:
            found.add(token.text)
        elif token.like_num or any(ch.isdigit() for ch in token.text):
            found.add(token.lower_)
        elif token.lower_ in _CALENDAR and token.text[:1].isupper():
            found.add(token.lower_)
    return found


def missing_facts(original_doc, rewritten: str, lexicons) -> set[str]:
    """Facts of the original that the rewrite no longer has (case kept for names)."""
    lost = set()
    lower = rewritten.lower()
    for fact in facts(original_doc, lexicons):
        haystack = rewritten if fact[:1].isupper() else lower
        edge = r"\d" if fact.isdigit() else r"\w"  # "1" is kept in "1am"
        if not re.search(rf"(?<!{edge})" + re.escape(fact) + rf"(?!{edge})", haystack):
            lost.add(fact)
    return lost


def _without_placeholders(rewrite) -> str:
    text = rewrite.text
    for mark in sorted(rewrite.placeholders, key=lambda m: m.start, reverse=True):
        text = text[: mark.start] + text[mark.end:]
    return re.sub(r"\s+", " ", text).strip()


def measure_ease(doc, eng):
    from .. import metrics

    return metrics.measure(doc, eng.config.threshold).flesch_reading_ease


def _figures(before, after) -> dict:
    jargon_before = sum(1 for r in before for f in r.findings if f.code.startswith("SOS1"))
    jargon_after = sum(1 for r in after for f in r.findings if f.code.startswith("SOS1"))
    pairs = [(b.metrics.get("flesch_reading_ease"), a.metrics.get("flesch_reading_ease")) for b, a in zip(before, after)]
    paired = [(b, a) for b, a in pairs if b is not None and a is not None]
    ease_before = sum(b for b, _ in paired) / len(paired) if paired else 0.0
    ease_after = sum(a for _, a in paired) / len(paired) if paired else 0.0
    rises = sum(1 for b, a in zip(before, after) if a.score > b.score)
    return {
        "jargon_before": jargon_before,
        "jargon_after": jargon_after,
        "jargon_fall": round(1 - jargon_after / jargon_before, 3) if jargon_before else 1.0,
        "ease_before": round(ease_before, 1),
        "ease_after": round(ease_after, 1),
        "ease_rise": round(ease_after - ease_before, 1),
        "ease_statements": len(paired),
        "ease_left_out": len(pairs) - len(paired),
        "score_before": round(sum(r.score for r in before) / len(before), 2) if before else 0.0,
        "score_after": round(sum(r.score for r in after) / len(after), 2) if after else 0.0,
        "score_rise_share": round(rises / len(before), 3) if before else 0.0,
    }


def measure(statements: Iterable) -> dict:
    """The bars on `statements` (corpus rows with "text" and "kind", or plain strings)."""
    from ..api import engine as shared_engine
    from . import word_level_and_full

    rows = [s if isinstance(s, dict) else {"text": s, "kind": None} for s in statements]
    texts = [r["text"] for r in rows]
    kinds = [r.get("kind") for r in rows]
    eng = shared_engine()
    before = eng.check_many(texts, kinds)
    words_only, full = word_level_and_full(texts, kinds, engine=eng)
    after_full = eng.check_many([r.text for r in full], kinds)
    after_words = eng.check_many([r.text for r in words_only], kinds)
    lost = sum(bool(missing_facts(doc, r.text, eng.lexicons)) for doc, r in zip(eng.parse(texts), full))
    # Reading ease of the full rewrite with the placeholder questions taken out: the part of
    # the rise that comes from the draft's own words and the house-style openings.
    bare = [_without_placeholders(r) for r in full]
    bare_ease = [measure_ease(doc, eng) for doc in eng.parse(bare)]
    result = {"statements": len(rows), **_figures(before, after_full),
              "word_level": _figures(before, after_words),
              "placeholders_per_statement": round(sum(len(r.placeholders) for r in full) / max(len(full), 1), 2),
              "statements_losing_a_fact": lost}
    pairs = [(b.metrics.get("flesch_reading_ease"), a) for b, a in zip(before, bare_ease)]
    paired = [(b, a) for b, a in pairs if b is not None and a is not None]
    result["ease_rise_without_placeholders"] = round(
        sum(a - b for b, a in paired) / len(paired), 1) if paired else 0.0
    result["meets_bars"] = {name: (result[name] >= bar) for name, bar in BARS.items()}
    return result


def report(result: dict) -> str:
    w = result["word_level"]
    lines = [
        f"Rewrites of {result['statements']} poor corpus statements",
        "",
        f"{'':34}{'full rewrite':>14}{'word level':>14}{'bar':>10}",
        f"{'jargon findings (SOS1xx)':34}{result['jargon_before']:>6} -> {result['jargon_after']:<4}"
        f"{w['jargon_before']:>6} -> {w['jargon_after']:<4}",
        f"{'  fall':34}{result['jargon_fall']:>14.0%}{w['jargon_fall']:>14.0%}{'>= 90%':>10}",
        f"{'mean reading ease':34}{result['ease_before']:>6} -> {result['ease_after']:<5}"
        f"{w['ease_before']:>5} -> {w['ease_after']:<5}",
        f"{'  rise (points)':34}{result['ease_rise']:>+14.1f}{w['ease_rise']:>+14.1f}{'>= +15':>10}",
        f"{'  statements with a value':34}{result['ease_statements']:>14}{w['ease_statements']:>14}",
        f"{'  rise, placeholders taken out':34}{result['ease_rise_without_placeholders']:>+14.1f}",
        f"{'mean score':34}{result['score_before']:>6} -> {result['score_after']:<5}"
        f"{w['score_before']:>5} -> {w['score_after']:<5}",
        f"{'  share whose score rises':34}{result['score_rise_share']:>14.0%}{w['score_rise_share']:>14.0%}{'>= 80%':>10}",
        "",
        f"placeholders per statement (full rewrite): {result['placeholders_per_statement']}",
        f"statements that lost a name, number or date: {result['statements_losing_a_fact']}",
        "Reading ease is left out for statements under 12 words (before or after).",
    ]
    met = ", ".join(f"{k} {'met' if v else 'NOT met'}" for k, v in result["meets_bars"].items())
    lines.append(f"Bars on the full rewrite: {met}.")
    return "\n".join(lines) + "\n"


def main() -> None:
    statements = corpus_statements("poor")
    if not statements:
        print("No corpus/part_*.jsonl statements labelled \"poor\" were found.")
        return
    print(report(measure(statements)), end="")


if __name__ == "__main__":
    main()
