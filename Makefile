# dragoman — `make demo` and `make test` are the whole setup; both build on `make install`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
GOLD   ?= ../shared/gold
EXAMPLE := src/dragoman/data/examples

.PHONY: install demo test eval bench fuzz docs clean

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
	@$(MAKE) --no-print-directory demo-store

test: $(VENV)/.test-installed
	$(BIN)/python -m pytest -q

OWN_GOLD := tests/data/gold_own.jsonl tests/data/examples_gold.jsonl tests/data/gold_heldout.jsonl tests/data/gold_dev3.jsonl tests/data/gold_dev4.jsonl tests/data/gold_dev5.jsonl tests/data/gold_dev6.jsonl tests/data/gold_dev7.jsonl tests/data/gold_dev8.jsonl tests/data/gold_dev9.jsonl tests/data/gold_heldout2.jsonl tests/data/gold_heldout3.jsonl tests/data/gold_heldout4.jsonl tests/data/gold_heldout5.jsonl tests/data/gold_heldout6.jsonl tests/data/gold_heldout7.jsonl tests/data/gold_conflict.jsonl tests/data/gold_conflict_dev2.jsonl tests/data/gold_conflict_sealed.jsonl tests/data/gold_conflict_sealed2.jsonl tests/data/gold_conflict_sealed3.jsonl tests/data/gold_conflict_sealed4.jsonl tests/data/codes_gold.jsonl tests/data/nonevents_tuned.jsonl tests/data/nonevents.jsonl
REAL ?= ../shared/real

eval: install
	@if [ -d "$(GOLD)" ]; then \
		$(BIN)/dragoman eval $(GOLD)/dev.jsonl $(GOLD)/blog-post-2025-07-20.json $(OWN_GOLD); \
	else \
		echo "($(GOLD) not found: scoring the project's own test sets only)"; \
		$(BIN)/dragoman eval $(OWN_GOLD); \
	fi
	@if [ -f "$(REAL)/score.py" ]; then \
		mkdir -p build; for f in $(REAL)/acled-*.jsonl; do \
			echo "$$f (real reports, $(REAL)/score.py):"; \
			$(BIN)/dragoman code "$$f" --format jsonl 2>/dev/null > build/real-pred.jsonl || true; \
			$(BIN)/python $(REAL)/score.py "$$f" build/real-pred.jsonl; \
		done; \
	fi

# the scaling bench (docs/scale.md); the target sizes: SCALE_ARGS="--dask-articles 100000"
SCALE_ARGS ?=

$(VENV)/.scale-installed: $(VENV)/.installed
	$(BIN)/python -m pip install --quiet -e ".[scale]"
	touch $@

bench: install $(VENV)/.scale-installed
	$(BIN)/python bench/run.py
	$(BIN)/python bench/gazetteer.py
	$(BIN)/python bench/read_html.py
	$(BIN)/python bench/store.py
	$(BIN)/python bench/ingest_memory.py
	$(BIN)/python bench/web.py
	$(BIN)/python bench/scale.py $(SCALE_ARGS)

# docs/cli.md from the commands' own help (a test checks it is current)
docs: install
	$(BIN)/python scripts/cli_docs.py

# the property-based fuzz tests of the readers and of ingest, run long (CI runs them for about a minute)
fuzz: $(VENV)/.test-installed
	HYPOTHESIS_PROFILE=fuzz $(BIN)/python -m pytest -q -s tests/test_hostile_fuzz.py

clean:
	rm -rf $(VENV) build src/*.egg-info .pytest_cache

# --- the store (issue 5): `make demo` calls demo-store after the events table ---
DEMO_DB ?= build/demo.db

.PHONY: demo-store bench-store

demo-store: install
	@mkdir -p $(dir $(DEMO_DB)) && rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	@echo "== dragoman ingest --db $(DEMO_DB) $(EXAMPLE)/*.txt"
	@$(BIN)/dragoman ingest --db $(DEMO_DB) $(EXAMPLE)/*.txt
	@echo "== dragoman events --db $(DEMO_DB) --root 05"
	@$(BIN)/dragoman events --db $(DEMO_DB) --root 05
	@echo "== dragoman timeline GBR PSE --db $(DEMO_DB)"
	@$(BIN)/dragoman timeline GBR PSE --db $(DEMO_DB)
	@echo "== dragoman recognition PSE --db $(DEMO_DB) --as-of 2025-09-30"
	@$(BIN)/dragoman recognition PSE --db $(DEMO_DB) --as-of 2025-09-30
	@echo "== dragoman forecast recognition AFG --db $(DEMO_DB) --as-of 2025-07-20 --top 10"
	@$(BIN)/dragoman forecast recognition AFG --db $(DEMO_DB) --as-of 2025-07-20 --top 10
	@echo
	@echo "== the record in a browser: run this, then open http://127.0.0.1:8000/"
	@echo "$(BIN)/dragoman serve --db $(DEMO_DB)"

bench-store: install
	$(BIN)/python bench/store.py
