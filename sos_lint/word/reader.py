"""Reads worry statements and goals out of a Word (.docx) plan, remembering where each came from.

Plan templates put a statement under a heading ("Danger statement 1"), after a bold lead-in line,
or in a table beside (or under) a label cell. Everything else in the document (case details,
chronology, signatures) is not a statement and is left out. The statements are assembled into one
plain draft with a heading line each, so every command reads a Word plan exactly as it reads a
text draft; `WordDraft.locate` maps an offset in that draft back to the paragraph it came from.
"""
from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from ..sections import GOAL_QUESTIONS, LABELS, WORRY_QUESTIONS, kind_of_heading

MAX_DOCX_BYTES = 20_000_000  # a 50-page plan with photographs is a few MB
MAX_TEXT_CHARS = 1_000_000  # the same limit as a text draft
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # old .doc files, and encrypted .docx files
_LABEL = re.compile(rf"^[ \t]*(?P<label>{LABELS})\b(?P<rest>.*)$", re.IGNORECASE | re.DOTALL)
_LABEL_TAIL = re.compile(r"^\??[ \t]*(?:\d+[.)]?)?[ \t]*(?:[-–—:(][^.!?]*)?$")
_INLINE_BODY = re.compile(r"^[ \t]*(?:\d+[.)]?)?[ \t]*[:\-–—][ \t]*(?=\S)")
LOOKED_FOR = ("'Worry statement', 'Danger statement', 'Needs statement', 'Safety goal', 'Wellbeing goal', 'Goal statement', "
              "'What are we worried about?' or 'What needs to happen?'")
_QUESTION = re.compile(rf"^(?:{WORRY_QUESTIONS}|{GOAL_QUESTIONS})", re.IGNORECASE)
# A table's row label or column header that gives only the kind ("Worry", "Goals", "Danger"): read in
# tables only, where a cell holds nothing else; in running text such a word opens a sentence.
_CELL_KIND = re.compile(r"^[ \t]*(?P<label>worr(?:y|ies)|dangers?|goals?|harms?)[ \t]*:?[ \t]*$", re.IGNORECASE)


def _standard_label(label: str, kind: str) -> str:
    """The label a statement is shown under: a section question or a bare kind word in a table is
    shown as the statement label it stands for ("What are we worried about?" -> "Worry statement")."""
    if _QUESTION.match(label) or _CELL_KIND.match(label):
        return "Goal statement" if kind == "goal" else "Worry statement"
    return label


class WordError(Exception):
    """A Word file that cannot be read; str() is the one-line message for the user."""


@dataclass
class Segment:
    """One paragraph's statement text, and where it sits in the assembled draft."""

    paragraph: object  # docx.text.paragraph.Paragraph
    start: int  # offset in WordDraft.text
    end: int
    para_offset: int = 0  # where the statement text starts inside the paragraph's run text


@dataclass
class WordStatement:
    kind: str
    label: str  # the label as written ("Danger statement")
    anchor: object  # the paragraph holding the heading or table label (comments on the whole statement go here)
    segments: list[Segment] = field(default_factory=list)
    where: str = "body"  # "body" or "table"
    written: str = ""  # the heading as the plan writes it ("Wellbeing goal 2 – school"), when it numbers or names it


@dataclass
class WordDraft:
    text: str
    statements: list[WordStatement]
    document: object  # docx.document.Document, kept so a reviewed copy can be written from it
    # Table cells that repeat a statement already read word for word (a summary table under the
    # statements): checked once, where they first appear; (first paragraph of the cell, that heading).
    repeated: list = field(default_factory=list)
    tracked: int = 0  # tracked changes in the body: the statements are read with them accepted

    def locate(self, offset: int) -> tuple[Segment, int] | None:
        """The segment holding `offset` and the matching character offset in its paragraph."""
        for statement in self.statements:
            for segment in statement.segments:
                if segment.start <= offset <= segment.end:
                    return segment, segment.para_offset + offset - segment.start
        return None

    def statement_at(self, offset: int) -> WordStatement | None:
        for statement in self.statements:
            if statement.segments and statement.segments[0].start <= offset <= statement.segments[-1].end:
                return statement
        return None


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
# Runs read as the paragraph's text, besides its own: those of a tracked insertion (or a move's new
# place) and of a hyperlink. A tracked deletion (w:del, w:moveFrom) is read as gone.
_RUN_HOLDERS = {f"{_W}ins", f"{_W}moveTo", f"{_W}hyperlink"}


