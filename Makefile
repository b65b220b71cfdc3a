# Two commands: `make run` serves the portal with demo data, `make test` runs the whole suite.
# Every install is exactly uv.lock (`uv sync --frozen`); `make lock` upgrades it on purpose.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
UV_VERSION := 0.13.9
UV := var/uv/bin/uv
export UV_PYTHON := $(shell command -v $(PYTHON))
export UV_PYTHON_DOWNLOADS := never
export UV_PROJECT_ENVIRONMENT := $(VENV)

.PHONY: run test lint smoke bench worker beat lock

$(UV):
	$(PYTHON) -m venv var/uv
	var/uv/bin/pip install --quiet uv==$(UV_VERSION)

$(VENV)/.installed: pyproject.toml uv.lock Makefile | $(UV)
	$(UV) sync --frozen --quiet --extra dev --extra lokaal --extra sentry
	touch $@

$(VENV)/.installed-bench: pyproject.toml uv.lock Makefile | $(UV)
	$(UV) sync --frozen --quiet --extra dev --extra lokaal --extra sentry --extra bench
	touch $(VENV)/.installed $@

run: $(VENV)/.installed
	$(BIN)/python manage.py migrate --noinput
	DEMO=true $(BIN)/python manage.py laad_demo
	$(BIN)/python manage.py runserver 127.0.0.1:8000

test: $(VENV)/.installed
	$(BIN)/pytest

lint: $(VENV)/.installed
	$(BIN)/ruff format --check .
	$(BIN)/ruff check .
	$(BIN)/lint-imports
	$(BIN)/python manage.py makemigrations --check --dry-run

# The image's steps without Docker: static files as the Dockerfile builds them, gunicorn with
# the production settings, a worker and beat against PostgreSQL and Redis; every page per role.
smoke: $(VENV)/.installed
	$(BIN)/python -m tests.smoke

worker: $(VENV)/.installed
	$(BIN)/celery -A participatiepunt worker --loglevel=INFO --concurrency=2

beat: $(VENV)/.installed
	$(BIN)/celery -A participatiepunt beat --loglevel=INFO

# Upgrade every dependency within pyproject.toml's ranges; review the diff of uv.lock, test, commit.
lock: | $(UV)
	$(UV) lock --upgrade

# Needs PostgreSQL and Redis on 127.0.0.1. By default the pages at scale 1 and 3 compared (issue 21);
# `make bench BENCH_ARGS="--scale 0.02 --seconds 5"` for a small development run (about 13 minutes).
# BENCH_ARGS replaces the default: to keep both scales' data,
# BENCH_ARGS="--compare-scales 1,3 --reuse".
BENCH_ARGS ?= --compare-scales 1,3
bench: $(VENV)/.installed-bench
	$(BIN)/python -m bench $(BENCH_ARGS)
