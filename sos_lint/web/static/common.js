/* Shared by the check page and the builder: calling the API, drawing a report. No innerHTML: every
   string from the user or the server goes in as text, so nothing typed can become markup. */
"use strict";

const SOS = (() => {
  const DIMENSIONS = {
    jargon: "Plain words", readability: "Readability", specificity: "Specific behaviour",
    child_focus: "Child focus", structure: "Structure",
  };
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

  async function post(path, body) {
    let response;
    try {
      response = await fetch(path, {
        method: "POST", headers: {"Content-Type": "application/json"}, body: JSON.stringify(body),
        credentials: "same-origin", cache: "no-store",
      });
    } catch (error) {
      throw new Error("The server could not be reached. Is sos-lint serve still running?");
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

  function wholeStatement(finding, report) {
    return finding.end <= finding.start || (finding.start === 0 && finding.end >= Array.from(report.text).length);
  }

  /* One report as a card: score, five bars, the parts present or missing, and what to change. */
  function reportCard(report, index, onFinding) {
    const card = el("article", {class: "report", "aria-labelledby": `report-${index}-title`});
    const title = report.title ? report.title : `Statement ${index + 1}`;
    card.append(el("h3", {id: `report-${index}-title`, text: `${title} (${kindLabel(report.kind)})`}));
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
      const list = el("ul", {class: "findings"});
      report.findings.forEach((finding, n) => {
        const item = el("li", {class: `finding sev-${finding.severity}`},
          el("span", {class: `dim dim-${finding.dimension}`, text: DIMENSIONS[finding.dimension] || finding.dimension}),
          " ", finding.message);
        if (finding.suggestion && !finding.message.includes(finding.suggestion)) {
          item.append(el("span", {class: "suggestion", text: ` Try: ${finding.suggestion}`}));
        }
        if (onFinding && !wholeStatement(finding, report)) {
          // Round 36 (a health visitor's trial): thirteen buttons all named "Show in the draft" could
          // not be told apart by a screen reader or from the keyboard; each now names its words.
          let words = Array.from(report.text).slice(finding.start, finding.end).join("").trim();
          if (Array.from(words).length > 40) words = `${Array.from(words).slice(0, 40).join("").trim()}…`;
          const show = el("button", {type: "button", class: "link", text: "Show in the draft",
                                     "aria-label": `Show “${words}” in the draft`});
          show.addEventListener("click", () => onFinding(index, n));
          item.append(" ", show);
        }
        list.append(item);
      });
      card.append(list);
    } else {
      card.append(el("p", {class: "clean", text: "Nothing to change: this reads well."}));
    }
    return card;
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

  return {DIMENSIONS, QUESTIONS, el, post, debounce, reportCard, wholeStatement, copyText, kindLabel};
})();
