# DJe Monitor — every target creates what it needs on a fresh machine.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.instalado

.PHONY: install servicos test test-falhas lint bench run demo clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

# Starts the local PostgreSQL and Redis when they are down (no-op when they run).
servicos:
	@bash scripts/servicos.sh

test: install servicos
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	$(BIN)/mypy
	$(BIN)/pytest -q -m "not falhas"

# Fault injection against real processes (worker killed, Redis/PostgreSQL restarted, DJEN storms).
test-falhas: install servicos
	$(BIN)/pytest -q -m falhas tests/falhas

lint: install
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	$(BIN)/mypy

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache

# The product against the real DJEN: migrations, then API (with scheduler and web app) and worker.
run: install servicos
	$(BIN)/dje-monitor migrate
	bash scripts/executar.sh

# Offline: the bundled simulator stands in for DJEN, with demo parties and publications over time.
demo: install servicos
	$(BIN)/dje-monitor demo

bench: install servicos
	$(BIN)/python bench/ciclo.py
