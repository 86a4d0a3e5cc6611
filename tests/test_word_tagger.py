"""The learned word-fault tagger (sos_lint/learn/word_tagger.py, checks/learned_words.py).

It adds warnings only where no word rule speaks, never on quoted words or names, never as an
error, says it is a learned pattern, can be turned off, and never breaks a check when its file is
missing or altered."""
import gzip
import json

import pytest

from sos_lint.api import engine
from sos_lint.config import Config
from sos_lint.learn import word_tagger

OFF = Config(thresholds=(("learned_word_threshold", 1.0),))
ON = Config(thresholds=(("learned_word_threshold", 0.0),))  # it ships off: these tests turn it on


def _learned(report):
    return [f for f in report.findings if "pattern learned" in f.message]


@pytest.fixture(scope="module")
def tagger():
    t = word_tagger.load()
    assert t is not None, "models/word_tagger.json.gz should ship with the package"
    return t


def test_the_shipped_file_loads_and_records_how_it_was_made(tagger):
    assert 0.0 < tagger.threshold < 1.0
    meta = tagger.metadata
    assert meta["rows"] > 1000 and len(meta["trained_on"]) >= 20
    assert "leave-one-set-out" in meta["threshold_chosen_by"]
    # Never a blind set: every set it names is an informed one or an open probe.
    from devtools.eval_blind import INFORMED
    assert all(n in INFORMED or not n.startswith(("words_test", "good_test")) for n in meta["trained_on"])


# Wordings of my own (not from any marked set) where the rules are silent and the tagger speaks.
FIRES = [
    ("goal", "Mum will make positive lifestyle changes and prioritise Kai's needs.", "needs"),
]


@pytest.mark.parametrize("kind,text,words", FIRES)
def test_it_fires_where_the_rules_are_silent(kind, text, words):
    on = engine(ON).check_many([text], [kind])[0]
    off = engine(OFF).check_many([text], [kind])[0]
    learned = _learned(on)
    assert any(text[f.start:f.end] == words for f in learned)
    assert not any(f.start < text.index(words) + len(words) and text.index(words) < f.end
                   and f.code[3] in "123" for f in off.findings), "a rule already flags it: not the tagger's"
    for f in learned:
        assert f.severity == "warning"
        assert f"\"{text[f.start:f.end]}\"" in f.message and "check it" in f.message


# Good writing and near misses: quoted words, names that are words, plain deeds.
SILENT = [
    ("worry", "Mum said \"I know I have a chaotic lifestyle, I am trying\" when Ms Lee visited on Monday."),
    ("worry", "Hope (6) told her teacher that Dad hit Mum with a mug in the kitchen on Friday night."),
    ("goal", "Mum, you will walk Storm to school each morning and Nan will collect him at 3pm, every day "
             "for the next six months, so that Storm gets to school on time and feels safe."),
    ("worry", "Miss Price is worried that Dad left Faith (3) alone in the flat for four hours on Saturday."),
    # a guess word where looking ahead is the part's job
    ("worry", "Dad pushed Mum down the stairs on Sunday. If he drinks again, Ava is likely to be hurt too."),
    # a verdict word about a child or a thing, not a parent
    ("worry", "Rio, who is 7, has little sense of danger and Mum lets him play by the canal alone."),
    ("worry", "The bathroom was disorganised, with Dad's razor blades on the side of the bath where Kit (2) plays."),
    # blame words about the adult who did the harm
    ("goal", "Craig will take responsibility for punching Mum and will tell Lacey he is sorry."),
    # a word a rule's list knows and judged in context: the rule's judgement stands
    ("worry", "Nan is worried about domestic abuse because Dad kicked Mum in the kitchen while Ela watched."),
    # round 17: plain deeds and plans of my own, written before the retraining
    ("worry", "Dad shouted at Mum in front of Kai on Tuesday and threw a plate at the wall."),
    ("goal", "Mum will take Zac to the dentist on 3 March and Gran will go with them."),
    ("worry", "Mia (4) told Nan she hides under the bed when Dad comes home drunk."),
    ("worry", "The teacher saw bruises on Theo's arm on Monday; Theo said Dad grabbed him."),
    ("goal", "Dad will lock the medicines in the top cupboard every night, and Ivy will not be able to reach them."),
    ("worry", "Nan found Ella (2) alone in the bath on Sunday while Mum was asleep on the sofa."),
    # a child's reluctance, the age in brackets taken by the parse for the subject
    ("worry", "Leo (8) is reluctant to go home after school because Dad shouts at him."),
]


@pytest.mark.parametrize("kind,text", SILENT)
def test_it_stays_silent_on_good_writing(kind, text):
    assert _learned(engine(ON).check_many([text], [kind])[0]) == []


def test_never_on_words_a_rule_already_flags():
    text = "Kacey (15) has made a lifestyle choice and is entrenched in an offending lifestyle."
    report = engine(ON).check_many([text], ["worry"])[0]
    rules = [f for f in report.findings if "pattern learned" not in f.message and f.code[3] in "123"]
    for f in _learned(report):
        assert not any(r.start < f.end and f.start < r.end for r in rules)


