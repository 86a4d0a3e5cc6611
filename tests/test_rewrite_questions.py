"""Issue 11 §2: the rewrite asks a question only where the draft truly lacks the part, never breaks
a sentence or flips its meaning, and never keeps a phrase the check flags as an error.

Every example here is written for these tests (none is copied from tests/data or corpus/)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

import sos_lint
from sos_lint.data import load_toml
from sos_lint.rewrite import fidelity, people, rewrite, rewrite_many

ROOT = Path(__file__).resolve().parents[1]


def _doc(engine, text):
    return next(iter(engine.parse([text])))


def _asks(result) -> str:
    return " ".join(p.text for p in result.placeholders)


# --- who the child is ------------------------------------------------------------------------
@pytest.mark.parametrize("draft, children", [
    ("The school nurse is worried that Ivy (5) has head lice that nobody has treated.", ["Ivy"]),
    ("Dad will walk Autumn to school every morning.", ["Autumn"]),
    ("Mum will make sure Jem and Orla are fed before nursery.", ["Jem", "Orla"]),
    ("Dad has been drinking while caring for River.", ["River"]),
    ("Will will tell his teacher when he is hungry.", ["Will"]),
    ("Mum will not let Craig into the flat.", []),  # the one let in is an adult
    ("Nan will not leave Kit alone with Mum's friend Tony.", ["Kit"]),
    ("Mum will make sure Darren is not in the house.", []),  # kept out, not kept safe
    ("Dad's drinking is affecting Rio.", ["Rio"]),  # the one a worry's harm lands on
    ("Nicole to take Bea to every dental appointment.", ["Bea"]),  # "Nicole to …": the plan's doer
    ("Darcy-Mae was seen alone at the bus stop after midnight. Darcy-Mae is 8.", ["Darcy-Mae"]),
    ("Attendance is poor and the Triple P course was not finished.", []),
    ("There were police call-outs between May and August.", []),
])
def test_the_child_is_read_from_the_shared_people_analysis(engine, draft, children):
    assert people.children(_doc(engine, draft)) == children


def test_a_surely_named_child_outranks_a_name_with_nothing_around_it(engine):
    draft = "Kayla's teacher is worried because Kayla is frightened when Gav is at home."
    assert people.children(_doc(engine, draft)) == ["Kayla"]


def test_a_named_child_is_never_asked_for():
    worry = rewrite("The school nurse is worried that Ivy (5) has head lice and sores that nobody has treated.", "worry")
    assert "this child" not in worry.text and "[child's name]" not in worry.text
    assert "[what could happen to Ivy?]" in worry.text
    goal = rewrite("Dad will walk Autumn to school every morning.", "goal")
    assert goal.text.startswith("Dad, you and Autumn need [what will Autumn see, hear and feel")
    assert "[child's name]" not in goal.text


def test_a_named_child_is_still_known_after_a_question_takes_the_sentence():
    result = rewrite("Leona (13) has chosen to put herself at risk by meeting men she talks to online.", "worry")
    assert "[what could happen to Leona?]" in result.text and "this child" not in result.text


def test_several_children_are_named_together():
    worry = rewrite("Mum left Jem (3) and Orla (5) in the bath on their own on Friday.", "worry")
    assert "[What do Jem and Orla see, hear or feel? What do they miss out on?]" in worry.text
    goal = rewrite("Mum will not leave Jem and Orla in the bath on their own.", "goal")
    assert goal.text.startswith("Mum, you, Jem and Orla need [what will Jem and Orla see")


def test_an_adult_is_never_the_child_in_a_question():
    result = rewrite("Mum will not let Craig into the flat.", "goal")
    assert "Craig need" not in result.text and "Craig see" not in result.text
    assert "[child's name]" in result.text  # nobody is named as the child: the question stays


@pytest.mark.parametrize("name", ["Will", "May", "Joy", "River", "Storm", "Faith"])
def test_names_that_are_words_survive_the_rewrite(name):
    draft = f"Dad shouted at {name} (7) and threw a cup at the wall on Tuesday evening."
    result = rewrite(draft, "worry")
    assert f"{name} (7)" in result.text
    assert f"[what could happen to {name}?]" in result.text


# --- parts the draft has are not asked for ----------------------------------------------------
def test_a_sentence_that_says_who_is_worried_is_not_wrapped():
    result = rewrite("Aunt Bev is worried that Dad hits Jordan (9) with a slipper when he is drunk.", "worry")
    assert "[Who is worried" not in result.text and result.text.startswith("Aunt Bev is worried")


def test_a_date_is_when_and_the_question_is_not_asked():
    result = rewrite("Mum left Sami (2) asleep in the car outside the pub on 6 March.", "worry")
    assert "[When or where" not in result.text


def test_a_goal_whose_next_sentence_says_what_instead_is_not_asked_instead():
    result = rewrite("Dad will not smoke in the car with Ben. He will stop at a lay-by and smoke outside.", "goal")
    assert "do instead?" not in result.text


def test_stopping_again_is_not_an_instead():
    result = rewrite("Dad will not smoke in the car with Ben. He will stop smoking.", "goal")
    assert "[What will Dad do instead?]" in result.text


def test_a_worry_with_no_future_harm_still_asks_for_it():
    result = rewrite("Mum hit Joy (6) with a slipper on Sunday.", "worry")
    assert result.text.endswith("If nothing changes, [what could happen to Joy?]")


def test_the_childrens_names_are_asked_once():
    result = rewrite("The children were left alone in the flat. Dad shouted at the children and the children cried.",
                     "worry")
    assert _asks(result).count("[children's names]") == 1
    assert "shouted at them and they cried" in result.text
    assert "[What do the children see, hear or feel?" in result.text  # about them all, not "this child"


def test_the_goal_opener_does_not_ask_again_for_unnamed_children():
    result = rewrite("Mum will make sure the children are in bed by 8pm.", "goal")
    assert result.text.startswith("Mum, you and the children need")
    assert _asks(result).count("[children's names]") == 1


# --- error spans are replaced by a plain question, never kept -----------------------------------
def test_a_guess_becomes_a_question_that_keeps_the_child_it_was_about():
    result = rewrite("It is believed that Dad's gambling is affecting Rio.", "worry")
    assert "It is believed" not in result.text
    assert "[What did Dad do around Rio, and who saw or heard it?]" in result.text


def test_victim_blaming_becomes_a_question_that_keeps_the_age_and_what_the_adults_did():
    result = rewrite("Tate (15) is putting himself at risk by associating with older men who give him cannabis.",
                     "worry")
    assert "putting himself at risk" not in result.text and "associating" not in result.text
    assert "[What did the older men who give him cannabis do to Tate (15)? Who saw it?]" in result.text


# --- swaps never flip a negation ------------------------------------------------------------------
def _table_swaps():
    out = []
    for name in ("rewrite_swaps.toml", "jargon.toml", "specificity.toml"):
        table = load_toml(name)
        for entries in table.values():
            for entry in entries if isinstance(entries, list) else ():
                if isinstance(entry, dict) and entry.get("replacement") and "[" not in entry["replacement"]:
                    for phrase in (entry.get("phrase", ""), *entry.get("variants", ())):
                        out.append((phrase, entry["replacement"]))
    return out


def test_no_swap_in_the_tables_drops_a_negation(engine):
    swaps = _table_swaps()
    assert len(swaps) > 100
    phrases = list(engine.parse([f"Mum {p} it." for p, _ in swaps]))
    replacements = list(engine.parse([f"Mum {r} it." for _, r in swaps]))
    lost = [(p, r) for (p, r), a, b in zip(swaps, phrases, replacements)
            if fidelity.negations(b) < fidelity.negations(a)]
    assert not lost, lost


@pytest.mark.parametrize("draft", [
    "Mum's non-engagement with the health visitor means nobody has weighed Esme since June.",
    "Dad has not engaged with the drug service since Easter.",
    "There has been a lack of engagement from Mum with the family support worker.",
    "Mum failed to engage with the school nurse about Kai's weight.",
    "Dad refuses to work with the youth offending team.",
])
def test_negations_survive_the_whole_rewrite(engine, draft):
    result = rewrite(draft, "worry")
    old = _doc(engine, draft)
    new = _doc(engine, fidelity.without_placeholders(result.text))
    assert fidelity.negations(new) >= fidelity.negations(old), result.text
    if "work with" in result.text and "work with" not in draft:
        assert any(w in result.text for w in ("not work", "stop", "no ")), result.text


def test_the_grammar_check_counts_an_article_after_its_adjective(engine):
    draft = _doc(engine, "Parents will provide suitable bedrooms for the boys.")
    broken = _doc(engine, "Parents will provide suitable the state of the bedrooms for the boys.")
    assert fidelity.compare(draft, broken).counts["misplaced_article"] == 1
    fine = _doc(engine, "Mum will make sure the children are fed.")
    assert fidelity.compare(fine, fine).counts["misplaced_article"] == 0


# --- the probe set written for this round ------------------------------------------------------
PROBE = ROOT / "tests" / "data" / "rewrite_probe3.jsonl"


def test_the_probe_rewrites_ask_fewer_needless_questions_and_break_nothing(engine):
    from devtools.eval_rewrite import measure

    rows = [json.loads(line) for line in PROBE.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(rows) >= 40 and all("has" in r for r in rows)
    result = measure(rows)
    assert not any(result["fidelity"].values()), result["fidelity"]
    # First run, before this branch: 4.33 placeholders per rewrite, 20 needless questions
    # (14 asking for a child the draft names), kept errors 3.
    # Round 11: 4.26 before the round, 4.35 after. The rise is the goal opener asking for the
    # child's experience in drafts that lack it (rp3-038, rp3-045: "will attend school every day",
    # "a home free from violence" were read as the child's experience before, wrongly; the probe
    # marks only the child as there). Needless questions, the guard below, went 4 -> 6 (the
    # opener's "[child's name]" where the draft's only name is the subject of "will").
    assert result["placeholders_per_rewrite"] < 4.40
    assert result["questions"]["needless_questions"] <= 8
    assert result["questions"]["needless_by_part"].get("child", 0) <= 5
    asked, missing = map(int, result["questions"]["missing_worry_parts_asked"]["future"].split("/"))
    assert asked == missing  # every worry without a future harm is still asked for one


def test_rewrite_many_keeps_each_drafts_own_child():
    first, second = rewrite_many(["Dad pushed Ola (4) into the door on Monday.",
                                  "Mum locked Pip (6) out of the house on Friday night."], ["worry", "worry"])
    assert "Ola" in first.text and "Pip" not in first.text
    assert "Pip" in second.text and "Ola" not in second.text


def test_a_later_mention_of_an_unnamed_young_person_is_not_asked_again():
    result = rewrite("The YP missed school on Monday. Police found the YP at a friend's flat.", "worry", scaffold=False)
    assert _asks(result).count("[young person's name]") == 1
    assert "found the young person" in result.text


def test_a_passive_with_a_place_between_verb_and_agent_turns_round():
    result = rewrite("The twins were left alone in the car by their father on Sunday.", "worry")
    # round 31 (review31 #6): "their" stays the twins' once turned round
    assert "the twins' dad left them alone in the car on Sunday" in result.text
    assert "is worried that the twins' dad left" in result.text  # a whole sentence follows "that", not "about"


def test_two_flagged_clauses_keep_the_age_and_a_question_is_not_asked_twice():
    draft = ("Mia (14) is believed to be seeing older boys and is putting herself at risk. She has been "
             "missing twice and has made a lifestyle choice to stay out late.")
    result = rewrite(draft, "worry")
    assert "Mia (14)" in result.text
    assert "putting herself at risk" not in result.text and "lifestyle choice" not in result.text
    assert len(result.placeholders) == len({p.text for p in result.placeholders})


def test_an_age_after_aged_is_kept_once():
    result = rewrite("Kaya, aged 15, is thought to be using cannabis.", "worry")
    assert "Kaya (15)," in result.text and "(15) 15" not in result.text


def test_a_thing_with_a_capitalised_name_is_not_an_adult_in_a_question():
    result = rewrite("Mum is thought to be drinking again and the case is likely to go to the Public Law Outline.", "worry")
    assert "What did Public" not in result.text and "Outline do" not in result.text
    assert "Outline see" not in result.text and "Outline's teacher" not in result.text
    assert "The case is likely" in result.text and "Mum the case" not in result.text


def test_the_young_person_a_victim_blaming_phrase_is_said_of_is_the_child():
    result = rewrite("Sienna has made a lifestyle choice to sleep at the flats of men she meets online.", "worry")
    assert "lifestyle choice" not in result.text
    assert "[what could happen to Sienna?]" in result.text


def test_a_question_is_not_read_as_the_part_it_asks_for():
    # The whole draft becomes a question about what the adults did: what Sienna sees and feels
    # is still to be written, so it is still asked.
    result = rewrite("Sienna has made a lifestyle choice to sleep at the flats of men she meets online.", "worry")
    assert "[What does Sienna see, hear or feel?" in result.text


@pytest.mark.parametrize("draft, opener", [
    ("It is believed that Kezia (13) has been staying at the flat of a 27-year-old man on 5 nights since 2 June.",
     "It is believed that"),
    ("It is evident that the twins have been left alone overnight, as neighbours heard them crying on 3 nights in April.",
     "It is evident that"),
])
def test_a_guess_opener_over_facts_becomes_a_question_and_the_facts_stay(draft, opener):
    """A flagged "It is believed that …" governing a sentence of facts: replacing the whole clause
    would drop them, so only the opener becomes the question of who says so (never kept as written)."""
    import re as _re

    out = sos_lint.rewrite(draft, kind="worry").text
    assert opener.lower() not in out.lower()
    assert "is worried that" in out
    for number in _re.findall(r"\d+", draft):
        assert number in out
