"""Does the tool flag its own swaps? Every swap in the tables, made in neutral carriers, re-checked.

    python -m devtools.swap_selfcheck [--all] [--json OUT] [--only WORDS ...]
    python -m devtools.swap_selfcheck --static     the quick audit: each replacement on its own

Round 31 (review31a, REPORT #7): `--fix` wrote "presents as" -> "seems", "CIN" -> "child in need" and
"home conditions" -> "the state of the home", and the re-check then flagged each replacement (a guess
stated as fact, jargon and a role word, a vague word). This is the check over the whole swap table
that finds that class: for each entry with a replacement (rules/jargon.toml `replacement`s,
rules/rewrite_swaps.toml swaps: the ones the jargon findings carry as fixes), each
of its forms is set in a few neutral carrier sentences (a noun after "the", a verb after "may" and
"will", a participle after "is", a time word before a clause…); where the tool makes the swap there
(the fixes the findings carry, `--fix`'s safe ones and the rewrite's shown ones), the swap is made
alone and the sentence checked again. A finding of a word rule (SOS1xx, SOS3xx, SOS402) on the
replacement's words that the carrier as written did not have is the tool flagging its own advice.

Round 31's findings and mends: the carriers' audit found "CIN" -> "child in need" (jargon, and "the
child" a role word), "home conditions" -> "the state of the home" (vague) and "presents as having" ->
"seems to have" (a guess) written and then flagged: those three are now shown only (advice_only in
rules/rewrite_swaps.toml). An acronym written as its own legal or official name ("ICO" -> "interim
care order", "TAF meeting" -> "Team Around the Family meeting") is still written, as the README
promises: the jargon finding that follows asks what the name means, as it asked of the letters.
--static over-counts (a replacement parsed alone loses the sentence's exemptions: "family support
worker" is a job's name where it stands, not the vague word "support").

Output: one line per flagged swap (phrase -> replacement, written or shown, the rule and the words
it flagged, the carrier), then the counts: entries, entries made in at least one carrier, flagged
(written by --fix / shown only). Without --all only each entry's first two carriers that make it
are checked (the same figures in about a third of the time).
"""
from __future__ import annotations

import json
import sys
from collections import defaultdict

# Neutral carriers: (kind, text with {p}). Each gives the phrase a place of one part of speech;
# the tool makes a swap only where its parse fits, so the carriers that do not fit a phrase are
# skipped, not counted.
CARRIERS = (
    ("worry", "The social worker is worried about the {p} since May."),
    ("worry", "The social worker is worried about {p} since May."),
    ("worry", "The social worker is worried that Mum may {p} Ava at home."),
    ("worry", "The social worker is worried that Mum may {p} at home."),
    ("worry", "The social worker is worried that Mum is {p} Ava at home."),
    ("worry", "The social worker is worried that Mum is {p} at home."),
    ("worry", "The social worker is worried that Mum has {p} Ava at home."),
    ("worry", "The social worker is worried that Ava often {p} hungry and tired at school."),
    ("worry", "The social worker is worried that Mum {p} having no food for Ava."),
    ("worry", "The social worker saw Mum shout at Ava {p} the visit on Monday."),
    ("worry", "{P}, Mum shouted at Ava at home on Monday."),
    ("worry", "The social worker is worried that the {p} shouted at Ava on Monday."),
    ("goal", "Mum, you will {p} Ava every day for the next three months."),
    ("goal", "Mum, you will {p} every day for the next three months."),
    ("goal", "Mum, you will go to the {p} with Ava every week for the next three months."),
)
# Round 32 (review32q Q#7, review32 P#9): the classes the check flags around a swap's words: a harm's
# name inside a worker's job or a service's name (never a label), and a label or blame frame, where
# an expansion would be written into words the check then flags. Checked for every entry they fit,
# beside (not counted in) the first carriers' limit.
CLASS_CARRIERS = (
    ("worry", "The social worker is worried that Mum declined to meet the {p} adviser on Monday and Ava cried."),
    ("worry", "The social worker is worried that the {p} team could not see Ava at home on Monday."),
    ("worry", "The social worker is worried that Ava (14) is involved in {p} with older men."),
    ("worry", "The social worker is worried that Ava has experienced {p} at home since May."),
)
WORD_RULES = ("SOS1", "SOS3", "SOS402")


