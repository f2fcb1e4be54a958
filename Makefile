# Two commands do all the set-up on a fresh machine (see README.md):
#   make serve   - the site at http://127.0.0.1:8000 (rebuilds on change; examples cached)
#   make test    - every test: snippets, matcher, lint, strict build, links, browser
# Also: make build (static site in site/), make update [P=pattern], make bench, make stress,
#   make diagrams (after editing a ```mermaid block).

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
export NO_MKDOCS_2_WARNING := 1

CHECKERS := node_modules/.installed

.PHONY: serve build test update bench stress browser-deps diagrams clean

$(STAMP): requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --require-hashes --no-deps -r requirements.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $@

serve: $(STAMP)
	$(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000

build: $(STAMP)
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

test: $(STAMP) browser-deps $(CHECKERS)
	$(BIN)/python -m pytest

update: $(STAMP)
	$(BIN)/snippets update $(P)

bench: $(STAMP)
	$(BIN)/python scripts/bench_build.py

stress: $(STAMP)
	$(BIN)/snippets stress $(ARGS)

clean:
	rm -rf $(VENV) site .cache node_modules
