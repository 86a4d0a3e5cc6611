"""`sos-lint compare`: score several practitioners' drafts side by side for group supervision."""
from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import typer

from .common import (EXIT_CLEAN, EXIT_FINDINGS, EXIT_INPUT, check_drafts, distinct_authors, emit, fail, load_config,
                     make_engine, read_inputs, redact_drafts, refuse_output_over_input,
                     use_color)
from .options import (AuthorColumnOption, ConfigOption, Kind, KindOption, OutputOption, RedactOption,
                      SpacyModelOption, TextColumnOption, format_choices, kind_value)

Format = format_choices("compare")


def command(
    paths: List[str] = typer.Argument(..., help="Drafts to compare: files, a folder, or one CSV or JSONL file "
                                                "with an author and a text column."),
    fmt: Format = typer.Option(Format.text, "--format", "-f", help="Output format."),
    output: OutputOption = None,
    redact: RedactOption = False,
    author_column: AuthorColumnOption = "author",
    text_column: TextColumnOption = "text",
    kind: KindOption = Kind.auto,
    config_file: ConfigOption = None,
    spacy_model: SpacyModelOption = None,
    author_key: Optional[Path] = typer.Option(
        None, "--author-key", help="With --redact: which author is \"Author N\", for the facilitator only. "
                                   "If the file exists, its numbers are used again (so two runs agree); if "
                                   "not, it is written (authors are numbered in a new random order each run)."),
) -> None:
    """Compare drafts of the same statement: ranking, scores, best wording and a combined draft.
    Exit 0: clean, 1: findings, 2: input problem."""
    from ..compare import compare as build
    from ..render import renderer

    refuse_output_over_input(output, paths, redact)
    cfg = load_config(None, None, config_file)
    engine = make_engine(cfg, spacy_model)
    inputs = read_inputs(paths, redact, author_column=author_column, text_column=text_column)
    inputs.drafts = distinct_authors(inputs.drafts)
    if len({d.author for d in inputs.drafts}) < 2:
        raise fail(f"compare needs at least two drafts that can be read; found {len(inputs.drafts)}")
    family = _families(inputs.drafts)  # author -> folder (or table), read before redaction hides the files
    known = _read_author_key(author_key, redact, paths, output) if author_key is not None else None
    masks = redact_drafts(inputs, engine.nlp, cfg, authors=True, known=known) if redact else None
    if author_key is not None and inputs.author_key != {label: a for a, label in (known or {}).items()
                                                        if label in inputs.author_key}:
        _write_author_key(author_key, {**{label: a for a, label in (known or {}).items()}, **inputs.author_key},
                          redact, paths, output)
    checked = check_drafts(engine, inputs, kind_value(kind))
    # Round 33: drafts that tie are ordered by their words as written (a digest), never by the file
    # order or the random "Author N", so a plain and a redacted run rank them, and pick the best
    # wording, the same way.
    ties = [_digest(report.text) for _, reports in checked for report in reports]
    originals = [report.text for _, reports in checked for report in reports]
    # Round 33: checked as written AND compared as written (the best wording, the dated incident, who
    # "you" is), shown redacted through the view: a plain and a redacted run choose the same sentences.
    view = _MaskView({id(r): masks[draft.source] for draft, reports in checked for r in reports}) if masks else None
    statements = [(draft.author, report) for draft, reports in checked for report in reports]
    groups = [family.get(inputs.author_key.get(draft.author, draft.author), "") for draft, reports in checked
              for _ in reports]
    groups, withhold, notes = drafts_notes(engine, statements, groups, kind_value(kind), originals)
    if redact and len(set(groups)) > 1:  # a folder's name may be the family's name: numbered instead
        numbers = {g: f"family {n}" for n, g in enumerate(dict.fromkeys(sorted(set(groups))), 1)}
        groups = [numbers[g] for g in groups]
    split, marks = _spacy_sentences(engine)
    comparison = build(statements, split, inputs.errors, inputs.redacted, ties=ties,
                       groups=groups, withhold=withhold, view=view, marks=marks)
    comparison.notes[:0] = notes
    emit(renderer("compare", fmt.value)(comparison, color=output is None and use_color()), output, "Comparison", redact=redact)
    if inputs.errors:
        raise typer.Exit(EXIT_INPUT)
    raise typer.Exit(EXIT_FINDINGS if any(r.findings for r in comparison.reports) else EXIT_CLEAN)


class _MaskView:
    """How a redacted compare shows a draft: each report's own mask redacts its words, spans, title
    and the report itself (the same DraftMask `redacted_reports` uses)."""

    def __init__(self, masks: dict):
        self.masks = masks  # id(report as written) -> its draft's mask

    def span(self, report, start: int, end: int) -> str:
        mask = self.masks[id(report)]
        base = report.offset
        return mask.redacted[mask.position(base + start): mask.position(base + end, end=True)]

    def title(self, report):
        return self.masks[id(report)].words(report.title) if report.title else report.title

    def words(self, text: str, report=None) -> str:
        if report is not None and id(report) in self.masks:
            return self.masks[id(report)].words(text)
        return next(iter(self.masks.values())).words(text) if self.masks else text

    def report(self, report):
        return self.masks[id(report)].report(report)


