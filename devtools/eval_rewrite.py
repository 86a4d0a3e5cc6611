"""Measures rewrites on poor statements: the issue 5 bars and issue 11's grammar and fidelity counts.

Run `python -m devtools.eval_rewrite` (add `--json` for the figures as JSON). Two sets: the
corpus's poor statements (corpus/part_*.jsonl) and a held-out set never used to tune the
rewrite (tests/data/rewrite_heldout_poor.jsonl). Per set: jargon findings (SOS1xx) before and
after, mean reading ease, mean score and the share whose score rises (for the full rewrite and
for the safe fixes alone, which is what `check --fix` writes), mean [placeholders] per rewrite,
and the grammar and fidelity counts of sos_lint.rewrite.fidelity (target: zero of each; round 30
added lost_acts, an adult's act in the draft whose verb the rewrite dropped), and
the other error-severity phrases (a goal's compliance or absence of harm) kept with no question
about what the adults will do (target: zero). Round 38: lost_asked_words, the nouns and names of a
sentence holding a victim-blaming or guess phrase that the rewrite, its questions included, no
longer has (a measure of what a question took the place of and did not carry).
`--coverage` lists the jargon terms (rules/jargon.toml) with neither a swap nor a question.
`--heldout FILE` measures only that file's poor rows instead (not "good": true, not "label": "good").
Rows that carry "has" (the parts the draft has, marked by hand, as in
tests/data/rewrite_probe3.jsonl) or "parts" (as in tests/data/blind/parts_dev.jsonl) are also measured for needless questions: a [placeholder]
asking for a part the draft has (a named child asked for as "[child's name]", "[When or where
…]" beside a date); and for needed ones: the worry parts the draft lacks that the rewrite asks for.
Reading ease is not computed for statements under 12 words: the mean is over statements with a
value before and after.
"""
from __future__ import annotations

import glob
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HELDOUT = ROOT / "tests" / "data" / "rewrite_heldout_poor.jsonl"
BARS = {"jargon_fall": 0.90, "ease_rise": 15.0, "score_rise_share": 0.80}


def _rows(path) -> list[dict]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def corpus_statements(label: str | None = "poor") -> list[dict]:
    rows = [r for path in sorted(glob.glob(str(ROOT / "corpus" / "part_*.jsonl"))) for r in _rows(path)]
    return [r for r in rows if label is None or r.get("label") == label]


def heldout_statements() -> list[dict]:
    return _rows(HELDOUT)


def _figures(before, after) -> dict:
    jargon_before = sum(1 for r in before for f in r.findings if f.code.startswith("SOS1"))
    jargon_after = sum(1 for r in after for f in r.findings if f.code.startswith("SOS1"))
    pairs = [(b.metrics.get("flesch_reading_ease"), a.metrics.get("flesch_reading_ease")) for b, a in zip(before, after)]
    paired = [(b, a) for b, a in pairs if b is not None and a is not None]
    ease_before = sum(b for b, _ in paired) / len(paired) if paired else 0.0
    ease_after = sum(a for _, a in paired) / len(paired) if paired else 0.0
    n = max(len(before), 1)
    return {
        "jargon_before": jargon_before, "jargon_after": jargon_after,
        "jargon_fall": round(1 - jargon_after / jargon_before, 3) if jargon_before else 1.0,
        "ease_before": round(ease_before, 1), "ease_after": round(ease_after, 1),
        "ease_rise": round(ease_after - ease_before, 1), "ease_statements": len(paired),
        "score_before": round(sum(r.score for r in before) / n, 2),
        "score_after": round(sum(r.score for r in after) / n, 2),
        "score_rise_share": round(sum(a.score > b.score for b, a in zip(before, after)) / n, 3),
    }


def _safe_fixes(texts, kinds, eng) -> list[str]:
    """What `check --fix` writes: the findings' safe fixes (older code: the safe-only rewrite)."""
    try:
        from sos_lint.fixes import fixed_text
    except ImportError:  # the code before fixes were carried on findings
        from sos_lint.rewrite import rewrite_many

        return [r.text for r in rewrite_many(texts, kinds, safe_only=True, engine=eng)]
    return [fixed_text(t, eng.check_document(t, k)).text for t, k in zip(texts, kinds)]


def _asked(draft, report) -> list[tuple[int, int]]:
    """The draft's clauses that a flagged phrase makes into a question, and its negative terms
    that a question about what was not done takes the place of (their "not" is not lost)."""
    try:
        from sos_lint.rewrite import questions
    except ImportError:  # the code before flagged phrases became questions
        return []
    try:
        from sos_lint.rewrite import negative_questions
    except ImportError:  # the code before a negative term's question took its "not" with it
        return [(e.start, e.end) for e in questions.edits(draft, report, "this child")]
    return [(e.start, e.end) for e in questions.edits(draft, report, "this child")] + negative_questions(draft, report)


