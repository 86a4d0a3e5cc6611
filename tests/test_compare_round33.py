"""Round 33 (review33d): compare as a supervision group sees it on a shared screen.

- Q#4 / P#10: the combined draft keeps each sentence's "you" and backward "this" true (it takes the
  next draft's sentence for the part when the best would mislead); a hint no longer hands a part to a
  lower-ranked draft.
- Q#7: drafts from several folders are ranked and combined family by family; drafts in one folder
  that name different children get no combined draft and a plain note.
- Q#9 / P#8: --author-key reuses an existing key, so two runs agree; tied drafts rank the same with and
  without --redact; the text format is narrower and prints a long sentence once.
Every sentence here is new (other names, other harms), with near misses that must not change.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sos_lint.compare import _LEANS_BACK, _addressee, compare
from sos_lint.findings import DIMENSIONS, Finding
from sos_lint.report import Component, Report


def _report(text: str, score: float, components=(), findings=(), kind="goal") -> Report:
    return Report(text=text, kind=kind, kind_source="given", findings=list(findings),
                  scores={d: score for d in DIMENSIONS}, score=score, rule_score=score,
                  components=[Component(*c) for c in components])


def _finding(text: str, words: str, severity: str) -> Finding:
    start = text.index(words)
    return Finding("SOS999", "test-finding", "specific", severity, "test", start, start + len(words), "")


# -- who "you" is, and sentences that lean on the one before -------------------------------------

@pytest.mark.parametrize("sentence, names", [
    ("Mo and Jess, you need to show that Kit is fed and safe every day.", {"mo", "jess"}),
    ("For this to happen, Jess, when you feel low you will ring your sister Pam.", {"jess"}),
    ("Adult 2 and Adult 3, you need to show everyone that Child A is safe.", {"adult 2", "adult 3"}),
    ("Ravi, you will collect Zara from nursery.", {"ravi"}),
])
def test_a_sentence_that_names_who_it_speaks_to(sentence, names):
    assert _addressee(sentence) == frozenset(names)


@pytest.mark.parametrize("sentence", [
    "You will walk to your friend Dev's house when you feel angry.",
    "Zara told Ravi, \"you never listen\", and ran upstairs.",  # "you" inside a quote is the child's
    "On Friday, Mum and Zara went to the park.",  # names set off by commas, but no "you"
])
def test_a_sentence_that_names_no_one_as_you(sentence):
    assert _addressee(sentence) is None


@pytest.mark.parametrize("sentence", [
    "On 3 June Ellie (4) was in the room and saw this.",
    "If this keeps happening, Ellie could be hurt.",
    "Lee says that was a one-off.",
])
def test_sentences_that_lean_on_the_one_before(sentence):
    assert _LEANS_BACK.search(sentence)


@pytest.mark.parametrize("sentence", [
    "The health visitor is worried that Lee hits Mum when he drinks.",
    "This needs to happen every day for the next four months.",
    "This week Ellie missed two days of nursery.",
    "If this doesn't happen, we will ask a court to decide where Ellie lives.",
])
def test_sentences_that_stand_on_their_own(sentence):
    assert not _LEANS_BACK.search(sentence)


TOP = ("Mo and Jess, you need to show that Kit is fed and safe every day. For this to happen, Jess, when you feel "
       "low you will ring your sister Pam, and Pam will come round the same evening.")
SECOND = ("Mo, you need to stay calm around Kit. You will walk to your friend Dev's house when you feel angry.")


def _goals(top_findings=()):
    top = _report(TOP, 9.0, [("addressed", "Speaks to the family", True, "Mo and Jess, you need to show"),
                             ("network", "Who will help", True, "you will ring your sister Pam")],
                  [_finding(TOP, w, s) for w, s in top_findings])
    second = _report(SECOND, 7.0, [("addressed", "Speaks to the family", True, "Mo, you need to stay calm"),
                                   ("network", "Who will help", True, "You will walk to your friend Dev's house")])
    return top, second


def test_a_you_sentence_is_not_put_under_another_drafts_you():
    """The second draft's "You will walk…" (said to Mo) has no warning, the top draft's network
    sentence has one, so the part's best wording is the second draft's. Under the top draft's
    "Mo and Jess, you…" it would send both parents to Dev's: the combined draft takes the top
    draft's own sentence instead, which names Jess."""
    top, second = _goals([("ring your sister", "warning")])
    goal = compare([("Ada", top), ("Ben", second)]).kinds[0]
    rows = {r.name: r for r in goal.components}
    assert rows["network"].best.author == "Ben"  # the part's best wording on its own is unchanged
    assert [(c.author, c.parts) for c in goal.combined] == [("Ada", ("Speaks to the family",)),
                                                            ("Ada", ("Who will help",))]
    assert goal.combined[1].text.startswith("For this to happen, Jess,")