def text_runs(paragraph) -> list:
    """The paragraph's runs as it reads with its tracked changes accepted (round 35, W#3: the
    manager's tracked insertion was never checked, and the check read a text that never existed)."""
    from docx.text.run import Run

    runs = []
    for child in paragraph._p:
        if child.tag == f"{_W}r":
            runs.append(Run(child, paragraph))
        elif child.tag in _RUN_HOLDERS:
            runs.extend(Run(r, paragraph) for r in child if r.tag == f"{_W}r")
            for inner in child:  # a hyperlink inside an insertion, or an insertion inside a hyperlink
                if inner.tag in _RUN_HOLDERS:
                    runs.extend(Run(r, paragraph) for r in inner if r.tag == f"{_W}r")
    if len(runs) > 1:  # document order, whatever the nesting
        elements = list(paragraph._p.iter(f"{_W}r"))  # held, so each element keeps one proxy (and id)
        order = {id(e): i for i, e in enumerate(elements)}
        runs.sort(key=lambda run: order.get(id(run._r), 0))
    return runs


def tracked_changes(document) -> int:
    """How many tracked insertions and deletions the document's body holds."""
    body = document.element.body
    return sum(1 for tag in ("ins", "del", "moveTo", "moveFrom") for _ in body.iter(f"{_W}{tag}"))


def run_text(paragraph) -> str:
    """The paragraph's text as its runs hold it, tracked changes accepted: the text comments and
    fixes are placed in."""
    return "".join(run.text for run in text_runs(paragraph))


def _label(text: str):
    """(label, kind, where an inline statement starts or None) when `text` opens with a statement label."""
    match = _LABEL.match(text)
    if match and _QUESTION.match(match.group("label").strip()):
        # A section question heads its statements; it never carries one inline ("What needs to happen? Mum …").
        rest = match.group("rest")
        if _LABEL_TAIL.match(rest) and len(rest.split()) <= 8:
            return match.group("label"), kind_of_heading(match.group("label")), None
        return None
    if not match:
        return None
    rest = match.group("rest")
    if _LABEL_TAIL.match(rest) and len(rest.split()) <= 8:
        return match.group("label"), kind_of_heading(match.group("label")), None
    inline = _INLINE_BODY.match(rest)
    if inline and len(rest.split()) >= 6:
        return match.group("label"), kind_of_heading(match.group("label")), match.start("rest") + inline.end()
    return None


def is_list_item(paragraph) -> bool:
    """A bulleted or numbered paragraph: Word's numbering on the paragraph, or a list style
    ("List Bullet", "List Number 2", "List Paragraph")."""
    p_pr = paragraph._p.pPr
    if p_pr is not None and p_pr.numPr is not None:
        return True
    style = getattr(paragraph, "style", None)
    return (getattr(style, "name", "") or "").lower().startswith("list")


def _is_other_heading(paragraph, text: str) -> bool:
    """A heading, title or bold lead-in line that is not a statement label ends the statement above it."""
    words = text.split()
    if len(words) > 12:
        return False  # a heading or lead-in line is short; the style lookup is the slow part
    style = (getattr(paragraph.style, "name", "") or "").lower()
    if style.startswith(("heading", "title", "subtitle")):
        return True
    runs = [r for r in paragraph.runs if r.text.strip()]
    bold = bool(runs) and all(r.bold for r in runs)
    return (bold and len(words) <= 12 and not text.rstrip().endswith(".")) or (
        len(words) <= 6 and text.rstrip().endswith(":"))


# A sign-off line under the last statement ("Signed: J Okafor, social worker", "Date: 3 May"): not part
# of the statement (the text reader cuts the same lines, sections._SIGN_OFF).
_SIGN_OFF_LINE = re.compile(r"^\s*(?:signed|signature|author|written by|completed by|prepared by|date|name of worker"
                            r"|worker|practitioner)\s*(?::|-|–|—)", re.IGNORECASE)


def _is_sign_off(text: str) -> bool:
    return bool(_SIGN_OFF_LINE.match(text)) and len(text.split()) <= 12


