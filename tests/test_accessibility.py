"""Round 39 (r39g): the page, the HTML report and the text report for a screen-reader and keyboard
user (review39a, "A#n": a family support practitioner who drove the page with NVDA and the keyboard).

- A#1 the rewrite's answer boxes are shown when the panel opens, labelled, after the tick controls in
  the tab order, and said in the status; an answer ticks its change.
- A#2 severity is said in words ("Must change", "Should change", "Worth a look"), the same words in
  the page, the HTML report and the plain text report, errors first.
- A#3 a control that turns itself off (Undo) leaves the focus in the draft, not on the page's body.
- A#4 `--format plain` (or SOS_LINT_FORMAT=plain): no bars, arrows or «» marks, places as "Line 2",
  codes at the end; in colour, the flagged words carry a text mark as well as the colour.
- A#5 the builder's preview is not a live region.
- A#8 every "Show" button has a name of its own; a mark on words two findings share carries both.
- A#9 "change “X” to “Y”", not arrows; counts in words, not "(s)".
- A#11, A#12 the status is written once; no aria-describedby onto a live region; no "Worry statement
  (Worry statement)"; the HTML report's heading holds no path, its links are named, its bars are not
  read beside their number.

Every statement here is written for these tests (made-up families). The browser tests use Debian's
chromium through Selenium, as tests/test_web_browser.py does, and skip cleanly without it."""
from __future__ import annotations

import os
import re
import time

import pytest
from typer.testing import CliRunner

from sos_lint.api import engine
from sos_lint.cli import app as cli
from sos_lint.render import render

# Poor: vague words, labels, a role word, two checks on "regarding", two on "not engaging (with)".
POOR = ("Concerns regarding Ezra's presentation. Father is not engaging with services and presents as hostile. "
        "Ezra (9) is at risk of significant harm.")
# Poor, with an acronym the safe fixes hold back for the writer's judgement.
HELD = "The TAF meeting noted that Dad was observed to be intoxicated in respect of the school run."
GOOD = ("Mrs Okafor, the school nurse, is worried that Dad drove Kai (6) home from school after drinking four cans "
        "of lager on 2 May. Kai said he was scared in the car. If nothing changes, Kai could be hurt in a crash.")


@pytest.fixture(scope="module")
def checked_reports():
    return {name: engine().check_document(text, None, f"{name}.txt")
            for name, text in (("poor", POOR), ("held", HELD), ("good", GOOD))}


# -- A#4: the plain text report ----------------------------------------------------------------------

def test_plain_report_has_no_bars_arrows_marks_or_leading_codes(checked_reports):
    out = render("plain", checked_reports["poor"] + checked_reports["held"], [])
    assert not re.search("[█░→«»\x1b]", out)
    assert not re.search(r"^\s*\d+:\d+", out, re.M)  # no "2:11" to open a line
    assert not re.search(r"^\s*SOS\d{3}", out, re.M)  # no code to open a line
    assert "Plain words: " in out and " out of 10." in out
    lines = [line for line in out.splitlines() if line.startswith("Line ")]
    assert lines and all(re.search(r"\(SOS\d{3}\)$", line) for line in lines)  # the code, at the end
    assert "Must change: " in out and "Should change: " in out and "Worth a look: " in out
    assert out.index("Must change: ") < out.index("Should change: ") < out.index("Worth a look: ")


def test_plain_report_quotes_the_words_once_and_unbrackets_a_whole_question(checked_reports):
    out = render("plain", checked_reports["poor"], [])
    # the message quotes its own words: they are not said twice
    assert '"presentation" is professional jargon' in out and '“presentation”. "presentation"' not in out
    # a message that does not quote them is preceded by them
    assert re.search(r"Line \d+: “regarding”\. \d+% of the words are long", out)
    # "Try: [what Dad did, and what it meant for Ezra]" is said without the brackets
    assert "Try: what Dad did, and what it meant for Ezra." in out


def test_plain_report_of_a_good_statement_has_no_must_change(checked_reports):
    # Near miss: a statement with nothing to change says so in the summary, with no severity heading.
    out = render("plain", checked_reports["good"], [])
    assert "Must change" not in out and "Should change" not in out
    assert "Score: " in out and re.search(r"\d+ findings?\.$", out.rstrip())