def test_near_miss_a_you_sentence_under_its_own_drafts_you_is_kept():
    """When the second draft's own "Mo, you…" opens the combined draft, its "You will walk…" still
    speaks to Mo, and is taken."""
    top, second = _goals([("ring your sister", "warning")])
    lower_top = _report(TOP, 6.0, [(c.name, c.label, c.present, c.evidence) for c in top.components], top.findings)
    goal = compare([("Ada", lower_top), ("Ben", second)]).kinds[0]
    assert [c.author for c in goal.combined] == ["Ben", "Ben"]
    assert goal.combined[1].text.startswith("You will walk")


def test_a_hint_does_not_hand_a_part_to_a_lower_draft():
    top, second = _goals([("ring your sister", "hint")])  # a long-sentence hint, say
    goal = compare([("Ada", top), ("Ben", second)]).kinds[0]
    assert {r.name: r for r in goal.components}["network"].best.author == "Ada"


INCIDENT = "The health visitor is worried that on 3 June Mum's partner Lee hit Mum while Ellie (4) watched."
LEANS = ("The nursery is worried about Lee hitting Mum. On 3 June Ellie (4) was in the room and saw this. "
         "If nothing changes, Ellie could be hurt.")
STANDS = ("The nursery and the health visitor are worried that Lee hits Mum. Ellie now wets the bed and asks if "
          "Lee is coming back. If nothing changes, Ellie could be hurt.")


def _worry(text, score, parts=()):
    return _report(text, score, parts, kind="worry")


def test_a_sentence_that_leans_back_is_not_put_after_another_drafts_sentence():
    first = _worry(INCIDENT, 9.0, [("behaviour", "What the adults did", True, "Lee hit Mum")])
    second = _worry(LEANS, 8.0, [("impact", "What it means for the child", True, "Ellie (4) was in the room")])
    third = _worry(STANDS, 7.0, [("impact", "What it means for the child", True, "Ellie now wets the bed")])
    worry = compare([("Ada", first), ("Ben", second), ("Cal", third)]).kinds[0]
    assert [c.author for c in worry.combined] == ["Ada", "Cal"]
    assert "wets the bed" in worry.combined[1].text


def test_near_miss_a_sentence_that_leans_back_follows_its_own_sentence():
    second = _worry(LEANS, 9.0, [("behaviour", "What the adults did", True, "Lee hitting Mum"),
                                 ("impact", "What it means for the child", True, "Ellie (4) was in the room")])
    third = _worry(STANDS, 7.0, [("impact", "What it means for the child", True, "Ellie now wets the bed")])
    worry = compare([("Ben", second), ("Cal", third)]).kinds[0]
    assert [(c.author, c.text) for c in worry.combined] == [
        ("Ben", "The nursery is worried about Lee hitting Mum."),
        ("Ben", "On 3 June Ellie (4) was in the room and saw this.")]


def test_when_every_option_would_mislead_the_best_is_kept():
    first = _worry(INCIDENT, 9.0, [("behaviour", "What the adults did", True, "Lee hit Mum")])
    second = _worry(LEANS, 8.0, [("impact", "What it means for the child", True, "Ellie (4) was in the room")])
    worry = compare([("Ada", first), ("Ben", second)]).kinds[0]
    assert [c.author for c in worry.combined] == ["Ada", "Ben"]


# -- ties and groups in the library ----------------------------------------------------------------

def test_ties_break_by_the_key_not_by_the_order_given():
    one, two = _worry("Lee hits Mum.", 8.0, []), _worry("Mum is hit by Lee.", 8.0, [])
    forward = compare([("A", one), ("B", two)], ties=["k2", "k1"]).kinds[0]
    backward = compare([("B", two), ("A", one)], ties=["k1", "k2"]).kinds[0]
    assert [d.author for d in forward.ranked] == [d.author for d in backward.ranked] == ["B", "A"]


