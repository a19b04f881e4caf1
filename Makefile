# dragoman — `make demo` and `make test` are the whole setup; both build on `make install`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
GOLD   ?= ../shared/gold
EXAMPLE := src/dragoman/data/examples

.PHONY: install demo test eval bench clean

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip>=23,<27"
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.test-installed: $(VENV)/.installed
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $@

demo: install
	@echo "== dragoman code $(EXAMPLE)/01-*.txt"
	@$(BIN)/dragoman code $(EXAMPLE)/01-*.txt

test: $(VENV)/.test-installed
	$(BIN)/python -m pytest -q

eval: install
	@if [ -d "$(GOLD)" ]; then \
		$(BIN)/dragoman eval $(GOLD)/dev.jsonl $(GOLD)/blog-post-2025-07-20.json tests/data/gold_own.jsonl tests/data/examples_gold.jsonl tests/data/gold_heldout.jsonl; \
	else \
		echo "($(GOLD) not found: scoring the project's own test set only)"; \
		$(BIN)/dragoman eval tests/data/gold_own.jsonl tests/data/examples_gold.jsonl tests/data/gold_heldout.jsonl; \
	fi

bench: install
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) build src/*.egg-info .pytest_cache