# What each scaffold question asks for (the parts marked in a probe row's "has").
_ASKS = (
    ("child", ("child's name", "this child", "young person's name")),
    ("who", ("[who is worried",)),
    ("adult", ("[what did the adults do or not do", "[what happened")),
    ("when", ("[when or where", ", and when?]")),
    ("impact", ("miss out on?",)),
    ("future", ("what could happen to",)),
    ("instead", ("do instead?",)),
    ("network", ("family's network",)),
    ("timescale", ("[for how long",)),
    ("know", ("[how will others know",)),
    ("experience", ("see, hear and feel when this is working",)),
    ("if_not", ("what will happen next?",)),
)
# The blind parts set (tests/data/blind/parts_dev.jsonl) marks parts by the report's names.
_FROM_PARTS = {"who": "who", "behaviour": "adult", "context": "when", "impact": "impact", "future": "future",
               "network": "network", "others_know": "know", "timescale": "timescale", "experience": "experience",
               "if_not": "if_not"}


def has_parts(row: dict) -> set[str] | None:
    """The parts a row marks present: its "has" list, or its "parts" marks; None when unmarked."""
    if "has" in row:
        return set(row["has"])
    if isinstance(row.get("parts"), dict):
        return {_FROM_PARTS[k] for k, present in row["parts"].items() if present and k in _FROM_PARTS}
    return None
WORRY_PARTS = ("who", "adult", "when", "impact", "future")


def asked_parts(placeholder: str) -> set[str]:
    """The parts a [placeholder] asks the writer for."""
    text = placeholder.lower()
    return {part for part, cues in _ASKS if any(cue in text for cue in cues)}


def _questions_figures(rows, full) -> dict:
    """Needless questions (asking for a part the row's "has" marks present) and, for worries,
    the missing parts the rewrite asks for."""
    needless: dict[str, int] = {}
    examples = []
    needed = {part: [0, 0] for part in WORRY_PARTS}  # part -> [asked, missing in the draft]
    for row, result in zip(rows, full):
        has = has_parts(row)
        asked = set()
        for mark in result.placeholders:
            parts = asked_parts(mark.text)
            asked |= parts
            for part in parts & has:
                needless[part] = needless.get(part, 0) + 1
                examples.append((row.get("id"), mark.text))
        if row.get("kind") == "worry":
            for part in WORRY_PARTS:
                if part not in has:
                    needed[part][1] += 1
                    needed[part][0] += part in asked
    return {"needless_questions": sum(needless.values()), "needless_by_part": dict(sorted(needless.items())),
            "needless_per_rewrite": round(sum(needless.values()) / max(len(full), 1), 2),
            "missing_worry_parts_asked": {p: f"{a}/{n}" for p, (a, n) in needed.items()},
            "needless_examples": examples}


# The questions that answer a goal's compliance or absence-of-harm error (SOS511, SOS512).
_ANSWERS = ("do at home each day", "do instead", "do each day instead", "safe?]", "do to keep")


def unanswered_errors(report, rewrite_text: str) -> list[str]:
    """Other error-severity phrases (a goal's compliance or absence of harm, when nothing in it
    is an everyday act) left word for word with no question asking what the adults will do
    instead. Victim blaming and guesses are counted apart (kept_errors): they must go."""
    from sos_lint.rewrite import fidelity

    bare = fidelity.without_placeholders(rewrite_text)
    asked = any(cue in p.lower() for p in re.findall(r"\[[^\]]+\]", rewrite_text) for cue in _ANSWERS)
    out = []
    for f in report.findings:
        if f.severity != "error" or f.code in fidelity.ERROR_CODES or not 0 < f.end - f.start < len(report.text) - 1:
            continue
        words = report.text[f.start: f.end]
        if not asked and re.search(r"(?<!\w)" + re.escape(words) + r"(?!\w)", bare, re.IGNORECASE):
            out.append(words)
    return out


def jargon_left(after_reports, rewrites) -> list[dict]:
    """Each jargon finding (SOS1xx) on a full rewrite (those jargon_after counts): the term the
    rewrite left in place (with or without a question after its sentence naming it), or put inside
    one of its own [questions], so a swap or a question can be added for it."""
    from sos_lint.rewrite import Brackets

    out = []
    for report, result in zip(after_reports, rewrites):
        brackets = Brackets(result.text)
        for f in report.findings:
            if f.code.startswith("SOS1"):
                out.append({"code": f.code, "words": report.text[f.start: f.end], "fix": f.fix is not None,
                            "in_question": f.end > f.start and brackets.covers(f.start, f.end),
                            "asked": f'["{report.text[f.start: f.end]}":' in result.text,
                            "sentence": _sentence_around(report.text, f.start, f.end)})
    return out


