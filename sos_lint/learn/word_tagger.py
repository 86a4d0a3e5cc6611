"""The learned word-fault tagger at run time: words that practice leads mark as labels, verdicts,
guesses, vague phrases, jargon or victim blaming, found where no hand-written rule speaks.

Why it exists: for three rounds the hand-written word rules found about 0.67-0.73 of the word
faults that practice leads marked on FRESH statements (sets written after the rules), while each
round lifted its own tuning set to 0.96: every fresh set brings wordings the rules never met. A
token tagger trained on every marked set generalises further: on set 15, which no rule had been
tuned on, the rules plus the tagger found 0.771 of the marked faults against 0.672 for the rules
alone, with no new alarm on the set's good statements or on the seed newsletter's six
(devtools/learned_words.py, leave-one-set-out). The model card has the figures.

What it is: a logistic regression over sparse features of each token of the spaCy parse (word,
lemma, endings, part of speech, dependency, head and children, neighbours, quotes, names from the
people analysis), and a second regression for the fault's type, exported as plain weights
(models/word_tagger.json.gz) and scored here in plain Python. Training is
`python -m devtools.learned_words --export`.

What it may flag, so that its advice is worth reading:
- only where no word rule (SOS1xx-3xx) already flags the words: it never repeats a rule;
- never words in quotation marks, never a person's name, never a run of only small words ("his",
  "to the"): a span is trimmed to its content words, and dropped if none are left;
- no "jargon" of its own (the word lists carry the plain swaps), no guess in the if-nothing-changes
  part, no verdict about a child or a thing, no victim blaming said of the adult who did the harm
  (checks/learned_words.py reads these on the parse);
- always as a warning, never an error: it can be wrong, and the message says it is a pattern,
  not a rule.
It ships OFF: turn it on with `[thresholds] learned_word_threshold = 0` (its own threshold).

Decision rule, written down before set 16 (blind) was measured: the tagger stays on only if, on
set 16 with the merged round-16 rules, rules + tagger against rules alone gains at least +0.05
word-fault recall, adds at most +0.05 warnings per good statement on words_test16's good rows with
the seed six AND on good_test16, and keeps must-not-flag at or under 0.05. Otherwise it ships off.

Result on set 16 (blind; round 16's merged rules; `python -m devtools.eval_words --probe
/work/wt/sets16/words_test16.jsonl [--learned]`): rules alone 0.678, rules + tagger 0.719 (+0.041,
5 more of 121 faults; any-rule 0.752 -> 0.818); warnings per good statement 0.077 -> 0.115 on the
good rows with the seed six (one new alarm, on the seed's "lots") and 0.130 -> 0.152 on good_test16;
must-not-flag 0.014 and 0.015, unchanged. +0.041 is short of +0.05: the tagger ships off, as an
opt-in.

Round 17: what changed, and the figures (`python -m devtools.learned_words --cache F [--recipe v1|v2]
[--agreement] [--no-guards]`, leave-one-set-out over 26 folds: sets 1-16, the batteries, the probes,
and the four training-only files tests/data/train/words_train17a-d, each left out in turn):
- Features, set 2 (the file says which set it was trained with; a file without says set 1): the
  word's character prefixes (3, 4) and suffixes (2, 5) and its shape, the lemma's ending with its
  part of speech, content lemmas three to four words either side, the head's head, the clause's
  verb and its subject (child, adult or pet by the people reader, else the pronoun or part of
  speech), the token's own role, the lemma with the statement's kind, and whether the sentence
  holds an if-clause, a modal or a negation.
- Training: every informed set (now set 16 too), the four words_train17 files, the independent
  readers' marks of sets 15 and 16 (tests/data/agreement) as extra positives where they do not
  touch a must-not-flag mark, and, for the shipped file (and every fold with --seed-in-folds), the
  seed newsletter's six as good statements (every token a negative: every measurement counts them
  among the good statements).
- Measurement: the LOSO now scores exactly the spans the check would say (trimmed to content words,
  no names, every guard of checks/learned_words.kept, which the check and devtools share); round
  16 scored the raw runs of tokens. The threshold is chosen on it (0.65 shipped).
- Guards added: no label or verdict said of a child where the parse took an age in brackets for
  the subject ("Leo (8) is reluctant"), no guess on words of need ("it is important that").
Figures, before (round 16's recipe, v1) -> after (v2 + readers' marks), both with the guards (as
they stood before the two added above) and the train17 folds, the seed not trained on. The tagger ALONE (guards but no rules; the lowest threshold with at most 0.05 of
its flags per good statement and must-not-flag <= 0.05 on the left-out set itself): set 14
0.409 -> 0.417, set 15 0.420 -> 0.412, set 16 0.413 -> 0.388 (worse), train17a-d 0.445/0.494/
0.458/0.518 -> 0.483/0.500/0.495/0.524; mean over the 26 folds 0.436 -> 0.450 (any type 0.518 ->
0.529). Rules + tagger at the threshold chosen on the other folds (rules alone in brackets): set 14
0.965 -> 0.965 (0.965), set 15 0.916 -> 0.916 (0.901), set 16 0.744 -> 0.727 (0.678; per good
statement 0.115 -> 0.154 against 0.077, good_test16 0.196 -> 0.196 against 0.130), train17a-d
0.770/0.844/0.768/0.759 -> 0.789/0.844/0.784/0.780 (0.737/0.819/0.753/0.691); mean 0.935 -> 0.937
(0.924). The seed's six were not trained on in these folds and are counted in every fold's good
statements: most of the folds' +0.04/+0.08 per good statement is on them.
With the seed's six trained on in every fold too, as in the shipped file (--seed-in-folds), and the
shipped threshold 0.65 on every fold (a threshold not chosen per fold): rules + tagger set 14 0.965 (+0.000), set 15 0.908 (+0.007),
set 16 0.736 (+0.058), train17a-d 0.780/0.850/0.789/0.770 (+0.043/+0.031/+0.036/+0.079); new
alarms per good statement +0.000 on every fold's good rows with the seed six except train17b
(+0.038) and good_test16 (+0.022); must-not-flag as the rules' (0.014 on set 16). The tagger alone
at the fixed level, mean over 26 folds 0.472 (the seed no longer spends the level; not comparable
with 0.436/0.450 above). The exporter's own choice was 0.575 (the lowest keeping the pooled budget
and each good_testN to one new alarm); it ships at 0.65 because at 0.575 the rule fixtures' near
miss "Mum placed the knife back in the drawer" drew a verdict (p 0.62).
Round 16's measurement (raw runs, no guards), round 16's recipe on sets 1-16: mean 0.956 -> 0.966,
set 14 0.965 -> 0.983, 15 0.901 -> 0.939, 16 0.678 -> 0.760; the tagger alone at the fixed level
0.575 (mean). The same raw measurement of the new recipe was not run to the end (time): the
figures above are the ones to go by, since they score what the check says.
Set 16 with the shipped file (`python -m devtools.eval_words --learned --probe
tests/data/blind/words_test16.jsonl`; set 16 is now TRAINING data, so this is not a fresh figure):
rules alone 0.678; with round 16's file 0.719, per good statement 0.077 -> 0.115 (the seed's
"lots"), good_test16 0.130 -> 0.152; with this file 0.793, per good 0.077 -> 0.077, good_test16
0.130 -> 0.130; must-not-flag 0.014 and 0.015 throughout. On the rule fixtures' 366 near misses
(every rule's [[pass]] cases): 6 learned alarms with round 16's file, 1 with this one (a near miss
of SOS306, "Mum is unable to keep Leo safe", which the marked sets' standard calls a verdict:
"unable to protect the children" is marked; test_word_tagger allows it by name).

Bar for set 17 (written before set 17 was measured): On blind set 17 (words_test17 +
good_test17), the tagger is turned on only if it adds >= +0.05 word-fault recall (marked type) to
the rules, adds <= +0.05 warnings+errors per good statement on words_test17's good rows with the
seed six and on good_test17, and must-not-flag stays <= 0.05. It ships off
(learned_word_threshold = 1) until then. On the folds the rules were never tuned on (set 16 and
train17a-d), this recipe at the shipped threshold met that bar in two of the five folds (set 16
+0.058, train17d +0.079; train17a-c gained +0.031 to +0.043 with no more than one new alarm): on a
fresh set the recall gain is the likelier part to fall short, not the alarms.

Result on set 17 (measured once, on main after round 17's merges, 35be835): rules 0.839 of 124
marked faults -> rules + tagger 0.887 (+0.048, 6 faults: vague 28 -> 33 of 33, judgement 16 -> 17
of 20); warnings+errors per good statement 0.077 -> 0.077 (words_test17's good rows with the seed
six) and 0.304 -> 0.304 (good_test17 with the seed six); must-not-flag 0.040 -> 0.040 and 0.010 ->
0.010. The alarms stayed inside the bar; the recall gain fell short by one fault (+0.05 needed 7),
so, as the bar says, it stays off. First-sight gains so far: set 14 +0.070, 15 +0.099, 16 +0.041,
17 +0.048 (each with that round's tagger). Caveat on the per-good figure: the shipped weights were
trained with the seed six as good statements, so the seed's part of it is not fresh; good_test17
without the seed showed no new alarm either.

Bar for set 18 (written on 3 December 2026, before set 18 was written or measured). Two things
were learnt from sets 14-17: a per-set bar of +0.05 on about 120 faults turns on one fault (0.008),
and four fresh sets in a row gained +0.041 to +0.099 (mean +0.065). So set 18 judges the SAME
weights that set 17 judged (models/word_tagger.json.gz, sha256 db51693bf2f63570; not retrained
until set 18 is measured), and the bar pools the evidence without letting one set decide: the
tagger is turned on by default if (1) on set 18 it adds at least +0.03 word-fault recall (marked
type) to the merged round-18 rules, (2) the mean first-sight gain over sets 14-18 stays at or above
+0.05, (3) it adds at most +0.05 warnings+errors per good statement on words_test18's good rows
with the seed six AND on good_test18 with the seed six, and (4) must-not-flag stays at or under
0.05 on both. If any of the four fails, it stays off. Set 18's writers get no example phrases
for any fault type (set 17's sheet gave some, which likely made set 17 easier).

Result on set 18 (measured once, blind; round 17's code ecbf83e and main after round 18's merges,
the weights above unchanged): rules 0.900 -> 0.910 of 100 marked faults; rules + tagger 0.910 ->
0.920 (+0.010, one vague fault); warnings+errors per good statement +0.000 on words_test18's good
rows with the seed six (0.077) but 0.152 -> 0.217 (+0.065) on good_test18 with the seed six;
must-not-flag unchanged (0.068, 0.011). Mean first-sight gain over sets 14-18: +0.054. Bars (1)
and (3) fail: the tagger stays off, an opt-in. Set 18 was the first set written with no example
phrases and the rules alone already met the 0.9 recall target on it at first sight: on a set the
rules cover, the tagger has little left to find and its alarms weigh more.

Bar for set 19 (written on 3 December 2026, while set 19 was being written and before it was read
or measured). The same weights judge it again (sha256 db51693bf2f63570, not retrained), with the
same four conditions moved on by one set: the tagger is turned on by default if (1) on set 19 it
adds at least +0.03 word-fault recall (marked type) to the merged round-19 rules, (2) the mean
first-sight gain over sets 14-19 stays at or above +0.05, (3) it adds at most +0.05
warnings+errors per good statement on words_test19's good rows with the seed six AND on
good_test19 with the seed six, and (4) must-not-flag stays at or under 0.05 on both. If any fails,
it stays off.

Result on set 19 (measured once, blind, on 4d81cf0 and on the branch merge19 holding round 19's
merged rules; the two gave the same figures): rules 0.757 of 181 marked faults -> rules + tagger
0.779 (+0.022); warnings+errors per good +0.038 (words_test19's good rows with the seed six, 0.231
-> 0.269) and +0.044 (good_test19 with the seed six, 0.152 -> 0.196); must-not-flag 0.055 -> 0.055
and 0.011 -> 0.016. Mean first-sight gain over sets 14-19: +0.048. Bars (1) and (2) fail: it stays
off, an opt-in.

Bar for round 20 (written on 4 December 2026 at 03:55 UTC, before set 20 was written or measured
and before any retrained weights were scored on set 19). Six fresh sets judged weights trained
before them; the weights were last trained in round 17 (sets up to 16). Round 20 retrains them
once on every open set (sets 1-18, the batteries, the probes, the train17 files, readers' marks
of sets 15-18, the seed six), same recipe (v2), and judges the NEW weights on two sets neither they
nor any rule were tuned on: set 19 (blind; only summary figures read) and set 20 (written this
round). The retrained tagger is turned on by default if, against the merged round-20 rules alone,
(1) its word-fault recall gain (marked type) averages at least +0.04 over sets 19 and 20, and is
at least +0.02 on each; (2) it adds at most +0.05 warnings+errors per good statement on each set's
words_testN good rows with the seed six AND on good_testN with the seed six; (3) it adds no more
than one must-not-flag hit on each of words_testN and good_testN. If any fails, it stays off and
the new weights are not shipped (the file keeps db51693bf2f63570).

Result (measured once, 04:20 UTC, on main d431e7a = round 19's merged rules, which round 20 does
not change for words). Retrained (`python -m devtools.learned_words --cache F --recipe v2
--agreement --seed-in-folds --dump T`, then `--table T --threshold-at-least 0.65 --export`; the
agreement marks now include every open words set's, 15-18; 1787 rows of 34 files; the exporter
chose threshold 0.8; sha256 fe55898b7fbfd0a1): set 19 rules 0.757 -> rules + tagger 0.773 (+0.016)
of 181 marked faults, set 20 0.798 -> 0.825 (+0.027) of 114; mean +0.022. No new alarm: per good
statement 0.231 / 0.152 (set 19) and 0.077 / 0.109 (set 20) unchanged, must-not-flag unchanged
(0.055, 0.011; 0.006, 0.022). Bar (1) fails (mean under +0.04, set 19 under +0.02): the retrained
weights are not shipped and the tagger stays off. Leave-one-set-out over the 28 open sets with
faults, pooled: rules 0.925 -> 0.939 at 0.65 (must-not 0.013 -> 0.014, per good 0.132 -> 0.141).
For the record, not a decision (no bar was written for it): the SHIPPED weights db51693b on set 20
gave 0.798 -> 0.851 (+0.053) with no new alarm, and on set 19 +0.022 with +0.038/+0.044 per good.
First-sight gains of whichever weights were shipped, sets 14-20: +0.070, +0.099, +0.041, +0.048,
+0.010, +0.022, +0.053 (mean +0.049). Retraining on more sets made the exporter pick a higher
threshold and gain less, not more: the tagger's gain on a fresh set is about +0.02 to +0.05
whatever it is trained on.

Round 29 (branch tagger29): retrained once more on every open set (sets 1-27, the batteries, the
probes, the train17 files, second readers' marks of sets 15-27, the seed six; 2597 rows of 52
files), same recipe (`--cache F --recipe v2 --agreement --seed-in-folds --dump T`, then `--table T
--export`); the exporter chose 0.725, where the rule fixtures' near misses are already quiet (one
alarm at 0.65). Leave-one-set-out over the 37 open sets with faults: mean recall 0.922 -> 0.930
(+0.008), must-not and per good unchanged; set 27 (the freshest open set, left out): 0.818 -> 0.824
(+0.006). Set 28 (blind, summary lines only, bar pre-registered: +0.05 recall, <= +0.05 per good
statement on words_test28 and good_test28, must-not <= 0.05): rules alone 0.771 of 166; round 17's
weights (db51693b) 0.801 (+0.030); the round-29 weights 0.789 (+0.018); neither adds an alarm
(per good 0.346 / 0.413, must-not 0.019 / 0.031 in every case). Both fail the bar; the retrained
weights gain less than the old ones, as in round 20.
"""
from __future__ import annotations

