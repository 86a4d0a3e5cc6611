"""Text as a web form or Word sends it, made plain before it is checked, with a map back.

Round 33 (review33d D#1): a rich-text box sends `<p>`, `<b>`, `<ul><li>`, `&nbsp;`; pasted text
carries zero-width spaces, soft hyphens, emoji and decomposed accents ("Zoe" + U+0308). Each of
these broke the parse of a good statement and gave error-level advice. `clean` returns the plain
text the rules read and, for every character of it, the range of the ORIGINAL text it came from,
so every span reported is turned back into offsets into the text as the caller sent it.

Offsets everywhere in sos_lint are Unicode code points (Python `str` indices), not UTF-16 units
(JavaScript) or UTF-8 bytes.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from html.entities import html5

# Tags a rich-text editor, Word's HTML or an email client writes. Text holding none of them is not
# HTML, and its angle brackets ("<3", "a < b") are left alone.
_KNOWN_TAG = re.compile(
    r"</?(?:p|br|b|strong|i|em|u|s|ul|ol|li|div|span|h[1-6]|table|thead|tbody|tr|td|th|font|a|sup|sub|"
    r"blockquote|hr|strike|mark|small|big|o:p|script|style|section|article|header|footer|pre|code|"
    r"dl|dt|dd|caption|label|center|ins|del|abbr|cite|q|body|html|head|title|meta|img)\b[^<>]*>",
    re.IGNORECASE)
_TAG = re.compile(r"<!--.*?-->|<(/?)([A-Za-z][\w:-]*)\b[^<>]*?(/?)>", re.DOTALL)
_HIDDEN_ELEMENT = re.compile(r"<(script|style|head|title)\b[^<>]*>.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_BLOCK = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table", "tr", "blockquote", "hr", "section",
          "article", "header", "footer", "pre", "dl", "dd", "dt", "caption", "center", "body", "html"}
_ENTITY = re.compile(r"&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));")

# Characters that take no space on the page: zero-width space/joiners, word joiner, soft hyphen
# (Word's optional hyphen), byte-order mark, direction marks and embeddings.
_INVISIBLE = frozenset("\u00ad\u180e\u200b\u200c\u200d\u200e\u200f\u2060\u2061\u2062\u2063\u2064\ufeff"
                       "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
# Spaces that are not the plain space: thin, figure, ideographic ... (a no-break space is left as it
# is: the parse reads it as a space already, and the messages then quote the words as they were sent)
_SPACES = frozenset("\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000")
_TERMINAL = ".!?:;"


def _is_emoji(ch: str) -> bool:
    o = ord(ch)
    return (0x1F000 <= o <= 0x1FAFF or 0x2600 <= o <= 0x27BF or 0x2B00 <= o <= 0x2BFF or o in (0xFE0E, 0xFE0F, 0x20E3)
            or 0xE0020 <= o <= 0xE007F or 0x1F900 <= o <= 0x1F9FF)


class BrokenText(ValueError):
    """Text that cannot be read as characters at all (a lone surrogate: half an emoji cut off)."""


LONE_SURROGATE = ("holds a broken character (half of an emoji or symbol, often left when a text box cuts "
                  "the text short); delete it or paste the text again")
_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass(frozen=True)
class Cleaned:
    """`text` is what the rules read; character i of it came from original[starts[i]:ends[i]]."""

    original: str
    text: str
    starts: tuple
    ends: tuple

    @property
    def identity(self) -> bool:
        return self.text == self.original

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original range of the cleaned range [start, end)."""
        if self.text == self.original:
            return start, end
        n = len(self.text)
        start, end = max(0, min(start, n)), max(0, min(end, n))
        if end <= start:
            at = self.starts[start] if start < n else len(self.original)
            return at, at
        return self.starts[start], self.ends[end - 1]

    def position(self, index: int) -> int:
        """Where cleaned offset `index` (a boundary) falls in the original."""
        if self.text == self.original:
            return index
        return self.starts[index] if index < len(self.text) else len(self.original)