def drafts_notes(engine, statements: list, folders: list[str], kind: str | None,
                 originals: list[str] | None = None) -> tuple[list[str], str, list[str]]:
    """What `compare` says of the drafts before its tables, for the CLI, the web API's compare and
    the room's report alike (round 41, r41g: the API's compare lacked them): folders whose drafts
    name the same children joined as one family (round 40, C#7), the reason to build no combined
    draft for drafts about different children (round 33, C#8), and, with kind auto, a draft read as
    the other kind from most of its folder (C#7). `statements` are (author, report) pairs, checked
    on the words as written; `folders` gives each statement's folder ("" for all when there is one);
    `originals` the words as written when the reports' own text is not (a redacted compare). Returns
    (the groups to rank by, the reason to withhold a combined draft or "", the notes)."""
    named = _children_named(engine, originals if originals is not None else [r.text for _, r in statements])
    authors = [author for author, _ in statements]
    notes = []
    # Round 40 (C#7): folders whose drafts name the same children are one family ("fam1_worry/" and
    # "fam1_goal/"), compared together, and the room is told so.
    groups, joined = _same_family(list(folders), named)
    if joined:
        notes.append(f"The drafts in {joined} folders name the same children, so they are compared as one family.")
    withhold = "" if len(set(groups)) > 1 else _different_children(named, authors)
    if kind is None:
        notes += _kind_moves(statements, list(folders))
    return groups, withhold, notes


def _families(drafts) -> dict:
    """Each author's family, as the folder (or the table) the draft came from. One folder: no groups."""
    import re

    found = {}
    for draft in drafts:
        source = draft.source
        if draft.path and re.fullmatch(r"draft \d+", source):  # redacted: only "draft N"; the path still knows
            source = draft.path
        origin = source.rsplit(" row ", 1)[0] if " row " in source else str(Path(source).parent)
        found[draft.author] = "this folder" if origin in ("", ".") else origin.rstrip("/") + ("" if " row " in source
                                                                                             else "/")
    return found if len(set(found.values())) > 1 else {}


def _children_named(engine, texts: list[str]) -> list[tuple[set, set]]:
    """For each draft (as written): the children the people reading names in it, and every
    capitalised word in it (lowercased), so a child named where the reading missed them ("put her
    relationship before Summer and Will") still ties the draft to that family. Never shown."""
    from ..people import people

    out = []
    for text in texts:
        doc = next(iter(engine.parse([text])))
        children = {p.name.lower() for p in people(doc).children if p.name and p.name[:1].isupper()}
        words = {t.text.lower() for t in doc if t.text[:1].isupper() and t.is_alpha}
        out.append((children, words))
    return out


def _families_of(named: list[tuple[set, set]]) -> list[int]:
    """Round 33, round 40 (C#8): a family number for each draft. Two drafts are one family when they
    name a child in common, or one of them mentions by name a child the other names. Drafts naming
    no child join any family (-1)."""
    family = list(range(len(named)))

    def root(i: int) -> int:
        while family[i] != i:
            i = family[i]
        return i

    for i, (children_i, words_i) in enumerate(named):
        for j, (children_j, words_j) in enumerate(named[:i]):
            if children_i and children_j and (children_i & (children_j | words_j) or children_j & words_i):
                family[root(i)] = root(j)
    return [root(i) if named[i][0] else -1 for i in range(len(named))]


def _same_family(groups: list[str], named: list[tuple[set, set]]) -> tuple[list[str], int]:
    """Folders whose drafts are one family (see _families_of) become one group; returns the groups
    and how many folders were joined (0 when none)."""
    if len(set(groups)) < 2:
        return groups, 0
    families = _families_of(named)
    by_group: dict[str, set] = {}
    for group, fam in zip(groups, families):
        if fam >= 0:
            by_group.setdefault(group, set()).add(fam)
    merged: dict[str, str] = {}
    order = list(dict.fromkeys(groups))
    for group in order:
        merged[group] = next((merged[g] for g in order[:order.index(group)]
                              if by_group.get(g) and by_group.get(group) and by_group[g] & by_group[group]), group)
    if len(set(merged.values())) == len(order):
        return groups, 0
    joined = sum(1 for g in order if list(merged.values()).count(merged[g]) > 1)
    return [merged[g] for g in groups], joined


