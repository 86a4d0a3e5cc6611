"""Round 37 (r37d): who is who.

- `sos-lint check` takes --child-name and --name ROLE=NAME as `rewrite` does, so a practitioner can
  tell the check who the child is; a child named so is the one the suggestions name.
- Names a statement opens by speaking to, before a child named by age spoken of, are the parents,
  also where the parse joins the child to their list.
- Being over the drink-drive limit is an adult's state.
- A mention listed only with names that other mentions read as adults says nothing of a child.
Every sentence here is written for these tests, with near misses that must keep their reading.
"""
from __future__ import annotations

import pytest
from typer.testing import CliRunner

from sos_lint import people as P
from sos_lint.cli import app

runner = CliRunner()
# Two grown-ups named bare and a baby named bare: nothing in the words says which is the child.
LATE = ("Kerry and Shaun were still asleep at two in the afternoon, and Robyn had been in the same nappy "
        "since the night before.\n")


def _check(path, *args):
    return runner.invoke(app, ["check", str(path), "--kind", "worry", *args])


@pytest.fixture
def late(tmp_path):
    path = tmp_path / "late.txt"
    path.write_text(LATE, encoding="utf-8")
    return path


def _named_in_suggestions(output: str) -> set[str]:
    return {name for name in ("Kerry", "Shaun", "Robyn") if f"If nothing changes, {name} could" in output}


def test_check_names_the_child_it_is_told(late):
    plain = _check(late)
    assert plain.exit_code == 1
    assert _named_in_suggestions(plain.stdout) == {"Kerry"}  # the text alone: the first bare name
    told = _check(late, "--child-name", "Robyn")
    assert told.exit_code == 1
    assert _named_in_suggestions(told.stdout) == {"Robyn"}
    assert "Kerry's teacher" not in told.stdout and "Robyn's teacher" in told.stdout


def test_check_reads_adults_named_by_role(late):
    told = _check(late, "--name", "mother=Kerry", "--name", "father=Shaun")
    assert told.exit_code == 1
    assert _named_in_suggestions(told.stdout) == {"Robyn"}


def test_check_name_wants_role_equals_name(late):
    for bad in ("mother", "=Kerry", "mother= "):
        result = _check(late, "--name", bad)
        assert result.exit_code == 2
        assert "--name wants ROLE=NAME" in result.output


def test_check_help_names_the_options_as_rewrite_does():
    check_help = runner.invoke(app, ["check", "--help"]).stdout
    rewrite_help = runner.invoke(app, ["rewrite", "--help"]).stdout
    for option in ("--child-name", "--name"):
        assert option in check_help and option in rewrite_help
    assert "ROLE=NAME" in check_help


def test_command_line_names_override_the_configuration(tmp_path, late):
    config = tmp_path / "names.toml"
    config.write_text('[names]\nchild = "Kerry"\n', encoding="utf-8")
    from_file = _check(late, "--config", str(config))
    assert _named_in_suggestions(from_file.stdout) == {"Kerry"}
    both = _check(late, "--config", str(config), "--child-name", "Robyn")
    assert _named_in_suggestions(both.stdout) == {"Robyn"}


def test_fix_diff_takes_the_names_too(late):
    result = runner.invoke(app, ["check", str(late), "--diff", "--child-name", "Robyn"])
    assert result.exit_code in (0, 1)
    assert "Traceback" not in result.output


@pytest.fixture(scope="module")
def nlp():
    from sos_lint.nlp import load

    return load()


def read(nlp, text):
    found = P.people(nlp(text))
    return {p.name for p in found.children}, {p.name for p in found.adults}


@pytest.mark.parametrize("text, adults, children", [
    ("Vikram and Sunita, Aarav (7) has told us he wants a calm house.", {"Vikram", "Sunita"}, {"Aarav"}),
    ("Marek and Ola, last Tuesday Zofia (3) was found in the street in her pyjamas.", {"Marek", "Ola"}, {"Zofia"}),
    ("Dorota and Piotr, Zofia (3) is frightened when the shouting starts at night.", {"Dorota", "Piotr"}, {"Zofia"}),
])
def test_names_spoken_to_before_a_child_spoken_of_are_the_parents(nlp, text, adults, children):
    kids, grown = read(nlp, text)
    assert adults <= grown and not adults & kids
    assert children <= kids


@pytest.mark.parametrize("text, kids", [
    ("Marek and Ola, both 14, were found drinking in the park.", {"Marek", "Ola"}),  # their own age
    ("Zofia (3) and Kuba (5), when you feel frightened, you can tell Miss Ward.", {"Zofia", "Kuba"}),
])
def test_near_misses_of_names_spoken_to(nlp, text, kids):
    children, grown = read(nlp, text)
    assert kids <= children and not kids & grown


@pytest.mark.parametrize("text, adult", [
    ("Skye (5) and Jax (2) were in the van, and Gavin was over the limit.", "Gavin"),
    ("Skye (5) was in the back of the car and the test showed Nia was three times over the legal limit.", "Nia"),
    ("Gavin, Skye and Jax were in the van when it was stopped, and Gavin was found to be over the drink-drive "
     "limit; Skye is 5 and Jax is 2.", "Gavin"),
])
def test_over_the_limit_is_an_adult(nlp, text, adult):
    children, grown = read(nlp, text)
    assert adult in grown and adult not in children


def test_over_a_limit_of_something_else_says_nothing():
    from sos_lint.nlp import load
    from sos_lint.people.said import _over_the_limit

    nlp_ = load()
    for text in ("Kai was over the time limit for his game.", "Kai is over the moon.",
                 "Kai was over a limit his mum set."):
        doc = nlp_(text)
        assert _over_the_limit(next(t for t in doc if t.dep_ == "ROOT")) == ""
    doc = nlp_("Kai was over the limit.")
    assert _over_the_limit(next(t for t in doc if t.dep_ == "ROOT")) == "over the limit"


@pytest.mark.parametrize("text, adults, children", [
    ("Gavin, Leanne, Skye (5) and Jax (2) share one room, and Gavin and Leanne inject heroin there at night.",
     {"Gavin", "Leanne"}, {"Skye", "Jax"}),
    ("Present at the visit: Marcus, Tia, Ava (6) and Leo (4); Marcus and Tia said they had slept through.",
     {"Marcus", "Tia"}, {"Ava", "Leo"}),
])
def test_listed_again_with_the_same_adults(nlp, text, adults, children):
    kids, grown = read(nlp, text)
    assert adults <= grown and not adults & kids
    assert children <= kids


@pytest.mark.parametrize("text, kids", [
    # listed again with a child: the list says a child, as before
    ("Gavin, Leanne, Skye (5) and Jax (2) share one room, and Skye and Leanne play there at night.", {"Leanne"}),
    # children playing with two bare names: neither is read as an adult
    ("Skye (5) and Jax (2) play with Ellie and Mason after school, and Ellie and Mason walk them home.",
     {"Ellie"}),
])
def test_listed_with_a_child_keeps_the_child(nlp, text, kids):
    children, grown = read(nlp, text)
    assert kids <= children and not kids & grown
