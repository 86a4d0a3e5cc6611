"""Round 40 (r40h): dump every finding (file, row, code, start, end, severity, message, suggestion) and each
statement's score on the corpus and some OPEN sets (named below; never a blind set), one JSON list a line, so
a change meant to touch message wording only can be diffed before/after: the (code, span, severity) and the
scores must not move. Usage: python -m devtools.findings_shape_dump OUT.jsonl"""
import glob
import json
import sys

FILES = (sorted(glob.glob("corpus/part_*.jsonl")) + [f"tests/data/blind/good_test{n}.jsonl" for n in (36, 37, 38)]
         + ["tests/data/good_statements.jsonl", "tests/data/poor_statements.jsonl", "tests/data/blind/words_test38.jsonl"])


def main(target: str) -> None:
    from sos_lint import api

    out = open(target, "w")
    for path in FILES:
        for i, line in enumerate(open(path)):
            if not line.strip():
                continue
            rec = json.loads(line)
            text = rec.get("text") or rec.get("statement") or ""
            kind = rec.get("kind")
            if kind not in ("worry", "goal"):
                kind = None
            r = api.check(text, kind)
            for f in r.findings:
                out.write(json.dumps([path, i, f.code, f.start, f.end, f.severity, f.message, f.suggestion]) + "\n")
            out.write(json.dumps([path, i, "SCORE", round(r.score, 2)]) + "\n")
        out.flush()


if __name__ == "__main__":
    main(sys.argv[1])