import gzip
import hashlib
import json
import math
import threading
from pathlib import Path

FILE = "word_tagger.json.gz"
FORMAT = 1
FEATURE_SET = 2  # 1: round 16's features; 2: round 17's wider ones (the weights' file says which it needs)

SUFFIXES = ("ion", "ment", "ness", "ity", "ive", "al", "ing", "ed", "ly", "ant", "ent", "ance", "ence", "ism",
            "ist", "ful", "less", "ous", "ic", "ate", "ise", "ize", "ure", "ship", "cy", "ary", "ory", "able")
PREFIXES = ("non", "un", "dis", "in", "mis", "over", "under", "self", "co")
_SUFFIX_SET, _PREFIX_SET = frozenset(SUFFIXES), frozenset(PREFIXES)
_SUFFIX_SIZES = sorted({len(x) for x in SUFFIXES})
_PREFIX_SIZES = sorted({len(x) for x in PREFIXES})
TYPE_CODE = {"jargon": "SOS101", "label": "SOS301", "vague": "SOS302", "guess": "SOS304",
             "judgement": "SOS305", "victim_blaming": "SOS306"}
# Words a span never starts or ends with: a flag on "his" or "to the" is no advice.
_EDGE_POS = {"DET", "PRON", "ADP", "AUX", "PART", "CCONJ", "SCONJ", "PUNCT", "SPACE", "NUM", "SYM", "X"}
_CONTENT_POS = {"NOUN", "VERB", "ADJ", "ADV", "PROPN"}