def _sentence_around(text: str, start: int, end: int) -> str:
    left = max(text.rfind(". ", 0, start), text.rfind("] ", 0, start))
    right = text.find(". ", end)
    return text[left + 2 if left >= 0 else 0: right + 1 if right >= 0 else len(text)]


def lost_asked_words(draft, report, rewrite_text: str, covered=frozenset()) -> list[str]:
    """Round 38 (review37s S#2, review37x X#5, review36h H#1): the nouns and names of a sentence that
    holds a phrase flagged as victim blaming or a guess (SOS306, SOS304), outside the flagged words
    and the words a swap may replace, that the rewrite no longer has anywhere, its [questions]
    included: what a question took the place of and did not carry ("online", "postnatal
    depression", "Snapchat"). A measure, not a target of zero: a blaming noun ("peers") may go."""
    from sos_lint.rewrite import fidelity

    flagged = [(f.start, f.end) for f in report.findings if f.code in fidelity.ERROR_CODES]
    if not flagged:
        return []
    have = {w.lower() for w in re.findall(r"[A-Za-z][A-Za-z'-]*", rewrite_text)}
    out = []
    for sent in draft.sents:
        if not any(sent.start_char <= a < sent.end_char for a, _ in flagged):
            continue
        for t in sent:
            if t.pos_ not in ("NOUN", "PROPN") or t.i in covered or any(a <= t.idx < b for a, b in flagged) \
                    or not t.is_alpha or len(t.text) < 3:
                continue
            if t.lower_ not in have and t.lemma_.lower() not in have:
                out.append(t.text)
    return out


def measure(rows: list[dict], with_details: bool = False) -> dict:
    from sos_lint.api import engine as shared_engine
    from sos_lint.rewrite import fidelity, rewrite_many

    texts = [r["text"] for r in rows]
    kinds = [r.get("kind") for r in rows]
    eng = shared_engine()
    before = eng.check_many(texts, kinds)
    full = rewrite_many(texts, kinds, engine=eng)
    safe = _safe_fixes(texts, kinds, eng)
    after_full = eng.check_many([r.text for r in full], kinds)
    after_safe = eng.check_many(safe, kinds)
    counts = dict.fromkeys(fidelity.COUNTS, 0)
    safe_counts = dict.fromkeys(fidelity.COUNTS, 0)
    details = []
    drafts = list(eng.parse(texts))
    bare = list(eng.parse([fidelity.without_placeholders(r.text) for r in full]))
    fixed_docs = list(eng.parse(safe))
    unanswered = 0
    asked_lost = 0
    for row, draft, doc, result, fixed_doc, report in zip(rows, drafts, bare, full, fixed_docs, before):
        errors = fidelity.error_spans(report)
        left = unanswered_errors(report, result.text)
        unanswered += len(left)
        if left:
            details.append({"id": row.get("id"), "text": row["text"], "rewrite": result.text,
                            "problems": [("unanswered_errors", words) for words in left]})
        covered = fidelity.covered_tokens(draft, eng.lexicons)
        lost_words = lost_asked_words(draft, report, result.text, covered)
        asked_lost += len(lost_words)
        if lost_words:
            details.append({"id": row.get("id"), "text": row["text"], "rewrite": result.text,
                            "problems": [("lost_asked_words", ", ".join(lost_words))]})
        problems = fidelity.compare(draft, doc, result.text, errors, covered, _asked(draft, report))
        for name, n in problems.counts.items():
            counts[name] += n
        if problems:
            details.append({"id": row.get("id"), "text": row["text"], "rewrite": result.text,
                            "problems": problems.details})
        fix_problems = fidelity.compare(draft, fixed_doc, fixed_doc.text, (), covered)
        for name, n in fix_problems.counts.items():
            if name != "kept_errors":  # --fix never rewrites an error phrase; it only swaps words
                safe_counts[name] += n
        if fix_problems.total - fix_problems.counts["kept_errors"]:
            details.append({"id": row.get("id"), "text": row["text"], "fix": fixed_doc.text,
                            "problems": fix_problems.details})
    result = {"statements": len(rows), **_figures(before, after_full),
              "safe_fixes": _figures(before, after_safe),
              "placeholders_per_rewrite": round(sum(len(r.placeholders) for r in full) / max(len(full), 1), 2),
              "fidelity": counts, "fidelity_of_safe_fixes": safe_counts, "unanswered_errors": unanswered,
              "lost_asked_words": asked_lost,
              "jargon_left": [dict(item, id=row.get("id")) for row, result, report in zip(rows, full, after_full)
                              for item in jargon_left([report], [result])]}
    result["meets_bars"] = {name: result[name] >= bar for name, bar in BARS.items()}
    if rows and all(has_parts(row) is not None for row in rows):
        result["questions"] = _questions_figures(rows, full)
        if not with_details:
            result["questions"].pop("needless_examples")
    if with_details:
        result["details"] = details
    return result