def has_broken_character(text: str) -> bool:
    return _SURROGATE.search(text) is not None


def clean(text: str) -> Cleaned:
    """Plain text for the rules, and its map back. Raises BrokenText for a lone surrogate.
    Text that needs nothing done is returned as it is (`identity`), so offsets are untouched."""
    if _SURROGATE.search(text):
        raise BrokenText(LONE_SURROGATE)
    if _RTF_START.search(text):
        return _through_rtf(text)
    if not _needs_cleaning(text):
        return Cleaned(text, text, (), ())
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []

    def put(piece: str, start: int, end: int) -> None:
        for ch in piece:
            out.append(ch)
            starts.append(start)
            ends.append(end)

    html = _KNOWN_TAG.search(text) is not None
    hidden = dict(m.span() for m in _HIDDEN_ELEMENT.finditer(text)) if html else {}
    tags = {m.start(): m for m in _TAG.finditer(text)} if html else {}
    i, n = 0, len(text)
    while i < n:
        if i in hidden:
            end = hidden[i]
            put("\n\n", i, end)
            i = end
            continue
        match = tags.get(i)
        if match is not None:
            _tag(match, out, put)
            i = match.end()
            continue
        ch = text[i]
        if ch == "&":
            entity = _ENTITY.match(text, i)
            decoded = _entity(entity) if entity else None
            if decoded is not None:
                for piece in _plain(decoded):
                    put(piece, i, entity.end())
                i = entity.end()
                continue
        if unicodedata.combining(ch) == 0 and i + 1 < n and unicodedata.combining(text[i + 1]):
            j = i + 1
            while j < n and unicodedata.combining(text[j]):
                j += 1
            put(unicodedata.normalize("NFC", text[i:j]), i, j)
            i = j
            continue
        if _is_emoji(ch):
            j = i
            while j < n and (_is_emoji(text[j]) or text[j] in "\u200d" or 0x1F3FB <= ord(text[j]) <= 0x1F3FF):
                j += 1
            # "worried 😟 that" -> "worried that": the space after the emoji goes with it
            if j < n and text[j] == " " and (not out or out[-1] in " \n"):
                j += 1
            i = j
            continue
        put(_plain(ch), i, i + 1)
        i += 1
    return Cleaned(text, "".join(out), tuple(starts), tuple(ends))


# Round 36 (review35i I#10): a field pasted from WordPad, Outlook or an old case system's rich-text box
# arrives as RTF source ("{\rtf1\ansi\deff0 {\fonttbl {\f0 Times;}}\f0\fs24 Concerns regarding ...}"), and its
# statement-level spans started at "{\rtf1". Only text that opens an RTF document is read as RTF, so a
# backslash anywhere else ("Mum\Dad") is left as it is.
_RTF_START = re.compile(r"\{\s*\\rtf\d?(?![A-Za-z])")
_RTF_CONTROL = re.compile(r"\\(?:([A-Za-z]{1,32})(-?\d{1,10})? ?|'([0-9A-Fa-f]{2})|([^A-Za-z]))", re.DOTALL)
# Groups whose words are never the document's text: the font, colour and style tables, metadata,
# pictures, a field's instruction, and every "{\* ...}" group (ignorable by RTF's own rule).
_RTF_HIDDEN = frozenset({"fonttbl", "colortbl", "stylesheet", "info", "pict", "header", "footer", "headerl",
                         "headerr", "headerf", "footerl", "footerr", "footerf", "listtable", "listoverridetable",
                         "rsidtbl", "generator", "themedata", "colorschememapping", "latentstyles", "datastore",
                         "xmlnstbl", "filetbl", "revtbl", "pgdsctbl", "fldinst", "object", "footnote", "annotation",
                         "atnid", "atnauthor", "listtext", "pntext", "bkmkstart", "bkmkend", "nonshppict"})
