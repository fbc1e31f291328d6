# tearsheet: `make` sets up .venv and builds content/ into build/; `make test` runs the tests.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
OUT := build
JOBS ?= $(shell nproc 2>/dev/null || echo 2)

INSTALLED := $(VENV)/.installed
SYSTEM := $(VENV)/.system
TEST_SYSTEM := $(VENV)/.system-test
TEARSHEET := $(BIN)/tearsheet
ACE := tools/ace/node_modules/.bin/ace-cli

.DELETE_ON_ERROR:
.PHONY: all html pdf epub test check check-corpus lint bench clean ace eval-import eval-paste FORCE

all: $(OUT)/.built

$(SYSTEM):
	scripts/system-deps
	@mkdir -p $(VENV) && touch $@

$(TEST_SYSTEM): | $(SYSTEM)
	scripts/system-deps --test
	@mkdir -p $(VENV) && touch $@

# Ace by DAISY, the EPUB accessibility checker, runs in the system's Chromium (no download).
$(ACE): tools/ace/package.json tools/ace/package-lock.json | $(TEST_SYSTEM)
	cd tools/ace && PUPPETEER_SKIP_DOWNLOAD=1 npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
	touch $@

ace: $(ACE)

$(INSTALLED): pyproject.toml | $(SYSTEM)
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	$(BIN)/python -m tearsheet.fonts >/dev/null
	$(BIN)/python -m tearsheet.langmodel
	touch $@

# make always asks tearsheet, which decides what is stale by content hashes (not by times,
# which a checkout resets) and removes the outputs of deleted articles: the two never disagree.
$(OUT)/.built: $(INSTALLED) FORCE
	$(TEARSHEET) build content --out $(OUT) --jobs $(JOBS)
	touch $@

FORCE:

html pdf epub: $(INSTALLED)
	$(TEARSHEET) build content --out $(OUT) --formats $@ --jobs $(JOBS)

test: $(INSTALLED) $(TEST_SYSTEM) $(ACE)
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	$(BIN)/python -m pytest -n $(JOBS)

# Import measured on ../shared/import-benchmark and bench/import-set (docs/IMPORT.md).
eval-import: $(INSTALLED)
	nice $(BIN)/python bench/eval_import.py

# The tuned written sets pasted in other ways: CRLF, no-break spaces, quoted mail ...
eval-paste: $(INSTALLED)
	nice $(BIN)/python bench/eval_paste.py

bench: $(INSTALLED)
	scripts/system-deps --bench
	$(BIN)/python bench/run.py

# EPUBCheck and Ace over every built EPUB: zero messages and zero violations, or it fails.
check: all $(TEST_SYSTEM) $(ACE)
	$(BIN)/python tests/validators.py $(OUT)/*.epub

# Every article of ../shared/corpus built into build-corpus/ and each EPUB checked with
# EPUBCheck and Ace; one-line input errors are listed, any validator message fails
# (docs/CORPUS.md has the last results; about 40 minutes on two busy cores).
check-corpus: $(INSTALLED) $(TEST_SYSTEM) $(ACE)
	nice $(BIN)/python tests/check_corpus.py --out build-corpus --jobs $(JOBS)

clean:
	rm -rf $(OUT) build-corpus