def test_spans_are_trimmed_to_content_words_and_skip_names(tagger):
    doc = next(iter(engine(ON).parse(["Dad has been enabling his behaviour and Rocky is very insular."])))
    for start, end, typ, p in tagger.spans(doc, "worry", threshold=0.05):
        words = doc.text[start:end].split()
        assert words[0].lower() not in {"his", "her", "the", "a", "to", "and", "is"}
        assert "Rocky" not in words
        assert typ in word_tagger.TYPE_CODE


def test_threshold_one_turns_it_off_and_off_is_the_default():
    kind, text, _ = FIRES[0]
    assert _learned(engine(ON).check_many([text], [kind])[0])
    assert _learned(engine(OFF).check_many([text], [kind])[0]) == []
    assert _learned(engine().check_many([text], [kind])[0]) == []


def test_a_missing_or_altered_file_means_rules_only(tmp_path):
    assert word_tagger.load(tmp_path / "none.json.gz") is None
    spec = json.loads(gzip.decompress(word_tagger.path().read_bytes()))
    spec["detector"]["bias"] += 1.0  # altered after export: the checksum no longer holds
    bad = tmp_path / "bad.json.gz"
    bad.write_bytes(gzip.compress(json.dumps(spec).encode()))
    assert word_tagger.load(bad) is None


def test_off_by_default_and_its_weights_are_never_loaded():
    word_tagger.reset()
    report = engine().check_many([FIRES[0][1]], [FIRES[0][0]])[0]
    assert _learned(report) == []
    assert word_tagger._LOADED == {}, "the default (off) must not read models/word_tagger.json.gz"


def test_feature_set_two_reaches_unseen_words_of_known_families():
    """Round 17's features: a word's character n-grams and shape, so that an unseen word shares
    features with its family ("uncooperativeness" with "uncooperative"), the clause's subject and
    its role, and content lemmas four words either side."""
    doc = next(iter(engine(OFF).parse(["Mum showed uncooperativeness and Dad said Leo (4) is fine."])))
    names, roles = word_tagger.people_reading(doc)
    feats = word_tagger.token_features(doc, "worry", names, roles, feature_set=2)
    by_word = {t.text: set(f) for t, f in zip(doc, feats)}
    assert {"p3=unc", "p4=unco", "s5=eness", "sh=x"} <= by_word["uncooperativeness"]
    assert any(x.startswith("subj=") for x in by_word["uncooperativeness"])  # Mum's clause
    assert "role=child" in by_word["Leo"]
    assert "win=show" in by_word["Dad"]  # "showed", three words before
    old = word_tagger.token_features(doc, "worry", names, roles, feature_set=1)
    assert not any(x.startswith(("p3=", "sh=", "subj=", "win=")) for f in old for x in f)


def test_a_file_without_a_feature_set_is_read_as_round_16s(tmp_path):
    spec = json.loads(gzip.decompress(word_tagger.path().read_bytes()))
    spec.pop("features", None)
    spec.pop("type_thresholds", None)
    assert word_tagger.WordTagger(spec).feature_set == 1


def test_the_shipped_file_is_modest_and_its_features_are_the_ones_it_was_trained_with(tagger):
    assert word_tagger.path().stat().st_size < 2_000_000
    assert tagger.feature_set == 2
    # Words of the features it was trained with appear among its weights.
    assert any(k.startswith("p3=") for k in tagger.weights) and any(k.startswith("subj=") for k in tagger.weights)


def test_the_rule_fixtures_near_misses_raise_no_learned_alarm():
    """Every hand-written near miss of the word rules (tests/fixtures/rules, [[pass]] of
    SOS1xx-3xx): the tagger, turned on, says nothing on any of them."""
    from pathlib import Path

    from sos_lint.checks import all_rules
    from sos_lint.data import tomllib

    kinds = {r.code: r.kinds[0] for r in all_rules()}
    cases = []
    for path in sorted((Path(__file__).parent / "fixtures" / "rules").glob("SOS[123]*.toml")):
        for case in tomllib.loads(path.read_text(encoding="utf-8")).get("pass", []):
            cases.append((case.get("kind", kinds[path.stem]), case["text"]))
    reports = engine(ON).check_many([t for _, t in cases], [k for k, _ in cases])
    alarms = [(t, t[f.start:f.end]) for (_, t), r in zip(cases, reports) for f in _learned(r)]
    # One near miss of SOS306 (not victim blaming: it is said of Mum) that the marked sets' own
    # standard calls a verdict on the parent ("unable to protect the children", "unable to
    # prioritise ..." are marked judgement): the tagger may say so, as SOS305.
    allowed = {("Mum is unable to keep Leo safe when she has been drinking, and Leo (3) was found in the road.",
                "unable")}
    assert len(cases) > 100 and [a for a in alarms if a not in allowed] == []


def test_training_never_reads_a_second_readers_marks_of_a_blind_set():
    """devtools.learned_words --agreement takes other readers' marks as extra positives: only those
    of open (informed) words sets are read; a reader's marks of a set still blind are skipped."""
    import re

    from devtools import learned_words as lw
    from devtools.eval_blind import INFORMED

    marks = lw.agreement_marks()
    assert marks, "the open sets' second readers' marks should be found"
    numbered = [re.match(r"w(\d+)-", i) for i in marks]
    sets = {"words_test" + m[1] for m in numbered if m}
    assert sets and sets <= INFORMED
