"""The pieces both HTML pages are built from: the page, score bars, a statement's section, the errors."""
from __future__ import annotations

from html import escape

from ..findings import DIMENSION_LABELS, DIMENSIONS
from .common import KIND_LABELS, SEVERITY_WORDS, summary_line, unbracketed

# Dark text on white and strong colours: a projector washes out pale greys and thin type.
CSS = """
*{box-sizing:border-box}
body{margin:0;background:#fff;color:#111;font:22px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif}
main{max-width:1180px;margin:0 auto;padding:24px 32px 64px}
h1{font-size:2.1em;margin:.2em 0 .3em}
h2{font-size:1.55em;margin:1.6em 0 .4em;border-bottom:4px solid #111;padding-bottom:.1em}
h3{font-size:1.25em;margin:1.2em 0 .4em}
h4{font-size:1.15em;margin:1.2em 0 .3em;border-bottom:2px solid #111}
h5{font-size:1em;margin:1em 0 .3em}
.where{font-size:.6em;font-weight:400;color:#333;margin-left:.6em}
.score{font-size:1.1em;font-weight:700}
.statement{font-size:1.1em;background:#f4f4f4;border-left:8px solid #111;margin:.6em 0;padding:.6em 1em;
 white-space:pre-wrap}
mark{background:#ffd43b;color:#000;padding:0 .1em;border-bottom:3px dashed #000}
mark.error{background:#ffa8a8;border-bottom:5px solid #000}
mark.hint{background:#c5f6fa;border-bottom:2px dotted #000}
.place{color:#333;margin:-.2em 0 .4em}
.sev{font-weight:700}
sup a{color:#000;font-weight:700;text-decoration:none;font-size:.75em}
table{border-collapse:collapse;margin:.4em 0 1em;width:100%}
th,td{border:2px solid #444;padding:.3em .5em;text-align:left;vertical-align:top}
th{background:#111;color:#fff}
td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.findings li{margin:.3em 0}
.code{font-family:ui-monospace,Consolas,monospace;font-size:.85em;background:#eee;padding:0 .25em}
.try{color:#0b5d1e;font-weight:600}
.missing{color:#a00;font-weight:700}
.child-words{color:#a00}
.child-words-note{border-left:4px solid #a00;background:#fff4f4;padding:.4em .7em}
.from{display:inline-block;background:#111;color:#fff;font-size:.75em;padding:0 .4em;margin-left:.4em;border-radius:4px}
.gives{color:#333;font-size:.85em}
.matrix td.who{font-weight:700;white-space:nowrap}
.combined li{margin:.4em 0}
.errors{color:#a00}
.note{color:#333}
"""
_BAR_COLOURS = ((8.0, "#1b6e2a"), (5.0, "#a35200"), (0.0, "#b00020"))
_SEVERITY_ORDER = ("error", "warning", "hint")


