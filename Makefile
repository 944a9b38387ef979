# Two commands for a fresh machine:
#   make demo   – create .venv, install, run the main job on corpora/ (tables in out/)
#   make test   – create .venv, install with test extras, run the test suite
#   make notebooks – execute the three notebooks into out/notebooks/ (with a CJK font for the plots)
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: demo test install install-dev bench score notebooks readme-figure

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

# Executed copies go to out/notebooks/ (git ignores out/); notebooks/ keeps them without outputs.
notebooks: install-dev
	bash tests/setup_extra.sh
	mkdir -p out/notebooks
	cd notebooks && for nb in *.ipynb; do \
		../$(BIN)/python -c "import sys, nbformat, nbclient; nb = nbformat.read(sys.argv[1], as_version=4); nbclient.NotebookClient(nb, timeout=600, kernel_name='python3').execute(); nbformat.write(nb, '../out/notebooks/' + sys.argv[1])" $$nb || exit 1; \
	done
	@echo "executed notebooks and plots in out/notebooks/"

# The README's plot, refreshed on purpose (never by running a notebook).
readme-figure: notebooks
	cp out/notebooks/poverty-incidence.png docs/poverty-incidence.png
