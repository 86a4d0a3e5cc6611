/* Shared by the check page and the builder: calling the API, drawing a report. No innerHTML: every
   string from the user or the server goes in as text, so nothing typed can become markup. */
"use strict";

const SOS = (() => {
  const DIMENSIONS = {
    jargon: "Plain words", readability: "Readability", specificity: "Specific behaviour",
    child_focus: "Child focus", structure: "Structure",
  };
  // Round 39 (review39a A#2): severity said in words, the README's words, the same in every renderer
  // (sos_lint/render/common.py SEVERITY_WORDS), and the findings listed errors first.
  const SEVERITY = {error: "Must change", warning: "Should change", hint: "Worth a look"};
  const SEVERITY_RANK = {error: 0, warning: 1, hint: 2};
  const QUESTIONS = {
    who: "Who is worried? Name them, for example the social worker and the child's teacher.",
    behaviour: "What did the adults do, or not do, that someone saw or heard?",
    context: "When and where does it happen?",
    impact: "What does it mean for the child: what do they see, hear and feel?",
    future: "What could happen to the child if nothing changes?",
    addressed: "Who does the goal speak to? Start with them, for example \"Mum, …\".",
    action: "What will the adults do, day to day?",
    network: "Who in the family's network will help, and how?",
    others_know: "How will others know it is happening?",
    timescale: "For how long do we need to see this?",
    experience: "What will the child see, hear and feel when it is happening?",
    if_not: "What happens if this does not happen?",
  };
  // Round 38 (r38e): a baby not yet born (the part's label then names "the baby") sees and hears
  // nothing yet: its questions ask about its health, growth and homecoming.
  const BEFORE_BIRTH = {
    impact: "What could it mean for the baby's health and growth before birth, and once the baby is home?",
    experience: "What will the baby have when it is happening: a healthy pregnancy, a safe birth, a safe home to come to?",
  };
  function question(part) {
    if (BEFORE_BIRTH[part.name] && /\bbaby\b/.test(part.label || "")) return BEFORE_BIRTH[part.name];
    return QUESTIONS[part.name] || "";
  }

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (key === "class") node.className = value;
      else if (key === "text") node.textContent = value;
      else node.setAttribute(key, value);
    }
    for (const child of children) {
      if (child === null || child === undefined) continue;
      node.append(typeof child === "string" ? document.createTextNode(child) : child);
    }
    return node;
  }

  /* Round 41 (review41m M#8): on a council tablet the server is across the network, so a weak
     signal is ordinary, not a fault. A request that cannot get through says so in plain words (not
     "Is sos-lint serve still running?") and is marked `offline`, so the page can keep what it has
     and try again by itself. Nothing is sent anywhere but this page's own server. */
  const NO_CONNECTION = "No connection to sos-lint just now. Your draft is still here and nothing is lost.";
  function offlineError() {
    const error = new Error(NO_CONNECTION);
    error.offline = true;
    return error;
  }

  async function post(path, body) {
    let response;
    if (navigator.onLine === false) throw offlineError();
    try {
      response = await fetch(path, {
        method: "POST", headers: {"Content-Type": "application/json"}, body: JSON.stringify(body),
        credentials: "same-origin", cache: "no-store",
      });
    } catch (error) {
      throw offlineError();
    }
    if (response.status === 401) {
      window.location.assign("/login");
      throw new Error("Please log in again.");
    }
    let payload = null;
    try { payload = await response.json(); } catch (error) { payload = null; }
    if (!response.ok) {
      throw new Error((payload && payload.detail) || "The server could not check this text.");
    }
    return payload;
  }

  function debounce(fn, wait) {
    let timer = null;
    return (...args) => {
      clearTimeout(timer);
      timer = setTimeout(() => fn(...args), wait);
    };
  }

  function meter(id, value, label) {
    return el("meter", {id, min: "0", max: "10", low: "4", high: "7", optimum: "10", value: String(value),
                        "aria-label": label});
  }

  function kindLabel(kind) {
    return kind === "goal" ? "Safety or wellbeing goal" : "Worry statement";
  }

  /* The title a report's heading shows, with its kind in brackets only when the title does not
     already say it (review39a A#12: "Worry statement (Worry statement)"). */
  function reportTitle(report, index) {
    const title = report.title ? report.title : `Statement ${index + 1}`;
    const said = report.kind === "goal" ? /\bgoal\b/i : /\bworr(y|ies)\b/i;
    return said.test(title) ? title : `${title} (${kindLabel(report.kind)})`;
  }

  /* A suggestion that is all one bracketed question ("[what you saw or heard …]") is said without
     its brackets: a screen reader reads them out as "left bracket" (review39a A#12). */
  function suggestionText(suggestion) {
    const whole = /^\[([^\[\]]+)\]$/.exec(suggestion.trim());
    return whole ? whole[1] : suggestion;
  }

  /* The findings in the order the page lists them: errors, then warnings, then hints; in the order
     of the text within each. Each keeps its index in report.findings. */
  function ordered(report) {
    return report.findings.map((finding, n) => ({finding, n}))
      .sort((a, b) => (SEVERITY_RANK[a.finding.severity] ?? 3) - (SEVERITY_RANK[b.finding.severity] ?? 3)
                      || a.finding.start - b.finding.start || a.n - b.n);
  }

  /* The words a finding is about, cut to 40 characters. */
  function findingWords(finding, report) {
    let words = Array.from(report.text).slice(finding.start, finding.end).join("").trim();
    if (Array.from(words).length > 40) words = `${Array.from(words).slice(0, 40).join("").trim()}…`;
    return words;
  }

  function wholeStatement(finding, report) {
    return finding.end <= finding.start || (finding.start === 0 && finding.end >= Array.from(report.text).length);
  }

  /* One report as a card: score, five bars, the parts present or missing, and what to change. */
  function reportCard(report, index, onFinding) {
    const card = el("article", {class: "report", "aria-labelledby": `report-${index}-title`});
    card.append(el("h3", {id: `report-${index}-title`, text: reportTitle(report, index)}));
    const score = el("p", {class: "score"}, "Score: ",
      el("strong", {id: `score-${index}`, class: "score-value", text: report.score.toFixed(1)}), " out of 10");
    card.append(score, meter(`score-meter-${index}`, report.score, "Overall score out of 10"));
    const bars = el("dl", {class: "bars"});
    for (const [dimension, label] of Object.entries(DIMENSIONS)) {
      const value = report.scores[dimension];
      if (value === undefined) continue;
      bars.append(el("dt", {text: label}),
                  el("dd", {}, meter(`bar-${index}-${dimension}`, value, `${label} out of 10`),
                     el("span", {class: "bar-value", text: ` ${value.toFixed(1)}`})));
    }
    card.append(bars);
    card.append(el("h4", {text: "Parts of a good statement"}));
    const parts = el("ul", {class: "parts"});
    for (const part of report.components) {
      if (part.present) {
        parts.append(el("li", {class: "part present"}, el("span", {class: "tag", text: "Has"}), ` ${part.label}: `,
                        el("q", {text: part.evidence})));
      } else {
        parts.append(el("li", {class: "part missing"}, el("span", {class: "tag", text: "Missing"}), ` ${part.label}. `,
                        el("span", {class: "question", text: question(part)})));
      }
    }
    card.append(parts);
    if (report.findings.length) {
      card.append(el("h4", {text: "What to change"}));
      // Round 39 (review39a A#2, A#8): grouped under "Must change", "Should change", "Worth a look"
      // (errors first), each item starting with its severity in words; each "Show" button has a
      // name of its own even when two findings are about the same words.
      const names = new Map();
      const items = ordered(report).map(({finding, n}) => {
        const severity = SEVERITY[finding.severity] || finding.severity;
        const item = el("li", {class: `finding sev-${finding.severity}`},
          el("span", {class: "sev", text: `${severity}: `}),
          el("span", {class: `dim dim-${finding.dimension}`, text: DIMENSIONS[finding.dimension] || finding.dimension}),
          " ", finding.message);
        if (finding.suggestion && !finding.message.includes(finding.suggestion)) {
          item.append(el("span", {class: "suggestion", text: ` Try: ${suggestionText(finding.suggestion)}`}));
        }
        let show = null;
        if (onFinding && !wholeStatement(finding, report)) {
          // Round 36 (a health visitor's trial): thirteen buttons all named "Show in the draft" could
          // not be told apart by a screen reader or from the keyboard; each now names its words,
          // and (round 39) what the finding is about and how much it matters.
          const name = `Show “${findingWords(finding, report)}” in the draft: ${severity.toLowerCase()}, ${DIMENSIONS[finding.dimension] || finding.dimension}`;
          names.set(name, (names.get(name) || 0) + 1);
          show = el("button", {type: "button", class: "link", text: "Show in the draft", "aria-label": name});
          show.addEventListener("click", () => onFinding(index, n));
          item.append(" ", show);
        }
        return {item, show, severity: finding.severity};
      });
      // Two findings of one kind on the same words still get names of their own: "(1 of 2)".
      const seen = new Map();
      for (const {show} of items) {
        if (!show) continue;
        const name = show.getAttribute("aria-label");
        if (names.get(name) > 1) {
          seen.set(name, (seen.get(name) || 0) + 1);
          show.setAttribute("aria-label", `${name} (${seen.get(name)} of ${names.get(name)})`);
        }
      }
      for (const level of ["error", "warning", "hint"]) {
        const mine = items.filter((i) => i.severity === level);
        if (!mine.length) continue;
        card.append(el("h5", {class: `sev-heading sev-${level}`, text: `${SEVERITY[level]} (${mine.length})`}));
        card.append(el("ul", {class: "findings"}, ...mine.map((i) => i.item)));
      }
      const others = items.filter((i) => !(i.severity in SEVERITY));
      if (others.length) card.append(el("ul", {class: "findings"}, ...others.map((i) => i.item)));
    } else {
      card.append(el("p", {class: "clean", text: "Nothing to change: this reads well."}));
    }
    return card;
  }

  /* Round 39 (review39a A#3): turning off a control that holds the keyboard's focus drops the focus
     onto the page's body, and a screen-reader user has to find their way back from the top. Focus
     moves to `next` instead (made focusable by script if it is not a control). */
  function disableAll(controls, off, next) {
    const held = controls.some((c) => c === document.activeElement);
    for (const c of controls) c.disabled = off;
    if (off && held && next) {
      if (next.tabIndex < 0 && !next.hasAttribute("tabindex")) next.setAttribute("tabindex", "-1");
      next.focus();
    }
  }

  async function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return;
    }
    const area = el("textarea", {"aria-hidden": "true", class: "offscreen"});
    area.value = text;
    document.body.append(area);
    area.select();
    document.execCommand("copy");
    area.remove();
  }

  /* Round 37 (review36g G#11): every text box on the page follows the "check my spelling" switch, off
     until the user turns it on (a browser's online spelling service is sent what a box holds when
     spellcheck is on; with spellcheck="false" nothing is sent). Boxes added later (the builder's
     questions, the rewrite's answers) follow it too. */
  function followSpelling() {
    const control = document.getElementById("spelling");
    if (!control) return;  // a page without the switch keeps its own boxes as they are (spellcheck="false" in the page)
    const apply = (root) => {
      const on = control.checked ? "true" : "false";
      const boxes = root.querySelectorAll ? root.querySelectorAll("textarea, input[type='text']") : [];
      for (const box of boxes) {
        if (box.dataset.noSpelling === undefined) box.setAttribute("spellcheck", on);
      }
      if (root.matches && root.matches("textarea, input[type='text']")) root.setAttribute("spellcheck", on);
    };
    apply(document);
    control.addEventListener("change", () => apply(document));
    new MutationObserver((changes) => changes.forEach((c) => c.addedNodes.forEach((n) => {
      if (n.nodeType === Node.ELEMENT_NODE) apply(n);
    }))).observe(document.body, {childList: true, subtree: true});
  }
  followSpelling();

  return {DIMENSIONS, QUESTIONS, SEVERITY, SEVERITY_RANK, el, post, offlineError, debounce, reportCard, wholeStatement, copyText, kindLabel,
          suggestionText, findingWords, disableAll};
})();
