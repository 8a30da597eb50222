# Briefbook: `make html` builds the briefing book, `make test` runs every test.
# Both set up what they need on a fresh machine (.venv from PyPI, node_modules from npm).

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
BUILD := build
SPHINXOPTS ?= -j auto
PORT ?= 8000

PY_STAMP := $(VENV)/.installed
NPM_STAMP := node_modules/.installed

.PHONY: help html serve test lint check extract clean distclean setup

help:
	@echo "make html     build the briefing book into $(BUILD)/html (sets everything up)"
	@echo "make serve    live preview on http://localhost:$(PORT), rebuilt on every change"
	@echo "make test     install test needs and run the whole test suite"
	@echo "make lint     ruff and mypy"
	@echo "make check    check articles and overlays in seeds/ without building"
	@echo "make clean    remove build output and generated pages"

$(PY_STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[test,serve]'
	touch $@

$(NPM_STAMP): package.json package-lock.json
	PUPPETEER_SKIP_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error
	touch $@

setup: $(PY_STAMP) $(NPM_STAMP)

html: setup
	$(BIN)/sphinx-build -M html docs $(BUILD) -W --keep-going $(SPHINXOPTS)

serve: setup
	$(BIN)/sphinx-autobuild docs $(BUILD)/html --port $(PORT) --watch seeds \
		--watch extensions/briefbook --re-ignore 'docs/briefings/.*' $(SPHINXOPTS)

test: setup
	$(BIN)/python -m pytest -p no:cacheprovider -q

lint: setup
	$(BIN)/ruff check extensions tests
	$(BIN)/mypy

check: setup
	$(BIN)/briefbook check seeds

clean:
	rm -rf $(BUILD) docs/briefings

distclean: clean
	rm -rf $(VENV) node_modules