def report(name: str, result: dict) -> str:
    w = result["safe_fixes"]
    lines = [
        f"{name}: {result['statements']} poor statements",
        f"{'':34}{'full rewrite':>16}{'safe fixes':>16}",
        f"{'jargon findings (SOS1xx)':34}{result['jargon_before']:>7} -> {result['jargon_after']:<5}"
        f"{w['jargon_before']:>7} -> {w['jargon_after']:<5}",
        f"{'mean reading ease':34}{result['ease_before']:>7} -> {result['ease_after']:<5}"
        f"{w['ease_before']:>7} -> {w['ease_after']:<5}",
        f"{'mean score':34}{result['score_before']:>7} -> {result['score_after']:<5}"
        f"{w['score_before']:>7} -> {w['score_after']:<5}",
        f"{'share whose score rises':34}{result['score_rise_share']:>16.0%}{w['score_rise_share']:>16.0%}",
        f"mean placeholders per rewrite: {result['placeholders_per_rewrite']}",
        f"other error phrases kept with no question about what the adults will do: {result['unanswered_errors']}",
        f"words of a flagged sentence lost, questions included (a measure): {result.get('lost_asked_words', 0)}",
        "grammar and fidelity (full rewrite / safe fixes; target 0): " + ", ".join(
            f"{k} {v}/{result['fidelity_of_safe_fixes'][k]}" for k, v in result["fidelity"].items()),
    ]
    if result["jargon_left"]:
        lines.append("jargon left after the full rewrite (term, code, with a fix?):")
        lines.extend(f"  {item['id']}: \"{item['words']}\" {item['code']}{' (fix offered)' if item['fix'] else ''}"
                     f"{' (inside a [question])' if item['in_question'] else ''}"
                     f"{' (kept, asked about after its sentence)' if item['asked'] else ''}"
                     f" in \"{item['sentence']}\"" for item in result["jargon_left"])
    if "questions" in result:
        q = result["questions"]
        lines.append(f"needless questions (asking for a part the draft has): {q['needless_questions']} "
                     f"({q['needless_per_rewrite']} per rewrite) {q['needless_by_part']}")
        lines.append("missing worry parts asked for: " + ", ".join(f"{p} {v}" for p, v in q["missing_worry_parts_asked"].items()))
    return "\n".join(lines) + "\n"


def uncovered_terms() -> list[tuple[str, str, str]]:
    """(code, term, kinds) for each jargon term the checks flag (rules/jargon.toml) that the full
    rewrite can neither swap (a `replacement` there or in rules/rewrite_swaps.toml) nor turn into
    a question (its advice, for a worry and for a goal): the words it would leave in place."""
    from sos_lint.checks.lexicon import load_entries
    from sos_lint.rewrite import _question
    from sos_lint.rewrite.words import load_swaps

    swapped = {form.lower() for swap in load_swaps() for form in (swap.phrase, *swap.variants)}
    out = []
    for entry in load_entries("jargon.toml"):
        if entry.replacement or any(form.lower() in swapped for form in (entry.phrase, *entry.variants)):
            continue
        kinds = [kind for kind in ("worry", "goal") if _question(entry.advice_for(kind)) is None]
        if kinds:
            out.append((entry.code, entry.phrase, "/".join(kinds)))
    return out


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if "--coverage" in argv:  # the jargon terms a rewrite has neither a swap nor a question for
        terms = uncovered_terms()
        for code, phrase, kinds in terms:
            print(f"{code} {phrase!r}: no swap, no question ({kinds})")
        print(f"{len(terms)} jargon terms with no swap and no question")
        return 0
    if "--heldout" in argv:  # --heldout FILE: measure only that file (rows with kind and text)
        path = Path(argv[argv.index("--heldout") + 1])
        sets = {path.name: [r for r in _rows(path) if r.get("label", "poor") == "poor" and not r.get("good")]}
    else:
        sets = {"corpus": corpus_statements("poor"), "held-out": heldout_statements()}
    results = {name: measure(rows, "--details" in argv) for name, rows in sets.items() if rows}
    if "--json" in argv or "--details" in argv:
        print(json.dumps(results, indent=1))
    else:
        for name, result in results.items():
            print(report(name, result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
