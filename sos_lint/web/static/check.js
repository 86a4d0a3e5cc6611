/* The check page: checks the draft as it is typed, marks the words, applies safe fixes, rewrites. */
"use strict";

(() => {
  const {el, post, debounce, reportCard, wholeStatement, copyText, DIMENSIONS} = SOS;
  const draft = document.getElementById("draft");
  const kind = document.getElementById("kind");
  const status = document.getElementById("status");
  const marked = document.getElementById("marked");
  const detail = document.getElementById("detail");
  const reports = document.getElementById("reports");
  const undoButton = document.getElementById("undo");
  const panel = document.getElementById("rewrite-panel");
  const rewriteText = document.getElementById("rewrite-text");
  const history = [];
  let sequence = 0;
  let lastReports = [];

  const say = (message) => { status.textContent = message; };

  function names() {
    const value = (id) => document.getElementById(id).value.trim() || null;
    return {child: value("child-name"), mother: value("mother-name"), father: value("father-name")};
  }

  function request(extra) {
    return Object.assign({text: draft.value, kind: kind.value}, extra || {});
  }

  async function check(note) {
    const text = draft.value;
    note = typeof note === "string" ? `${note} ` : "";
    const mine = ++sequence;
    if (!text.trim()) {
      marked.replaceChildren();
      reports.replaceChildren();
      document.body.dataset.checked = "empty";
      say("");
      return;
    }
    document.body.dataset.checked = "checking";
    try {
      // Round 36 (W#5): the names typed above reach the check too, not only the fix and the rewrite.
      const result = await post("/api/v1/check", {text, kind: kind.value, names: names()});
      if (mine !== sequence) return;  // a newer check is on its way: keep the page in step with the text
      lastReports = result.reports;
      showMarks(text, result.reports);
      reports.replaceChildren(...result.reports.map((r, i) => reportCard(r, i, focusMark)));
      document.body.dataset.checked = "done";
      say(note + summary(result.reports));
    } catch (error) {
      if (mine !== sequence) return;
      // A refused draft (numbers only, another language) must not keep the marks and scores of the last one.
      lastReports = [];
      marked.replaceChildren();
      reports.replaceChildren();
      document.body.dataset.checked = "error";
      say(error.message);
    }
  }

  function summary(found) {
    const count = found.reduce((n, r) => n + r.findings.length, 0);
    const scores = found.map((r) => r.score.toFixed(1)).join(", ");
    return `Checked: ${count} thing${count === 1 ? "" : "s"} to look at; score ${scores} out of 10.`;
  }

  /* Offsets from the server count Unicode code points; Array.from splits the same way. */
  function showMarks(text, found) {
    const chars = Array.from(text);
    const spans = [];
    found.forEach((report, r) => report.findings.forEach((finding, n) => {
      if (!wholeStatement(finding, report)) {
        spans.push({start: report.offset + finding.start, end: report.offset + finding.end, finding, r, n});
      }
    }));
    spans.sort((a, b) => a.start - b.start || b.end - a.end);
    const nodes = [];
    let at = 0;
    for (const span of spans) {
      if (span.start < at) continue;  // overlaps a mark already drawn; it is still listed below
      nodes.push(chars.slice(at, span.start).join(""));
      const words = chars.slice(span.start, span.end).join("");
      const mark = el("mark", {class: `hl hl-${span.finding.dimension}`, tabindex: "0", id: `mark-${span.r}-${span.n}`,
                               "data-code": span.finding.code, "aria-describedby": "detail",
                               "aria-label": `${words}: ${DIMENSIONS[span.finding.dimension] || ""}`}, words);
      const show = () => showDetail(span.finding);
      mark.addEventListener("mouseenter", show);
      mark.addEventListener("focus", show);
      nodes.push(mark);
      at = span.end;
    }
    nodes.push(chars.slice(at).join(""));
    marked.replaceChildren(...nodes);
  }

  function showDetail(finding) {
    const parts = [el("strong", {text: `${DIMENSIONS[finding.dimension] || finding.dimension}: `}), finding.message];
    if (finding.suggestion && !finding.message.includes(finding.suggestion)) {
      parts.push(el("br"), el("span", {class: "suggestion", text: `Try: ${finding.suggestion}`}));
    }
    detail.replaceChildren(...parts);
  }

  function focusMark(r, n) {
    const mark = document.getElementById(`mark-${r}-${n}`);
    if (mark) mark.focus();
    else showDetail(lastReports[r].findings[n]);
  }

  function setDraft(text, note) {
    history.push(draft.value);
    undoButton.disabled = false;
    draft.value = text;
    say(note);
    check(note);
  }

  async function fix() {
    if (!draft.value.trim()) { say("Write a draft first."); return; }
    try {
      const result = await post("/api/v1/fix", request({names: names()}));
      const held = (result.held_back || []).length;
      const judgement = held ? ` ${held} change${held === 1 ? " needs" : "s need"} your judgement and ${held === 1 ? "was" : "were"} not made: ${(result.held_back || []).map(c => `“${c.original}” → “${c.replacement}”`).join("; ")}.` : "";
      if (!result.applied.length) { say(`There are no safe fixes to apply.${judgement}`); return; }
      setDraft(result.text, `Applied ${result.applied.length} safe fix${result.applied.length === 1 ? "" : "es"}.${judgement} Undo puts your words back.`);
    } catch (error) { say(error.message); }
  }

  function undo() {
    if (!history.length) return;
    draft.value = history.pop();
    undoButton.disabled = history.length === 0;
    say("Undone.");
    check("Undone.");
  }

  async function rewrite() {
    if (!draft.value.trim()) { say("Write a draft first."); return; }
    try {
      const result = await post("/api/v1/rewrite", request({names: names()}));
      showRewrite(result);
      panel.hidden = false;
      document.getElementById("rewrite-heading").scrollIntoView();
      say(`Rewrite ready: ${result.changes.length} change(s), ${result.placeholders.length} question(s) to answer.`);
    } catch (error) { say(error.message); }
  }

  function showRewrite(result) {
    const chars = Array.from(result.text);
    const nodes = [];
    let at = 0;
    result.placeholders.forEach((placeholder, i) => {
      nodes.push(chars.slice(at, placeholder.start).join(""));
      const question = placeholder.text.replace(/^\[|\]$/g, "");
      // Round 36: the question is also written out above its box where the box is too narrow to
      // show it whole (a long question, or a phone), since a placeholder is cut at the box's edge.
      const box = el("input", {type: "text", class: "answer", "aria-label": `Answer: ${question}`,
                               placeholder: question, "data-question": placeholder.text, id: `answer-${i}`,
                               size: String(Math.min(40, Math.max(12, question.length)))});
      nodes.push(el("span", {class: question.length > 40 ? "answer-wrap long" : "answer-wrap"},
                    el("span", {class: "answer-question", "aria-hidden": "true", text: question}), box));
      at = placeholder.end;
    });
    nodes.push(chars.slice(at).join(""));
    rewriteText.replaceChildren(...nodes);

    const original = Array.from(result.original);
    const diff = [];
    let from = 0;
    for (const change of [...result.changes].sort((a, b) => a.start - b.start)) {
      if (change.start < from) continue;
      diff.push(original.slice(from, change.start).join(""));
      if (change.original) diff.push(el("del", {text: change.original}));
      if (change.replacement) diff.push(el("ins", {text: change.replacement}));
      from = change.end;
    }
    diff.push(original.slice(from).join(""));
    document.getElementById("rewrite-diff").replaceChildren(...diff);
    document.getElementById("rewrite-changes").replaceChildren(...result.changes.filter((c) => c.original).map((c) =>
      el("li", {}, el("q", {text: c.original}), " → ", el("q", {text: c.replacement}), `: ${c.reason}`)));
  }

  function useRewrite() {
    const text = Array.from(rewriteText.childNodes).map((node) =>
      node.nodeType === Node.TEXT_NODE ? node.textContent
        : ((box) => box.value.trim() || box.dataset.question)(node.matches("input") ? node : node.querySelector("input.answer"))
    ).join("");
    setDraft(text, "The rewrite is now your draft. Undo puts your words back.");
    panel.hidden = true;
    draft.focus();
  }

  async function upload(event) {
    const file = event.target.files[0];
    if (!file) return;
    const form = new FormData();
    form.append("file", file);
    try {
      const response = await fetch("/api/v1/upload", {method: "POST", body: form, credentials: "same-origin"});
      const payload = await response.json().catch(() => null);
      if (!response.ok) throw new Error((payload && payload.detail) || "That file could not be read.");
      setDraft(payload.text, `Opened ${payload.name}.`);
    } catch (error) { say(error.message); }
    event.target.value = "";
  }

  draft.addEventListener("input", debounce(() => check(), 400));
  kind.addEventListener("change", () => check());
  for (const id of ["child-name", "mother-name", "father-name"]) {
    document.getElementById(id).addEventListener("input", debounce(() => check(), 400));
  }
  document.getElementById("fix").addEventListener("click", fix);
  undoButton.addEventListener("click", undo);
  document.getElementById("rewrite").addEventListener("click", rewrite);
  document.getElementById("use-rewrite").addEventListener("click", useRewrite);
  document.getElementById("copy").addEventListener("click", async () => {
    try { await copyText(draft.value); say("Copied your draft."); } catch (error) { say("Copying did not work; select the text and copy it."); }
  });
  document.getElementById("upload").addEventListener("change", upload);
  document.getElementById("draft-form").addEventListener("submit", (event) => {
    if (!draft.value.trim()) { event.preventDefault(); say("Write a draft first, then download its report."); }
  });
  if (draft.value.trim()) check();
})();