def entries() -> list[tuple[str, str, tuple[str, ...], str]]:
    """(table, phrase, forms, replacement) for every entry that has a swap."""
    from sos_lint.data import load_toml

    out = []
    for raw in load_toml("jargon.toml").get("term", []):
        if raw.get("replacement"):
            out.append(("jargon.toml", raw["phrase"], (raw["phrase"], *raw.get("variants", ())), raw["replacement"]))
    for raw in load_toml("rewrite_swaps.toml").get("swap", []):
        if raw.get("replacement") and not raw.get("keep"):
            out.append(("rewrite_swaps.toml", raw["phrase"], (raw["phrase"], *raw.get("variants", ())),
                        raw["replacement"]))
    return out


def _carriers(forms: tuple[str, ...]) -> list[tuple[str, str, int, int]]:
    """(kind, sentence, start, end of the form) for each form in each carrier."""
    out = []
    for form in forms[:4]:
        for kind, template in CARRIERS + CLASS_CARRIERS:
            at = template.find("{p}") if "{p}" in template else template.find("{P}")
            word = form[:1].upper() + form[1:] if "{P}" in template else form
            text = template.replace("{p}", word).replace("{P}", word)
            out.append((kind, text, at, at + len(word)))
    return out


def _flags(report, start: int, end: int) -> set[tuple[str, str]]:
    """(code, words) of the word-rule findings that overlap [start, end) and are not the whole sentence."""
    out = set()
    for f in report.findings:
        if not f.code.startswith(WORD_RULES) or f.end <= f.start or not (f.start < end and start < f.end):
            continue
        if f.end - f.start >= len(report.text.strip()) - 1:
            continue
        out.add((f.code, report.text[f.start:f.end]))
    return out


def audit(selected=None, per_entry: int = 2, eng=None) -> dict:
    """The audit's rows and counts. `selected`: only the entries whose phrase is in it."""
    from sos_lint.api import engine

    eng = eng or engine()
    todo = [e for e in entries() if selected is None or e[1] in selected]
    plans = [(e, c) for e in todo for c in _carriers(e[2])]
    made = defaultdict(list)  # entry index -> [(carrier, fix)]
    texts = list(dict.fromkeys(c[1] for _, c in plans))
    kinds = {c[1]: c[0] for _, c in plans}
    reports = {}
    for chunk in range(0, len(texts), 64):
        batch = texts[chunk:chunk + 64]
        for text, found in zip(batch, eng.check_documents([(t, kinds[t], None) for t in batch])):
            reports[text] = found[0]
    index = {id(e): i for i, e in enumerate(todo)}
    class_texts = {template.replace("{p}", form) for e in todo for form in e[2][:4] for _, template in CLASS_CARRIERS}
    for e, (kind, text, start, end) in plans:
        i = index[id(e)]
        if text not in class_texts and sum(1 for c in made[i] if c[0][1] not in class_texts) >= per_entry:
            continue
        for f in reports[text].findings:
            fix = f.fix
            if fix is not None and fix.start < end and start < fix.end and fix.end - fix.start <= end - start + 12 \
                    and f.code in _CODES_OF[e[0]]:
                made[i].append(((kind, text, start, end), fix, f.code))
                break
    # Each swap made alone, and the sentence checked again.
    redo = []
    for i, cases in made.items():
        for (kind, text, start, end), fix, code in cases:
            fixed = text[:fix.start] + fix.replacement + text[fix.end:]
            redo.append((i, kind, text, fixed, fix, code))
    after = {}
    fixed_texts = list(dict.fromkeys((r[3], r[1]) for r in redo))
    for chunk in range(0, len(fixed_texts), 64):
        batch = fixed_texts[chunk:chunk + 64]
        for (text, kind), found in zip(batch, eng.check_documents([(t, k, None) for t, k in batch])):
            after[text] = found[0]
    rows = []
    for i, kind, text, fixed, fix, code in redo:
        table, phrase, _, replacement = todo[i]
        lo, hi = fix.start, fix.start + len(fix.replacement)
        before = {(c, w.lower()) for c, w in _flags(reports[text], 0, len(text))}
        new = sorted((c, w) for c, w in _flags(after[fixed], lo, hi) if (c, w.lower()) not in before)
        rows.append({"table": table, "phrase": phrase, "written_words": fix.replacement, "code": code,
                     "safe": fix.applicability == "safe", "carrier": text, "fixed": fixed,
                     "flagged": [f"{c} {w!r}" for c, w in new]})
    _written_after_recheck(eng, rows, reports)
    flagged = {(r["table"], r["phrase"]) for r in rows if r["flagged"]}
    flagged_safe = {(r["table"], r["phrase"]) for r in rows if r["flagged"] and r["written"]}
    counts = {"entries": len(todo), "made": len(made), "flagged": len(flagged),
              "flagged_written_by_fix": len(flagged_safe), "flagged_shown_only": len(flagged - flagged_safe)}
    return {"rows": rows, "counts": counts}