class _Builder:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.statements: list[WordStatement] = []
        self.counts: dict[str, int] = {}
        self.tables = 0  # tables read so far, so a statement in a table is named by where it sits
        self.repeated: list = []

    def _write(self, text: str) -> int:
        start = self.length
        self.parts.append(text)
        self.length += len(text)
        return start

    def start(self, label: str, kind: str, anchor, where: str, written: str = "") -> WordStatement:
        shown_label = _standard_label(" ".join(label.split()), kind)
        statement = WordStatement(kind, shown_label.capitalize(), anchor, where=where,
                                  written="" if _QUESTION.match(written.strip()) else own_heading(label, written))
        self.statements.append(statement)
        return statement

    def add(self, statement: WordStatement, paragraph, text: str, para_offset: int = 0) -> None:
        if not text.strip():
            return
        if not statement.segments:
            self.counts[statement.label] = self.counts.get(statement.label, 0) + 1
            # The plan's own heading when it numbers or names the statement, so "Wellbeing goal 2"
            # stays goal 2 (and pairs with worry 2); a bare "Safety goal" is numbered in order.
            heading = f"{statement.written or f'{statement.label} {self.counts[statement.label]}'}\n"
            self._write(("\n" if self.length else "") + heading)
        else:
            # Round 40 (review40w W#11): a list item is a paragraph of its own, as an HTML <li> is:
            # a blank line before and after it, so each item is read as its own sentence, not one
            # 59-word sentence with the lead-in ("For this to happen:").
            before = statement.segments[-1].paragraph
            self._write("\n\n" if is_list_item(paragraph) or is_list_item(before) else "\n")
        start = self._write(text)
        statement.segments.append(Segment(paragraph, start, start + len(text), para_offset))

    def repeats(self, cell) -> bool:
        """True (and noted) when the cell holds, word for word, a statement already read."""
        text = _words(_cell_text(cell))
        for statement in self.statements:
            if statement.segments and _words(statement_text(statement)) == text:
                self.repeated.append((cell.paragraphs[0], self.heading_of(statement)))
                return True
        return False

    def heading_of(self, statement: WordStatement) -> str:
        first = statement.segments[0].start
        line_start = "".join(self.parts).rfind("\n", 0, first - 1) + 1
        return "".join(self.parts)[line_start:first].strip()

    def scan(self, paragraphs, where: str) -> None:
        """Statements under label paragraphs, running until the next heading of any kind."""
        current = section = None
        for paragraph in paragraphs:
            text = run_text(paragraph)
            if not text.strip():
                continue
            found = _label(text)
            if found:
                label, kind, inline = found
                section = (label, kind, paragraph) if _QUESTION.match(label) else None
                current = self.start(label, kind, paragraph, where, text if inline is None else text[:inline])
                if inline is not None:
                    self.add(current, paragraph, text[inline:], inline)
            elif current is None:
                continue  # case text outside any statement: no need to look at its style
            elif _is_other_heading(paragraph, text) or _is_sign_off(text):
                current = section = None  # a heading, or a sign-off line ("Signed: …"), ends the statement
            elif section is not None:
                # Under a section question ("What are we worried about?") each paragraph or bullet is
                # one statement (round 35, W#4), as each row of the map's column is.
                if current.segments:
                    current = self.start(section[0], section[1], paragraph, where)
                self.add(current, paragraph, text)
            else:
                self.add(current, paragraph, text)

    def table(self, table) -> None:
        """A label in a row's first cell (statement in the next cells) or in the header row
        (statements in the cells below); any other cell is scanned for label paragraphs."""
        rows = [_unique_cells(row) for row in table.rows]
        used: set = set()
        self.tables += 1
        header = {i: _cell_label(_cell_text(c)) for i, c in enumerate(rows[0])} if rows else {}
        # "Safety goal | Notes" over a row of text is a header row, not a label beside its statement.
        header_first = bool(header.get(0)) and len(rows) > 1 and not _cell_label(_cell_text(rows[1][0])) \
            and len(_cell_text(rows[1][0]).split()) >= 5
        for row in rows[1:] if header_first else rows:
            first = _cell_label(_cell_text(row[0])) if row else None
            if first and first[2] is None and len(row) > 1:
                statement = self.start(first[0], first[1], row[0].paragraphs[0], "table",
                                       self._in_table(_cell_text(row[0]), first[0], f"row {rows.index(row) + 1}"))
                used.add(row[0]._tc)
                for cell in row[1:]:
                    used.add(cell._tc)
                    for paragraph in cell.paragraphs:
                        self.add(statement, paragraph, run_text(paragraph))
        for column, found in header.items():
            if not found or found[2] is not None or rows[0][column]._tc in used:
                continue
            used.add(rows[0][column]._tc)
            # Each cell under a column label is its own statement (round 35, W#1: a worries-and-goals
            # table read as one statement per column mixed the rows' parts and scored good statements
            # 2.3-5.2); cells of different rows are never joined.
            for number, row in enumerate(rows[1:], 2):
                if column < len(row) and row[column]._tc not in used:
                    used.add(row[column]._tc)
                    cell = row[column]
                    if not _cell_text(cell) or _cell_label(_cell_text(cell)) or self.repeats(cell):
                        continue
                    statement = self.start(found[0], found[1], cell.paragraphs[0], "table",
                                           self._in_table(_cell_text(rows[0][column]), found[0], f"row {number}"))
                    for paragraph in cell.paragraphs:
                        self.add(statement, paragraph, run_text(paragraph))
        for row in rows:
            for cell in row:
                if cell._tc not in used:
                    used.add(cell._tc)
                    self.scan(cell.paragraphs, "table")


    def _in_table(self, written: str, label: str, where: str) -> str:
        """A table's label cell as the statement's heading when it numbers or names the statement;
        a bare label ("Safety goal") is named by where it sits ("Safety goal – in table 1, row 3"),
        not numbered in order, which could repeat a heading the plan gives another statement
        ("Safety goal 2 – Esi" above the table; a school DSL's plan, round 33)."""
        standard = _standard_label(" ".join(label.split()), kind_of_heading(label))
        if standard == " ".join(label.split()) and own_heading(label, written):
            return written
        return f"{standard.capitalize()} – in table {self.tables}, {where}"


