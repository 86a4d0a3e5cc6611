"""Round 35 (r35e): the caches behind round 34's start-up cost behave as the code they replace.

The "pasted example" table (checks/parts/pasted.py) is read from the tool's own messages once per
process. It now takes the rule tables (rules/*.toml) from ``data.load_toml``'s cache, which the rules
have filled already, instead of parsing every file a second time. These tests hold that the table is
the one a fresh parse gives, that checking statements leaves the shared tables as they were read (a
rule that changed one in place would change the examples looked for), and that the table is built
once per process. They test behaviour, not timings (benchmarks/round34_costs.py times it).
"""
from __future__ import annotations

import copy

from sos_lint.checks.parts import pasted
from sos_lint.data import data_dir, load_toml, tomllib
from sos_lint.rewrite import word_level_and_full


def _fresh_tables() -> dict[str, dict]:
    """Every rules/*.toml parsed from its file now, bypassing every cache."""
    return {path.name: tomllib.loads(path.read_text(encoding="utf-8"))
            for path in sorted(data_dir("rules").glob("*.toml"))}


def _table_with(monkeypatch, tables: dict[str, dict]) -> tuple:
    """The pasted-example table built afresh (its caches emptied) with ``load_toml`` answering from
    `tables`; the caches are emptied again after, so the next test builds its own."""
    import sos_lint.data

    with monkeypatch.context() as patch:
        patch.setattr(sos_lint.data, "load_toml", lambda name: tables[name])
        pasted.example_phrases.cache_clear()
        pasted._index.cache_clear()
        table = pasted.example_phrases()
    pasted.example_phrases.cache_clear()
    pasted._index.cache_clear()
    return table


# Statements that reach many rules: jargon, a harm, a goal's shorthand, headings naming a child.
_DRAFT = ("Worry statement 1 - Kayden\n"
          "The social worker is worried that there is evidence of neglect and Dad has been drinking. "
          "Kayden (4) was seen with a bruise on his arm on 3 May. If nothing changes, Kayden could be hurt.\n\n"
          "Safety goal 1 - Kayden\n"
          "Kayden to have breakfast every morning. Dad will engage with services and not drink when he "
          "looks after Kayden, for example at weekends. Nan will check each Sunday for six months.")
_STATEMENTS = (("Mum needs to address her mental health and engage with the care plan.", "goal"),
               ("Grace will go to bed by 8pm and be safe and warm. For example, Mum will read to her.", "goal"),
               ("No injuries were seen and Mum denies hitting Leo. The house was cluttered.", "worry"))


def test_the_table_is_the_one_a_fresh_parse_gives(engine, monkeypatch):
    engine.check_document(_DRAFT)
    shipped = pasted.example_phrases()
    assert len(shipped) > 50
    assert _table_with(monkeypatch, _fresh_tables()) == shipped


def test_checking_leaves_the_shared_rule_tables_as_read(engine):
    for name in (p.name for p in data_dir("rules").glob("*.toml")):
        load_toml(name)  # every table in the shared cache before the checks run
    before = {name: copy.deepcopy(load_toml(name)) for name in _fresh_tables()}
    engine.check_document(_DRAFT)
    engine.check_many([t for t, _ in _STATEMENTS], [k for _, k in _STATEMENTS])
    word_level_and_full([t for t, _ in _STATEMENTS], [k for _, k in _STATEMENTS], engine=engine)
    after = {name: load_toml(name) for name in before}
    assert after == before == _fresh_tables()


def test_the_table_is_built_once_per_process(engine, monkeypatch):
    engine.check_many(["Dad shouts at Mum when he has been drinking."], ["worry"])
    table = pasted.example_phrases()
    reads = []
    monkeypatch.setattr(pasted, "_strings_of_module", lambda path: reads.append(path) or [])
    engine.check_many(["The school is worried that Bo (5) is late every day."], ["worry"])
    assert pasted.example_phrases() is table
    assert reads == []  # no module read again: the next statements use the same table


def test_a_changed_rule_table_would_show(monkeypatch):
    """Near miss for the tests above: the table does follow the rule tables it is given, so a
    shared table changed in place would change the examples looked for (the comparison is not
    vacuous), and an example said only in a table is found."""
    tables = _fresh_tables()
    tables["structure.toml"] = {**tables["structure.toml"],
                                "probe": "For example, Dad will ring Nan every evening at six o'clock sharp."}
    changed = _table_with(monkeypatch, tables)
    assert ("dad", "will", "ring", "nan", "every", "evening", "at", "six", "o", "clock", "sharp") in changed
    assert changed != _table_with(monkeypatch, _fresh_tables())