def test_groups_are_ranked_and_combined_apart():
    a1, a2 = _worry("Lee hits Mum. Ellie hides.", 8.0), _worry("Ellie is scared.", 6.0)
    b1 = _worry("Men pick Rio up from school.", 9.0)
    result = compare([("A1", a1), ("B1", b1), ("A2", a2)], groups=["ellie/", "rio/", "ellie/"])
    assert [(k.title, [d.author for d in k.ranked]) for k in result.kinds] == [
        ("ellie/: Worry statement", ["A1", "A2"]), ("rio/: Worry statement", ["B1"])]
    assert "2 groups (ellie/, rio/)" in result.notes[0]
    assert all(c.author in ("A1", "A2") for c in result.kinds[0].combined)


def test_near_miss_one_group_gives_no_titles_or_notes():
    result = compare([("A", _worry("Lee hits Mum.", 8.0)), ("B", _worry("Ellie hides.", 6.0))], groups=["x/", "x/"])
    assert result.notes == [] and result.kinds[0].title is None


# -- the command ---------------------------------------------------------------------------------

runner = CliRunner()


def _app():
    from sos_lint import cli
    return cli.app


def _write(folder: Path, files: dict) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


ELLIE = {
    "ada.txt": ("Worry statement\nThe health visitor and the nursery are worried that Lee, Mum's partner, hits Mum when "
                "he drinks. On 3 June Lee hit Mum in the kitchen while Ellie, who is 4, watched. Ellie now wets the "
                "bed. If nothing changes, Ellie could be hurt when Lee is drunk.\n"),
    "ben.txt": ("Worry statement\nThe nursery is worried that Lee hits Mum. Ellie, who is 4, told her key worker "
                "she is scared of Lee. If nothing changes, Ellie could be hurt.\n"),
}
RIO = {
    "cat.txt": ("Worry statement\nRio's school and the youth worker are worried that older men collect Rio, who is "
                "14, from school and drive him to other towns. On 2 May he came home at 2am with a black eye. If "
                "nothing changes, Rio could be stabbed or badly hurt.\n"),
    "dee.txt": ("Worry statement\nThe youth worker is worried that men are using Rio, who is 14, to carry drugs. "
                "If nothing changes, Rio could be badly hurt.\n"),
}


def _json(args) -> dict:
    result = runner.invoke(_app(), ["compare", *args, "-f", "json"])
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)


def test_two_family_folders_are_compared_apart(tmp_path):
    a, b = _write(tmp_path / "ellie_family", ELLIE), _write(tmp_path / "rio_family", RIO)
    data = _json([str(a), str(b)])
    titles = [k["title"] for k in data["comparisons"]]
    assert len(titles) == 2 and titles[0].endswith("ellie_family/: Worry statement")
    assert {r["author"] for r in data["comparisons"][0]["ranking"]} == {"ada", "ben"}
    assert all("Rio" not in c["text"] for c in data["comparisons"][0]["combined"])
    assert "each is ranked and combined on its own" in data["notes"][0]
    # Redacted, a folder's name (often the family's) is not shown: "family N" instead.
    red = _json([str(a), str(b), "--redact"])
    assert [k["title"] for k in red["comparisons"]] == ["family 1: Worry statement", "family 2: Worry statement"]
    assert "ellie" not in json.dumps(red).lower()


def test_one_folder_with_different_children_gets_no_combined_draft(tmp_path):
    mixed = _write(tmp_path / "today", {**ELLIE, **RIO})
    data = _json([str(mixed)])
    (worry,) = data["comparisons"]
    assert worry["combined"] == [] and "different children" in worry["combined_withheld"]
    assert "different children" in data["notes"][0] and "Rio" not in data["notes"][0]
    text = runner.invoke(_app(), ["compare", str(mixed)]).stdout
    assert "No combined draft: these drafts seem to be about different children" in text


def test_near_miss_one_family_in_one_folder_is_combined(tmp_path):
    data = _json([str(_write(tmp_path / "ellie", ELLIE))])
    assert data["notes"] == [] and data["comparisons"][0]["combined"]
    assert data["comparisons"][0]["combined_withheld"] is None


