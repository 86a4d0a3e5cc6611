# Two commands set everything up on a fresh machine: `make demo` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install demo test fuzz bench eval train clean

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	@# An editable install leaves the modules uncompiled: compile them once, as a wheel install does.
	$(BIN)/python -m compileall -q sos_lint > /dev/null
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	@# Exit 1 means findings were shown, which is the point of the demo; 2 (an input problem) still fails.
	$(BIN)/sos-lint check examples/ || [ $$? -eq 1 ]
	@echo "To check drafts in a browser: $(BIN)/sos-lint serve, then open http://127.0.0.1:8000/"

test: $(STAMP)
	$(BIN)/python -m pytest -q

fuzz: $(STAMP)
	HYPOTHESIS_PROFILE=fuzz $(BIN)/python -m pytest -q tests/test_properties.py tests/test_fixes.py

bench: $(STAMP)
	$(BIN)/python benchmarks/run.py
	$(BIN)/python benchmarks/bench_web.py
	$(BIN)/python benchmarks/bench_rooms.py --seconds 30 --rounds 1
	$(BIN)/python benchmarks/bench_word.py
	$(BIN)/python benchmarks/bench_audit.py --rows 2000

eval: $(STAMP)
	$(BIN)/python -m devtools.evaluate
	$(BIN)/python -m devtools.eval_rewrite
	$(BIN)/python -m devtools.eval_rewrite --heldout tests/data/rewrite_probe3.jsonl
	$(BIN)/python -m devtools.eval_words
	$(BIN)/python -m devtools.eval_people --all
	$(BIN)/python -m devtools.eval_parts --all --corpus
	$(BIN)/python -m devtools.eval_blind --card
	$(BIN)/python -m devtools.eval_agreement tests/data/blind/words_test15.jsonl tests/data/agreement/marks15_b.jsonl tests/data/agreement/marks15_c.jsonl
	$(BIN)/python -m devtools.eval_agreement tests/data/blind/words_test16.jsonl tests/data/agreement/marks16_b.jsonl
	$(BIN)/python -m devtools.eval_agreement tests/data/blind/words_test17.jsonl tests/data/agreement/marks17_b.jsonl
	$(BIN)/python -m devtools.eval_agreement tests/data/blind/words_test18.jsonl tests/data/agreement/marks18_b.jsonl
	$(BIN)/python -m devtools.eval_agreement tests/data/blind/words_test19.jsonl tests/data/agreement/marks19_b.jsonl
	$(BIN)/python -m devtools.eval_agreement tests/data/blind/words_test20.jsonl tests/data/agreement/marks20_b.jsonl
	$(BIN)/python -m devtools.eval_agreement tests/data/blind/words_test21.jsonl tests/data/agreement/marks21_b.jsonl
	$(BIN)/python -m devtools.eval_agreement tests/data/blind/words_test22.jsonl tests/data/agreement/marks22_b.jsonl
	$(BIN)/python -m devtools.eval_agreement tests/data/blind/words_test23.jsonl tests/data/agreement/marks23_b.jsonl
	$(BIN)/python -m devtools.eval_agreement tests/data/blind/words_test24.jsonl tests/data/agreement/marks24_b.jsonl
	$(BIN)/python -m devtools.eval_agreement tests/data/blind/words_test25.jsonl tests/data/agreement/marks25_b.jsonl
	$(BIN)/python -m devtools.eval_agreement tests/data/blind/words_test26.jsonl tests/data/agreement/marks26_b.jsonl
	$(BIN)/python -m devtools.eval_agreement tests/data/blind/words_test27.jsonl tests/data/agreement/marks27_b.jsonl
	$(BIN)/python -m devtools.eval_agreement tests/data/blind/words_test28.jsonl tests/data/agreement/marks28_b.jsonl
	$(BIN)/python -m devtools.eval_agreement tests/data/blind/words_test29.jsonl tests/data/agreement/marks29_b.jsonl
	$(BIN)/python -m devtools.eval_agreement tests/data/blind/words_test30.jsonl tests/data/agreement/marks30_b.jsonl
	$(BIN)/python -m devtools.eval_agreement tests/data/blind/words_test31.jsonl tests/data/agreement/marks31_b.jsonl
	$(BIN)/python -m devtools.eval_agreement tests/data/blind/words_test32.jsonl tests/data/agreement/marks32_b.jsonl
	$(BIN)/python -m devtools.eval_agreement tests/data/blind/words_test33.jsonl tests/data/agreement/marks33_b.jsonl
	$(BIN)/python -m devtools.eval_agreement tests/data/blind/words_test34.jsonl tests/data/agreement/marks34_b.jsonl
	$(BIN)/python -m devtools.eval_agreement tests/data/blind/words_test35.jsonl tests/data/agreement/marks35_b.jsonl
	$(BIN)/python -m devtools.eval_agreement tests/data/blind/words_test36.jsonl tests/data/agreement/marks36_b.jsonl
	$(BIN)/python -m devtools.eval_agreement tests/data/blind/words_test37.jsonl tests/data/agreement/marks37_b.jsonl
	$(BIN)/python -m devtools.eval_agreement tests/data/blind/words_test38.jsonl tests/data/agreement/marks38_b.jsonl
	$(BIN)/python -m devtools.eval_agreement tests/data/blind/words_test39.jsonl tests/data/agreement/marks39_b.jsonl
	$(BIN)/python -m devtools.eval_agreement tests/data/blind/words_test40.jsonl tests/data/agreement/marks40_b.jsonl
	$(BIN)/python -m devtools.eval_redaction

train: $(STAMP)
	$(BIN)/python -m devtools.train
	@# The lexicons' lemma passes for cold start: rebuild after any lexicon or swap-table change.
	$(BIN)/python -m devtools.pattern_lemmas

clean:
	rm -rf $(VENV) build dist *.egg-info
