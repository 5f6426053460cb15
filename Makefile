# Two commands set everything up on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin

.PHONY: demo test lint eval bench clean

demo: $(VENV)/.installed
	$(BIN)/auditor demo

test: $(VENV)/.installed-test
	$(BIN)/ruff check .
	$(BIN)/pytest -q

lint: $(VENV)/.installed-test
	$(BIN)/ruff check .

eval: $(VENV)/.installed
	$(BIN)/auditor eval ../shared/eval/dev.jsonl

bench: $(VENV)/.installed
	$(BIN)/python benchmarks/perf.py

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e '.[photos]'
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $@ $(VENV)/.installed

clean:
	rm -rf $(VENV) reports/demo build *.egg-info