_RTF_WORDS = {"par": "\n", "line": "\n", "sect": "\n", "page": "\n", "row": "\n", "cell": " ", "tab": "\t",
              "emdash": "\u2014", "endash": "\u2013", "lquote": "\u2018", "rquote": "\u2019",
              "ldblquote": "\u201c", "rdblquote": "\u201d", "bullet": "\u2022", "emspace": " ", "enspace": " ",
              "qmspace": " "}
_RTF_SYMBOLS = {"\\": "\\", "{": "{", "}": "}", "~": "\u00a0", "_": "-", "-": "", "\n": "\n", "\r": "\n"}


def _rtf_text(text: str) -> tuple[str, list[int], list[int]]:
    """The words of RTF source, and for each character the range of `text` it came from."""
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    depth, hidden_from, skip = 0, None, 0  # hidden_from: the depth whose group is not text
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        end = i + 1
        if ch == "{":
            depth, skip = depth + 1, 0
            if hidden_from is None and text.startswith("\\*", end):
                hidden_from = depth
            i = end
            continue
        if ch == "}":
            skip = 0
            if hidden_from == depth:
                hidden_from = None
            depth = max(depth - 1, 0)
            i = end
            continue
        if ch in "\r\n":  # line ends in RTF source are not text
            i = end
            continue
        at, piece, word = i, ch, None
        if ch == "\\":
            match = _RTF_CONTROL.match(text, i)
            end = match.end() if match else end
            word, number, hexa, symbol = match.groups() if match else (None, None, None, "")
            if word == "u" and number is not None:
                piece = chr(int(number) % 65536)
                piece = "" if _SURROGATE.match(piece) else piece
            elif word is not None:
                if word in _RTF_HIDDEN and hidden_from is None:
                    hidden_from = depth
                piece = _RTF_WORDS.get(word, "")
            elif hexa is not None:
                piece = bytes([int(hexa, 16)]).decode("cp1252", errors="replace").replace("\ufffd", "")
            else:
                piece = _RTF_SYMBOLS.get(symbol, "")
        i = end
        if hidden_from is not None:
            continue
        if skip:  # the stand-in after a \u character (one token, as \uc1 says) is not read
            skip -= 1
            continue
        if ch == "\\" and word == "u":
            skip = 1
        for c in piece:
            out.append(c)
            starts.append(at)
            ends.append(end)
    return "".join(out), starts, ends


def _through_rtf(text: str) -> Cleaned:
    """RTF read as its words, then cleaned as any text, with one map back to the RTF source."""
    plain, starts, ends = _rtf_text(text)
    if _SURROGATE.search(plain):
        raise BrokenText(LONE_SURROGATE)
    inner = clean(plain) if not _RTF_START.search(plain) else Cleaned(plain, plain, (), ())
    n = len(plain)
    if inner.identity:
        return Cleaned(text, plain, tuple(starts), tuple(ends))
    out_starts, out_ends = [], []
    for a, b in zip(inner.starts, inner.ends):
        if b > a:
            out_starts.append(starts[a])
            out_ends.append(ends[b - 1])
        else:  # a character the cleaning put in (a full stop after a list item)
            at = starts[a] if a < n else len(text)
            out_starts.append(at)
            out_ends.append(at)
    return Cleaned(text, inner.text, tuple(out_starts), tuple(out_ends))


def _plain(ch: str) -> str:
    if ch in _INVISIBLE:
        return ""
    if ch in _SPACES or ch == "\t":
        return " " if ch != "\t" else "\t"
    if ch in "\x0b\x0c\u2028\u2029":
        return "\n"
    if ch < " " and ch not in "\n\r\t" or ch == "\x7f":
        return ""
    if len(ch) > 1:
        return "".join(_plain(c) for c in ch)
    return ch


def _entity(match) -> str | None:
    decimal, hexa, name = match.groups()
    if name is not None:
        return html5.get(name + ";")
    try:
        value = chr(int(decimal) if decimal is not None else int(hexa, 16))
    except (ValueError, OverflowError):
        return None
    if _SURROGATE.match(value) or value == "\x00":
        return None
    return value


