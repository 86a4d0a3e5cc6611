"""Round-23 experiment: can a learned reader of a worry's parts beat the rules on a fresh set?

Trains on every open hand-marked parts set except parts_test21, picks a candidate by
leave-one-set-out over those training sets, and scores parts_test21 (written blind, never tuned
on) once per candidate at the end. See the RESULTS block below for the figures.

Run: python -m devtools.learned_parts23 [--cache FILE] [--parts behaviour context ...] [--final]
  (no --final: leave-one-set-out over the training sets only; --final: also score parts_test21)
Development only: nothing here is shipped or read by sos_lint.

First-sight verdicts: the rules' figures on an open set are not first-sight figures (each set has
been tuned on since). For sets 9-20 the rules' verdicts were recomputed with the code of the commit
that committed each set blind (`git archive <commit>` into a scratch folder, PYTHONPATH pointing
there, the set's worries checked; commits a1d886e b5e30e8 ad81caf 2a0029e 32c96b2 055481e 8fc6f1d
c92c40a 8714a41 ce7846b a03f71a 7d7d169), kept in FIRST_SIGHT. The stacked candidates learn how far
to trust the rules from those first-sight verdicts, not from today's tuned ones (trained on today's,
a stacker just copies the rules: LOSO 0.959/0.957 behaviour, the rules' own figures).

Leave-one-set-out (23 open sets, 784 worries; parts_test21 not used), 16:55 UTC:
                                         behaviour (present/missing)   context (present/missing)
  on all 23 sets
  rules today (tuned on these sets)          0.959 / 0.957               0.950 / 0.902
  learned text n-grams                       0.879 / 0.894               0.893 / 0.858
  learned parse words                        0.908 / 0.866               0.905 / 0.801
  learned text + parse                       0.909 / 0.876               0.905 / 0.827
  on the 12 sets with first-sight verdicts (sets 9-20, 420 worries)
  rules at first sight                       0.835 / 0.843               0.898 / 0.753
  learned text + parse                       0.908 / 0.837               0.927 / 0.793
  stack: rules@first-sight + text            0.932 / 0.879               0.946 / 0.803
  stack: rules@first-sight + text + parse    0.954 / 0.882               0.939 / 0.815
  veto (rules present kept if p >= .25)      0.926 / 0.849               0.923 / 0.746
Chosen before parts_test21 was scored (by the mean of the two precisions on the 12 fresh sets):
"stack: rules + text + parse" for both parts (level 1: logistic regression, C=1, balanced, on
TF-IDF word 1-3 grams of the generic lemmas and TF-IDF parse words; level 2: logistic regression on
(the rules' verdict, the level-1 logit), fitted on the first-sight rows' out-of-fold logits).
"""
from __future__ import annotations

import argparse
import json
import pickle
from pathlib import Path

from devtools.eval_parts import part_figures

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
TRAIN_NAMES = ["dev", "test", "test2", *(f"test{n}" for n in range(4, 21)), "battery9", "battery9b"]
TRAIN_SETS = [DATA / "parts_probe.jsonl", *(DATA / "blind" / f"parts_{n}.jsonl" for n in TRAIN_NAMES)]
CLEAN_TEST = DATA / "blind" / "parts_test21.jsonl"  # first-sight set: scored once per candidate, never tuned on
WORRY_PARTS = ("who", "behaviour", "context", "impact", "future")


def load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


_FAMILY_TITLES = {"mum", "dad", "nan", "grandad", "nana", "mam", "mother", "father"}


def generic(doc) -> str:
    """The statement as lemmas, with the words that differ from family to family made alike."""
    out = []
    for tok in doc:
        if tok.is_punct or tok.is_space:
            continue
        if tok.ent_type_ in ("DATE", "TIME"):
            out.append("_date_")
        elif tok.like_num:
            out.append("_num_")
        elif tok.pos_ == "PROPN" and tok.lower_ not in _FAMILY_TITLES:
            out.append("_name_")
        else:
            out.append(tok.lemma_.lower())
    return " ".join(out)


def _person_class(tok, folk, lists) -> str:
    """What a supervisor reads a word as: the child, an adult in the family, a professional, a
    body (school, police as an organisation), a pronoun, or a thing."""
    role = folk.role_of(tok)
    lemma = tok.lemma_.lower()
    if lemma in lists["professionals"] or any(c.lemma_.lower() in lists["professionals"] for c in tok.children
                                              if c.dep_ == "compound"):
        return "prof"
    if role == "child":
        return "child"
    if role == "adult" or lemma in lists["family"] or lemma in lists["adult_family"]:
        return "adult"
    if lemma in lists["institutions"]:
        return "body"
    if lemma in lists["place_nouns"] or lemma in lists["dwelling_words"] or lemma in lists["workplaces"]:
        return "place"
    if tok.pos_ == "PRON":
        return "they" if lemma in ("they", "we") else ("it" if lemma in ("it", "this", "that") else "pron")
    if tok.pos_ == "PROPN":
        return "name"
    return "thing"


