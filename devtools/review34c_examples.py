"""Round 34 (r34c): counts of advice that does not fit its statement, over open sets and review drafts.

Prints counts only (no rows), so it may be run on a freshly opened set before reading it:
  H  examples ("for example", "e.g.", "such as") naming a harm (drink, drugs, violence) absent from
     the statement
  D  examples carrying a date
  N  findings (worries; SOS512 aside) on a harm word the statement says did not happen ("no injuries", "did not use drugs",
     "has not made any disclosure") whose advice still asks to describe it
  C  advice asking what "the child said" where no child is said to have said anything
Usage: python devtools/review34c_examples.py SET.jsonl... [--drafts FOLDER...] [-v]
"""
import glob
import json
import os
import re
import sys

from sos_lint.api import engine
from sos_lint.checks.advice_fit import (EXAMPLE, HARMS, DENIAL_ASK, child_said, harm_absent, negated_harm_span,
                                        NEGATION_ASK)

DATE = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)? (?:and \d{1,2} )?(?:January|February|March|April|May|June|July|"
                  r"August|September|October|November|December)\b|\b\d{1,2}/\d{1,2}\b")


def examples(advice: str):
    for m in EXAMPLE.finditer(advice):
        yield m.group(0)


def counts(e, text, kind, verbose, label):
    h = d = n = c = 0
    try:
        reports = e.check_document(text, kind)
    except Exception as exc:  # a draft that cannot be read
        print(label, "ERROR", exc, file=sys.stderr)
        return 0, 0, 0, 0
    for report in reports:
        body = report.text if hasattr(report, "text") else text
        doc = None
        for f in report.findings:
            for advice in (f.message, f.suggestion or ""):
                for ex in examples(advice):
                    if harm_absent(ex, body):
                        h += 1
                        if verbose:
                            print("H", label, f.code, ex)
                    if DATE.search(ex):
                        d += 1
                        if verbose:
                            print("D", label, f.code, ex)
            if "what the child said" in (f.message + (f.suggestion or "")).lower() and not child_said(body):
                c += 1
                if verbose:
                    print("C", label, f.code, f.message[:90])
            if doc is None:
                doc = e.nlp(body) if hasattr(e, "nlp") else None
            if f.code == "SOS512" or report.kind == "goal":
                continue  # SOS512 is about a harm not happening by design; a goal's "not" is an aim
            if doc is not None and negated_harm_span(doc, f.start, f.end) and NEGATION_ASK not in f.message and DENIAL_ASK not in f.message:
                n += 1
                if verbose:
                    print("N", label, f.code, body[f.start:f.end], "|", f.message[:100])
    return h, d, n, c


def main(argv):
    verbose = "-v" in argv
    argv = [a for a in argv if a != "-v"]
    e = engine()
    sets, drafts = [], []
    target = sets
    for a in argv:
        if a == "--drafts":
            target = drafts
            continue
        target.append(a)
    grand = [0, 0, 0, 0]
    for path in sets:
        tot = [0, 0, 0, 0]
        for line in open(path, encoding="utf-8"):
            row = json.loads(line)
            got = counts(e, row["text"], row.get("kind"), verbose, row.get("id", "?"))
            tot = [a + b for a, b in zip(tot, got)]
        print(os.path.basename(path), "H=%d D=%d N=%d C=%d" % tuple(tot))
        grand = [a + b for a, b in zip(grand, tot)]
    for folder in drafts:
        tot = [0, 0, 0, 0]
        for f in sorted(glob.glob(os.path.join(folder, "*.txt"))):
            got = counts(e, open(f, encoding="utf-8", errors="replace").read(), None, verbose, os.path.basename(f))
            tot = [a + b for a, b in zip(tot, got)]
        print(folder, "H=%d D=%d N=%d C=%d" % tuple(tot))
        grand = [a + b for a, b in zip(grand, tot)]
    print("TOTAL", "H=%d D=%d N=%d C=%d" % tuple(grand))


if __name__ == "__main__":
    main(sys.argv[1:])
