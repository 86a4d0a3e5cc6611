"""The library under threads: four threads at once give the serial results, cold or warm, and the
public functions refuse arguments of the wrong type with one clear error naming the argument."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import sos_lint
from threads_probe import CALLS, together

HERE = Path(__file__).resolve().parent


def _cold_run(names: list[str]) -> dict:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(HERE.parent), str(HERE)])}
    done = subprocess.run([sys.executable, str(HERE / "threads_probe.py"), *names], capture_output=True,
                          text=True, env=env, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.splitlines()[-1])


@pytest.mark.parametrize("names", [["check", "check_document", "rewrite", "check_many"],
                                   ["check_document", "check_document", "rewrite", "rewrite"]])
def test_four_threads_on_a_cold_process_give_the_serial_results(names):
    run = _cold_run(names)
    assert not [v for v in run["threaded"].values() if isinstance(v, str) and v.startswith("raised")], run["threaded"]
    assert run["threaded"] == run["serial"]


def test_four_threads_on_a_warm_process_give_the_serial_results():
    serial = {f"{i}:{n}": CALLS[n]() for i, n in enumerate(CALLS)}
    for _ in range(3):
        assert together(list(CALLS)) == serial


def test_a_new_configuration_built_while_others_check_changes_nothing():
    """Building a second engine (phrase patterns are parsed with the tagger only) must not take
    the parser away from threads checking with the first."""
    config = sos_lint.Config(jargon=(("team around the child", "the people helping"),))
    serial = [CALLS["check"](), CALLS["check_document"](), sos_lint.check("Mum hit Leo.", config=config).to_dict()]
    import threading

    barrier, results = threading.Barrier(3), {}

    def run(index, action):
        barrier.wait()
        results[index] = action()

    actions = [CALLS["check"], CALLS["check_document"], lambda: sos_lint.check("Mum hit Leo.", config=config).to_dict()]
    threads = [threading.Thread(target=run, args=(i, a)) for i, a in enumerate(actions)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert [results[i] for i in range(3)] == serial


WRONG = [None, b"Mum hit Leo.", 42, ["Mum hit Leo."]]


@pytest.mark.parametrize("value", WRONG)
@pytest.mark.parametrize("function", [sos_lint.check, sos_lint.check_document, sos_lint.rewrite])
def test_text_of_the_wrong_type_is_one_clear_type_error(function, value):
    with pytest.raises(TypeError, match=r"^text must be a str"):
        function(value)


def test_bytes_are_told_to_be_decoded():
    with pytest.raises(TypeError, match="decode"):
        sos_lint.check(b"Mum hit Leo.")


@pytest.mark.parametrize("function", [sos_lint.check, sos_lint.check_document, sos_lint.rewrite])
def test_empty_text_is_a_value_error_naming_it(function):
    with pytest.raises(ValueError, match=r"^text is empty"):
        function("  \n ")


def test_check_many_names_the_bad_item_and_refuses_a_bare_string():
    with pytest.raises(TypeError, match=r"^texts\[1\] must be a str"):
        sos_lint.check_many(["Mum hit Leo.", None])
    with pytest.raises(TypeError, match=r"^texts must be a list"):
        sos_lint.check_many("Mum hit Leo.")
    with pytest.raises(TypeError, match=r"^texts must be a list"):
        sos_lint.check_many(7)


@pytest.mark.parametrize("kind, error", [(3, TypeError), (b"worry", TypeError), ("plan", ValueError)])
def test_a_bad_kind_is_named(kind, error):
    with pytest.raises(error, match=r"^kind must be one of"):
        sos_lint.check("Mum hit Leo.", kind=kind)


@pytest.mark.parametrize("config", ["strict", 3, ["SOS101"]])
def test_a_config_that_is_not_a_config_or_dict_is_named(config):
    with pytest.raises(TypeError, match=r"^config must be"):
        sos_lint.check("Mum hit Leo.", config=config)


def test_a_dict_config_is_read_like_the_toml_table():
    report = sos_lint.check("Mum went to the team around the family meeting with Alfie.", kind="worry",
                            config={"select": ["SOS1"], "jargon": {"team around the family": "the people helping you"}})
    assert {f.code for f in report.findings} == {"SOS101"}
    with pytest.raises(ValueError, match=r"^config: 'jargon' should be a table"):
        sos_lint.check("Mum hit Leo.", config={"jargon": "nope"})


@pytest.mark.parametrize("names", ["Leah", 3, {"child": 3}])
def test_rewrite_names_must_map_roles_to_names(names):
    with pytest.raises(TypeError, match=r"^names must be a dict"):
        sos_lint.rewrite("Mum hit Leo.", names=names)


def test_source_must_be_a_string():
    with pytest.raises(TypeError, match=r"^source must be a str"):
        sos_lint.check_document("Mum hit Leo.", source=3)


def test_patterns_parsed_with_the_tagger_only_never_take_the_parser_from_another_thread(engine):
    """What the lazy phrase-pattern builders do (`select_pipes(disable=["parser", "ner"])`), held
    open in one thread while another thread checks: the check still has its parse."""
    import threading

    expected = CALLS["check"]()
    inside, finish = threading.Event(), threading.Event()
    seen: dict = {}

    def build_patterns():
        with engine.nlp.select_pipes(disable=["parser", "ner"]):
            seen["patterns"] = [t.has_dep() for t in engine.nlp("keeps the home clean")]
            inside.set()
            finish.wait(timeout=60)

    builder = threading.Thread(target=build_patterns)
    builder.start()
    try:
        assert inside.wait(timeout=60)
        assert CALLS["check"]() == expected
        assert list(engine.parse(["Mum hit Leo. Leo cried."]))[0].has_annotation("DEP")
    finally:
        finish.set()
        builder.join()
    assert seen["patterns"] == [False] * 4  # the builder itself did skip the parser
