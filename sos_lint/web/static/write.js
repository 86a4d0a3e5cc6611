/* A participant's page: private live checks of their own drafts, and "share" to the projector. */
"use strict";

(() => {
  const {el, post, debounce, reportCard} = SOS;
  const code = document.getElementById("room").dataset.code;
  const status = document.getElementById("room-status");

  for (const box of document.querySelectorAll("textarea.room-draft")) {
    const kind = box.dataset.kind;
    const target = document.getElementById(`${kind}-report`);
    let sequence = 0;
    box.addEventListener("input", debounce(async () => {
      const mine = ++sequence;
      if (!box.value.trim()) { target.replaceChildren(); return; }
      try {
        const result = await post("/api/v1/check", {text: box.value, kind});
        if (mine === sequence) target.replaceChildren(...result.reports.map((r, i) => reportCard(r, i)));
      } catch (error) { target.replaceChildren(el("p", {class: "problem", text: error.message})); }
    }, 500));
  }

  for (const button of document.querySelectorAll("button.share")) {
    const kind = button.dataset.kind;
    const note = document.getElementById(`${kind}-shared`);
    button.addEventListener("click", async () => {
      const text = document.getElementById(`${kind}-draft`).value;
      if (!text.trim()) { note.textContent = "Write your draft first."; return; }
      try {
        const result = await post(`/api/v1/rooms/${code}/share`, {kind, text});
        note.textContent = `Shared (${result.shares} time${result.shares === 1 ? "" : "s"} so far). The projector shows your latest.`;
      } catch (error) { note.textContent = error.message; }
    });
  }

  async function stillOpen() {
    try {
      const response = await fetch(`/api/v1/rooms/${code}/status`, {credentials: "same-origin", cache: "no-store"});
      const state = await response.json();
      if (!state.open) {
        status.textContent = "This group exercise is over. Your drafts were not kept on the server.";
        SOS.disableAll(Array.from(document.querySelectorAll("button.share")), true, status);
        document.body.dataset.ended = "true";
        return;
      }
      document.getElementById("case-info").textContent = state.case_info || "The supervisor will tell you about the family.";
      status.textContent = state.locked ? "The supervisor has locked the room: sharing is paused." : "";
    } catch (error) { /* the next poll tries again */ }
    setTimeout(stillOpen, 5000);
  }
  setTimeout(stillOpen, 5000);
})();
