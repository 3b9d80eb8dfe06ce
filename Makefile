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

## make run: set up, check the bundled knowledge base, then serve the page and the API (prints the address)
HOST ?= 127.0.0.1
PORT ?= 8000
run: $(STAMP)
	$(BIN)/exequatur kb validate
	$(BIN)/exequatur serve --host $(HOST) --port $(PORT)

## make test: set up, then every check and test
test: $(STAMP)
	$(BIN)/ruff check src tests benchmarks scripts
	$(BIN)/exequatur kb validate
	$(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python benchmarks/bench.py
	$(BIN)/python benchmarks/load.py
	$(BIN)/python benchmarks/start.py

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .hypothesis
