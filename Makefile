# Two commands do all the set-up on a fresh machine (see README.md):
#   make serve   - the site at http://127.0.0.1:8000 (rebuilds on change; examples cached)
#   make test    - every test: snippets on CPython 3.10-3.15, matcher, lint, strict build, links,
#                  browser, HTML validity (vnu) and accessibility (axe-core)
# Also: make build (static site in site/), make update [P=pattern], make bench, make stress,
#   make diagrams (after editing a ```mermaid block),
#   make pythons - CPython 3.10 ... 3.15 for the tests (found, or fetched into .cache/pythons/;
#                  PYTHONS_ARGS=--allow-missing carries on without the ones that cannot be had)

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
# Written by scripts/pythons.py: {"3.10": {"path": ..., "version": ...}, ...}
PYTHONS := .cache/pythons/interpreters.json
PYTHONS_ARGS ?=
export NO_MKDOCS_2_WARNING := 1

CHECKERS := node_modules/.installed

.PHONY: serve build test update bench stress browser-deps diagrams clean pythons

$(STAMP): requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --require-hashes --no-deps -r requirements.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $@

# Re-run when the script changes or the file is gone (the script removes it when a version is missing).
$(PYTHONS): scripts/pythons.py
	$(PYTHON) scripts/pythons.py $(PYTHONS_ARGS)

pythons: $(PYTHONS)

# Serving does not insist on every version: the pages say which ones are missing.
serve: $(STAMP)
	$(PYTHON) scripts/pythons.py --allow-missing
	$(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000

build: $(STAMP) $(PYTHONS)
	$(BIN)/mkdocs build --strict

browser-deps:
	@sh scripts/install-browser.sh

# The HTML and accessibility checkers of tests/test_quality.py (npm, pinned by package-lock.json).
$(CHECKERS): package.json package-lock.json
	@sh scripts/install-checkers.sh
	touch $@

# Draw the ```mermaid diagrams of docs/ to SVG (after changing one; the build says when).
diagrams: $(STAMP) browser-deps
	$(BIN)/python scripts/render_diagrams.py

test: $(STAMP) $(PYTHONS) browser-deps $(CHECKERS)
	$(BIN)/python -m pytest

update: $(STAMP)
	$(BIN)/snippets update $(P)

bench: $(STAMP) $(PYTHONS)
	$(BIN)/python scripts/bench_build.py

stress: $(STAMP)
	$(BIN)/snippets stress $(ARGS)

clean:
	rm -rf $(VENV) site .cache node_modules
