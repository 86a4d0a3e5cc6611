/* A participant's page: private live checks of their own drafts, and "share" to the projector. */
"use strict";

(() => {
  const {el, post, debounce, reportCard} = SOS;
  const code = document.getElementById("room").dataset.code;
  const status = document.getElementById("room-status");
  const HEADINGS = {worry: "worry statement", goal: "safety goal"};
  // Round 40 (C#4): a phone reloads a tab whenever someone switches apps, and the unshared draft was
  // lost. It is kept in sessionStorage: this tab of this browser only, never sent anywhere, and gone
  // when the tab is closed (localStorage would outlive the session on a shared office computer).
  const keyOf = (kind) => `sos-lint-room-${code}-${kind}`;
  const store = {
    get(kind) { try { return window.sessionStorage.getItem(keyOf(kind)) || ""; } catch (e) { return ""; } },
    set(kind, text) {
      try { if (text) window.sessionStorage.setItem(keyOf(kind), text); else window.sessionStorage.removeItem(keyOf(kind)); }
      catch (e) { /* storage off or full: the draft still works, it just does not survive a reload */ }
    },
    clear() { for (const kind of Object.keys(HEADINGS)) this.set(kind, ""); },
  };
  let mine = {};  // what the projector shows of my drafts, by kind (from the server)

  function showMine(answer) {
    if (!answer || !answer.mine) return;
    mine = answer.mine;
    for (const kind of Object.keys(HEADINGS)) {
      const line = document.getElementById(`${kind}-on-projector`);
      const withdraw = document.getElementById(`${kind}-withdraw`);
      const shown = mine[kind];
      withdraw.hidden = !shown;
      line.textContent = shown
        ? `The projector shows the ${HEADINGS[kind]} you shared last (${shown.shares} time${shown.shares === 1 ? "" : "s"} in all), as the group sees it: “${shown.text}”`
        : "";
    }
  }

  function onProjector(kind) {
    return mine[kind] ? ` Your earlier ${HEADINGS[kind]} is still on the projector; press “Take my ${HEADINGS[kind]} off the projector” to withdraw it.` : "";
  }

  for (const box of document.querySelectorAll("textarea.room-draft")) {
    const kind = box.dataset.kind;
    const target = document.getElementById(`${kind}-report`);
    let sequence = 0;
    let retry = null;
    const check = debounce(async () => {
      const mine = ++sequence;
      if (!box.value.trim()) { target.replaceChildren(); return; }
      try {
        const result = await post("/api/v1/check", {text: box.value, kind});
        if (mine === sequence) target.replaceChildren(...result.reports.map((r, i) => reportCard(r, i)));
      } catch (error) {
        if (mine !== sequence) return;
        if (!error.offline) { target.replaceChildren(el("p", {class: "problem", text: error.message})); return; }
        // Round 41 (review41m M#8, on the check page; the same on this page): a lost connection keeps
        // the last results, says so, and the draft is checked again by itself when it is back.
        const kept = !!target.querySelector("article.report");
        const line = target.querySelector("p.offline") || el("p", {class: "problem offline", role: "note"});
        line.textContent = `${error.message}${kept ? " The results below are from the last check." : ""} sos-lint will check your draft again by itself when the connection is back.`;
        if (kept) target.prepend(line); else target.replaceChildren(line);
        if (retry === null) retry = setTimeout(() => { retry = null; check(); }, 5000);
      }
    }, 500);
    window.addEventListener("online", () => { if (target.querySelector("p.offline")) check(); });
    box.addEventListener("input", () => { store.set(kind, box.value); check(); });
    const kept = store.get(kind);
    if (kept && !box.value) { box.value = kept; check(); }
  }

  for (const button of document.querySelectorAll("button.share")) {
    const kind = button.dataset.kind;
    const note = document.getElementById(`${kind}-shared`);
    button.addEventListener("click", async () => {
      const text = document.getElementById(`${kind}-draft`).value;
      if (!text.trim()) { note.textContent = "Write your draft first." + onProjector(kind); return; }
      try {
        const result = await post(`/api/v1/rooms/${code}/share`, {kind, text});
        note.textContent = `Shared (${result.shares} time${result.shares === 1 ? "" : "s"} so far). The projector shows your latest ${HEADINGS[kind]}.`;
        showMine(result);
      } catch (error) {
        // Round 40 (C#4): a refusal the live check already shows (a huge paste) is said once.
        const shown = document.getElementById(`${kind}-report`).textContent.includes(error.message);
        note.textContent = (shown ? "Not shared: see the message below." : `Not shared: ${error.message}`) + onProjector(kind);
      }
    });
  }

  for (const button of document.querySelectorAll("button.withdraw")) {
    const kind = button.dataset.kind;
    const note = document.getElementById(`${kind}-shared`);
    button.addEventListener("click", async () => {
      try {
        const result = await post(`/api/v1/rooms/${code}/withdraw`, {kind});
        showMine(result);
        note.textContent = result.withdrawn ? `Your ${HEADINGS[kind]} is off the projector. Your draft is still here for you.`
                                            : `The projector was not showing a ${HEADINGS[kind]} of yours.`;
      } catch (error) { note.textContent = error.message; }
    });
  }

  function whoYouAre(state) {
    const line = document.getElementById("who-you-are");
    if (!line || typeof state.number !== "number") return;
    const text = line.textContent.replace(/Draft \d+/, `Draft ${state.number}`);
    if (text !== line.textContent) line.textContent = text + " (Your number changed when the supervisor hid names again.)";
  }

  async function stillOpen(first) {
    try {
      const response = await fetch(`/api/v1/rooms/${code}/status`, {credentials: "same-origin", cache: "no-store"});
      const state = await response.json();
      if (!state.open) {
        store.clear();
        status.textContent = "This group exercise is over. Your drafts were not kept on the server, and this page has forgotten them.";
        SOS.disableAll(Array.from(document.querySelectorAll("button.share, button.withdraw")), true, status);
        document.body.dataset.ended = "true";
        return;
      }
      document.getElementById("case-info").textContent = state.case_info || "The supervisor will tell you about the family.";
      status.textContent = state.locked ? "The supervisor has locked the room: sharing is paused." : "";
      showMine(state);
      whoYouAre(state);
      document.body.dataset.mine = Object.keys(state.mine || {}).sort().join(" ");
    } catch (error) { /* the next poll tries again */ }
    setTimeout(stillOpen, 5000);
  }
  stillOpen(true);
})();