def quoted_flags(doc) -> list[bool]:
    """For each token: is it inside quotation marks (curly or straight)?"""
    out, inside_curly, straight = [], 0, 0
    for tok in doc:
        text = tok.text
        out.append(inside_curly > 0 or straight % 2 == 1)
        inside_curly += text.count("\u201c") - text.count("\u201d")
        straight += text.count('"')
    return out


def people_reading(doc) -> tuple[frozenset, dict]:
    """The people reader's name tokens and each token's role (child, adult, pet), or none at all
    when the reader refuses the parse: the tagger must never break a check."""
    from ..people import people

    try:
        read = people(doc)
        return read.name_tokens, {i: r for i in range(len(doc)) if (r := read.role_of(i))}
    except Exception:  # noqa: BLE001
        return frozenset(), {}


def token_features(doc, kind: str, names=None, roles=None, feature_set: int = FEATURE_SET) -> list[list[str]]:
    """Sparse string features for every token of one parsed statement (training and run time)."""
    if names is None or (roles is None and feature_set >= 2):
        names, roles = people_reading(doc)
    quoted = quoted_flags(doc)
    n = len(doc)
    wide = feature_set >= 2
    sent_info = _sentence_info(doc) if wide else {}
    lem = [t.lemma_.lower() for t in doc]
    pos = [t.pos_ for t in doc]
    feats = []
    for t in doc:
        i = t.i
        low = t.lower_
        head = t.head
        hlem = lem[head.i] if head.doc is doc else head.lemma_.lower()
        f = ["b", f"w={low}", f"l={lem[i]}", f"p={pos[i]}", f"t={t.tag_}", f"d={t.dep_}", f"k={kind}",
             f"s3={low[-3:]}", f"s4={low[-4:]}", f"lp={lem[i]}|{pos[i]}",
             f"hl={hlem}", f"hd={head.dep_}", f"hp={head.pos_}",
             f"dhl={t.dep_}|{hlem}", f"dhp={t.dep_}|{head.pos_}"]
        size = len(low)
        for k in _SUFFIX_SIZES:  # each ending of the list, looked up once (the same features as a scan)
            if size > k + 2 and low[-k:] in _SUFFIX_SET:
                f.append(f"suf={low[-k:]}")
                f.append(f"sufp={low[-k:]}|{pos[i]}")
        for k in _PREFIX_SIZES:
            if size > k + 3 and low[:k] in _PREFIX_SET:
                f.append(f"pre={low[:k]}")
        if "-" in low:
            f.append("hyphen")
        if t.is_upper and len(t.text) > 1:
            f.append("upper")
        if t.is_title and i > 0 and not doc[i - 1].is_sent_start:
            f.append("title_mid")
        if t.like_num:
            f.append("num")
        if t.is_punct:
            f.append("punct")
        if t.is_stop:
            f.append("stop")
        if quoted[i]:
            f.append("quoted")
        if i in names:
            f.append("name")
        if t.ent_type_:
            f.append(f"ent={t.ent_type_}")
        for c in t.children:
            f.append(f"cd={c.dep_}")
            if c.dep_ in ("amod", "compound", "neg", "advmod", "prep", "det", "poss", "dobj", "nsubj", "acomp"):
                f.append(f"cdl={c.dep_}|{lem[c.i]}")
        for off in (-2, -1, 1, 2):
            j = i + off
            if 0 <= j < n:
                f.append(f"l{off}={lem[j]}")
                f.append(f"p{off}={pos[j]}")
            else:
                f.append(f"l{off}=<edge>")
        if i > 0:
            f.append(f"bi-={lem[i - 1]}|{lem[i]}")
        if i + 1 < n:
            f.append(f"bi+={lem[i]}|{lem[i + 1]}")
        sent = t.sent
        rel = (i - sent.start) / max(1, len(sent))
        f.append(f"spos={min(4, int(rel * 5))}")
        if i == sent.start:
            f.append("sent_start")
        if wide:
            f.extend(_wider(doc, t, low, lem, pos, kind, roles, sent_info))
        feats.append(f)
    return feats


