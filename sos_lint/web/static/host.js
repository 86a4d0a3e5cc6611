/* The projector: follows the room over server-sent events and draws the comparison as drafts arrive. */
"use strict";

(() => {
  const {el, post, DIMENSIONS} = SOS;
  const code = document.getElementById("room").dataset.code;
  const live = document.getElementById("live");
  const status = document.getElementById("host-status");
  const names = document.getElementById("toggle-names");
  const lock = document.getElementById("toggle-lock");
  const end = document.getElementById("end");
  let state = null;
  let ending = false;

  const say = (message) => { status.textContent = message; };
  const control = (body) => post(`/api/v1/rooms/${code}/control`, body);

  function table(caption, head, rows) {
    return el("table", {class: "grid"}, el("caption", {text: caption}),
      el("thead", {}, el("tr", {}, ...head.map((h) => el("th", {scope: "col", text: h})))),
      el("tbody", {}, ...rows.map((cells) => el("tr", {}, ...cells.map((c, i) =>
        i === 0 ? el("th", {scope: "row"}, c) : el("td", {}, c))))));
  }

  const childMark = () => el("strong", {class: "child-words", text: "(a child's words)"});
  const bestWording = (best) => best.child_words
    ? el("span", {}, `${best.author}: “${best.text}” `, childMark()) : `${best.author}: “${best.text}”`;

  function kindSection(k) {
    const title = k.kind === "goal" ? "Safety goals" : "Worry statements";
    const section = el("section", {class: "kind", "aria-label": title, "data-kind": k.kind}, el("h3", {text: title}));
    const dims = Object.keys(DIMENSIONS);
    section.append(table("Ranking and scores (0 to 10)", ["Rank", "Draft", "Score", ...dims.map((d) => DIMENSIONS[d])],
      k.ranking.map((r) => [String(r.rank), r.author, r.score.toFixed(1), ...dims.map((d) => (r.scores[d] ?? 0).toFixed(1))])));
    if (k.components.length) {
      section.append(table("Parts of a good statement", ["Part", "Who has it", "Best wording"],
        k.components.map((c) => [c.label, c.authors.length ? c.authors.join(", ") : "nobody yet",
                                 c.best ? bestWording(c.best) : "–"])));
    }
    if (k.missing.length) {
      section.append(el("p", {class: "missing-parts"}, el("strong", {text: "No draft has yet: "}), k.missing.join("; ")));
    }
    if (k.shared_jargon.length) {
      section.append(el("h4", {text: "Jargon several drafts share"}),
        el("ul", {class: "jargon"}, ...k.shared_jargon.map((t) =>
          el("li", {}, el("q", {text: t.words}), ` in ${t.authors.join(", ")}`, t.suggestion ? ` (try: ${t.suggestion})` : ""))));
    }
    if (k.combined.length) {
      section.append(el("h4", {text: k.combined_is_top_draft ? "The best draft as it is" : "Suggested combined draft (shared sentences only)"}),
        el("ol", {class: "combined"}, ...k.combined.map((c) => el("li", {}, c.text, el("span", {class: "from", text: ` (${c.author})`}),
          ...(c.child_words ? [" ", childMark()] : [])))));
    }
    // Round 35 (a conference chair's trial): what the family says in drafts the combined draft left
    // out, and a warning wherever a child's own words would go on this screen.
    if ((k.family_left || []).length) {
      section.append(el("p", {class: "family-left-head", text: "What the family says in other drafts (not in the combined draft):"}),
        el("ul", {class: "family-left"}, ...k.family_left.map((w) => el("li", {}, w.text, el("span", {class: "from", text: ` (${w.author})`})))));
    }
    if (k.child_words_note) {
      section.append(el("p", {class: "warning child-words-note", role: "note"}, el("strong", {text: "Warning: "}), k.child_words_note));
    }
    return section;
  }

  function draw(snapshot) {
    state = snapshot;
    names.setAttribute("aria-pressed", String(!snapshot.anonymous));
    names.textContent = snapshot.anonymous ? "Show names" : "Hide names (anonymous)";
    lock.setAttribute("aria-pressed", String(snapshot.locked));
    lock.textContent = snapshot.locked ? "Unlock the room" : "Lock the room";
    const shared = snapshot.participants.filter((p) => p.kinds.length).length;
    document.getElementById("who-shared").textContent =
      `${snapshot.participants.length} joined, ${shared} shared a draft${snapshot.locked ? "; the room is locked" : ""}.`;
    document.getElementById("participants").replaceChildren(...snapshot.participants.filter((p) => p.kinds.length).map((p) => {
      const remove = el("button", {type: "button", class: "link", text: `Remove ${p.label}'s drafts`});
      remove.addEventListener("click", () => control({action: "remove", number: p.number}).catch((e) => say(e.message)));
      return el("li", {"data-number": String(p.number)}, `${p.label}: ${p.kinds.join(" and ")} `, remove);
    }));
    const comparison = snapshot.comparison;
    live.replaceChildren(...(comparison ? comparison.comparisons.map(kindSection)
                                        : [el("p", {class: "hint", text: "No drafts yet. They appear here when people share them."})]));
    document.body.dataset.version = String(snapshot.version);
  }

  function over() {
    if (document.body.dataset.ended === "true") return;  // said once: the event and the answer both call this
    document.body.dataset.ended = "true";
    const notice = el("p", {class: "notice", text: "The exercise has ended. Every draft has been deleted."});
    live.replaceChildren(notice);
    SOS.disableAll(Array.from(document.querySelectorAll(".controls button")), true, notice);
    say("The exercise has ended.");
  }

  const events = new EventSource(`/api/v1/rooms/${code}/events`);
  events.addEventListener("room", (event) => draw(JSON.parse(event.data)));
  events.addEventListener("ended", () => { events.close(); over(); });

  names.addEventListener("click", () => {
    if (!state || !state.anonymous) {
      control({action: "anonymous"}).catch((e) => say(e.message));
      return;
    }
    // Round 33: names go up only once the supervisor has read what will be shown, and said yes.
    if (!window.confirm(names.dataset.warning)) {
      say("Names stay hidden.");
      return;
    }
    control({action: "names", confirm: true}).then(() => say("Names are shown. Press the button again to hide them."))
      .catch((e) => say(e.message));
  });
  lock.addEventListener("click", () => control({action: state && state.locked ? "unlock" : "lock"}).catch((e) => say(e.message)));
  document.getElementById("case-form").addEventListener("submit", (event) => {
    event.preventDefault();
    control({action: "case_info", text: document.getElementById("case-text").value})
      .then((answer) => {
        // With redaction on, the box now holds what everyone sees: names, places and schools replaced.
        if (answer && typeof answer.case_info === "string") document.getElementById("case-text").value = answer.case_info;
        say("Everyone who joins now sees this.");
      }).catch((e) => say(e.message));
  });
  end.addEventListener("click", async () => {
    if (!ending) {
      ending = true;
      end.textContent = "Press again to end the exercise and delete every draft";
      return;
    }
    try { await control({action: "end"}); events.close(); over(); } catch (e) { say(e.message); }
  });
})();