def parse_features(doc, lists) -> str:
    """Words a supervisor reads in the parse, not the statement's own words: who is the subject of
    which kind of verb (tense, negation, in the worry clause or not), label nouns with no verb,
    dates, times and places, the prepositions and clause markers that open a when or a where."""
    from sos_lint.people import people

    folk = people(doc)
    out: list[str] = []
    worry_verbs = {"worry", "concern", "fear", "think", "believe", "say", "report", "tell"}
    for sent in doc.sents:
        verbs = [t for t in sent if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "auxpass")]
        if not verbs:
            out.append("sent_noverb")
        for v in verbs:
            subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            cls = _person_class(subj, folk, lists) if subj is not None else "none"
            tense = v.tag_
            if any(c.dep_ == "aux" and c.lemma_ in ("will", "would", "could", "may", "might") for c in v.children):
                tense = "MODAL"
            neg = "neg" if any(c.dep_ == "neg" for c in v.children) else "pos"
            passive = "pass" if subj is not None and subj.dep_ == "nsubjpass" else "act"
            head = v.head
            under_worry = "w" if head is not v and (head.lemma_.lower() in worry_verbs or any(
                c.dep_ == "acomp" and c.lemma_.lower() in ("worried", "concerned", "worry", "concern") for c in head.children)) else "o"
            agent = next((c for c in v.children if c.dep_ == "agent"), None)
            agent_cls = "none"
            if agent is not None:
                pob = next((c for c in agent.children if c.dep_ == "pobj"), None)
                agent_cls = _person_class(pob, folk, lists) if pob is not None else "none"
            stative = v.lemma_.lower() in lists["stative_verbs"] or v.lemma_ in ("be", "have", "seem", "appear")
            out += [f"sv_{cls}_{tense}", f"sv_{cls}_{neg}", f"sv_{cls}_{passive}_{under_worry}",
                    f"svs_{cls}_{'stat' if stative else 'act'}_{tense}", f"vt_{tense}_{neg}"]
            if agent is not None:
                out.append(f"agent_{agent_cls}")
            obj = next((c for c in v.children if c.dep_ in ("dobj", "attr")), None)
            if obj is not None:
                out.append(f"obj_{cls}_{_person_class(obj, folk, lists)}")
            if v.dep_ in ("advcl", "relcl", "ccomp", "xcomp", "conj"):
                mark = next((c.lemma_.lower() for c in v.children if c.dep_ in ("mark", "advmod") and c.i < v.i), "")
                out.append(f"cl_{v.dep_}_{mark}")
    for ent in doc.ents:
        out.append(f"ent_{ent.label_}")
        out.append(f"ent_{ent.label_}_{ent.root.dep_}")
    for tok in doc:
        if tok.dep_ == "prep":
            pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                what = pobj.ent_type_ or _person_class(pobj, folk, lists)
                out.append(f"pp_{tok.lemma_.lower()}_{what}")
                out.append(f"ppat_{tok.head.pos_}_{what}")
        elif tok.dep_ == "npadvmod":
            out.append(f"npadv_{tok.ent_type_ or tok.pos_}")
        elif tok.dep_ == "advmod" and tok.head.pos_ == "VERB":
            out.append(f"advmod_{tok.tag_}")
        elif tok.pos_ == "NOUN" and tok.dep_ in ("pobj", "dobj", "nsubj") and not any(
                c.dep_ in ("prep", "relcl", "acl") for c in tok.children):
            out.append(f"bare_{tok.dep_}_{tok.head.lemma_.lower() if tok.head.lemma_.lower() in worry_verbs else 'x'}")
    out.append(f"nsent_{min(len(list(doc.sents)), 4)}")
    return " ".join(out)


def prepare(engine, rows: list[dict]) -> list[dict]:
    from sos_lint.data import load_toml

    lists = {k: set(v) for k, v in load_toml("people.toml").items() if isinstance(v, list)}
    docs = list(engine.parse([r["text"] for r in rows]))
    reports = engine.check_many([r["text"] for r in rows], [r["kind"] for r in rows])
    return [{**r, "generic": generic(doc), "parse": parse_features(doc, lists),
             "rules": {c.name: c.present for c in rep.components},
             "evidence": {c.name: c.evidence for c in rep.components}}
            for r, doc, rep in zip(rows, docs, reports)]