_ROLE_NAMES = {"child", "adult", "pet"}


def _shape(text: str) -> str:
    """Word shape with runs squeezed: "Non-compliant" -> "Xx-x", "A&E" -> "X&X", "2pm" -> "dx"."""
    out = []
    for ch in text:
        c = "X" if ch.isupper() else "x" if ch.isalpha() else "d" if ch.isdigit() else ch
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)[:6]


def _sentence_info(doc) -> dict:
    """For each sentence start: does it hold an if/unless clause, a modal, a negation?"""
    info = {}
    for sent in doc.sents:
        lows = {t.lower_ for t in sent}
        info[sent.start] = (bool(lows & {"if", "unless"}), bool(lows & {"will", "would", "could", "may", "might",
                                                                      "should", "must"}),
                            any(t.dep_ == "neg" for t in sent))
    return info


def _clause_verb(t):
    """The verb (or copula's head) whose clause holds this token."""
    v = t
    for _ in range(8):
        if v.pos_ in ("VERB", "AUX") or any(c.dep_ in ("nsubj", "nsubjpass", "cop") for c in v.children):
            return v
        if v.head is v:
            return v
        v = v.head
    return v


def _wider(doc, t, low, lem, pos, kind, roles, sent_info) -> list[str]:
    """Features that let the tagger reach words it has not seen: a word's character n-grams and
    shape (an unseen word of a known family: "unengaged", "disorganisation"), content lemmas in a
    window of four either side, the clause's subject and its role (about a child or an adult), the
    sentence's kind (an if-clause, a modal, a negation)."""
    i = t.i
    f = [f"sh={_shape(t.text)}", f"lk={lem[i]}|{kind}"]
    n = len(low)
    if n >= 4:
        f += [f"s2={low[-2:]}", f"p3={low[:3]}"]
    if n >= 6:
        f += [f"s5={low[-5:]}", f"p4={low[:4]}"]
    lm = lem[i]
    if len(lm) >= 5:
        f.append(f"ls3={lm[-3:]}|{pos[i]}")
    for j in range(max(0, i - 4), min(len(doc), i + 5)):
        if abs(j - i) >= 3 and pos[j] in ("NOUN", "VERB", "ADJ", "ADV"):
            f.append(f"win={lem[j]}")
    head = t.head
    f.append(f"hhl={lem[head.head.i]}")
    role = roles.get(i) if roles else None
    if role in _ROLE_NAMES:
        f.append(f"role={role}")
    verb = _clause_verb(t)
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None:
        srole = roles.get(subj.i) if roles else None
        if srole in _ROLE_NAMES:
            sr = srole
        elif subj.pos_ == "PRON":
            sr = "pron:" + subj.lower_
        else:
            sr = "pos:" + subj.pos_
        f += [f"subj={sr}", f"subjv={sr}|{lem[verb.i]}", f"subjp={sr}|{pos[i]}"]
    else:
        f.append("subj=none")
    f.append(f"vl={lem[verb.i]}")
    has_if, modal, neg = sent_info.get(t.sent.start, (False, False, False))
    if has_if:
        f.append("sent_if")
    if modal:
        f.append(f"sent_modal|{kind}")
    if neg:
        f.append("sent_neg")
    return f


