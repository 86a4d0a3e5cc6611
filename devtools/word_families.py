"""`python -m devtools.word_families`: each one-word judgement or label in rules/specificity.toml
with the word family the lexicon loader derives for it (sos_lint/checks/lexicon.py,
derived_forms), and whether each derived form is flagged in a plain sentence about a parent:
"The worry is Mum's hostility." for a noun, "Mum spoke hostilely to the nurse." for an adverb.

A derived form that is not an English word never matches anything, so it does no harm; this
lists every form so that a reader can see the families, and tests/test_word_classes11a.py checks
that each real word of a family fires.
"""
from __future__ import annotations

import argparse
import sys

CODES = {"SOS301", "SOS305", "SOS304"}


def families() -> list[tuple[str, str, tuple[str, ...]]]:
    """(group, word, derived forms) for each one-word phrase or variant of a deriving group."""
    from sos_lint.checks.lexicon import derived_forms, load_entries
    from sos_lint.data import load_toml

    groups = load_toml("specificity.toml").get("group", {})
    found = []
    for entry in load_entries("specificity.toml"):
        if not groups.get(entry.group, {}).get("derive") or entry.kinds or entry.exploitation_only or entry.head_in \
                or entry.pos_in:
            continue
        for word in (entry.phrase, *entry.variants):
            forms = derived_forms(word.lower())
            if forms:
                found.append((entry.group, word, forms))
    return found


def sentence(form: str) -> tuple[str, str]:
    """A plain worry about a parent with the form in it, and the words to look for."""
    if form.endswith("ly"):
        return f"Mum spoke {form} to the nurse at the door.", form
    return f"The worry is Mum's {form}.", form


def fires(engine, forms: list[str]) -> dict[str, bool]:
    texts = [sentence(f)[0] for f in forms]
    reports = engine.check_many(texts, ["worry"] * len(texts))
    result = {}
    for form, text, report in zip(forms, texts, reports):
        start = text.index(form)
        end = start + len(form)
        result[form] = any(f.code in CODES and f.start < end and start < f.end for f in report.findings)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m devtools.word_families", description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="check each derived form in a sentence")
    args = parser.parse_args(argv)
    rows = families()
    flagged: dict[str, bool] = {}
    if args.check:
        from sos_lint.api import engine as shared_engine

        flagged = fires(shared_engine(), sorted({f for _, _, forms in rows for f in forms}))
    for group, word, forms in rows:
        shown = ", ".join(f + ("" if not flagged else (" +" if flagged[f] else " -")) for f in forms)
        print(f"{group:10} {word:22} {shown}")
    if flagged:
        print(f"\nderived forms flagged: {sum(flagged.values())} of {len(flagged)} (+ flagged, - not)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
