"""Round 37 (a school DSL's trial of `compare`, /work/wt/review37s/REPORT.md, S#6): the combined draft
put a child's quoted words under "What could happen if nothing changes" and left out the draft's own
sentence saying what will happen if nothing changes.

- A sentence that says, in its own words (not inside quotation marks), what will or could happen if
  things go on as they are ("if this carries on", "if nothing changes", "unless …") is marked
  "future" from the parse, and is the future part's sentence in its draft.
- A sentence that is only someone's quoted words (no verb outside the quotation but one of saying)
  is marked "quote", and is taken for a part only when no other sentence, in its draft or another,
  gives that part.
Every draft here is new wording (another family, other harms), not the DSL's."""
from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from sos_lint.compare import sentence_marks

runner = CliRunner()


def _marks(engine, text: str) -> dict[str, frozenset]:
    doc = next(iter(engine.parse([text])))
    return {text[s:e]: kinds for s, e, kinds in sentence_marks(doc)}


def _compare(folder: Path, files: dict) -> dict:
    from sos_lint import cli

    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
        paths.append(str(folder / name))
    result = runner.invoke(cli.app, ["compare", *paths, "-f", "json"])
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)["comparisons"][0]


# -- what the parse marks --------------------------------------------------------------------------

def test_a_sentence_on_what_happens_if_things_go_on_is_marked_future(engine):
    text = ("The nursery is worried that if the shouting goes on, Amir will stop talking at nursery. "
            "Unless Gran gets help with her memory, Ruby may be left without meals. "
            "If Dad keeps pushing Leah down the stairs, she could break her arm.")
    marks = _marks(engine, text)
    assert len(marks) == 3 and all("future" in kinds for kinds in marks.values())


def test_near_misses_plans_habits_reported_plans_and_quoted_fears_are_not_future(engine):
    text = ("Dad will ring the nursery if he is running late. "
            "If Mum has a migraine, Tyler makes his own tea. "
            "Auntie Jo said she will step in if the drinking carries on. "
            "Tyler told his teacher \"If this keeps happening I'll run away.\"")
    marks = _marks(engine, text)
    assert not any("future" in kinds for kinds in marks.values())


def test_a_sentence_that_is_only_quoted_words_is_marked_quote(engine):
    text = ("Amir told his key worker, \"Daddy shouts at Mummy.\" "
            "Amir hid under the table and told his key worker \"Daddy shouts.\" "
            "Amir's mum says the shouting has stopped.")
    marks = _marks(engine, text)
    quoted = [t for t, kinds in marks.items() if "quote" in kinds]
    assert quoted == ["Amir told his key worker, \"Daddy shouts at Mummy.\""]


# -- the combined draft ----------------------------------------------------------------------------

NURSE = ("Worry statement\nThe school nurse and I (the social worker) are worried about Ruby, who is 9. Since "
         "January, Ruby has come to school without breakfast on most days. On 3 March Gran, who looks after Ruby, "
         "left her alone in the flat overnight because Gran forgot she was there. Ruby said \"I'm scared if I tell "
         "anyone they'll put Gran in a home.\" We are worried that if this carries on, Ruby will go hungry and "
         "could be hurt on her own at night.\n")
TEACHER = ("Worry statement\nRuby's class teacher is worried because Ruby is hungry in the mornings and Gran forgets "
           "to collect her from school. Ruby has been left at the school gate after dark three times since January.\n")


def _best(comparison: dict, name: str):
    return next(r["best"] for r in comparison["components"] if r["name"] == name)


def test_the_future_part_is_the_drafts_own_if_this_carries_on_sentence(tmp_path):
    comparison = _compare(tmp_path, {"nurse.txt": NURSE, "teacher.txt": TEACHER})
    future = _best(comparison, "future")["text"]
    assert future.startswith("We are worried that if this carries on, Ruby will go hungry")
    texts = [c["text"] for c in comparison["combined"]]
    assert any(t.startswith("We are worried that if this carries on") for t in texts)
    assert not any("put Gran in a home" in t and "What could happen if nothing changes" in c["parts"]
                   for t, c in zip(texts, comparison["combined"]))


def test_a_quotation_gives_way_to_another_drafts_own_words_for_a_part(tmp_path):
    # The nurse's draft shows what it means for Ruby only in Ruby's quoted words; the teacher's says it
    # in its own: the teacher's sentence is the part's best wording, though the nurse's draft ranks first.
    comparison = _compare(tmp_path, {"nurse.txt": NURSE, "teacher.txt": TEACHER})
    assert comparison["ranking"][0]["author"] == "nurse"
    impact = _best(comparison, "impact")
    assert impact["author"] == "teacher" and "\"" not in impact["text"]


def test_near_miss_a_quotation_is_still_taken_when_nothing_else_shows_the_part(tmp_path):
    quote_only = ("Worry statement\nThe health visitor is worried about Ruby, who is 9. On 3 March Gran left Ruby "
                  "alone in the flat overnight. Ruby said \"If Gran keeps forgetting me I will get hurt.\"\n")
    police = ("Worry statement\nThe police are worried about Ruby. On 3 March Gran left Ruby alone in the flat "
              "overnight.\n")
    comparison = _compare(tmp_path, {"hv.txt": quote_only, "police.txt": police})
    impact = _best(comparison, "impact")
    assert impact is not None and impact["text"].startswith("Ruby said \"If Gran keeps forgetting me")


def test_a_quotation_said_by_she_after_a_sentence_about_a_child_is_a_childs_words(engine):
    text = ("Leah has bruises on both arms. She said \"Dad pushed me into the door.\" "
            "Mum was upset at the meeting. She said \"It was an accident.\" "
            "Leah's teacher rang Mum. He said \"Please come in tomorrow.\"")
    marks = _marks(engine, text)
    assert marks["She said \"Dad pushed me into the door.\""] == {"child_words", "quote"}
    # near misses: "she" after a sentence about Mum, "he" after one about the teacher
    assert "child_words" not in marks["She said \"It was an accident.\""]
    assert "child_words" not in marks["He said \"Please come in tomorrow.\""]
