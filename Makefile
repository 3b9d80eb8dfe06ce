# The README's two commands. Both work on a fresh machine with Python 3.11+, make and the package registries.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

## make run: set up, then the main job on the bundled knowledge base (a demonstration for now)
run: $(STAMP)
	$(BIN)/exequatur kb validate
	$(BIN)/exequatur ask --state MNG --ruling icc-putin-2023 --on 2024-09-03
	$(BIN)/exequatur ask --state RUS --ruling icc-putin-2023 --on 2026-02-01
	$(BIN)/exequatur when --state RUS --ruling icc-putin-2023 --from 2023-01-01 --to 2027-12-31

## make test: set up, then every check and test
test: $(STAMP)
	$(BIN)/ruff check src tests benchmarks scripts
	$(BIN)/exequatur kb validate
	$(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python benchmarks/bench.py

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .hypothesis