def test_colour_text_marks_flagged_words_in_text_as_well_as_colour(checked_reports):
    coloured = render("text", checked_reports["poor"], [], color=True)
    assert "\x1b[" in coloured
    assert re.search(r"«\x1b\[[0-9;]*m?[^«»]*regarding|«regarding»|regarding[^«»]*»", coloured)
    bare = re.sub(r"\x1b\[[0-9;]*m", "", coloured)
    assert "«regarding»" in bare and "«presentation»" in bare


def test_plain_and_json_from_the_command_line(tmp_path, monkeypatch):
    draft = tmp_path / "ezra.txt"
    draft.write_text(POOR + "\n", encoding="utf-8")
    runner = CliRunner()
    plain = runner.invoke(cli, ["check", str(draft), "--format", "plain"])
    assert plain.exit_code == 1 and "Must change: " in plain.stdout and "█" not in plain.stdout
    monkeypatch.setenv("SOS_LINT_FORMAT", "plain")
    by_env = runner.invoke(cli, ["check", str(draft)])
    assert by_env.stdout == plain.stdout
    # Near misses: --format on the command line wins; JSON is what it was; --diff ignores the setting.
    as_text = runner.invoke(cli, ["check", str(draft), "--format", "text"])
    assert "█" in as_text.stdout and "Must change: " not in as_text.stdout
    as_json = runner.invoke(cli, ["check", str(draft), "--format", "json"])
    assert '"severity": "warning"' in as_json.stdout and "Must change" not in as_json.stdout
    diff = runner.invoke(cli, ["check", str(draft), "--diff"])
    assert diff.exit_code in (0, 1) and "cannot be used with --format" not in (diff.stderr or "")
    monkeypatch.setenv("SOS_LINT_FORMAT", "no-such-format")
    assert "█" in runner.invoke(cli, ["check", str(draft)]).stdout  # an unknown value is ignored


def test_help_names_the_plain_format():
    helped = CliRunner().invoke(cli, ["check", "--help"], env={"COLUMNS": "200"})
    assert "plain" in helped.stdout and "screen reader" in " ".join(helped.stdout.split())
    assert "SOS_LINT_FORMAT" in helped.stdout