def page(title: str, body: list[str]) -> str:
    return ("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            f"<title>{escape(title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n<main>\n"
            + "\n".join(body) + "\n</main>\n</body>\n</html>\n")


def score_bar(score: float, label: str, width: int = 300, height: int = 30, *, spoken: bool = True) -> str:
    """A 0-10 bar as inline SVG, with a tick at every point so the eye can count. Not `spoken`, it
    is hidden from screen readers: beside a cell that says the number, it would say it twice."""
    score = max(0.0, min(10.0, score))
    colour = next(c for floor, c in _BAR_COLOURS if score >= floor)
    filled = score / 10 * width
    ticks = "".join(f'<line x1="{width * i / 10:.0f}" y1="0" x2="{width * i / 10:.0f}" y2="{height}" '
                    f'stroke="#fff" stroke-width="2"/>' for i in range(1, 10))
    said = (f'role="img" aria-label="{escape(label)}: {score:.1f} out of 10"' if spoken
            else f'aria-hidden="true" data-label="{escape(label)}: {score:.1f} out of 10"')
    return (f'<svg class="bar" width="{width}" height="{height}" viewBox="0 0 {width} {height}" {said}>'
            f'<rect width="{width}" height="{height}" fill="#d0d0d0"/>'
            f'<rect width="{filled:.1f}" height="{height}" fill="{colour}"/>{ticks}'
            f'<rect width="{width}" height="{height}" fill="none" stroke="#111" stroke-width="2"/></svg>')


def score_table(scores: dict[str, float], overall: float) -> str:
    """Round 39 (review39a A#12): each score was read twice, by the bar's label and by the number
    beside it; the bar is now for the eye only and the number's column says "out of 10"."""
    rows = [f"<tr><td>{escape(DIMENSION_LABELS[d])}</td><td>{score_bar(scores[d], DIMENSION_LABELS[d], spoken=False)}</td>"
            f"<td class=\"num\">{scores[d]:.1f}</td></tr>" for d in DIMENSIONS if d in scores]
    rows.append(f"<tr><th>Overall</th><th>{score_bar(overall, 'Overall', spoken=False)}</th>"
                f"<th class=\"num\">{overall:.1f}</th></tr>")
    return ("<table class=\"scores\"><tr><th>Dimension</th><th>Bar</th><th>Score out of 10</th></tr>"
            + "".join(rows) + "</table>")


def highlighted(report, anchor: str) -> str:
    """The statement with each flagged span in a <mark> (message on hover) linked to its note below.
    Findings about the whole statement are only listed below; a span overlapping an earlier mark
    adds its number to that mark."""
    findings = dict(_numbered(report))
    marks: list[tuple[int, int, list[int]]] = []
    for number, f in findings.items():
        if not f.start < f.end or f.end - f.start >= len(report.text.strip()):
            continue
        if marks and f.start < marks[-1][1]:
            marks[-1][2].append(number)
        else:
            marks.append((f.start, f.end, [number]))
    html, cursor = [], 0
    for start, end, numbers in marks:
        worst = min((findings[n] for n in numbers), key=lambda f: _SEVERITY_ORDER.index(f.severity))
        title = " | ".join(f"{findings[n].code} {findings[n].name}: {findings[n].message}" for n in numbers)
        # Round 39 (review39a A#12): a link named only "3" means nothing in a screen reader's list
        # of links; each says which finding it opens and how much it matters.
        links = ",".join(f'<a href="#{anchor}-f{n}" aria-label="Finding {n}: {SEVERITY_WORDS[findings[n].severity].lower()}">{n}</a>'
                         for n in numbers)
        html += [escape(report.text[cursor:start]),
                 f'<mark class="{worst.severity}" title="{escape(title)}">{escape(report.text[start:end])}</mark>'
                 f"<sup>{links}</sup>"]
        cursor = end
    html.append(escape(report.text[cursor:]))
    return f'<div class="statement">{"".join(html)}</div>'


def findings_list(report, anchor: str, level: int = 3) -> str:
    """Round 39 (review39a A#2, A#12): under a heading per severity ("Must change", "Should change",
    "Worth a look"), errors first; each item starts with its severity in words and its words, with
    the rule's code after the advice (spoken first, "SOS101 jargon-term" was noise). Each keeps
    the number its mark's link points to."""
    groups: dict[str, list[str]] = {}
    for number, f in _numbered(report):
        words = report.text[f.start:f.end]
        quoted = f"<strong>“{escape(words)}”</strong> " if words and len(words) < 80 else ""
        tip = (f' <span class="try">Try: {escape(unbracketed(f.suggestion))}</span>'
               if f.suggestion and f.suggestion not in f.message else "")
        said = SEVERITY_WORDS.get(f.severity, f.severity)
        groups.setdefault(f.severity, []).append(
            f'<li id="{anchor}-f{number}" value="{number}"><span class="sev">{escape(said)}:</span> {quoted}'
            f'{escape(f.message)}{tip} <span class="code">{escape(f.code)} {escape(f.name)}</span></li>')
    if not groups:
        return "<p class=\"note\">Nothing to change was found.</p>"
    sub = min(level + 1, 6)
    body = [f"<h{level}>What to look at</h{level}>"]
    for severity in sorted(groups, key=lambda s: _SEVERITY_ORDER.index(s) if s in _SEVERITY_ORDER else 9):
        items = groups[severity]
        body.append(f'<h{sub} class="sev-{escape(severity)}">{escape(SEVERITY_WORDS.get(severity, severity))} '
                    f'({len(items)})</h{sub}><ol class="findings">' + "".join(items) + "</ol>")
    return "".join(body)


def parts_table(report) -> str:
    if not report.components:
        return ""
    missing = '<span class="missing">missing</span>'
    rows = "".join(f"<tr><td>{escape(c.label)}</td><td>{'yes' if c.present else missing}</td>"
                   f"<td>{escape(c.evidence) if c.present else ''}</td></tr>" for c in report.components)
    return ("<table class=\"parts\"><tr><th>Part of the statement</th><th>Has it</th><th>Words found</th></tr>"
            + rows + "</table>")


def statement_section(report, anchor: str, heading: str | None = None, level: int = 2) -> str:
    title = heading or report.title or KIND_LABELS[report.kind]
    from .common import from_word, word_place

    where = f"From {report.source}, line {report.line}" if report.source else ""
    if from_word(report):  # a Word plan has no line numbers: the heading above (or the table row) says where
        where = f"From {word_place(report)}"
    # Round 39 (review39a A#12): the file's path is said after the heading, not in it: a screen
    # reader's list of headings read "drafts slash w1 underscore poor …" for every statement.
    body = [f'<section class="report" id="{anchor}">', f'<h{level}>{escape(title)}</h{level}>',
            f'<p class="place">{escape(where)}</p>' if where else "",
            f'<p class="score">Score: {report.score:.1f} out of 10 '
            f'<span class="where">({escape(KIND_LABELS[report.kind].lower())})</span></p>',
            highlighted(report, anchor), score_table(report.scores, report.score), parts_table(report)]
    body += [f"<p>Strength: {escape(s)}</p>" for s in report.strengths]
    from .common import report_notes

    body += [f'<p class="note">{escape(note)}</p>' for note in report_notes(report)]
    body += [findings_list(report, anchor, min(level + 1, 6)), "</section>"]
    return "\n".join(part for part in body if part)


def errors_section(errors: list[str]) -> str:
    if not errors:
        return ""
    items = "".join(f"<li>{escape(e)}</li>" for e in errors)
    return f'<section class="errors"><h2>Inputs that could not be read</h2><ul>{items}</ul></section>'


def _numbered(report) -> list[tuple[int, object]]:
    return [(i + 1, f) for i, f in enumerate(sorted(report.findings, key=lambda f: (f.start, f.end, f.code)))]
