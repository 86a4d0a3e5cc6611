"""The body of the HTML group comparison: ranking matrix, parts, shared jargon, combined draft, drafts."""
from __future__ import annotations

from html import escape

from ..findings import DIMENSION_LABELS, DIMENSIONS
from .common import KIND_LABELS
from .compare_common import authors_line, combined_note, redaction_line
from ..compare import CHILD_WORDS_MARK, FAMILY_LEFT_HEAD, FAMILY_WORDS_NOTE, child_words_note, same_lines
from .html_parts import errors_section, page, score_bar, statement_section


def matrix(kind) -> str:
    head = "".join(f"<th>{escape(DIMENSION_LABELS[d])}</th>" for d in DIMENSIONS)
    rows = []
    for rank, draft in enumerate(kind.ranked, 1):
        cells = "".join(f'<td class="num">{draft.report.scores[d]:.1f}<br>'
                        f"{score_bar(draft.report.scores[d], DIMENSION_LABELS[d], 100, 18)}</td>"
                        for d in DIMENSIONS)
        rows.append(f'<tr><td class="num">{rank}</td><td class="who">{escape(draft.author)}</td>'
                    f'<td class="num"><strong>{draft.report.score:.1f}</strong></td>{cells}</tr>')
    return ("<table class=\"matrix\"><tr><th>Rank</th><th>Draft</th><th>Overall</th>" + head + "</tr>"
            + "".join(rows) + "</table>")


def parts(kind) -> str:
    if not kind.components:
        return '<p class="note">No structure parts were found in these drafts.</p>'
    rows, first_with = [], {}
    for row in kind.components:
        has = ", ".join(escape(a) for a in row.authors) or '<span class="missing">no draft</span>'
        best = (f"{escape(row.best.text)} <span class=\"from\">{escape(row.best.author)}</span>"
                if row.best else "")
        if row.best and row.best.child_words:
            best += f' <strong class="child-words">({escape(CHILD_WORDS_MARK)})</strong>'
        if best and best in first_with:  # round 33: a long sentence once, then referred to
            best = f'<span class="same">The same sentence as for “{escape(first_with[best])}”.</span>'
        elif best:
            first_with[best] = row.label
        rows.append(f"<tr><td>{escape(row.label)}</td><td>{has}</td><td>{best}</td></tr>")
    return ("<table class=\"parts\"><tr><th>Part of the statement</th><th>Drafts that have it</th>"
            "<th>Best wording</th></tr>" + "".join(rows) + "</table>")


def shared(kind) -> str:
    if not kind.shared_jargon:
        return '<p class="note">No jargon appears in more than one draft.</p>'
    items = []
    for term in kind.shared_jargon:
        tip = f' <span class="try">Try: {escape(term.suggestion)}</span>' if term.suggestion else ""
        items.append(f"<li><strong>“{escape(term.words)}”</strong> in {len(term.authors)} drafts "
                     f"({escape(', '.join(term.authors))}){tip}</li>")
    return "<ul>" + "".join(items) + "</ul>"


def combined(kind) -> str:
    items = []
    for sentence in kind.combined:
        gives = f' <span class="gives">gives: {escape(", ".join(sentence.parts))}</span>' if sentence.parts else ""
        warn = (f' <strong class="child-words">({escape(CHILD_WORDS_MARK)})</strong>'
                if sentence.child_words else "")
        items.append(f"<li>{escape(sentence.text)} <span class=\"from\">from {escape(sentence.author)}</span>"
                     f"{gives}{warn}</li>")
    out = [f'<p class="note">{escape(combined_note(kind))}</p>', '<ol class="combined">' + "".join(items) + "</ol>"]
    if kind.family_left:
        out.append(f'<p class="note">{escape(FAMILY_LEFT_HEAD)}:</p><ul class="family-left">'
                   + "".join(f'<li>{escape(w.text)} <span class="from">from {escape(w.author)}</span></li>'
                             for w in kind.family_left) + "</ul>")
        out.append(f'<p class="warning family-words-note" role="note"><strong>Warning:</strong> '
                   f'{escape(FAMILY_WORDS_NOTE)}</p>')
    if child_words_note(kind):
        out.append(f'<p class="warning child-words-note" role="note"><strong>Warning:</strong> '
                   f'{escape(child_words_note(kind))}</p>')
    if kind.missing:
        out.append(f'<p class="missing">No draft has: {escape(", ".join(kind.missing))}.</p>')
    return "\n".join(out)


def comparison_body(comparison) -> list[str]:
    body = ["<h1>Group comparison</h1>", f'<p class="note">{escape(authors_line(comparison))}</p>']
    if comparison.redacted is not None:
        body.append(f'<p class="note">{escape(redaction_line(comparison.redacted))}</p>')
    for index, kind in enumerate(comparison.kinds, 1):
        label = kind.title or KIND_LABELS[kind.kind] + "s"
        body += [f'<section class="kind" id="k{index}">', f"<h2>{escape(label)}</h2>",
                 "<h3>Ranking and scores</h3>", matrix(kind),
                 "".join(f'<p class="note same-draft">{escape(line)}</p>' for line in same_lines(kind)),
                 "<h3>Parts of the statement</h3>", parts(kind),
                 "<h3>Jargon several drafts share</h3>", shared(kind),
                 "<h3>Suggested combined draft</h3>", combined(kind), "<h3>The drafts, best first</h3>"]
        body += [statement_section(d.report, f"k{index}d{n}", heading=d.author, level=4)
                 for n, d in enumerate(kind.ranked, 1)]
        body.append("</section>")
    body.append(errors_section(comparison.errors))
    return [b for b in body if b]


def render(comparison, *, color: bool = False) -> str:
    return page("sos-lint group comparison", comparison_body(comparison))
