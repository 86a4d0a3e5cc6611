# Two commands set everything up on a fresh machine: `make demo` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install demo test bench eval train clean

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	@# Exit 1 means findings were shown, which is the point of the demo; 2 (an input problem) still fails.
	$(BIN)/sos-lint check examples/ || [ $$? -eq 1 ]

test: $(STAMP)
	$(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/python benchmarks/run.py

eval: $(STAMP)
	$(BIN)/python -m devtools.evaluate
	$(BIN)/python -m sos_lint.rewrite.evaluate

train: $(STAMP)
	$(BIN)/python -m devtools.train

clean:
	rm -rf $(VENV) build dist *.egg-info
