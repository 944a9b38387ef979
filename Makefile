# Two commands for a fresh machine:
#   make demo   – create .venv, install, run the main job on corpora/ (tables in out/)
#   make test   – create .venv, install with test extras, run the test suite
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: demo test install install-dev bench score

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

install: $(BIN)/python
	$(BIN)/pip install -q -e .

install-dev: $(BIN)/python
	$(BIN)/pip install -q -e '.[dev]'

demo: install
	$(BIN)/fupin-extract extract corpora -o out --format csv
	$(BIN)/fupin-extract compare corpora -o out/comparison.csv --long out/comparison_long.csv
	$(BIN)/fupin-extract audit corpora -o out/findings.csv --format csv
	$(BIN)/fupin-extract report corpora -o out/report.html
	$(BIN)/fupin-extract eval tests/gold corpora | tail -n 1

test: install-dev
	bash tests/setup_extra.sh
	$(BIN)/python -m pytest tests

bench: install-dev
	$(BIN)/python benchmarks/bench_throughput.py

score: install
	$(BIN)/fupin-extract eval tests/gold corpora