def _written_after_recheck(eng, rows: list[dict], reports: dict) -> None:
    """Round 32: `--fix` writes a safe fix only where the check of the fixed text does not flag its
    words (sos_lint.fixes.checked_fixed_text). Each row gets "written": whether --fix writes the swap
    in its carrier (a safe fix the recheck keeps). Against an older tree without the recheck,
    "written" is the fix's own "safe"."""
    try:
        from sos_lint.fixes import checked_fixed_text
    except ImportError:
        checked_fixed_text = None
    for r in rows:
        r["written"] = r["safe"]
        if r["safe"] and r["flagged"] and checked_fixed_text is not None:
            report = reports[r["carrier"]]
            result = checked_fixed_text(eng, r["carrier"], [report], report.kind)
            r["written"] = any(e.replacement == r["written_words"] for e in result.applied)


# The codes whose findings carry each table's swaps.
_CODES_OF = {"jargon.toml": ("SOS101", "SOS102", "SOS103", "SOS104"),
             "rewrite_swaps.toml": ("SOS101", "SOS102", "SOS103", "SOS104")}


def static(eng=None) -> dict:
    """The quick audit: each entry's replacement, parsed on its own, against the rule lists the check
    reads for words it flags (rewrite/swaps._flagged_itself: jargon, labels, vague words, guesses,
    role words). {"flagged": [(table, phrase, replacement, words flagged)], "entries": n}."""
    from sos_lint.api import engine

    eng = eng or engine()
    todo = entries()
    flagged = [(table, phrase, replacement, words) for table, phrase, _, replacement in todo
               if (words := _flagged_itself(eng.lexicons, replacement))]
    return {"flagged": flagged, "entries": len(todo)}


# The rule files whose words, in a swap's replacement, the check would flag again (jargon, a vague
# word, a guess, a judgement, a role word). A label ("domestic abuse" for "DA") names what happened,
# not how it is worded, and is left out.
_SELF_CHECKED = ("jargon.toml", "specificity.toml", "child_focus.toml")


def _flagged_itself(lexicons, replacement: str) -> str:
    """The words of a replacement, parsed on its own, that a rule list matches, or "". On its own
    the parse cannot see a job's or a document's name ("family support worker"), so this over-counts:
    the carriers' audit (`audit`) says which are flagged where they stand."""
    doc = lexicons._nlp(replacement)
    for name in _SELF_CHECKED:
        for span, entry in lexicons.find(name, doc):
            if not entry.replacement and entry.group != "label":
                return span.text
    return ""


def main(argv: list[str]) -> int:
    if "--static" in argv:
        from sos_lint.data import load_toml

        shown = {raw["phrase"] for raw in load_toml("rewrite_swaps.toml").get("swap", []) if raw.get("advice_only")}
        result = static()
        for table, phrase, replacement, words in result["flagged"]:
            how = "shown only" if phrase in shown else "may be written"
            print(f"{table}: {phrase!r} -> {replacement!r} ({how}): flags {words!r}")
        n_shown = sum(1 for _, phrase, _, _ in result["flagged"] if phrase in shown)
        print(f"entries {result['entries']} replacements flagged by the rule lists {len(result['flagged'])} "
              f"(shown only {n_shown}, may be written {len(result['flagged']) - n_shown})")
        return 0
    selected = None
    if "--only" in argv:
        selected = set(argv[argv.index("--only") + 1:])
    result = audit(selected, per_entry=99 if "--all" in argv else 2)
    if "--json" in argv:
        with open(argv[argv.index("--json") + 1], "w", encoding="utf-8") as out:
            json.dump(result, out, indent=1)
    for row in result["rows"]:
        if row["flagged"]:
            how = "written" if row["written"] else "shown"
            print(f"{row['table']}: {row['phrase']!r} -> {row['written_words']!r} ({how}): {'; '.join(row['flagged'])}"
                  f"\n        {row['fixed']}")
    print(" ".join(f"{k} {v}" for k, v in result["counts"].items()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