def _tag(match, out: list, put) -> None:
    """What a tag becomes: nothing (inline), a line break (<br>), a paragraph break (block), and a
    list item read as a sentence of its own (a full stop where the item had none)."""
    if match.group().startswith("<!--"):
        return
    closing, name = match.group(1) == "/", match.group(2).lower()
    start, end = match.span()
    if name == "br":
        put("\n", start, end)
    elif name == "li":
        if closing:
            _end_sentence(out, put, start)
        put("\n\n", start, end)
    elif name in ("td", "th"):
        put(" ", start, end)
    elif name in _BLOCK:
        put("\n\n", start, end)


def _end_sentence(out: list, put, at: int) -> None:
    """A list item with no closing punctuation is one sentence: a full stop is read after it."""
    k = len(out) - 1
    while k >= 0 and out[k] in " \n\t":
        k -= 1
    if k >= 0 and out[k] not in _TERMINAL and out[k] not in "\"'”’)":
        put(".", at, at)


def _needs_cleaning(text: str) -> bool:
    for ch in text:
        if ch in _INVISIBLE or ch in _SPACES or ch in "\x0b\x0c\u2028\u2029&<" or _is_emoji(ch):
            return True
        if (ch < " " and ch not in "\n\r\t") or ch == "\x7f" or unicodedata.combining(ch):
            return True
    return False


def stripped_range(text: str) -> tuple[int, int]:
    """[start, end) of `text` without the whitespace around it (the whole text when that is all)."""
    body = text.strip()
    if not body:
        return 0, len(text)
    start = len(text) - len(text.lstrip())
    return start, start + len(body)


def remap_report(report, cleaned: Cleaned, start: int, end: int, lines: bool = False, whole: bool = False):
    """`report` was made from cleaned.text[start:end]: make its text the original words those came
    from, its offset where they start in the original, and every span (findings, findings given
    way or not selected, their fixes) offsets into that original text. A fix is kept only where
    the original words are exactly the words it was made for (a fix over markup or an invisible
    character is dropped: what is written to a file must be certain)."""
    from dataclasses import replace

    if cleaned.identity and start == 0 and end == len(cleaned.text) and not lines:
        return report
    # `whole`: the report is of the whole text as sent (check, check_many), so its text is all of
    # it, its offset 0, and a span's offsets index the caller's string directly.
    own = cleaned.span(start, end)  # the statement's own words in the original
    first, last = (0, len(cleaned.original)) if whole else own
    length = end - start

    def moved(s: int, e: int) -> tuple[int, int]:
        if s <= 0 and e >= length:  # about the whole statement: all of the report's text
            if whole:  # round 35 (review35i I#5): the statement's own words, as check_document gives them,
                return own[0] - first, own[1] - first  # not the markup or emoji around them ((0,147) vs (94,123))
            return 0, last - first
        a, b = cleaned.span(start + s, start + e)
        # Round 35 (I#2, h02): a point at the statement's end mapped past the markup after it (47 in a
        # 29-character text); every span stays inside the statement's own words.
        a, b = min(max(a, own[0]), own[1]), min(max(b, own[0]), own[1])
        return a - first, b - first

    def finding(f):
        s, e = moved(f.start, f.end)
        fix = f.fix
        if fix is not None:
            fs, fe = moved(fix.start, fix.end)
            same = cleaned.original[first + fs:first + fe] == cleaned.text[start + fix.start:start + fix.end]
            fix = replace(fix, start=fs, end=fe) if same else None
        return replace(f, start=s, end=e, fix=fix)

    report.text = cleaned.original[first:last]
    report.offset = first
    if lines:
        report.line = cleaned.original.count("\n", 0, first) + 1
    report.findings = [finding(f) for f in report.findings]
    report.given_way = [finding(f) for f in report.given_way]
    report.not_selected = [finding(f) for f in report.not_selected]
    return report