TIED = {
    "kim.txt": ("Worry statement\nThe school nurse is worried that Dad hits Sol with a belt. On 9 May Sol, who is 8, "
                "had red marks on his legs. Sol says he is scared to go home. If nothing changes, Sol could be "
                "badly hurt.\n"),
    "lou.txt": ("Worry statement\nThe school nurse is worried that Dad hits Sol with a belt. On 9 May Sol, who is 8, "
                "had red marks on his back. Sol says he is scared to go home. If nothing changes, Sol could be "
                "badly hurt.\n"),
}


def test_tied_drafts_rank_alike_with_and_without_redact(tmp_path):
    folder = _write(tmp_path / "sol", TIED)
    plain = _json([str(folder)])["comparisons"][0]
    scores = [r["score"] for r in plain["ranking"]]
    assert scores[0] == scores[1]  # the two drafts tie
    for run in range(3):  # the random "Author N" must not decide the order
        key = tmp_path / f"key{run}.txt"
        red = _json([str(folder), "--redact", "--author-key", str(key)])["comparisons"][0]
        mapping = dict(line.split("\t") for line in key.read_text(encoding="utf-8").splitlines())
        assert [mapping[r["author"]] for r in red["ranking"]] == [r["author"] for r in plain["ranking"]]
        assert [mapping[c["author"]] for c in red["combined"]] == [c["author"] for c in plain["combined"]]


def test_an_existing_author_key_is_used_again(tmp_path):
    folder = _write(tmp_path / "ellie", ELLIE)
    key = tmp_path / "key.txt"
    key.write_text("Author 2\tada\nAuthor 1\tben\n", encoding="utf-8")
    before = key.read_text(encoding="utf-8")
    for _ in range(2):
        data = _json([str(folder), "--redact", "--author-key", str(key)])
        texts = {r["author"]: r["text"] for r in data["comparisons"][0]["ranking"]}
        assert "key worker" in texts["Author 1"] and "kitchen" in texts["Author 2"]
    assert key.read_text(encoding="utf-8") == before  # complete: left as it was


def test_an_author_key_missing_an_author_gains_one(tmp_path):
    folder = _write(tmp_path / "both", {**ELLIE, "cy.txt": ELLIE["ben.txt"].replace("nursery", "health visitor")})
    key = tmp_path / "key.txt"
    key.write_text("Author 2\tada\n", encoding="utf-8")
    _json([str(folder), "--redact", "--author-key", str(key)])
    mapping = dict(line.split("\t") for line in key.read_text(encoding="utf-8").splitlines())
    assert mapping["Author 2"] == "ada" and sorted(mapping) == ["Author 1", "Author 2", "Author 3"]


@pytest.mark.parametrize("content", ["Author two\tada\n", "Author 1\tada\nAuthor 1\tben\n", "ada\n"])
def test_a_broken_author_key_is_refused_in_one_line(tmp_path, content):
    folder = _write(tmp_path / "ellie", ELLIE)
    key = tmp_path / "key.txt"
    key.write_text(content, encoding="utf-8")
    result = runner.invoke(_app(), ["compare", str(folder), "--redact", "--author-key", str(key)])
    assert result.exit_code == 2 and "author key" in result.stderr
    assert key.read_text(encoding="utf-8") == content


def test_the_text_format_fits_a_projector_and_says_a_sentence_once(tmp_path):
    folder = _write(tmp_path / "sol", {**TIED, "max.txt": "Worry statement\nThere are concerns about Sol.\n"})
    result = runner.invoke(_app(), ["compare", str(folder)])
    lines = result.stdout.splitlines()
    assert max(len(line) for line in lines) <= 88 and not any(line != line.rstrip() for line in lines)
    # The best sentence for several parts is printed in full once, then referred to.
    sentences = [line for line in lines if "The same sentence as for" in line]
    best_block = result.stdout.split("Suggested combined draft")[0]
    assert sentences and best_block.count("The school nurse is worried") == 1
    assert re.search(r"The same sentence as for \"[A-Z][a-z ]+\"\.", best_block)


# -- someone named later, introduced in a sentence left out ---------------------------------------

