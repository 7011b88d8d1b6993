# Quick start: `make demo` (set up, then draw the example map) and `make test` (set up, then run every test).
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin

.PHONY: demo test lint bench clean setup

$(BIN)/routes: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(BIN)/routes

setup: $(BIN)/routes

demo: $(BIN)/routes
	$(BIN)/routes demo

test: $(BIN)/routes
	bash scripts/install-chromium
	ROUTES_CACHE_DIR=$(CURDIR)/.pytest_cache/routes-cache $(BIN)/routes gazetteer info >/dev/null
	ROUTES_CACHE_DIR=$(CURDIR)/.pytest_cache/routes-cache $(BIN)/python -m pytest -n 2

lint: $(BIN)/routes
	$(BIN)/ruff check routes cli tests bench
	$(BIN)/mypy

bench: $(BIN)/routes
	$(BIN)/pip install --quiet -e '.[test,bench]'
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) build dist *.egg-info
