# Briefbook: `make html` builds the briefing book, `make test` runs every test.
# Both set up what they need on a fresh machine (.venv from PyPI, node_modules from npm).

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
BUILD := build
SPHINXOPTS ?= -j auto
PORT ?= 8000

# Debian packages for printing (LaTeX, Chromium for diagrams) and for the PDF tests.
SYSTEM_PACKAGES := texlive-latex-recommended texlive-latex-extra texlive-fonts-recommended \
	texlive-luatex latexmk tex-gyre poppler-utils chromium fonts-liberation \
	fonts-freefont-otf fonts-dejavu-core fonts-symbola
LATEX_FLAGS := LATEXOPTS="-halt-on-error -interaction=nonstopmode" LATEXMKOPTS=-silent

PY_STAMP := $(VENV)/.installed
NPM_STAMP := node_modules/.installed

.PHONY: help html html-offline pdf serve test lint check clean distclean setup system-deps bench eval learn

help:
	@echo "make html     build the briefing book into $(BUILD)/html (sets everything up)"
	@echo "make html-offline  the same site with diagrams drawn at build time (works from file://)"
	@echo "make pdf      print every briefing and the whole book to $(BUILD)/pdf"
	@echo "make serve    live preview on http://localhost:$(PORT), rebuilt on every change"
	@echo "make test     install test needs and run the whole test suite"
	@echo "make eval     extraction accuracy (precision, recall, F1) on tests/eval"
	@echo "make learn    learn the weighted cues from the development gold, then cross-validate"
	@echo "make bench    benchmark suite (bench/results.json, bench/scaling.svg)"
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

# As root, install the Debian packages that are missing; otherwise name them and stop.
system-deps:
	@missing=""; \
	for tool in latexmk lualatex kpsewhich pdftotext fc-list chromium; do \
		command -v $$tool >/dev/null 2>&1 || missing="$$missing $$tool"; done; \
	for sty in luaotfload.sty fontspec.sty fncychap.sty; do \
		command -v kpsewhich >/dev/null 2>&1 && [ -n "$$(kpsewhich $$sty)" ] || missing="$$missing $$sty"; done; \
	for font in FreeSerif Symbola "DejaVu Sans"; do \
		command -v fc-list >/dev/null 2>&1 && fc-list | grep -q "$$font" || missing="$$missing font:$$font"; done; \
	if [ -n "$$missing" ]; then \
		if [ "$$(id -u)" = 0 ]; then \
			echo "installing Debian packages for:$$missing"; \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
				--no-install-recommends $(SYSTEM_PACKAGES) >/dev/null; \
		else \
			echo "missing:$$missing"; \
			echo "install them with: sudo apt-get install --no-install-recommends $(SYSTEM_PACKAGES)"; \
			exit 1; \
		fi; \
	fi

html: setup
	$(BIN)/sphinx-build -M html docs $(BUILD) -W --keep-going $(SPHINXOPTS)

html-offline: setup system-deps
	$(BIN)/sphinx-build -M html docs $(BUILD)/offline -W --keep-going $(SPHINXOPTS) \
		-D briefbook_diagrams=inline-svg
	@echo "open $(BUILD)/offline/html/index.html straight from disk, or zip that folder"

pdf: setup system-deps
	$(BIN)/sphinx-build -M latex docs $(BUILD) -W --keep-going $(SPHINXOPTS)
	$(MAKE) -C $(BUILD)/latex all-pdf $(LATEX_FLAGS)
	mkdir -p $(BUILD)/pdf && cp $(BUILD)/latex/*.pdf $(BUILD)/pdf/
	@echo "PDFs are in $(BUILD)/pdf"

serve: setup
	$(BIN)/sphinx-autobuild docs $(BUILD)/html --port $(PORT) --watch seeds \
		--watch extensions/briefbook --re-ignore 'docs/briefings/.*' $(SPHINXOPTS)

test: setup system-deps
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

# Benchmarks (not tests): prints a table, writes bench/results.json and bench/scaling.svg.
bench: setup system-deps
	$(BIN)/python bench/run.py $(BENCHOPTS)

# Extraction accuracy on the annotated development and held-back articles (tests/eval).
eval: setup
	mkdir -p $(BUILD) && $(BIN)/briefbook eval --json $(BUILD)/eval.json

# Weighted cues (extensions/briefbook/extract/lexicons/learned.json) from the development
# split of tests/eval, then the rules and weights scored on dev articles held out in turn.
learn: setup
	$(BIN)/briefbook learn
	$(BIN)/briefbook learn --cross-validate