def _different_children(named: list[tuple[set, set]], authors: list[str]) -> str:
    """Round 33: a reason to build no combined draft when the drafts are about different children:
    the drafts that name a child (by the people reading, on the words as written) fall into two or
    more families with no child in common. Drafts naming no child join any family. Never names a
    child; round 40 (C#8) names the drafts that seem to be about other children."""
    families = _families_of(named)
    sizes: dict[int, list[str]] = {}
    for author, fam in zip(authors, families):
        if fam >= 0 and author not in sizes.setdefault(fam, []):
            sizes[fam].append(author)
    if len(sizes) < 2:
        return ""
    biggest = max(sizes, key=lambda f: len(sizes[f]))
    others = [a for f, found in sizes.items() if f != biggest for a in found]
    which = ", ".join(others[:5]) + (" and others" if len(others) > 5 else "")
    return (f"these drafts seem to be about different children ({len(sizes)} sets of drafts with no child's name "
            f"in common; {which} {'seems' if len(others) == 1 else 'seem'} to be about other children than "
            f"{', '.join(sizes[biggest][:3])}{' and others' if len(sizes[biggest]) > 3 else ''}), so their "
            "sentences are not joined into one statement. Compare one family at a time: give each family's "
            "drafts their own folder.")


_KIND_WORDS = {"worry": "a worry statement", "goal": "a safety goal"}


def _kind_moves(guessed: list, folders: list[str]) -> list[str]:
    """Round 40 (C#7): with kind auto, a draft read as the other kind from most of the drafts of its
    folder (a third of them or fewer) is ranked apart from them. Say so in one plain line naming it.
    `guessed`: (author, report) pairs, one for each folder entry."""
    from collections import Counter

    lines = []
    for folder in dict.fromkeys(folders):
        mine = [(a, r) for (a, r), f in zip(guessed, folders) if f == folder]
        counts = Counter(report.kind for _, report in mine)
        if len(counts) < 2:
            continue
        most, n = counts.most_common(1)[0]
        for author, report in mine:
            if report.kind != most and 3 * counts[report.kind] <= len(mine) and \
                    report.kind_source not in ("given", "heading"):
                lines.append(f"{author} was read as {_KIND_WORDS.get(report.kind, report.kind)} from its wording, so "
                             f"it is ranked apart from the other drafts; if it is {_KIND_WORDS.get(most, most)}, "
                             f"give --kind {most}.")
    return lines


def _digest(text: str) -> str:
    import hashlib

    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


def _read_author_key(path: Path, redact: bool, paths: list[str], output: Optional[Path]) -> Optional[dict]:
    """An existing key file: author -> "Author N", so this run numbers the authors as the last one
    did. None when the file does not exist yet (it is written after redaction)."""
    import re

    if not redact:
        raise fail("--author-key goes with --redact (without it the report shows the authors' own names)")
    refuse_output_over_input(path, paths)
    if output is not None and Path(output).resolve() == Path(path).resolve():
        raise fail("--author-key must name a different file from --output")
    if not Path(path).exists():
        return None
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise fail(f"cannot read the author key {path}: {getattr(error, 'strerror', None) or error}")
    known: dict[str, str] = {}
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        label, tab, author = line.partition("\t")
        if not tab or not re.fullmatch(r"Author [1-9][0-9]*", label) or not author.strip():
            raise fail(f"{path} line {number} is not an author key line (\"Author N\", a tab, the author); "
                       "give a new file name to start a new key")
        if label in known.values() or author in known:
            raise fail(f"{path} line {number}: {label if label in known.values() else 'this author'} "
                       "appears twice in the author key")
        known[author] = label
    return known


def _write_author_key(path: Path, key: dict, redact: bool, paths: list[str], output: Optional[Path]) -> None:
    """The one unredacted output of a redacted compare: "Author N<TAB>author" lines, kept apart from
    the report so the report itself can be projected or shared."""
    from ..writeback import write_text

    if not redact:
        raise fail("--author-key goes with --redact (without it the report shows the authors' own names)")
    refuse_output_over_input(path, paths)
    if output is not None and Path(output).resolve() == Path(path).resolve():
        raise fail("--author-key must name a different file from --output")
    lines = [f"{label}\t{key[label]}" for label in sorted(key, key=lambda k: int(k.rsplit(" ", 1)[-1]))]
    try:
        write_text(path, "\n".join(lines) + "\n", private=True)  # it names the authors: the owner reads it
    except OSError as error:
        raise fail(f"cannot write {path}: {error.strerror or error}")


def _spacy_sentences(engine):
    """spaCy's sentences of a draft, and (round 35) `compare.sentence_marks` of them: the family's view
    and a child's words. Each text is parsed once."""
    from ..compare import sentence_marks

    parsed: dict = {}

    def doc_of(text: str):
        if text not in parsed:
            parsed[text] = next(iter(engine.parse([text])))
        return parsed[text]

    def split(text: str) -> list[tuple[int, int]]:
        return [(s.start_char, s.end_char) for s in doc_of(text).sents]

    def marks(text: str) -> list:
        return sentence_marks(doc_of(text))
    return split, marks
