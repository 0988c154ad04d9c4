# DJe Monitor — every target creates what it needs on a fresh machine.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.instalado

.PHONY: install servicos web test test-falhas test-e2e lint bench run demo clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

# The web app: `npm ci` from the committed lock file, then a production build into web/dist.
web/node_modules/.instalado: web/package-lock.json
	cd web && npm ci --no-audit --no-fund
	touch $@

web: web/node_modules/.instalado
	cd web && npm run build

# Starts the local PostgreSQL and Redis when they are down (no-op when they run).
servicos:
	@bash scripts/servicos.sh

test: install servicos web
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	$(BIN)/mypy
	$(BIN)/pytest -q -m "not falhas"
	cd web && npm run api:conferir
	$(MAKE) test-e2e

# The browser suite (headless Chromium) against a demo stack whose API serves the built app.
test-e2e: install servicos web
	DJE_E2E_FRENTE=api bash tests/e2e/rodar.sh

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
run: install servicos web
	$(BIN)/dje-monitor migrate
	bash scripts/executar.sh

# Offline: the bundled simulator stands in for DJEN, with demo parties and publications over time.
demo: install servicos web
	$(BIN)/dje-monitor demo

bench: install servicos
	$(BIN)/python bench/ciclo.py
	$(BIN)/python bench/importacao.py
