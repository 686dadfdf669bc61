# MediaNest — `make run` serves the portal; `make test` checks everything.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
UV := $(VENV)/bin/uv
UV_VERSION := 0.13.9
FRONTEND := frontend
NPM := npm --prefix $(FRONTEND)

.PHONY: run install install-dev build schema migrations lint typecheck test test-backend test-faults \
        test-frontend test-e2e codegen-check bench load clean help

help:
	@echo "make run        install, build the web app, migrate and serve on http://127.0.0.1:$${MEDIANEST_PORT:-8080}"
	@echo "make test       lint, type checks, backend suite (PostgreSQL + Redis), fault tests, frontend tests, e2e in Chromium"
	@echo "make test-faults PostgreSQL, Redis, workers and services broken for real, with what each measured"
	@echo "make bench      GraphQL vs plain Starlette throughput, side by side"
	@echo "make load       200 simulated people for 60 s (LOAD_USERS, LOAD_SECONDS)"
	@echo "make schema     regenerate schema.graphql and the SPA's typed operations"
	@echo "make migrations generate migrations for both dialects after a model change"

$(VENV)/.stamp-uv:
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --disable-pip-version-check "uv==$(UV_VERSION)"
	@touch $@

$(VENV)/.stamp-runtime: requirements.lock pyproject.toml | $(VENV)/.stamp-uv
	$(UV) pip install --quiet --python $(PY) --require-hashes -r requirements.lock
	$(UV) pip install --quiet --python $(PY) --no-deps -e .
	@touch $@

$(VENV)/.stamp-dev: requirements-dev.lock pyproject.toml | $(VENV)/.stamp-uv
	$(UV) pip install --quiet --python $(PY) --require-hashes -r requirements-dev.lock
	$(UV) pip install --quiet --python $(PY) --no-deps -e .
	@touch $@ $(VENV)/.stamp-runtime

install: $(VENV)/.stamp-runtime
install-dev: $(VENV)/.stamp-dev

$(FRONTEND)/node_modules/.stamp: $(FRONTEND)/package.json $(FRONTEND)/package-lock.json
	$(NPM) ci --no-audit --no-fund --loglevel=error
	@touch $@

FRONTEND_SOURCES := $(shell find $(FRONTEND)/src $(FRONTEND)/public -type f 2>/dev/null) \
	$(FRONTEND)/index.html $(FRONTEND)/vite.config.ts schema.graphql

$(FRONTEND)/dist/index.html: $(FRONTEND)/node_modules/.stamp $(FRONTEND_SOURCES)
	$(NPM) run --silent build

build: $(FRONTEND)/dist/index.html

run: install build
	$(VENV)/bin/medianest run

schema: install-dev $(FRONTEND)/node_modules/.stamp
	$(VENV)/bin/medianest export-schema --output schema.graphql
	$(NPM) run --silent codegen

migrations: install-dev
	$(VENV)/bin/medianest makemigrations

lint: install-dev
	$(VENV)/bin/ruff check backend tests bench
	$(VENV)/bin/ruff format --check backend tests bench

typecheck: install-dev
	$(VENV)/bin/mypy

codegen-check: $(FRONTEND)/node_modules/.stamp
	$(NPM) run --silent codegen
	@git diff --quiet --exit-code -- $(FRONTEND)/src/gql || \
	  (echo "frontend/src/gql is stale: run 'make schema' and commit it"; git diff --stat -- $(FRONTEND)/src/gql; exit 1)

test-backend: install-dev
	$(PY) -m pytest -m "not e2e and not faults" -q

# Databases, Redis, workers and services broken for real; -s shows what each measured.
test-faults: install-dev
	$(PY) -m pytest -m faults -q -s

test-frontend: $(FRONTEND)/node_modules/.stamp
	$(NPM) run --silent typecheck
	$(NPM) run --silent test

test-e2e: install-dev build
	$(PY) -m pytest -m e2e -q

test: lint typecheck codegen-check test-frontend test-backend test-faults test-e2e

bench: install-dev build
	$(PY) -m bench

load: install-dev build
	$(PY) -m bench.load

clean:
	rm -rf $(VENV) $(FRONTEND)/node_modules $(FRONTEND)/dist test-artifacts
