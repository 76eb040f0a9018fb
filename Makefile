# Two entry points: `make run` serves the sample corpus's graph, `make test` runs the whole suite.
# Both create .venv and install on a fresh machine with only python3; re-runs skip what is done.
VENV   := .venv
# the interpreter the venv is made from: make install PYTHON=/usr/bin/python3.11
PYTHON ?= python3
PY     := $(VENV)/bin/python
GOVKG  := $(VENV)/bin/govkg
HOST   ?= 127.0.0.1
PORT   ?= 8000

.PHONY: run test lint install install-test eval bench model clean

$(VENV)/.base: pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e .
	touch $@

$(VENV)/.test: $(VENV)/.base
	$(PY) -m pip install -q -e ".[test,train]"
	touch $@

install: $(VENV)/.base
install-test: $(VENV)/.test

run: $(VENV)/.base
	$(GOVKG) load  # skips what the same rules already extracted (the rules name carries a digest of their code)
	$(GOVKG) serve --host $(HOST) --port $(PORT)

lint: $(VENV)/.test
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy

test: lint
	$(VENV)/bin/pytest -q

eval: $(VENV)/.base
	$(PY) ../shared/eval/evaluate.py $(GOVKG)

# The SPARQL benchmark races a bare `oxigraph serve`: its binary comes with the bench extra.
$(VENV)/.bench: $(VENV)/.base
	$(PY) -m pip install -q -e ".[bench]"
	touch $@

bench: $(VENV)/.bench
	$(PY) benchmarks/extract.py
	$(PY) benchmarks/load.py
	$(PY) benchmarks/sparql.py

# Refit the doer ranker (loaders/data/doer_model.json) from the sample's and the dev folders' gold in ../shared/eval.
$(VENV)/.train: $(VENV)/.base
	$(PY) -m pip install -q -e ".[train]"
	touch $@

model: $(VENV)/.train
	$(PY) -m training.doers

clean:
	rm -rf $(VENV) govkg-data .pytest_cache .ruff_cache .mypy_cache
