/* The check page: checks the draft as it is typed, marks the words, applies safe fixes, rewrites. */
"use strict";

(() => {
  const {el, post, debounce, reportCard, wholeStatement, copyText, DIMENSIONS, SEVERITY, SEVERITY_RANK, suggestionText} = SOS;
  const draft = document.getElementById("draft");
  const kind = document.getElementById("kind");
  const status = document.getElementById("status");
  const marked = document.getElementById("marked");
  const detail = document.getElementById("detail");
  const reports = document.getElementById("reports");
  const undoButton = document.getElementById("undo");
  const panel = document.getElementById("rewrite-panel");
  const rewriteText = document.getElementById("rewrite-text");
  const questionsList = document.getElementById("rewrite-questions");
  const history = [];
  // Which drawn mark each finding is shown in ("r-n" -> mark id): findings on overlapping words share one.
  let markOf = new Map();
  let sequence = 0;
  let lastReports = [];
  let lastChecked = null;  // the text the results on the page are for
  let retry = null;  // round 41 (M#8): the timer that checks again after the connection dropped
  let retryWait = 3000;
  let wasOffline = false;

  const say = (message) => { status.textContent = message; };
  const plural = (count, one, many) => `${count} ${count === 1 ? one : (many || `${one}s`)}`;

  /* Round 39 (review39a A#3): a control that turns itself off (Undo with nothing left to undo)
     would drop the keyboard's focus onto the page's body; focus goes to the draft instead. */
  function disable(control, off) {
    const hadFocus = document.activeElement === control;
    control.disabled = off;
    if (off && hadFocus) draft.focus();
  }

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
      showNotChecked([]);
      marked.replaceChildren();
      reports.replaceChildren();
      document.body.dataset.checked = "empty";
      say(note.trim());
      return;
    }
    document.body.dataset.checked = "checking";
    try {
      // Round 36 (W#5): the names typed above reach the check too, not only the fix and the rewrite.
      const result = await post("/api/v1/check", {text, kind: kind.value, names: names()});
      if (mine !== sequence) return;  // a newer check is on its way: keep the page in step with the text
      const back = wasOffline;
      stopRetry();
      if (back) note = `${note}The connection is back and your draft has been checked again. `;
      lastReports = result.reports;
      lastChecked = text;
      showNotChecked((result.files && result.files[0] && result.files[0].not_checked) || []);
      showMarks(text, result.reports);
      reports.replaceChildren(...result.reports.map((r, i) => reportCard(r, i, focusMark)));
      document.body.dataset.checked = "done";
      say(note + summary(result.reports));
    } catch (error) {
      if (mine !== sequence) return;
      if (error.offline) { offline(note, text); return; }
      // A refused draft (numbers only, another language) must not keep the marks and scores of the last one.
      lastReports = [];
      showNotChecked([]);
      marked.replaceChildren();
      reports.replaceChildren();
      document.body.dataset.checked = "error";
      say(`${note}${error.message}`);
    }
  }

  /* Round 41 (review41m M#8): the connection dropped. The last results stay on the page (a refused
     draft still clears them, above: that is the server's answer, not a lost connection), the status
     says in plain words what happened and that the draft is safe, and the page checks again by
     itself: when the browser says it is back online, and on a timer that waits longer each time
     (the signal may come back without the browser noticing it went). */
  function offline(note, text) {
    document.body.dataset.checked = "offline";
    wasOffline = true;
    document.getElementById("results-stale").hidden = !lastReports.length;
    const old = lastReports.length && lastChecked !== text ? " The results below are from the last check, before your latest changes." : "";
    say(`${note}${SOS.offlineError().message}${old} sos-lint will check your draft again by itself when the connection is back.`);
    if (retry === null) {
      retry = setTimeout(again, retryWait);
      retryWait = Math.min(retryWait * 2, 30000);
    }
  }

  function again() {
    retry = null;
    if (wasOffline) check();
  }

  function stopRetry() {
    if (retry !== null) clearTimeout(retry);
    retry = null;
    retryWait = 3000;
    wasOffline = false;
    document.getElementById("results-stale").hidden = true;
  }

  window.addEventListener("online", () => {
    if (!wasOffline) return;
    if (retry !== null) clearTimeout(retry);
    retry = null;
    check();
  });

  /* Round 37 (W#2): what of a pasted plan was left out of the check (its front matter, the map's
     other sections, a table, sign-off), by line, as `sos-lint check` says it: never the plan's words. */
  function showNotChecked(lines) {
    const box = document.getElementById("not-checked");
    box.hidden = !lines.length;
    box.replaceChildren(...(lines.length ? [el("p", {}, el("strong", {text: "Not checked: "}),
      `${lines.length === 1 ? "this part of your text is" : "these parts of your text are"} not a worry statement or a goal, so sos-lint left ${lines.length === 1 ? "it" : "them"} out.`),
      el("ul", {}, ...lines.map((line) => el("li", {text: line})))] : []));
  }

  function summary(found) {
    const count = found.reduce((n, r) => n + r.findings.length, 0);
    const scores = found.map((r) => r.score.toFixed(1)).join(", ");
    // Round 39 (review39a A#2): how many must change, said with the count.
    const must = found.reduce((n, r) => n + r.findings.filter((f) => f.severity === "error").length, 0);
    const said = must ? ` (${must} must change)` : "";
    return `Checked: ${count} thing${count === 1 ? "" : "s"} to look at${said}; score ${scores} out of 10.`;
  }

  /* Offsets from the server count Unicode code points; Array.from splits the same way.
     Round 39 (review39a A#8): a finding on words already marked (two checks on "regarding") is
     carried by that mark: its name says every finding's severity and dimension, and focusing it
     shows every piece of advice. The advice is shown in #detail, a polite live region, so the mark
     has no aria-describedby pointing at it as well (A#12: the advice was read twice). */
  function showMarks(text, found) {
    const chars = Array.from(text);
    const spans = [];
    found.forEach((report, r) => report.findings.forEach((finding, n) => {
      if (!wholeStatement(finding, report)) {
        spans.push({start: report.offset + finding.start, end: report.offset + finding.end, finding, r, n});
      }
    }));
    spans.sort((a, b) => a.start - b.start || b.end - a.end
               || (SEVERITY_RANK[a.finding.severity] ?? 3) - (SEVERITY_RANK[b.finding.severity] ?? 3));
    const drawn = [];
    for (const span of spans) {
      const last = drawn[drawn.length - 1];
      if (last && span.start < last.end) last.more.push(span);
      else drawn.push(Object.assign({more: [span]}, span));
    }
    markOf = new Map();
    const nodes = [];
    let at = 0;
    for (const span of drawn) {
      nodes.push(chars.slice(at, span.start).join(""));
      const words = chars.slice(span.start, span.end).join("");
      const id = `mark-${span.r}-${span.n}`;
      const findings = span.more.map((s) => s.finding);
      const what = findings.map((f) => `${SEVERITY[f.severity] || f.severity}, ${DIMENSIONS[f.dimension] || f.dimension}`);
      const label = findings.length > 1 ? `${words}: ${findings.length} findings: ${what.join("; ")}` : `${words}: ${what[0]}`;
      const mark = el("mark", {class: `hl hl-${span.finding.dimension} sev-${span.finding.severity}`, tabindex: "0", id,
                               "data-code": span.finding.code, "data-codes": findings.map((f) => f.code).join(" "),
                               "aria-label": label}, words);
      for (const s of span.more) markOf.set(`${s.r}-${s.n}`, id);
      const show = () => showDetail(findings);
      mark.addEventListener("mouseenter", show);
      mark.addEventListener("focus", show);
      nodes.push(mark);
      at = span.end;
    }
    nodes.push(chars.slice(at).join(""));
    marked.replaceChildren(...nodes);
  }

  function showDetail(findings) {
    const parts = [];
    for (const finding of [].concat(findings)) {
      if (parts.length) parts.push(el("br"));
      parts.push(el("strong", {text: `${SEVERITY[finding.severity] || finding.severity}, ${DIMENSIONS[finding.dimension] || finding.dimension}: `}),
                 finding.message);
      if (finding.suggestion && !finding.message.includes(finding.suggestion)) {
        parts.push(" ", el("span", {class: "suggestion", text: `Try: ${suggestionText(finding.suggestion)}`}));
      }
    }
    detail.replaceChildren(...parts);
  }

  function focusMark(r, n) {
    const mark = document.getElementById(markOf.get(`${r}-${n}`) || `mark-${r}-${n}`);
    if (mark) mark.focus();
    else showDetail(lastReports[r].findings[n]);
  }

  /* Round 39 (review39a A#11): the status is written once, after the re-check, with the note in
     front ("Applied 4 safe fixes. … Checked: …"), not once before it and again after. */
  function setDraft(text, note) {
    history.push(draft.value);
    disable(undoButton, false);
    draft.value = text;
    check(note);
  }

  async function fix() {
    if (!draft.value.trim()) { say("Write a draft first."); return; }
    try {
      const result = await post("/api/v1/fix", request({names: names()}));
      const held = (result.held_back || []).length;
      const judgement = held ? ` ${held} change${held === 1 ? " needs" : "s need"} your judgement and ${held === 1 ? "was" : "were"} not made: ${(result.held_back || []).map(c => c.replacement ? `change “${c.original}” to “${c.replacement}”` : `take out “${c.original}”`).join("; ")}.` : "";
      if (!result.applied.length) { say(`There are no safe fixes to apply.${judgement}`); return; }
      setDraft(result.text, `Applied ${result.applied.length} safe fix${result.applied.length === 1 ? "" : "es"}.${judgement} Undo puts your words back.`);
    } catch (error) { say(error.offline ? `${error.message} When the connection is back, press “Apply safe fixes” again.` : error.message); }
  }

  function undo() {
    if (!history.length) return;
    draft.value = history.pop();
    disable(undoButton, history.length === 0);
    check("Undone.");
  }

  async function rewrite() {
    if (!draft.value.trim()) { say("Write a draft first."); return; }
    try {
      const result = await post("/api/v1/rewrite", request({names: names()}));
      showRewrite(result);
      showRewriteNotes(result.notes || []);
      panel.hidden = false;
      document.getElementById("rewrite-heading").scrollIntoView();
      const safe = result.changes.filter((c) => c.safe).length;
      const all = result.changes.length;
      const ticked = safe === all ? (all === 1 ? "it is safe and ticked" : "all are safe and ticked")
        : safe ? `${safe === 1 ? "the safe one is" : `the ${safe} safe ones are`} ticked and the others wait for you to tick them`
        : `none is marked safe, so none is ticked until you tick ${all === 1 ? "it" : "them"}`;
      const asked = result.placeholders.length;
      // Round 39 (review39a A#1): the answer boxes are shown from the start, after the changes, and said.
      const boxes = asked ? ` ${plural(asked, "question")} to answer, in ${asked === 1 ? "a box" : "boxes"} after the changes.` : "";
      const noted = (result.notes || []).length;
      const notes = noted ? ` ${noted === 1 ? "A note says" : `${noted} notes say`} what the rewrite kept, took out or could not change.` : "";
      say(`Rewrite ready: ${plural(all, "change")}; ${ticked}.${boxes}${notes}`);
    } catch (error) { say(error.offline ? `${error.message} When the connection is back, press “Rewrite” again.` : error.message); }
  }

  /* Round 41 (left by round 40): the rewrite's notes, the ones `sos-lint rewrite` writes to its
     standard error and the API returns (rewrite._notes_that_hold): the flagged words it kept and
     why, the words it took out, how it read a draft with no headings. Shown above the rewrite. */
  function showRewriteNotes(notes) {
    const box = document.getElementById("rewrite-notes");
    box.hidden = !notes.length;
    // A few notes are shown open; a long list (24 on one of the midwife's case-note drafts) is one tap
    // away, so the rewrite itself is not pushed off a phone's screen.
    box.open = notes.length <= 3;
    document.getElementById("rewrite-notes-heading").textContent =
      `What the rewrite kept, took out or could not change (${notes.length === 1 ? "1 note" : `${notes.length} notes`})`;
    document.getElementById("rewrite-notes-list").replaceChildren(...notes.map((note) => el("li", {text: note})));
  }

  /* Round 37 (a health visitor's trial, H#8): "Use this rewrite" put every change, safe or not, into
     the draft at once ("DV was disclosed" became "domestic violence was reported"). Each change now
     has its own tick: the safe ones are ticked, every other one waits for the user to tick it. The
     panel shows the draft as the ticked changes leave it, and only those are used. */
  let rewriteChanges = [];

  /* Round 39 (review39a A#1): the answer boxes were inside the draft shown above the tick
     controls, hidden until their change was ticked, so a keyboard user tabbing on met none, and
     nothing said when they appeared above. Each question now has a labelled box in a list after the
     changes, shown from the start; the draft above shows the answer (or the question, in brackets)
     where it goes. Answering a question ticks the change it belongs to, and says so once. */
  const owners = new Map();  // question key -> the change it belongs to (undefined: no change)

  function answerSlot(question, key) {
    return el("span", {class: "answer-slot", "data-key": String(key), text: question});
  }

  function answerBox(question, key) {
    const shown = question.replace(/^\[|\]$/g, "");
    const box = el("input", {type: "text", class: "answer", placeholder: shown, "data-question": question,
                             "data-key": String(key), id: `answer-${key}`});
    let told = false;
    box.addEventListener("input", () => {
      for (const slot of rewriteText.querySelectorAll(`.answer-slot[data-key="${key}"]`)) {
        slot.textContent = box.value.trim() || question;
      }
      const owner = owners.get(key);
      const tick = owner === undefined ? null : document.getElementById(`take-${owner}`);
      if (box.value.trim() && tick && !tick.checked) {
        take(owner, true);
        if (!told) say("Your answer ticked the change it belongs to.");
        told = true;
      }
    });
    return el("li", {class: "answer-wrap"},
              el("label", {for: `answer-${key}`, class: "answer-question", text: shown}), box);
  }

  /* Text with an answer slot at each placeholder inside it; `from` is where the text starts in the rewrite. */
  function withBoxes(chars, from, to, placeholders, owner) {
    const nodes = [];
    let at = from;
    for (const p of placeholders) {
      if (p.start < at || p.end > to) continue;
      if (p.start > at) nodes.push(chars.slice(at, p.start).join(""));
      nodes.push(answerSlot(p.text, p.n));
      if (owner !== undefined) owners.set(p.n, owner);
      at = p.end;
    }
    if (to > at) nodes.push(chars.slice(at, to).join(""));
    return nodes;
  }

  /* The changes in order, with where each replacement sits in the rewrite; null when the changes do
     not rebuild the rewrite exactly (then the rewrite can only be taken whole, as one change). */
  function placed(result) {
    const original = Array.from(result.original);
    const changes = result.changes.map((c, n) => Object.assign({}, c, {n}))
      .sort((a, b) => a.start - b.start || a.end - b.end);
    let at = 0, delta = 0;
    const rebuilt = [];
    for (const c of changes) {
      if (c.start < at) return null;
      rebuilt.push(original.slice(at, c.start).join(""), c.replacement);
      c.from = c.start + delta;
      c.to = c.from + Array.from(c.replacement).length;
      delta += Array.from(c.replacement).length - (c.end - c.start);
      at = c.end;
    }
    rebuilt.push(original.slice(at).join(""));
    return rebuilt.join("") === result.text ? changes : null;
  }

  function showRewrite(result) {
    const chars = Array.from(result.text);
    const placeholders = result.placeholders.map((p, n) => Object.assign({}, p, {n}));
    let changes = placed(result);
    if (!changes) {
      const whole = {start: 0, end: Array.from(result.original).length, from: 0, to: chars.length, n: 0,
                     original: result.original, replacement: result.text, safe: false,
                     reason: "The rewrite as a whole: its changes cannot be taken one by one."};
      changes = [whole];
    }
    rewriteChanges = changes;
    owners.clear();
    const original = Array.from(result.original);
    const nodes = [];
    let at = 0;
    for (const c of changes) {
      nodes.push(...withBoxes(chars, at, c.from, placeholders));
      const wrap = el("span", {class: `change ${c.safe ? "on" : "off"}`, "data-change": String(c.n)},
                      el("span", {class: "was", text: original.slice(c.start, c.end).join("")}),
                      el("span", {class: "now"}, ...withBoxes(chars, c.from, c.to, placeholders, c.n)));
      nodes.push(wrap);
      at = c.to;
    }
    nodes.push(...withBoxes(chars, at, chars.length, placeholders));
    rewriteText.replaceChildren(...nodes);
    questionsList.replaceChildren(...placeholders.map((p) => answerBox(p.text, p.n)));
    document.getElementById("questions-block").hidden = !placeholders.length;

    const diff = [];
    let from = 0;
    for (const change of changes) {
      diff.push(original.slice(from, change.start).join(""));
      if (change.original) diff.push(el("del", {text: change.original}));
      if (change.replacement) diff.push(el("ins", {text: change.replacement}));
      from = change.end;
    }
    diff.push(original.slice(from).join(""));
    document.getElementById("rewrite-diff").replaceChildren(...diff);
    document.getElementById("rewrite-changes").replaceChildren(...changes.map((c) => {
      const tick = el("input", {type: "checkbox", id: `take-${c.n}`, "data-change": String(c.n),
                                "data-safe": c.safe ? "true" : "false"});
      tick.checked = !!c.safe;
      tick.addEventListener("change", () => take(c.n, tick.checked));
      // Round 39 (review39a A#9): said in words, the reason first: "Lower case after the new
      // opening: change “The” to “the”", not "“The” → “the”: …".
      const what = c.original
        ? (c.replacement ? ["change ", el("q", {text: c.original}), " to ", el("q", {text: c.replacement})]
          : ["take out ", el("q", {text: c.original})])
        : ["add ", el("q", {text: c.replacement.trim()})];
      const reason = (c.reason || "").trim().replace(/[.:;\s]+$/, "");
      const label = el("label", {for: `take-${c.n}`, class: "inline"}, tick,
                       el("span", {}, ...(reason ? [`${reason}: `] : []), ...what, ". ",
                          el("span", {class: c.safe ? "safe" : "judgement",
                                      text: c.safe ? "(safe)" : "(needs your judgement)"})));
      return el("li", {class: c.safe ? "safe" : "judgement"}, label);
    }));
  }

  function take(n, on) {
    const wrap = rewriteText.querySelector(`span.change[data-change="${n}"]`);
    if (wrap) wrap.className = `change ${on ? "on" : "off"}`;
    const tick = document.getElementById(`take-${n}`);
    if (tick) tick.checked = on;
  }

  function takeOnly(safeOnly) {
    for (const c of rewriteChanges) take(c.n, safeOnly ? !!c.safe : true);
    const count = rewriteChanges.filter((c) => !safeOnly || c.safe).length;
    say(`${count} of ${rewriteChanges.length} change${rewriteChanges.length === 1 ? "" : "s"} ticked.`);
  }

  /* A box's answer, or its question in brackets when it was left empty. An answer is marked
     (\u0001 … \u0002, or \u0003 for a plural subject) so fitAnswers can make it part of a sentence. */
  function answered(node) {
    if (node.nodeType === Node.TEXT_NODE) return node.textContent;
    if (node.matches(".answer-slot")) {
      const box = document.getElementById(`answer-${node.dataset.key}`);
      if (!box) return node.textContent;
      const answer = box.value.trim();
      if (!answer) return box.dataset.question;
      const plural = /(^|\s)(and|&)\s|^(we|they)$|\sI$/i.test(answer);
      return "\u0001" + answer + (plural ? "\u0003" : "\u0002");
    }
    return Array.from(node.childNodes).map(answered).join("");
  }

  /* Round 39 (review39a A#1): an answer typed into a box joins the draft as part of a sentence.
     "Ms Kowalczyk and I" before "is worried" takes "are"; an answer standing where a sentence
     starts opens with a capital, and one that stands as a sentence of its own ends with a full
     stop ("…at 71%. on school mornings since March Mum has…" read as broken English). */
  function fitAnswers(text) {
    return text.replace(/\u0001([^\u0001-\u0003]*)([\u0002\u0003])/g, (whole, answer, mark, at, all) => {
      const before = all.slice(0, at).replace(/[\u0001-\u0003]/g, "");
      const after = all.slice(at + whole.length).replace(/[\u0001-\u0003]/g, "");
      const starts = /(^|[.!?]["”’)\]]?\s+|\n\s*)$/.test(before);
      let words = starts ? answer[0].toUpperCase() + answer.slice(1) : answer;
      if (mark === "\u0003") {
        words += "\u0004";  // agreement with the verb that follows, below
      }
      if (starts && !/[.!?]["”’)]?$/.test(words.replace("\u0004", "")) && /^(\s*$|\s+[A-Z\[]|\s*\n)/.test(after)) {
        words = words.replace("\u0004", "") + "." + (words.endsWith("\u0004") ? "\u0004" : "");
      }
      return words;
    }).replace(/\u0004 is (worried|concerned|not sure|unsure)\b/g, " are $1").replace(/\u0004/g, "");
  }

  /* The draft as the ticked changes and the answers leave it, and how many changes were ticked. */
  function tickedRewrite() {
    let text = "";
    let taken = 0;
    for (const node of Array.from(rewriteText.childNodes)) {
      if (node.nodeType === Node.ELEMENT_NODE && node.matches("span.change")) {
        const change = rewriteChanges.find((c) => String(c.n) === node.dataset.change);
        if (node.classList.contains("on")) {
          taken += 1;
          let words = Array.from(node.querySelector(".now").childNodes).map(answered).join("");
          // A change that lower-cased a sentence's first word for an opening that was not taken
          // starts its sentence again: "It was observed" -> "it was seen" stands as "It was seen".
          if (change && /^[A-Z]/.test(change.original) && /^[a-z]/.test(words) && /(^|[.!?]\s+|\n\s*)$/.test(text)) {
            words = words[0].toUpperCase() + words.slice(1);
          }
          text += words;
        } else {
          text += node.querySelector(".was").textContent;
        }
      } else {
        text += answered(node);
      }
    }
    return {text: fitAnswers(text), taken};
  }

  function useRewrite() {
    const {text, taken} = tickedRewrite();
    setDraft(text, `Took ${taken} of ${plural(rewriteChanges.length, "change")} into your draft. Undo puts your words back.`);
    panel.hidden = true;
    draft.focus();
  }

  async function upload(event) {
    const file = event.target.files[0];
    if (!file) return;
    const form = new FormData();
    form.append("file", file);
    const hadDraft = !!draft.value.trim();
    try {
      if (navigator.onLine === false) throw SOS.offlineError();
      const response = await fetch("/api/v1/upload", {method: "POST", body: form, credentials: "same-origin"})
        .catch(() => { throw SOS.offlineError(); });
      const payload = await response.json().catch(() => null);
      if (!response.ok) throw new Error((payload && payload.detail) || "That file could not be read.");
      setDraft(payload.text, `Opened ${payload.name}.${nameBoxesForNewFile(hadDraft)}`);
      // Round 40 (W#13): a Word plan can come back as Word. The file stays in this page's memory.
      wordPlan = /\.docx$/i.test(file.name) ? file : null;
      reviewedButton.hidden = !wordPlan;
      document.getElementById("reviewed-note").hidden = !wordPlan;
    } catch (error) { say(error.offline ? `${error.message} When the connection is back, open the file again.` : error.message); }
    event.target.value = "";
  }

  /* Round 41 (review41m M#10): the name boxes belong to the draft they were typed for. Opening a file
     over a draft already on the page (another family's plan, likely) empties them, and says so; names
     typed into an empty page before opening are kept for the file, and the status asks to check them. */
  function nameBoxesForNewFile(hadDraft) {
    const boxes = ["child-name", "mother-name", "father-name"].map((id) => document.getElementById(id));
    const filled = boxes.filter((box) => box.value.trim());
    if (!filled.length) return "";
    if (!hadDraft) return " The names you typed in the boxes above are used for it: check they are this family's.";
    for (const box of filled) box.value = "";
    return ` The name boxes were emptied: they held the names for the last draft. Type this family's names if the check needs them.`;
  }

  let wordPlan = null;
  const reviewedButton = document.getElementById("reviewed");
  async function downloadReviewed() {
    if (!wordPlan) return;
    const form = new FormData();
    form.append("file", wordPlan);
    // Round 41 (M#10): the names in the boxes go with the plan, so the copy is checked as this page is.
    for (const [role, value] of Object.entries(names())) if (value) form.append(role, value);
    try {
      if (navigator.onLine === false) throw SOS.offlineError();
      const response = await fetch("/api/v1/reviewed", {method: "POST", body: form, credentials: "same-origin"})
        .catch(() => { throw SOS.offlineError(); });
      if (!response.ok) {
        const payload = await response.json().catch(() => null);
        throw new Error((payload && payload.detail) || "The reviewed copy could not be made.");
      }
      const fixes = Number(response.headers.get("x-sos-lint-fixes") || 0);
      const comments = Number(response.headers.get("x-sos-lint-comments") || 0);
      const url = URL.createObjectURL(await response.blob());
      const link = el("a", {href: url, download: wordPlan.name.replace(/\.docx$/i, "") + ".reviewed.docx"});
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10000);
      document.body.dataset.reviewed = `${fixes} ${comments}`;
      const named = Object.values(names()).some((v) => v);
      const scored = named ? " It was checked with the names in the boxes above, as this page is." : "";
      say(`Downloaded the reviewed Word copy: ${plural(fixes, "safe fix", "safe fixes")} and ${plural(comments, "comment")}. Changes made on this page are not in it.${scored}`);
    } catch (error) { say(error.offline ? `${error.message} When the connection is back, press “Download a reviewed Word copy” again.` : error.message); }
  }
  reviewedButton.addEventListener("click", downloadReviewed);

  draft.addEventListener("input", debounce(() => check(), 400));
  kind.addEventListener("change", () => check());
  for (const id of ["child-name", "mother-name", "father-name"]) {
    document.getElementById(id).addEventListener("input", debounce(() => check(), 400));
  }
  document.getElementById("fix").addEventListener("click", fix);
  undoButton.addEventListener("click", undo);
  document.getElementById("rewrite").addEventListener("click", rewrite);
  document.getElementById("use-rewrite").addEventListener("click", useRewrite);
  document.getElementById("take-safe").addEventListener("click", () => takeOnly(true));
  // Round 40 (W#13): "Tick every change" took the changes the tool marks as needing judgement in one
  // press. Gone: each such change is ticked by hand; this button only clears the ticks.
  document.getElementById("take-none").addEventListener("click", () => {
    for (const c of rewriteChanges) take(c.n, false);
    say(`No change is ticked: tick the ones you want, one by one.`);
  });
  // Round 41 (review41m: "Copy" copied the draft with the rewrite open): the main Copy says what it
  // copied, and the rewrite has its own Copy, for the rewrite as the ticks and answers leave it.
  document.getElementById("copy").addEventListener("click", async () => {
    const also = panel.hidden ? "" : " To copy the rewrite, use “Copy the rewrite with the ticked changes” under it.";
    try { await copyText(draft.value); say(`Copied your draft, as it is in the box.${also}`); } catch (error) { say("Copying did not work; select the text and copy it."); }
  });
  document.getElementById("copy-rewrite").addEventListener("click", async () => {
    const {text, taken} = tickedRewrite();
    try {
      await copyText(text);
      say(`Copied the rewrite with ${taken} of ${plural(rewriteChanges.length, "change")} ticked. Your draft in the box is unchanged.`);
    } catch (error) { say("Copying did not work; select the text and copy it."); }
  });
  document.getElementById("upload").addEventListener("change", upload);
  document.getElementById("draft-form").addEventListener("submit", (event) => {
    if (!draft.value.trim()) { event.preventDefault(); say("Write a draft first, then download its report."); }
  });
  if (draft.value.trim()) check();
})();
