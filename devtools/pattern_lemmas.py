"""`python -m devtools.pattern_lemmas`: builds models/pattern_lemmas.json.gz, the lemma passes
the phrase matchers would otherwise pipe through the tagger on every cold start, and the same
passes' words (see sos_lint/pattern_lemmas.py). Rerun it after editing a lexicon or the swap
table, or after changing the spaCy model or the tokenizer's rules: a pass the table does not hold
exactly is computed at run time (correct, only slower), and
tests/test_pattern_lemmas.py and tests/test_speed_round22.py say when the table is out of date.
"""
from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

TABLE = Path(__file__).resolve().parents[1] / "models" / "pattern_lemmas.json.gz"


def record(recorder=None) -> dict:
    """Build an engine whose lexicons pipe through a recorder, with the default configuration
    (a user's own jargon changes jargon.toml's pass, which then runs at start-up as before)."""
    from sos_lint import pattern_lemmas
    from sos_lint.checks.lexicon import LexiconIndex
    from sos_lint.engine import Engine

    engine = Engine()  # its lexicons may have come from an older table: build them again, recorded
    recorder = recorder or pattern_lemmas.RecordingPipeline(engine.nlp)
    engine.lexicons = LexiconIndex(recorder, engine.config.jargon)
    engine._build_lazy_parts()
    # The swap table's matchers (rewrite/words.py) are built on the first jargon finding's fix.
    doc = next(iter(engine.parse(["Mum needs to engage with services and address her substance misuse."])))
    engine.findings(doc, "worry")
    return {"pipeline": pattern_lemmas.pipeline_id(engine.nlp), "passes": recorder.passes,
            "words": recorder.words}


def write(path: Path = TABLE) -> Path:
    data = json.dumps(record(), ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")
    path.write_bytes(gzip.compress(data, compresslevel=9, mtime=0))  # mtime=0: same input, same bytes
    return path


if __name__ == "__main__":
    written = write()
    print(f"wrote {written} ({written.stat().st_size // 1024} KB)")
    sys.exit(0)
