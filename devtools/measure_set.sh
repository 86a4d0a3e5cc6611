#!/usr/bin/env bash
# measure.sh TREE OUTDIR N [SETDIR]: blind-set figures for set N with the code in TREE.
# Full output to OUTDIR/*.txt; prints only summary lines (no row ids, no texts).
set -u
TREE=$1; OUT=$2; N=$3; SD=${4:-$TREE/tests/data/blind}
mkdir -p $OUT
export SOS_LINT_SEED_DIR=/work/shared/seed
P="env PYTHONPATH=$TREE /work/main/.venv/bin/python"
cd $TREE
$P -m devtools.eval_words --probe $SD/words_test$N.jsonl > $OUT/words.txt 2>&1
$P -m devtools.eval_words --probe $SD/words_test$N.jsonl --learned > $OUT/words_learned.txt 2>&1
$P -m devtools.eval_words --probe $SD/good_test$N.jsonl > $OUT/good.txt 2>&1
$P -m devtools.eval_parts --probe $SD/parts_test$N.jsonl --good $SD/words_test$N.jsonl > $OUT/parts.txt 2>&1
$P -m devtools.eval_people --probe $SD/people_test$N.jsonl > $OUT/people.txt 2>&1
$P -m devtools.eval_rewrite --heldout $SD/words_test$N.jsonl > $OUT/rewrite.txt 2>&1
[ -f $SD/fix_test$N.jsonl ] && $P -m devtools.eval_fix $SD/fix_test$N.jsonl > $OUT/fix.txt 2>&1
M=$TREE/tests/data/agreement/marks${N}_b.jsonl; [ -f $SD/marks${N}_b.jsonl ] && M=$SD/marks${N}_b.jsonl
[ -f $M ] && $P -m devtools.eval_agreement $SD/words_test$N.jsonl $M > $OUT/agreement.txt 2>&1
for f in $OUT/*.txt; do echo "== $(basename $f)"; grep -v -E '^\s+[a-z]+[0-9]+-|^\s+[a-z0-9]+-[a-z]*[0-9]+|"|«|^\s*(missed|false alarms):' $f | grep -v -E '^\s{4,}' | head -40; done
