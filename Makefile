# Lan Tỏa: the two README commands are `make demo` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test setup native system-deps lint check-boundaries bench clean

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "Lan Tỏa needs Python 3.11+"'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

setup: $(STAMP)

## Compile the tagger's hot modules with mypyc (same source; skipped when up to date). Without a C
## compiler the tagger runs in pure Python (same tags, slower); under CI a failed build fails.
native: setup
	@if [ "$${CI:-}" = "true" ]; then $(BIN)/lantoa build-native; \
	else $(BIN)/lantoa build-native || echo "(tiếp tục bằng Python thuần / going on in pure Python)"; fi

## Crawl the bundled fixture sites, tag, index into SQLite, serve the UI on :8000.
demo: setup native
	$(BIN)/lantoa demo

## Everything CI checks: system packages, lint, types, module boundaries, all tests.
test: setup native system-deps lint check-boundaries
	$(BIN)/python -m pytest

system-deps:
	@bash scripts/install-system-deps.sh

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy lantoa crawlers nlp search_api index_config

check-boundaries: setup
	$(BIN)/lint-imports

bench: setup native
	$(BIN)/python -m bench

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache test-artifacts