def build_cache(path: Path) -> dict:
    from sos_lint.api import engine

    eng = engine()
    cache = {p.stem: prepare(eng, [r for r in load(p) if r["kind"] == "worry"]) for p in TRAIN_SETS if p.exists()}
    cache["__clean__"] = prepare(eng, [r for r in load(CLEAN_TEST) if r["kind"] == "worry"])
    path.write_bytes(pickle.dumps(cache))
    return cache


def _matrix(rows, how, part, fitted=None):
    """Features of one candidate: text n-grams, parse words, the rules' verdicts, or a mix."""
    import numpy as np
    from scipy.sparse import csr_matrix, hstack
    from sklearn.feature_extraction.text import TfidfVectorizer

    fitted = {} if fitted is None else fitted
    blocks = []
    if "text" in how:
        vec = fitted.get("text")
        if vec is None:
            vec = fitted["text"] = TfidfVectorizer(ngram_range=(1, 3), min_df=2, sublinear_tf=True).fit(
                [r["generic"] for r in rows])
        blocks.append(vec.transform([r["generic"] for r in rows]))
    if "parse" in how:
        vec = fitted.get("parse")
        if vec is None:
            vec = fitted["parse"] = TfidfVectorizer(token_pattern=r"\S+", lowercase=False, min_df=2,
                                                    sublinear_tf=True).fit([r["parse"] for r in rows])
        blocks.append(vec.transform([r["parse"] for r in rows]))
    if "rule1" in how:  # the rules' verdict on this part only
        blocks.append(csr_matrix(np.array([[3.0 * r["rules"][part]] for r in rows])))
    if "rules" in how:  # the rules' verdicts on every part
        blocks.append(csr_matrix(np.array([[1.0 * r["rules"][p] for p in WORRY_PARTS] for r in rows])))
    return hstack(blocks).tocsr(), fitted


def fit_proba(train, test, part, how, C=1.0):
    """P(part present) for each test row from a logistic regression fitted on train."""
    from sklearn.linear_model import LogisticRegression

    labels = [r["parts"][part] for r in train]
    x_train, fitted = _matrix(train, how, part)
    x_test, _ = _matrix(test, how, part, fitted)
    model = LogisticRegression(C=C, class_weight="balanced", max_iter=5000)
    model.fit(x_train, labels)
    return list(model.predict_proba(x_test)[:, 1])


def decide(rows, proba, rule_mode, lo=0.5, hi=0.5):
    """Turn probabilities into present/missing. rule_mode: 'model' (p >= lo), 'veto' (the rules'
    present kept only if p >= lo), 'flip' (veto, and the rules' missing made present if p >= hi)."""
    out = []
    for r, p in zip(rows, proba):
        if rule_mode == "model":
            out.append(p >= lo)
        elif rule_mode == "veto":
            out.append(r["rules_part"] and p >= lo)
        else:
            out.append(p >= lo if r["rules_part"] else p >= hi)
    return out


def figures(rows, shown, part):
    p, n_p, m, n_m = part_figures([{"parts": {part: r["parts"][part]}} for r in rows],
                                  [{part: s} for s in shown])[part]
    return p, n_p, m, n_m


FIRST_SIGHT = Path("/tmp/partslearn23_fs")  # {set}.json: the rules' verdicts by the code of the day each set came


def first_sight(sets) -> None:
    """Attach the rules' first-sight verdicts (``fresh``) where they were recorded: the code as it was
    when the set was committed blind (see the docstring for how they were made)."""
    for name, rows in sets.items():
        path = FIRST_SIGHT / f"{name.removeprefix('parts_')}.json"
        if path.exists():
            got = json.loads(path.read_text())
            for r in rows:
                r["fresh"] = got[r["id"]]


FEATURES = ("text", "parse", "text parse")


def out_of_fold(sets, part, feats, C=1.0):
    """{id: P(present)} for every row, each from a model that never saw the row's own set."""
    proba = {}
    for held in sets:
        train = [r for other, rows in sets.items() if other != held for r in rows]
        for r, p in zip(sets[held], fit_proba(train, sets[held], part, feats, C)):
            proba[(held, r["id"])] = p
    return proba


def level2_fit(rows, verdict, proba, part):
    """A two-weight logistic regression on (the rules' verdict, the learned logit)."""
    import math

    from sklearn.linear_model import LogisticRegression

    x = [[1.0 * verdict(r), math.log(max(proba(r), 1e-6) / max(1 - proba(r), 1e-6))] for r in rows]
    return LogisticRegression(C=1.0, class_weight="balanced").fit(x, [r["parts"][part] for r in rows])


def level2_predict(model, rows, verdict, proba):
    import math

    x = [[1.0 * verdict(r), math.log(max(proba(r), 1e-6) / max(1 - proba(r), 1e-6))] for r in rows]
    return [bool(v) for v in model.predict(x)]


