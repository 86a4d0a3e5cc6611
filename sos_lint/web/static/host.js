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
  let removing = null;  // round 40 (C#13): the draft number whose "Remove" was pressed once
  let removeTimer = null;

  const say = (message) => { status.textContent = message; };
  const control = (body) => post(`/api/v1/rooms/${code}/control`, body);

  function table(caption, head, rows) {
    return el("table", {class: "grid"}, el("caption", {text: caption}),
      el("thead", {}, el("tr", {}, ...head.map((h) => el("th", {scope: "col", text: h})))),
      el("tbody", {}, ...rows.map((cells) => el("tr", {}, ...cells.map((c, i) =>
        i === 0 ? el("th", {scope: "row"}, c) : el("td", {}, c))))));
  }

  const childMark = () => el("strong", {class: "child-words", text: "(a child's words)"});

  // Round 40 (C#13): the best wording and the combined draft can be copied in one press. The
  // clipboard API needs a secure page (https or this computer); elsewhere the words are selected
  // and copied the older way.
  function copyByHand(text) {
    const box = el("textarea", {class: "copy-buffer", "aria-hidden": "true", readonly: "readonly"});
    box.value = text;
    document.body.append(box);
    box.select();
    const done = document.execCommand("copy");
    box.remove();
    return done;
  }
  async function copyText(text, what) {
    let done = false;
    if (navigator.clipboard && window.isSecureContext) {
      // A browser may never answer (no focus, no permission): wait two seconds at most.
      const late = new Promise((_, reject) => setTimeout(() => reject(new Error("no answer")), 2000));
      try { await Promise.race([navigator.clipboard.writeText(text), late]); done = true; } catch (error) { done = false; }
    }
    if (!done) { try { done = copyByHand(text); } catch (error) { done = false; } }
    say(done ? `Copied ${what}.` : `Could not copy ${what}: select the words and copy them by hand.`);
    document.body.dataset.copied = text;
  }
  const copyButton = (label, text, what) => {
    const button = el("button", {type: "button", class: "copy link", text: label});
    button.addEventListener("click", () => copyText(text, what));
    return button;
  };
  const bestWording = (best) => best.child_words
    ? el("span", {}, `${best.author}: “${best.text}” `, childMark()) : `${best.author}: “${best.text}”`;

  function kindSection(k) {
    const title = k.kind === "goal" ? "Safety goals" : "Worry statements";
    const section = el("section", {class: "kind", "aria-label": title, "data-kind": k.kind}, el("h3", {text: title}));
    const dims = Object.keys(DIMENSIONS);
    section.append(table("Ranking and scores (0 to 10)", ["Rank", "Draft", "Score", ...dims.map((d) => DIMENSIONS[d])],
      k.ranking.map((r) => [String(r.rank), r.author, r.score.toFixed(1), ...dims.map((d) => (r.scores[d] ?? 0).toFixed(1))])));
    // Round 40 (C#12): two drafts word for word the same are worth saying.
    for (const same of k.same_as || []) {
      section.append(el("p", {class: "same-draft note", text: `${same.author} is the same as ${same.same_as}, word for word.`}));
    }
    if (k.components.length) {
      section.append(table("Parts of a good statement", ["Part", "Who has it", "Best wording"],
        k.components.map((c) => [c.label, c.authors.length ? c.authors.join(", ") : "nobody yet",
                                 c.best ? el("span", {}, bestWording(c.best), " ",
                                             copyButton(`Copy the best wording for ${c.label}`, c.best.text, `the best wording for ${c.label}`))
                                        : "–"])));
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
          ...(c.child_words ? [" ", childMark()] : [])))),
        copyButton(k.combined_is_top_draft ? "Copy the best draft" : "Copy the combined draft",
                   k.combined.map((c) => c.text).join(" "), k.combined_is_top_draft ? "the best draft" : "the combined draft"));
    }
    // Round 35 (a conference chair's trial): what the family says in drafts the combined draft left
    // out, and a warning wherever a child's own words would go on this screen.
    if ((k.family_left || []).length) {
      // Round 40 (C#9): a professional's account of what a parent said, not the family's own words.
      section.append(el("p", {class: "family-left-head", text: "What the family says in other drafts, as the writers tell it (each writer's account, not the family's own words; not in the combined draft):"}),
        el("ul", {class: "family-left"}, ...k.family_left.map((w) => el("li", {}, w.text, el("span", {class: "from", text: ` (${w.author}'s account)`})))));
      if (k.family_words_note) {
        section.append(el("p", {class: "warning family-words-note", role: "note"}, el("strong", {text: "Warning: "}), k.family_words_note));
      }
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
    // Round 40 (C#5): one line that is always true, drawn from the room itself.
    const withheld = snapshot.participants.filter((p) => p.name_withheld).length;
    document.getElementById("names-state").textContent = snapshot.anonymous
      ? (snapshot.names_shown_once ? "Names are hidden. Every draft got a new number when names were hidden, but the room may remember what it saw." : "Names are hidden: drafts are shown as \u201cDraft N\u201d.")
      : `Names are shown for people who gave one.${withheld ? ` ${withheld} name${withheld === 1 ? " is" : "s are"} not shown because ${withheld === 1 ? "it is" : "they are"} a name from the family.` : ""}`;
    lock.setAttribute("aria-pressed", String(snapshot.locked));
    lock.textContent = snapshot.locked ? "Unlock the room" : "Lock the room";
    const shared = snapshot.participants.filter((p) => p.kinds.length).length;
    document.getElementById("who-shared").textContent =
      `${snapshot.participants.length} joined, ${shared} shared a draft${snapshot.locked ? "; the room is locked" : ""}.`;
    // Round 40 (C#13): "Remove" asks for a second press, and a removed draft can be put back.
    document.getElementById("participants").replaceChildren(...snapshot.participants.filter((p) => p.kinds.length || p.removed).map((p) => {
      if (!p.kinds.length) {
        const back = el("button", {type: "button", class: "link restore", text: `Put ${p.label}'s drafts back`});
        back.addEventListener("click", () => control({action: "restore", number: p.number})
          .then(() => say(`${p.label}'s drafts are back on the projector.`)).catch((e) => say(e.message)));
        return el("li", {"data-number": String(p.number)}, `${p.label}: removed `, back);
      }
      const again = removing === p.number;
      const remove = el("button", {type: "button", class: again ? "link danger remove" : "link remove",
                                   text: again ? `Press again to remove ${p.label}'s drafts` : `Remove ${p.label}'s drafts`});
      remove.addEventListener("click", () => {
        clearTimeout(removeTimer);
        if (removing !== p.number) {
          removing = p.number;
          removeTimer = setTimeout(() => { removing = null; if (state) draw(state); }, 8000);
          draw(state);
          say(`Press “Press again to remove ${p.label}'s drafts” to take them off the projector. You can put them back afterwards.`);
          return;
        }
        removing = null;
        control({action: "remove", number: p.number})
          .then(() => say(`Removed ${p.label}'s drafts. “Put ${p.label}'s drafts back” undoes it.`)).catch((e) => say(e.message));
      });
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
      control({action: "anonymous"})
        .then(() => say("Names are hidden. Every draft now has a new number, so the old numbers no longer point to anyone; the room may still remember what it saw."))
        .catch((e) => say(e.message));
      return;
    }
    // Round 33: names go up only once the supervisor has read what will be shown, and said yes.
    if (!window.confirm(names.dataset.warning)) {
      say("Names stay hidden.");
      return;
    }
    control({action: "names", confirm: true}).then(() => say("Names are shown. Press “Hide names (anonymous)” to hide them: every draft then gets a new number."))
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