class WordTagger:
    """The exported weights: P(fault) for a token, and the fault's type."""

    def __init__(self, spec: dict):
        if spec.get("format") != FORMAT:
            raise ValueError(f"word tagger format {spec.get('format')!r}, expected {FORMAT}")
        self.threshold = float(spec["threshold"])
        self.bias = float(spec["detector"]["bias"])
        self.weights: dict[str, float] = spec["detector"]["weights"]
        self.types: list[str] = spec["typer"]["classes"]
        self.type_bias: list[float] = spec["typer"]["bias"]
        self.type_weights: dict[str, list[float]] = spec["typer"]["weights"]
        self.metadata = spec.get("metadata", {})
        self.feature_set = int(spec.get("features", 1))  # files before round 17 hold no "features": set 1
        # Optional per-type thresholds: a span of a type listed here needs at least this mean probability.
        self.type_thresholds: dict[str, float] = {k: float(v) for k, v in spec.get("type_thresholds", {}).items()}

    def token_probabilities(self, feats: list[list[str]]) -> list[float]:
        out = []
        w = self.weights
        for f in feats:
            z = self.bias + sum(w.get(x, 0.0) for x in set(f))  # binary features: once each
            out.append(1.0 / (1.0 + math.exp(-z)) if z > -40 else 0.0)
        return out

    def token_types(self, feats: list[str]) -> dict[str, float]:
        z = list(self.type_bias)
        for x in set(feats):
            row = self.type_weights.get(x)
            if row:
                z = [a + b for a, b in zip(z, row)]
        # One-against-rest logistic scores, normalised as scikit-learn's predict_proba does.
        ps = [1.0 / (1.0 + math.exp(-v)) if v > -40 else 0.0 for v in z]
        total = sum(ps) or 1.0
        return {t: p / total for t, p in zip(self.types, ps)}

    def spans(self, doc, kind: str, threshold: float | None = None, names=None,
              feats: list[list[str]] | None = None, roles=None) -> list[tuple[int, int, str, float]]:
        """(start, end, type, mean probability) of each run of tokens at or over the threshold,
        trimmed to its content words; none in quotes, none holding a person's name."""
        t = self.threshold if threshold is None else threshold
        if t >= 1.0 or not len(doc):
            return []
        if names is None or roles is None:
            names, roles = people_reading(doc)
        feats = feats if feats is not None else token_features(doc, kind, names, roles, self.feature_set)
        probs = self.token_probabilities(feats)
        return spans_of(doc, probs, [None] * len(doc), t, names, self.token_types, feats, self.type_thresholds)


