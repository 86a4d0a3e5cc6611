/* The builder: one question at a time; each answer checked as typed; the statement assembled in the
   house style of the seed exemplars from the writer's own words and a few fixed linking words. */
"use strict";

(() => {
  const {el, post, debounce, reportCard, wholeStatement, copyText} = SOS;
  // Only word-level problems make sense in one answer: jargon, labels, vague words, judging or blaming words.
  const ANSWER_CODES = /^SOS(1\d\d|301|302|304|305|306|402|502|511|512)$/;

  const QUESTIONS = {
    worry: [
      {id: "who", ask: "Who is worried?", example: "Leah's nursery worker and the family worker"},
      {id: "what", ask: "What did the adults do, or not do?", example: "Mum sleeps after her night shifts and Leah, who is 4, gets her own food"},
      {id: "seen", ask: "Who saw or heard it, and what did they see or hear? Write it as a sentence.", example: "Last week Mum woke to find Leah trying to turn on the gas hob."},
      {id: "when", ask: "When and where does it happen?", example: "three times since March, in the kitchen"},
      {id: "impact", ask: "What does it mean for the child? What do they see, hear and feel?", example: "Leah walks on broken glass and old food in bare feet."},
      {id: "future", ask: "What could happen if nothing changes?", example: "Leah could fall, burn herself or cut her feet badly"},
    ],
    goal: [
      {id: "addressed", ask: "Who does the goal speak to?", example: "Mum"},
      {id: "need", ask: "What does the child need? Write it as a sentence.", example: "Leah needs a kitchen where she can eat well and play."},
      {id: "action", ask: "What will the adults do, day to day?", example: "you will leave Leah's breakfast and lunch on the table before you go to sleep"},
      {id: "network", ask: "Who in the family's network will help, and how?", example: "Your sister Amy will come round on the days you sleep."},
      {id: "others", ask: "How will others know it is happening?", example: "The nursery worker will visit every two weeks and look at the kitchen with you."},
      {id: "howlong", ask: "For how long do we need to see this?", example: "every day for the next 4 months"},
      {id: "ifnot", ask: "What happens if this does not happen?", example: "Leah could get hurt"},
    ],
  };

  const steps = document.getElementById("steps");
  const progress = document.getElementById("progress");
  const assembled = document.getElementById("assembled");
  const status = document.getElementById("build-status");
  const answers = {worry: {}, goal: {}};
  let kind = "worry";
  let current = 0;

  const tidy = (s) => (s || "").trim().replace(/\s+/g, " ");
  const sentence = (s) => {
    s = tidy(s);
    if (!s) return "";
    s = s[0].toUpperCase() + s.slice(1);
    return /[.!?"”]$/.test(s) ? s : `${s}.`;
  };
  const clause = (s) => tidy(s).replace(/[.!?]+$/, "");
  // Lower-case an answer's first word inside a sentence only when it is an everyday word: "Mum" and "Leah" stay.
  const EVERYDAY = new Set(["the", "a", "an", "you", "your", "they", "their", "he", "his", "she", "her", "it", "we",
    "our", "there", "this", "that", "these", "every", "each", "in", "on", "at", "since", "last", "for", "when",
    "if", "one", "two", "three", "some", "most", "all", "both", "once", "twice", "over", "after", "before", "during"]);
  const lowerFirst = (s) => {
    const first = s.split(/\s/)[0];
    return EVERYDAY.has(first.toLowerCase()) ? first.toLowerCase() + s.slice(first.length) : s;
  };

  /* "is", "are" or "am" after who is worried. Several people ("… and …", "we", "they", "the
     police", "Amir's teachers") are; one person is, even said with her job after a comma or in
     brackets ("Siobhan, the health visitor", "Ms Ortiz (school nurse)") or with a name ending in s
     ("Mrs Jones"); "I" am. */
  const worriedVerb = (who) => {
    const words = who.trim().replace(/\([^)]*\)/g, " ").split(/[\s,]+/).filter(Boolean);
    const last = (words[words.length - 1] || "").replace(/[^A-Za-z'’-]/g, "");
    if (/^i$/i.test(words[0] || "") && !/\band\b|&/i.test(who)) return "am";  // "I", "I, the health visitor"
    if (/\band\b|&/i.test(who) || /^(we|they|you|both|police|staff|people|parents|grandparents)$/i.test(last)) return "are";
    return /^[a-z][a-z-]*[^s'’]s$/.test(last) ? "are" : "is";  // "teachers", "workers"; not "Jones", "class"
  };

  /* The house style: "X are worried that …. … If nothing changes, …." and
     "Mum, …. For this to happen, …. We need to see this …. If this doesn't happen, …." */
  function assemble() {
    const a = answers[kind];
    const parts = [];
    if (kind === "worry") {
      const who = clause(a.who);
      const what = clause(a.what);
      const when = clause(a.when);
      if (who || what) {
        const verb = worriedVerb(who);
        let first = who ? `${who} ${verb} worried that ${what ? lowerFirst(what) : "[what did the adults do?]"}`
                        : `[Who is worried?] … ${what}`;
        if (when) first += `, ${lowerFirst(when)}`;
        parts.push(sentence(first));
      }
      if (a.seen) parts.push(sentence(a.seen));
      if (a.impact) parts.push(sentence(a.impact));
      if (clause(a.future)) parts.push(sentence(`If nothing changes, ${lowerFirst(clause(a.future))}`));
    } else {
      const to = clause(a.addressed);
      const need = clause(a.need);
      if (to || need) parts.push(sentence(to ? `${to}, ${need ? need : "[what does the child need?]"}` : need));
      if (clause(a.action)) parts.push(sentence(`For this to happen, ${lowerFirst(clause(a.action))}`));
      if (a.network) parts.push(sentence(a.network));
      if (a.others) parts.push(sentence(a.others));
      if (clause(a.howlong)) parts.push(sentence(`We need to see this ${lowerFirst(clause(a.howlong))}`));
      if (clause(a.ifnot)) parts.push(sentence(`If this doesn't happen, ${lowerFirst(clause(a.ifnot))}`));
    }
    return parts.join(" ");
  }

  function showAssembled() {
    const text = assemble();
    assembled.textContent = text || "Answer the first question to start.";
    document.getElementById("handover-text").value = text;
    document.getElementById("handover-kind").value = kind;
  }

  function draw() {
    const questions = QUESTIONS[kind];
    steps.replaceChildren(...questions.map((q, i) => {
      const id = `answer-${q.id}`;
      const box = el("textarea", {id, rows: "3", "aria-describedby": `${id}-example ${id}-feedback`});
      box.value = answers[kind][q.id] || "";
      const feedback = el("ul", {id: `${id}-feedback`, class: "answer-feedback", "aria-live": "polite"});
      const checkAnswer = debounce(() => checkOne(box.value, feedback), 450);
      box.addEventListener("input", () => { answers[kind][q.id] = box.value; showAssembled(); checkAnswer(); });
      const item = el("li", {class: "step", id: `step-${q.id}`},
        el("label", {for: id, class: "question", text: q.ask}),
        el("p", {id: `${id}-example`, class: "hint", text: `For example: ${q.example}`}), box, feedback);
      item.hidden = i !== current;
      return item;
    }));
    progress.textContent = `Question ${current + 1} of ${questions.length}`;
    document.getElementById("back").disabled = current === 0;
    document.getElementById("next").disabled = current === questions.length - 1;
    showAssembled();
  }

  async function checkOne(text, feedback) {
    if (!text.trim()) { feedback.replaceChildren(); return; }
    try {
      const result = await post("/api/v1/check", {text, kind});
      const found = [];
      for (const report of result.reports) {
        for (const f of report.findings) {
          if (ANSWER_CODES.test(f.code) && !wholeStatement(f, report)) found.push(f);
        }
      }
      feedback.replaceChildren(...(found.length ? found.map((f) => el("li", {class: `finding sev-${f.severity}`},
                                                  el("span", {class: "sev", text: `${SOS.SEVERITY[f.severity] || f.severity}: `}), f.message))
                                                : [el("li", {class: "clean", text: "No jargon, labels, vague or blaming words here."})]));
    } catch (error) {
      feedback.replaceChildren(el("li", {class: "problem", text: error.message}));
    }
  }

  function move(by) {
    const total = QUESTIONS[kind].length;
    current = Math.max(0, Math.min(total - 1, current + by));
    draw();
    document.getElementById(`answer-${QUESTIONS[kind][current].id}`).focus();
  }

  async function checkAll() {
    const text = assemble();
    if (!text) { status.textContent = "Answer at least one question first."; return; }
    try {
      const result = await post("/api/v1/check", {text, kind});
      document.getElementById("whole-report").replaceChildren(...result.reports.map((r, i) => reportCard(r, i)));
      status.textContent = `Checked the whole statement: score ${result.reports.map((r) => r.score.toFixed(1)).join(", ")} out of 10.`;
    } catch (error) { status.textContent = error.message; }
  }

  for (const radio of document.querySelectorAll("input[name=build-kind]")) {
    radio.addEventListener("change", () => { kind = radio.value; current = 0; draw(); });
  }
  document.getElementById("back").addEventListener("click", () => move(-1));
  document.getElementById("next").addEventListener("click", () => move(1));
  document.getElementById("check-all").addEventListener("click", checkAll);
  document.getElementById("copy-statement").addEventListener("click", async () => {
    try { await copyText(assemble()); status.textContent = "Copied the statement."; }
    catch (error) { status.textContent = "Copying did not work; select the text and copy it."; }
  });
  document.getElementById("handover").addEventListener("submit", (event) => {
    if (!assemble()) { event.preventDefault(); status.textContent = "Answer at least one question first."; }
  });
  draw();
})();
