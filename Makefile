# Hotel CRM — the README's commands. `make run` and `make test` do all set-up on a fresh machine.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
DEMO_CUSTOMERS ?= 2000
export HOTEL_CRM_DATABASE_URL ?= sqlite://var/hotel-crm.sqlite3
POSTGRES_URL ?= postgres://postgres@127.0.0.1:5432/postgres

.PHONY: run test check lint typecheck test-sqlite test-postgres test-web schema schema-check \
	build install bench bench-screen-pop bench-million bench-kb bench-partner bench-reports clean chromium

$(BIN)/.installed: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

install: $(BIN)/.installed node_modules/.installed

build: install
	npm run build

## The product: install, build the SPA, migrate, seed demo data if empty, serve.
run: build
	mkdir -p var
	$(BIN)/hotel-crm migrate
	$(BIN)/hotel-crm seed-demo --if-empty --customers $(DEMO_CUSTOMERS) --seed 1
	@echo "Demo logins (password hotel-demo-2026): admin, manager, sales, agent, frontdesk"
	$(BIN)/hotel-crm serve --port $(PORT)

# Debian's Chromium for the browser tests (and a Chinese font for their screenshots).
chromium:
	@web/scripts/ensure-chromium.sh

## Every test: static checks, the suite on SQLite and PostgreSQL, browser tests.
test: install chromium check test-sqlite test-postgres test-web

check: install
	$(BIN)/ruff format --check server schema tests benchmarks
	$(BIN)/ruff check server schema tests benchmarks
	$(BIN)/mypy
	$(BIN)/lint-imports
	npm run typecheck
	npm run lint
	npm run codegen:check

test-sqlite: install
	$(BIN)/pytest -p no:cacheprovider -q -n 2

test-postgres: install
	HOTEL_CRM_TEST_BACKEND=postgres HOTEL_CRM_TEST_POSTGRES_URL=$(POSTGRES_URL) \
		$(BIN)/pytest -p no:cacheprovider -q -n 2

test-web: build chromium
	HOTEL_CRM_WEB_NO_BUILD=1 npm run test:web

## Regenerate the schema snapshot and the SPA's typed operations.
schema: install
	$(BIN)/hotel-crm export-schema > schema/schema.graphql
	npm run codegen

bench: install
	$(BIN)/python benchmarks/caller_lookup.py

bench-screen-pop: install
	$(BIN)/python benchmarks/screen_pop.py

bench-million: install
	$(BIN)/python benchmarks/caller_lookup.py --million

bench-kb: install
	$(BIN)/python benchmarks/kb_search.py

bench-partner: install
	$(BIN)/python -m benchmarks.partner_api

bench-reports: install
	$(BIN)/python benchmarks/reports.py

clean:
	rm -rf $(VENV) node_modules server/web_dist
