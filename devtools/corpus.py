"""Reads the labelled corpus (corpus/part_*.jsonl), checks every record, and guards it by checksum."""
from __future__ import annotations

import hashlib
import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from sos_lint.findings import KINDS

LABELS: tuple[str, ...] = ("good", "poor")
FIELDS: tuple[str, ...] = ("id", "case", "kind", "label", "faults", "text")
CHECKSUM_FILE = "CHECKSUM"
PATTERN = "part_*.jsonl"


class CorpusError(ValueError):
    """A corpus file is missing, unreadable, or holds a record of the wrong shape."""


class ChecksumMismatch(CorpusError):
    """The corpus differs from the one its CHECKSUM file records."""


@dataclass(frozen=True)
class Statement:
    id: str
    case: str
    kind: str  # "worry" or "goal"
    label: str  # "good" or "poor"
    faults: tuple[str, ...]
    text: str
    part: str = ""  # the file it came from ("part_a"): lets evaluation test across authors

    @property
    def good(self) -> bool:
        return self.label == "good"


def default_dir() -> Path:
    """corpus/ at the top of the checkout (the corpus ships in the sdist, not in the wheel)."""
    return Path(__file__).resolve().parents[1] / "corpus"


def files(directory: Path) -> list[Path]:
    found = sorted(Path(directory).glob(PATTERN))
    if not found:
        raise CorpusError(f"no {PATTERN} files in {directory}")
    return found


def _check(record: object, where: str, part: str = "") -> Statement:
    if not isinstance(record, dict):
        raise CorpusError(f"{where}: a record must be a JSON object")
    missing = [f for f in FIELDS if f not in record]
    if missing:
        raise CorpusError(f"{where}: missing {', '.join(missing)}")
    for name in ("id", "case", "text"):
        if not isinstance(record[name], str) or not record[name].strip():
            raise CorpusError(f"{where}: '{name}' must be a non-empty string")
    if record["kind"] not in KINDS:
        raise CorpusError(f"{where}: kind must be one of {', '.join(KINDS)}, not {record['kind']!r}")
    if record["label"] not in LABELS:
        raise CorpusError(f"{where}: label must be one of {', '.join(LABELS)}, not {record['label']!r}")
    faults = record["faults"]
    if not isinstance(faults, list) or not all(isinstance(f, str) and f for f in faults):
        raise CorpusError(f"{where}: faults must be a list of tags")
    if record["label"] == "good" and faults:
        raise CorpusError(f"{where}: a good statement has no faults, found {faults}")
    return Statement(record["id"], record["case"], record["kind"], record["label"], tuple(faults),
                     record["text"], part)


def read_records(directory: Path) -> list[dict]:
    """Every record of every part file, as parsed JSON, in file then line order."""
    records = []
    for path in files(directory):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                records.append((json.loads(line), f"{path.name}:{number}"))
            except json.JSONDecodeError as error:
                raise CorpusError(f"{path.name}:{number}: not valid JSON ({error.msg})") from None
    return records


def canonical(record: dict) -> str:
    """One record as one line whose bytes do not depend on key order or spacing."""
    return json.dumps(record, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def checksum(records: list[dict]) -> str:
    """SHA-256 over the sorted canonical lines: reordering or reformatting files keeps it, any
    change to a statement, label or tag breaks it."""
    lines = sorted(canonical(r) for r in records)
    return hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()


def recorded_checksum(directory: Path) -> str | None:
    path = Path(directory) / CHECKSUM_FILE
    if not path.is_file():
        return None
    lines = [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines()]
    return next((ln for ln in lines if ln and not ln.startswith("#")), None)


def write_checksum(directory: Path, value: str) -> Path:
    path = Path(directory) / CHECKSUM_FILE
    path.write_text(
        "# SHA-256 of corpus/part_*.jsonl (sorted canonical JSON lines); see devtools/corpus.py.\n"
        "# Training refuses a corpus that does not match. After a deliberate edit run:\n"
        "#   python -m devtools.train --update-checksum\n"
        f"{value}\n", encoding="utf-8")
    return path


@dataclass(frozen=True)
class Corpus:
    statements: tuple[Statement, ...]  # sorted by id, so training sees one order everywhere
    checksum: str
    directory: Path

    def counts(self) -> dict:
        by = Counter((s.kind, s.label) for s in self.statements)
        return {
            "statements": len(self.statements),
            "cases": len({s.case for s in self.statements}),
            "by_kind_label": {f"{k}/{lab}": by[(k, lab)] for k in KINDS for lab in LABELS},
            "faults": dict(sorted(Counter(f for s in self.statements for f in s.faults).items(),
                                  key=lambda kv: (-kv[1], kv[0]))),
        }


def load(directory: Path | None = None, verify: bool = True) -> Corpus:
    """Read and check the corpus. With `verify`, refuse one whose checksum is not the recorded one."""
    directory = Path(directory) if directory else default_dir()
    pairs = read_records(directory)
    statements = [_check(record, where, where.split(".jsonl")[0]) for record, where in pairs]
    seen: dict[str, str] = {}
    for statement, (_, where) in zip(statements, pairs):
        if statement.id in seen:
            raise CorpusError(f"{where}: id {statement.id!r} already used at {seen[statement.id]}")
        seen[statement.id] = where
    value = checksum([record for record, _ in pairs])
    if verify:
        expected = recorded_checksum(directory)
        if expected is None:
            raise ChecksumMismatch(
                f"{directory / CHECKSUM_FILE} is missing, so the corpus cannot be trusted. If this corpus "
                "is the one you mean to train on, run: python -m devtools.train --update-checksum")
        if expected != value:
            raise ChecksumMismatch(
                f"the corpus in {directory} has changed since its checksum was recorded "
                f"(recorded {expected[:12]}…, found {value[:12]}…). Training stops so that a model is never "
                "built from statements nobody reviewed. If the edit was deliberate, run: "
                "python -m devtools.train --update-checksum")
    return Corpus(tuple(sorted(statements, key=lambda s: s.id)), value, directory)