def line(name, rows, shown, part):
    p, n_p, m, n_m = figures(rows, shown, part)
    print(f"  {name:34s} present {p:.3f} (n={n_p:4d})  missing {m:.3f} (n={n_m:4d})  mean {(p + m) / 2:.3f}")


def run_part(sets, clean, part, final: bool) -> None:
    rows = [(name, r) for name, rs in sets.items() for r in rs]
    fresh_sets = [name for name, rs in sets.items() if rs and "fresh" in rs[0]]
    print(f"== {part}: leave-one-set-out over {len(sets)} open sets ({len(rows)} worries)")
    line("rules (tuned on these sets)", [r for _, r in rows], [r["rules"][part] for _, r in rows], part)
    oof = {f: out_of_fold(sets, part, f) for f in FEATURES}
    for f in FEATURES:
        line(f"learned {f} (first sight)", [r for _, r in rows], [oof[f][(n, r["id"])] >= 0.5 for n, r in rows], part)
    fr = [(n, r) for n, r in rows if n in fresh_sets]
    print(f"-- the {len(fr)} worries of the {len(fresh_sets)} sets with the rules' first-sight verdicts "
          f"({', '.join(s.removeprefix('parts_') for s in fresh_sets)})")
    line("rules at first sight", [r for _, r in fr], [r["fresh"][part] for _, r in fr], part)
    line("rules today (tuned on them)", [r for _, r in fr], [r["rules"][part] for _, r in fr], part)
    for f in FEATURES:
        line(f"learned {f}", [r for _, r in fr], [oof[f][(n, r["id"])] >= 0.5 for n, r in fr], part)
    # Level 2 over first-sight verdicts: for each fresh set held out, fit on the other fresh sets.
    for f in FEATURES:
        for mode in ("stack", "veto", "agree"):
            shown = []
            for held in fresh_sets:
                tr = [(n, r) for n, r in fr if n != held]
                te = [(n, r) for n, r in fr if n == held]
                shown_te = []
                for n, r in te:
                    p = oof[f][(n, r["id"])]
                    if mode == "veto":
                        shown_te.append(r["fresh"][part] and p >= 0.25)
                    elif mode == "agree":
                        shown_te.append(r["fresh"][part] if (p >= 0.5) == r["fresh"][part] else p >= 0.5)
                    else:
                        shown_te.append(None)
                if mode == "stack":
                    for n, r in tr + te:
                        r["_p"] = {**r.get("_p", {}), f: oof[f][(n, r["id"])]}
                    m2 = level2_fit([r for _, r in tr], lambda r: r["fresh"][part], lambda r: r["_p"][f], part)
                    shown_te = level2_predict(m2, [r for _, r in te], lambda r: r["fresh"][part], lambda r: r["_p"][f])
                shown += shown_te
            if mode == "agree":
                continue  # identical to the learned model alone
            line(f"{mode} rules@first-sight + {f}", [r for _, r in fr], shown, part)
    if not final:
        return
    train = [r for _, r in rows]
    print(f"-- parts_test21 (first sight for the rules and the learned models), trained on {len(train)} worries")
    line("rules", clean, [r["rules"][part] for r in clean], part)
    for f in FEATURES:
        p_clean = fit_proba(train, clean, part, f)
        line(f"learned {f}", clean, [p >= 0.5 for p in p_clean], part)
        line(f"veto rules + {f}", clean, [r["rules"][part] and p >= 0.25 for r, p in zip(clean, p_clean)], part)
        for n, r in fr:
            r["_p"] = {**r.get("_p", {}), f: oof[f][(n, r["id"])]}
        m2 = level2_fit([r for _, r in fr], lambda r: r["fresh"][part], lambda r: r["_p"][f], part)
        for r, p in zip(clean, p_clean):
            r["_p"] = {**r.get("_p", {}), f: p}
        line(f"stack rules + {f}", clean, level2_predict(m2, clean, lambda r: r["rules"][part], lambda r: r["_p"][f]), part)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cache", type=Path, default=Path("/tmp/partslearn23_cache.pkl"))
    ap.add_argument("--rebuild", action="store_true")
    ap.add_argument("--parts", nargs="+", default=["behaviour", "context"])
    ap.add_argument("--final", action="store_true", help="also score parts_test21 once (see the docstring)")
    args = ap.parse_args(argv)
    if args.rebuild or not args.cache.exists():
        cache = build_cache(args.cache)
    else:
        cache = pickle.loads(args.cache.read_bytes())
    clean = cache.pop("__clean__")
    first_sight(cache)
    for part in args.parts:
        run_part(cache, clean, part, args.final)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