def own_heading(label: str, written: str) -> str:
    """The heading as the plan writes it, when it adds a number or a name to the bare label
    ("Wellbeing goal 2 – school", "Worry statement 3"), and the draft's heading reader will read it
    back as the same heading; "" otherwise (the statement is then numbered in order)."""
    from ..sections import _HEADING_TAIL

    heading = " ".join(written.split()).rstrip(" :-–—")
    match = _LABEL.match(heading)
    if not heading or "\n" in written.strip() or not match:
        return ""
    rest = match.group("rest")
    if not rest.strip() or not _HEADING_TAIL.match(rest):
        return ""
    return heading


def _words(text: str) -> str:
    return " ".join(text.split()).casefold()


def statement_text(statement: WordStatement) -> str:
    return "\n".join(run_text(s.paragraph)[s.para_offset:] for s in statement.segments)


def _cell_label(text: str):
    """A table cell that labels a row or column: a statement label, a section question, or a bare
    kind word ("Worry", "Goals")."""
    found = _label(text)
    if found:
        return found
    match = _CELL_KIND.match(text)
    if match:
        word = match.group("label").lower()
        return match.group("label"), "goal" if word.startswith("goal") else "worry", None
    return None


def _unique_cells(row) -> list:
    seen, cells = set(), []
    for cell in row.cells:  # a merged cell appears once per grid column it spans
        if cell._tc not in seen:
            seen.add(cell._tc)
            cells.append(cell)
    return cells


def _cell_text(cell) -> str:
    return "\n".join(run_text(p) for p in cell.paragraphs).strip()


def _check_head(size: int, head: bytes, suffix: str, is_zip: bool) -> None:
    if size > MAX_DOCX_BYTES:
        raise WordError(f"{size / 1_000_000:.1f} MB is over the {MAX_DOCX_BYTES // 1_000_000} MB limit for Word documents")
    if head == _OLE_MAGIC:
        if suffix == ".doc":
            raise WordError("is an old Word .doc file; open it in Word and save it as .docx")
        raise WordError("is password-protected or encrypted; save a copy without a password and check that")
    if not is_zip:
        if suffix == ".doc":
            raise WordError("is not a Word document sos-lint can read; save it as .docx")
        raise WordError("is not a Word document, although its name ends in .docx")


def read_word(path: str | Path) -> WordDraft:
    """Read a .docx plan. Raises WordError with a plain one-line reason when it cannot."""
    from docx import Document

    path = Path(path)
    with open(path, "rb") as handle:
        head = handle.read(8)
    _check_head(path.stat().st_size, head, path.suffix.lower(), zipfile.is_zipfile(path))
    return _read_document(lambda: Document(str(path)))


def read_word_bytes(raw: bytes, suffix: str = ".docx") -> WordDraft:
    """Read a .docx plan held in memory (an upload to the web page: never written to disk)."""
    import io

    from docx import Document

    _check_head(len(raw), raw[:8], suffix, zipfile.is_zipfile(io.BytesIO(raw)))
    return _read_document(lambda: Document(io.BytesIO(raw)))


def _read_document(load) -> WordDraft:
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = load()
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile, OSError):
        raise WordError("is damaged or is not a Word document; open it in Word and save it again") from None
    except Exception as error:  # lxml.etree.XMLSyntaxError and friends: a damaged part inside the zip
        if type(error).__module__.startswith(("lxml", "docx")):
            raise WordError("is damaged or is not a Word document; open it in Word and save it again") from None
        raise
    builder = _Builder()
    pending: list = []
    for item in document.iter_inner_content():
        if hasattr(item, "runs"):
            pending.append(item)
            continue
        builder.scan(pending, "body")
        pending = []
        builder.table(item)
    builder.scan(pending, "body")
    text = "".join(builder.parts)
    statements = [s for s in builder.statements if s.segments]
    if len(text) > MAX_TEXT_CHARS:
        raise WordError(f"its statements hold {len(text):,} characters, over the {MAX_TEXT_CHARS:,} limit")
    if not statements:
        raise WordError(f"no worry statements or goals found; looked for headings, bold lines or table labels "
                        f"such as {LOOKED_FOR}")
    return WordDraft(text + "\n", statements, document, builder.repeated, tracked_changes(document))