def test_rewrite_counts_in_words(tmp_path):
    draft = tmp_path / "kai.txt"
    draft.write_text(HELD + "\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["rewrite", str(draft)])
    assert result.exit_code == 0
    assert "(s)" not in result.stderr and re.search(r"sos-lint: \d+ changes?\b", result.stderr)


# -- A#2, A#12: the HTML report ----------------------------------------------------------------------

def test_html_report_says_severity_in_words_and_keeps_the_path_out_of_the_heading(checked_reports):
    page = render("html", checked_reports["poor"], [])
    headings = re.findall(r"<h2>(.*?)</h2>", page)
    assert headings and not any(".txt" in h for h in headings)
    assert '<p class="place">From poor.txt, line 1</p>' in page
    levels = re.findall(r'<h4 class="sev-(\w+)">', page)
    assert levels == sorted(levels, key=["error", "warning", "hint"].index) and levels[0] == "error"
    items = re.findall(r'<li id="s1-f\d+" value="\d+">(.*?)</li>', page)
    assert items and all(re.match(r'<span class="sev">(Must change|Should change|Worth a look):</span>', i) for i in items)
    assert "(warning)" not in page and "(error)" not in page


def test_html_report_links_are_named_and_bars_are_not_read_twice(checked_reports):
    page = render("html", checked_reports["poor"], [])
    links = re.findall(r'<a href="#s1-f(\d+)"([^>]*)>(\d+)</a>', page)
    assert links and all(re.fullmatch(rf' aria-label="Finding {n}: (must change|should change|worth a look)"', attrs)
                         for n, attrs, _ in links)
    table = page[page.index('<table class="scores">'):]
    table = table[:table.index("</table>")]
    assert 'role="img"' not in table and table.count('aria-hidden="true"') == 6
    assert "<th>Score out of 10</th>" in table and "<th>Score</th>" not in table
    # Near miss: a bar shown on its own (the comparison's) is still read out.
    from sos_lint.render.html_parts import score_bar
    assert 'role="img" aria-label="Plain words: 4.0 out of 10"' in score_bar(4.0, "Plain words")


def test_html_report_says_a_whole_bracketed_suggestion_without_brackets(checked_reports):
    page = render("html", checked_reports["poor"], [])
    assert "Try: what Dad did, and what it meant for Ezra</span>" in page
    assert not re.search(r"Try: \[[^\[\]<]*\]</span>", page)
    # Near miss: brackets with words around them stay (the writer fills them in)
    assert "Try: If nothing changes, Ezra could [what could happen].</span>" in page


def test_html_marks_show_severity_by_more_than_colour(checked_reports):
    page = render("html", checked_reports["poor"], [])
    css = page[page.index("<style>"):page.index("</style>")]
    styles = {s: re.search(rf"mark\.{s}\{{[^}}]*border-bottom:([^;}}]+)", css) for s in ("error", "hint")}
    assert all(styles.values()) and styles["error"].group(1) != styles["hint"].group(1)
    assert "dashed" in re.search(r"mark\{[^}]*\}", css).group(0)


# -- the page, in a real browser ---------------------------------------------------------------------

browser_only = [
    pytest.mark.slow,
    pytest.mark.skipif(not (os.path.exists("/usr/bin/chromium") and os.path.exists("/usr/bin/chromedriver")),
                       reason="needs Debian's chromium and chromium-driver (apt-get install -y chromium chromium-driver)"),
]
try:
    import selenium  # noqa: F401
    from test_web_browser import (By, Keys, browser, browsers, checked, console_problems, no_network,  # noqa: F401
                                  open_page, post_json, server, wait)
    from selenium.webdriver.common.action_chains import ActionChains
except ImportError:  # pragma: no cover - selenium is a test extra
    browser_only.append(pytest.mark.skip(reason="needs selenium"))


def type_draft(driver, text):
    box = driver.find_element(By.ID, "draft")
    driver.execute_script("document.body.dataset.checked = 'typing'; arguments[0].value = arguments[1];"
                          "arguments[0].dispatchEvent(new Event('input'))", box, text)
    wait(driver, checked)


def watch_status(driver):
    driver.execute_script("""window._said = [];
      new MutationObserver(() => { const t = document.getElementById('status').textContent;
        if (t) window._said.push(t); })
        .observe(document.getElementById('status'), {childList: true, subtree: true, characterData: true});""")


def apply(marks):
    def wrap(function):
        for mark in reversed(marks):
            function = mark(function)
        return function
    return wrap


@apply(browser_only)
def test_page_findings_say_severity_in_words_errors_first(server, browser):
    open_page(browser, server["url"] + "/")
    type_draft(browser, POOR)
    items = browser.find_elements(By.CSS_SELECTOR, "#reports ul.findings li")
    assert items and all(re.match(r"(Must change|Should change|Worth a look): ", li.text) for li in items)
    words = [li.text.split(":")[0] for li in items]
    order = ["Must change", "Should change", "Worth a look"]
    assert words == sorted(words, key=order.index) and words[0] == "Must change"
    headings = [h.text for h in browser.find_elements(By.CSS_SELECTOR, "#reports h5")]
    assert headings[0].startswith("Must change (") and all(h.split(" (")[0] in order for h in headings)
    # the items of each severity have a style of their own, not the same as their neighbours'
    rules = browser.execute_script("""return ['error', 'warning', 'hint'].map(s => {
        const li = document.querySelector('li.finding.sev-' + s); return li ? getComputedStyle(li).borderLeftWidth : null; });""")
    assert len({r for r in rules if r}) == len([r for r in rules if r]) >= 2
    assert not console_problems(browser)


@apply(browser_only)
def test_page_status_counts_what_must_change(server, browser):
    open_page(browser, server["url"] + "/")
    type_draft(browser, POOR)
    assert re.match(r"Checked: \d+ things to look at \(\d+ must change\); score ", browser.find_element(By.ID, "status").text)
    type_draft(browser, GOOD)  # Near miss: nothing must change, so nothing is said of it
    assert "must change" not in browser.find_element(By.ID, "status").text


@apply(browser_only)
def test_page_good_statement_has_no_severity_headings(server, browser):
    # Near miss: nothing to change, nothing grouped.
    open_page(browser, server["url"] + "/")
    type_draft(browser, GOOD)
    headings = [h.text for h in browser.find_elements(By.CSS_SELECTOR, "#reports h5")]
    assert not any(h.startswith("Must change") for h in headings)


def _detail_after(browser, words: str, wait: float = 5.0) -> str:
    """The advice panel's text once it holds `words`, or as it is after `wait` seconds."""
    deadline = time.monotonic() + wait
    while True:
        detail = browser.find_element(By.ID, "detail").text
        if words in detail or time.monotonic() > deadline:
            return detail
        time.sleep(0.1)


@apply(browser_only)
def test_page_show_buttons_have_names_of_their_own_and_a_shared_mark_carries_both(server, browser):
    open_page(browser, server["url"] + "/")
    type_draft(browser, POOR)
    names = [b.accessible_name for b in browser.find_elements(By.CSS_SELECTOR, "#reports ul.findings button.link")]
    assert len(names) >= 5 and len(set(names)) == len(names), names
    assert any(n.startswith("Show “regarding” in the draft: worth a look, Plain words") for n in names)
    assert any(n.startswith("Show “regarding” in the draft: worth a look, Readability") for n in names)
    # "not engaging" (jargon) and "not engaging with" (structure): one mark, both findings
    mark = next(m for m in browser.find_elements(By.CSS_SELECTOR, "#marked mark") if m.text.startswith("not engaging"))
    assert "2 findings" in mark.accessible_name and "Plain words" in mark.accessible_name \
        and "Structure" in mark.accessible_name
    assert mark.get_attribute("aria-describedby") is None  # #detail is a live region: said once, not twice
    browser.execute_script("arguments[0].focus()", mark)
    detail = _detail_after(browser, "professional jargon")
    if "professional jargon" not in detail and browser.switch_to.active_element == mark:
        # Headless chromium on a loaded machine may not deliver the focus event of a script's
        # focus() to a window it does not count as focused: deliver the event itself.
        browser.execute_script("arguments[0].dispatchEvent(new FocusEvent('focus'))", mark)
        detail = _detail_after(browser, "professional jargon")
    assert "professional jargon" in detail and "how a service was met" in detail
    # the "Show" button of the finding drawn inside another's mark moves focus to that mark
    structure = next(b for b in browser.find_elements(By.CSS_SELECTOR, "#reports ul.findings button.link")
                     if b.accessible_name.startswith("Show “not engaging with”"))
    structure.click()
    assert browser.switch_to.active_element == mark
    assert not browser.find_elements(By.CSS_SELECTOR, "#marked mark[aria-describedby]")


@apply(browser_only)
def test_page_report_heading_says_its_kind_once(server, browser):
    open_page(browser, server["url"] + "/")
    type_draft(browser, "Worry statement\n" + GOOD)
    assert browser.find_element(By.ID, "report-0-title").text == "Worry statement"
    type_draft(browser, GOOD)  # Near miss: no heading, so the kind is said in brackets
    assert browser.find_element(By.ID, "report-0-title").text == "Statement 1 (Worry statement)"


@apply(browser_only)
def test_page_no_suggestion_is_one_whole_bracketed_question(server, browser):
    open_page(browser, server["url"] + "/")
    type_draft(browser, POOR)
    tries = [s.text for s in browser.find_elements(By.CSS_SELECTOR, "#reports .suggestion")]
    assert tries and not any(re.fullmatch(r"Try: \[[^\[\]]*\]", t.strip()) for t in tries)
    assert any(t.strip() == "Try: what Dad did, and what it meant for Ezra" for t in tries)


@apply(browser_only)
def test_page_fix_status_is_written_once_in_words(server, browser):
    held = post_json(server["url"] + "/api/v1/fix", {"text": HELD, "kind": "auto"})["held_back"]
    assert held, "this draft must hold a change left for the writer's judgement"
    open_page(browser, server["url"] + "/")
    type_draft(browser, HELD)
    watch_status(browser)
    browser.find_element(By.ID, "fix").click()
    wait(browser, lambda d: "Checked:" in d.find_element(By.ID, "status").text, 30)
    time.sleep(0.8)
    said = browser.execute_script("return window._said")
    assert len(said) == 1, said  # once, after the re-check
    assert said[0].startswith("Applied ") and "Checked:" in said[0]
    assert "→" not in said[0] and f"change “{held[0]['original']}” to “{held[0]['replacement']}”" in said[0]


@apply(browser_only)
def test_page_undo_leaves_focus_in_the_draft(server, browser):
    open_page(browser, server["url"] + "/")
    type_draft(browser, HELD)
    fix = browser.find_element(By.ID, "fix")
    fix.click()
    wait(browser, lambda d: not d.find_element(By.ID, "undo").get_property("disabled"))
    wait(browser, checked)
    assert browser.switch_to.active_element == fix  # Near miss: a control that stays on keeps its focus
    ActionChains(browser).send_keys(Keys.TAB).perform()
    assert browser.switch_to.active_element.get_attribute("id") == "undo"
    watch_status(browser)
    ActionChains(browser).send_keys(Keys.SPACE).perform()
    wait(browser, lambda d: d.find_element(By.ID, "undo").get_property("disabled"))
    active = browser.switch_to.active_element
    assert active.get_attribute("id") == "draft" and active.tag_name == "textarea"
    assert browser.find_element(By.ID, "draft").get_property("value") == HELD
    wait(browser, lambda d: "Checked:" in d.find_element(By.ID, "status").text, 30)
    time.sleep(0.5)
    said = browser.execute_script("return window._said")
    assert said == [s for s in said if s.startswith("Undone. Checked:")] and len(said) == 1


@apply(browser_only)
def test_page_rewrite_answer_boxes_are_shown_said_and_after_the_ticks(server, browser):
    api = post_json(server["url"] + "/api/v1/rewrite", {"text": POOR, "kind": "worry"})
    assert api["placeholders"], "this draft must leave questions to answer"
    open_page(browser, server["url"] + "/")
    type_draft(browser, POOR)
    browser.find_element(By.ID, "rewrite").click()
    wait(browser, lambda d: "Rewrite ready" in d.find_element(By.ID, "status").text)
    status = browser.find_element(By.ID, "status").text
    asked = len(api["placeholders"])
    assert "(s)" not in status and (f"{asked} questions to answer, in boxes after the changes" in status
                                    or f"1 question to answer, in a box after the changes" in status)
    boxes = browser.find_elements(By.CSS_SELECTOR, "#rewrite-questions input.answer")
    assert len(boxes) == asked and all(b.is_displayed() for b in boxes)  # before anything is ticked
    assert all(b.accessible_name and not b.accessible_name.startswith("[") for b in boxes)
    order = browser.execute_script("""return Array.from(document.querySelectorAll(
        '#rewrite-panel input, #rewrite-panel button')).filter(e => e.offsetParent !== null).map(e => e.id);""")
    ticks = [i for i, name in enumerate(order) if name.startswith("take-")]
    answers = [i for i, name in enumerate(order) if name.startswith("answer-")]
    assert max(ticks) < min(answers) and max(answers) < order.index("use-rewrite")
    # keyboard: from the last tick, Tab reaches the first answer box
    browser.execute_script("arguments[0].focus()", browser.find_element(By.ID, order[max(ticks)]))
    ActionChains(browser).send_keys(Keys.TAB).perform()
    assert browser.switch_to.active_element.get_attribute("id") == order[min(answers)]
    # the changes are said in words, the reason first
    labels = [t.accessible_name for t in browser.find_elements(By.CSS_SELECTOR, "#rewrite-changes input[type=checkbox]")]
    assert labels and not any("→" in lab for lab in labels)
    assert any(re.search(r": change “[^”]+” to “[^”]+”\.", lab) for lab in labels), labels
    # an answer ticks its change (a question's change is not marked safe) and is used
    first = boxes[0]
    first.send_keys("Ms Ruiz, Ezra's class teacher")
    wait(browser, lambda d: "ticked the change" in d.find_element(By.ID, "status").text, 10)
    assert "Ms Ruiz, Ezra's class teacher" in browser.find_element(By.ID, "rewrite-text").text
    browser.find_element(By.ID, "use-rewrite").click()
    assert "Ms Ruiz, Ezra's class teacher" in browser.find_element(By.ID, "draft").get_property("value")
    assert browser.switch_to.active_element.get_attribute("id") == "draft"
    assert not console_problems(browser)


@apply(browser_only)
def test_builder_preview_is_not_a_live_region(server, browser):
    open_page(browser, server["url"] + "/build")
    assembled = browser.find_element(By.ID, "assembled")
    assert assembled.get_attribute("aria-live") in (None, "off") and assembled.get_attribute("role") is None
    box = browser.find_element(By.ID, "answer-who")
    box.send_keys("Kai's nan")
    wait(browser, lambda d: d.find_element(By.ID, "assembled").text.startswith("Kai's nan"), 10)
    # Near miss: the per-answer feedback and the question count are still announced
    assert browser.find_element(By.ID, "answer-who-feedback").get_attribute("aria-live") == "polite"
    assert browser.find_element(By.ID, "progress").get_attribute("aria-live") == "polite"


@apply(browser_only)
def test_room_controls_turned_off_at_the_end_leave_focus_on_the_notice(server, browsers):
    # A#3 in the group exercise: the supervisor's "End" and a participant's "Share" turn off when the
    # exercise ends; the focus goes to what says so, not to the page's body.
    host = browsers()
    host.get(server["url"] + "/rooms")
    host.find_element(By.ID, "case-info").send_keys("Kai is 6 and lives with Nan.")
    host.find_element(By.ID, "start-room").click()
    wait(host, lambda d: d.find_elements(By.ID, "join-link"))
    link = host.find_element(By.ID, "join-link").get_attribute("href")
    person = browsers()
    person.get(link)
    person.find_element(By.ID, "display-name").send_keys("Ola")
    person.find_element(By.ID, "join-room").click()
    wait(person, lambda d: d.find_elements(By.ID, "worry-share"))
    person.execute_script("document.getElementById('worry-share').focus()")
    end = host.find_element(By.ID, "end")
    end.click()
    end.click()
    wait(host, lambda d: d.find_element(By.TAG_NAME, "body").get_attribute("data-ended") == "true")
    active = host.switch_to.active_element
    assert active.tag_name != "body" and "has ended" in active.text
    wait(person, lambda d: d.find_element(By.TAG_NAME, "body").get_attribute("data-ended") == "true", 20)
    active = person.switch_to.active_element
    assert active.get_attribute("id") == "room-status" and "over" in active.text


# Round 39 (lead, review39a A#1): an answer typed into a box joins the draft as part of a sentence.
YOUNG_CARER = ("The YP Will (14) is a young carer and school attendance is poor at 71%. Mum has MH issues and "
               "there are concerns that the family is not appropriately supporting Will.")


@apply(browser_only)
def test_page_answers_join_the_draft_as_sentences(server, browser):
    open_page(browser, server["url"] + "/")
    type_draft(browser, YOUNG_CARER)
    browser.find_element(By.ID, "rewrite").click()
    wait(browser, lambda d: "Rewrite ready" in d.find_element(By.ID, "status").text)
    boxes = browser.find_elements(By.CSS_SELECTOR, "#rewrite-questions input.answer")
    who = next((b for b in boxes if (b.get_attribute("data-question") or "").startswith("[Who is worried")), None)
    when = next((b for b in boxes if "When or where" in (b.get_attribute("data-question") or "")), None)
    if who is None or when is None:
        pytest.skip("the rewrite of this draft no longer asks both questions")
    who.send_keys("Will's teacher Ms Nowak and I")
    when.send_keys("on school mornings since March")
    browser.execute_script(  # round 40 (W#13): no "Tick every change" button; each is ticked by hand
        "document.querySelectorAll('#rewrite-changes input[type=checkbox]').forEach(b => { if (!b.checked) b.click(); })")
    browser.find_element(By.ID, "use-rewrite").click()
    text = browser.find_element(By.ID, "draft").get_property("value")
    assert "Will's teacher Ms Nowak and I are worried" in text and "and I is worried" not in text
    assert "On school mornings since March." in text and ". on school" not in text, text
    assert not console_problems(browser)
