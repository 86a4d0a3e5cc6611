"""The HTML renderer: self-contained, escaped, highlights flagged words, bars per dimension, comparison parts."""
from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from sos_lint.api import engine
from sos_lint.compare import compare
from sos_lint.findings import DIMENSION_LABELS, Finding
from sos_lint.render import render
from sos_lint.render.html import render_comparison, score_bar
from sos_lint.report import Report

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


class _Page(HTMLParser):
    """Collects what the checks below need: tags, attributes, ids and the links' targets."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str, str]] = []
        self.ids: set[str] = set()
        self.text: list[str] = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        for name, value in attrs:
            self.attrs.append((tag, name, value or ""))
            if name == "id":
                self.ids.add(value)

    def handle_data(self, data):
        self.text.append(data)


def _drafts(*names: str) -> list:
    found = []
    for name in names:
        found += [(Path(name).stem, r) for r in
                  engine().check_document((EXAMPLES / name).read_text(encoding="utf-8"), None, name)]
    return found


@pytest.fixture(scope="module")
def check_page() -> str:
    reports = [r for _, r in _drafts("poor_worry.txt", "group_draft_sam.txt")]
    return render("html", reports, ["missing.txt: no such file"])


@pytest.fixture(scope="module")
def compare_page() -> str:
    return render_comparison(compare(_drafts("group_draft_priya.txt", "group_draft_sam.txt"),
                                     errors=["missing.txt: no such file"]))


def _assert_self_contained(html: str) -> None:
    page = _Page(html)
    assert "script" not in page.tags and "link" not in page.tags and "img" not in page.tags
    assert "iframe" not in page.tags and "object" not in page.tags
    for tag, name, value in page.attrs:
        assert name not in ("src", "srcset", "action", "style") or tag == "style", (tag, name)
        if name == "href":
            assert value.startswith("#") and value[1:] in page.ids, value
        assert not name.startswith("on"), name
    assert "url(" not in html and "@import" not in html and "@font-face" not in html
    assert not re.search(r"(?:https?:)?//", html)


def test_check_page_is_self_contained(check_page):
    assert check_page.startswith("<!DOCTYPE html>")
    _assert_self_contained(check_page)


def test_compare_page_is_self_contained(compare_page):
    _assert_self_contained(compare_page)


def test_flagged_words_are_marked_with_a_hover_note_and_an_explanation_below(check_page):
    marks = re.findall(r'<mark class="(\w+)" title="([^"]+)">([^<]+)</mark>', check_page)
    assert any(words == "presenting as" and "SOS101" in title for _, title, words in marks)
    assert {severity for severity, _, _ in marks} <= {"error", "warning", "hint"}
    assert "What to look at" in check_page and 'class="findings"' in check_page
    for number in re.findall(r'href="#(s1-f\d+)"', check_page):
        assert f'id="{number}"' in check_page


def test_every_dimension_has_a_bar(check_page):
    # Round 39 (review39a A#12): the table's bars are for the eye (aria-hidden, their label kept as
    # data-label); the number in the "Score out of 10" column beside each is what is read.
    for label in DIMENSION_LABELS.values():
        assert f'aria-hidden="true" data-label="{label}: ' in check_page
    assert "<th>Score out of 10</th>" in check_page
    statements = check_page.count('<section class="report"')
    assert statements == 3
    assert check_page.count("<svg") == statements * (len(DIMENSION_LABELS) + 1)  # one more for the overall


def test_bar_length_follows_the_score():
    assert '<rect width="150.0"' in score_bar(5.0, "Plain words", width=300)
    assert '<rect width="0.0"' in score_bar(-1, "x") and '<rect width="300.0"' in score_bar(12, "x")


def test_errors_are_listed(check_page):
    assert "Inputs that could not be read" in check_page and "missing.txt: no such file" in check_page


def test_all_text_is_escaped():
    hostile = 'Mum said <script>alert("x")</script> & "left" <img src=x onerror=y>'
    finding = Finding("SOS101", "jargon-term", "jargon", "warning", 'Bad <b>"words"</b>', 0, 3, "<i>try</i>")
    report = Report(text=hostile, kind="worry", kind_source="given", findings=[finding],
                    scores={d: 5.0 for d in DIMENSION_LABELS}, score=5.0, rule_score=5.0,
                    source='<evil>.txt', title='Worry <u>statement</u>')
    page = render("html", [report], ["<bad>.txt: no such file"])
    assert "<script>" not in page and "<img" not in page and "<b>" not in page and "<i>" not in page
    assert "&lt;script&gt;" in page and "&lt;evil&gt;.txt" in page
    _assert_self_contained(page)


def test_compare_page_has_matrix_parts_and_combined_draft(compare_page):
    for heading in ("Ranking and scores", "Parts of the statement", "Jargon several drafts share",
                    "Suggested combined draft", "The drafts, best first"):
        assert f"<h3>{heading}</h3>" in compare_page
    assert '<td class="who">group_draft_sam</td>' in compare_page
    assert compare_page.index('<td class="who">group_draft_sam</td>') < compare_page.index(
        '<td class="who">group_draft_priya</td>')
    assert '<span class="from">from group_draft_sam</span>' in compare_page


def test_page_reads_well_projected(check_page):
    """Large type and no pale text: a projector washes out small, grey words."""
    size = int(re.search(r"body\{[^}]*font:(\d+)px", check_page).group(1))
    assert size >= 20
    assert "#111" in check_page and "lang=\"en-GB\"" in check_page