PLAN = ("Ravi, you and Zara need Zara to be safe at home. For this to happen, Ravi's sister Meena will collect Zara "
        "from school every day. Aunt Bea will sleep over on Fridays. Zara will know that Ravi, Meena or Bea will "
        "answer the phone at night.")


def _plan(experience="Zara will know that Ravi, Meena or Bea"):
    return _report(PLAN, 9.0, [("addressed", "Speaks to the family", True, "Ravi, you and Zara need"),
                               ("network", "Who will help", True, "Ravi's sister Meena will collect Zara"),
                               ("experience", "What the child will experience", True, experience)])


def test_a_person_named_later_is_introduced_from_their_own_draft():
    goal = compare([("Ada", _plan()), ("Ben", _report("Zara will be safe.", 3.0))]).kinds[0]
    assert [(c.text, c.parts) for c in goal.combined][2:] == [
        ("Aunt Bea will sleep over on Fridays.", ("Says who Bea is",)),
        ("Zara will know that Ravi, Meena or Bea will answer the phone at night.", ("What the child will experience",))]


def test_near_miss_no_sentence_is_brought_in_for_people_already_named():
    text = ("Ravi, you and Zara need Zara to be safe at home. For this to happen, Ravi's sister Meena will collect "
            "Zara from school every day. Zara will know that Ravi or Meena will answer the phone at night.")
    goal = _report(text, 9.0, [("addressed", "Speaks to the family", True, "Ravi, you and Zara need"),
                               ("network", "Who will help", True, "Ravi's sister Meena will collect Zara"),
                               ("experience", "What the child will experience", True, "Zara will know")])
    combined = compare([("Ada", goal), ("Ben", _report("Zara will be safe.", 3.0))]).kinds[0].combined
    assert len(combined) == 3 and not any(p.startswith("Says who") for c in combined for p in c.parts)


def test_the_introduction_is_redacted_and_chosen_as_in_a_plain_run(tmp_path):
    folder = _write(tmp_path / "zara", {
        "ada.txt": ("Safety goal\nRavi, you and Zara need Zara to be safe at home. For this to happen, Zara's grandad "
                    "Joe and Ravi's friend Sam will take turns to collect Zara from school every day. Aunt Bea will "
                    "sleep over on Fridays. Zara will know that Ravi, Joe or Bea will answer the phone at night. This "
                    "needs to happen every day for the next six months. If this does not happen, Zara may need to "
                    "stay with Joe for a while.\n"),
        "ben.txt": "Safety goal\nRavi will engage with services and Zara will be safe.\n"})
    plain = _json([str(folder)])["comparisons"][0]
    red = _json([str(folder), "--redact"])["comparisons"][0]
    assert ("Aunt Bea will sleep over on Fridays.", ["Says who Bea is"]) in [(c["text"], c["parts"])
                                                                           for c in plain["combined"]]
    assert [c["parts"][0].startswith("Says who") for c in plain["combined"]] == \
        [c["parts"][0].startswith("Says who") for c in red["combined"]]
    intro = next(c for c in red["combined"] if c["parts"][0].startswith("Says who"))
    assert "Bea" not in json.dumps(red) and re.fullmatch(r"Says who (Adult|Child|Person) \w+ is", intro["parts"][0])


@pytest.mark.parametrize("fmt", ["markdown", "html"])
def test_markdown_and_html_say_a_repeated_best_sentence_once(tmp_path, fmt):
    folder = _write(tmp_path / "sol", {**TIED, "max.txt": "Worry statement\nThere are concerns about Sol.\n"})
    result = runner.invoke(_app(), ["compare", str(folder), "-f", fmt])
    parts = result.stdout.split("Parts of the statement")[1].split("combined draft")[0]
    assert "The same sentence as for" in parts and parts.count("The school nurse is worried") == 1


def test_a_table_and_a_folder_are_two_groups_named_as_given(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    _write(tmp_path / "ellie", ELLIE)
    (tmp_path / "rio.csv").write_text("author,text\n" + "".join(
        f'{name[:-4]},"{text.split(chr(10), 1)[1].strip()}"\n' for name, text in RIO.items()), encoding="utf-8")
    data = _json(["ellie", "rio.csv"])
    assert [k["title"] for k in data["comparisons"]] == ["ellie/: Worry statement", "rio.csv: Worry statement"]