def spans_of(doc, probs, types, t, names, type_of=None, feats=None, type_thresholds=None):
    """The runs of tokens at or over t as (start, end, type, mean probability): trimmed to content
    words, none in quotes, none holding a name. types[i] is token i's type probabilities, or
    type_of(feats[i]) gives them (the run-time tagger computes them only for tokens in a run)."""
    quoted = quoted_flags(doc)
    runs, run = [], []
    for tok, p in zip(doc, probs):
        if p >= t and not (tok.is_punct or tok.is_space) and not quoted[tok.i]:
            run.append(tok.i)
            continue
        if run:
            runs.append(run)
        run = []
    if run:
        runs.append(run)
    out = []
    for run in runs:
        while run and doc[run[0]].pos_ in _EDGE_POS:
            run = run[1:]
        while run and doc[run[-1]].pos_ in _EDGE_POS:
            run = run[:-1]
        if not run or any(i in names for i in run):
            continue
        if not any(doc[i].pos_ in _CONTENT_POS and not doc[i].is_stop for i in run):
            continue
        totals: dict[str, float] = {}
        for i in run:
            for typ, q in (types[i] or type_of(feats[i])).items():
                totals[typ] = totals.get(typ, 0.0) + q * probs[i]
        typ, mean = max(totals, key=totals.get), sum(probs[i] for i in run) / len(run)
        if type_thresholds and mean < type_thresholds.get(typ, 0.0):
            continue
        start, end = doc[run[0]].idx, doc[run[-1]].idx + len(doc[run[-1]].text)
        out.append((start, end, typ, mean))
    return out


_LOCK = threading.Lock()
_LOADED: dict[str, object] = {}


def path() -> Path:
    from .model import model_dir

    return model_dir() / FILE


def load(file: Path | None = None) -> WordTagger | None:
    """The shipped tagger, or None when the file is missing or unreadable (rules carry on alone)."""
    file = file or path()
    key = str(file)
    with _LOCK:
        if key in _LOADED:
            return _LOADED[key]  # type: ignore[return-value]
        tagger = None
        try:
            raw = file.read_bytes()
            spec = json.loads(gzip.decompress(raw).decode("utf-8"))
            expected = spec.get("metadata", {}).get("weights_sha256")
            if expected and hashlib.sha256(json.dumps(
                    [spec["detector"], spec["typer"]], sort_keys=True).encode()).hexdigest() != expected:
                raise ValueError("checksum differs")
            tagger = WordTagger(spec)
        except (OSError, ValueError, KeyError, TypeError):
            tagger = None
        _LOADED[key] = tagger
        return tagger


def reset() -> None:
    with _LOCK:
        _LOADED.clear()


_ADVICE = {
    "jargon": ("reads like a professional's word that a family may not use", "Say it in the words Mum or Dad would use."),
    "label": ("reads like a label for what an adult is, not what they did",
              "Say what the adult did or said, when, and who saw or heard it."),
    "vague": ("reads like a vague phrase: it does not say what anyone saw or did",
              "Say what happened, or what will happen, in words a parent could picture."),
    "guess": ("reads like a guess or opinion written as a fact", "Say who thinks this and what they saw that makes them think it."),
    "judgement": ("reads like a verdict on a parent rather than something they did",
                  "Say what the parent did or said that worries you, and when."),
    "victim_blaming": ("may put the blame on the child or on the person being hurt",
                       "Say what the adults did, and what it did to the child."),
}


def message(words: str, typ: str) -> str:
    problem, advice = _ADVICE[typ]
    return (f"\"{words}\" {problem} (a pattern learned from statements that practice leads marked, "
            f"not a fixed rule: check it). {advice}")
