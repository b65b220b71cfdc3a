# Two commands: `make run` serves the portal with demo data, `make test` runs the whole suite.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test lint bench worker beat

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e ".[dev]"
	touch $(VENV)/.installed $@

run: $(VENV)/.installed
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py laad_demo
	$(BIN)/python manage.py runserver 127.0.0.1:8000

test: $(VENV)/.installed-dev
	$(BIN)/pytest

lint: $(VENV)/.installed-dev
	$(BIN)/ruff format --check .
	$(BIN)/ruff check .
	$(BIN)/python manage.py makemigrations --check --dry-run

worker: $(VENV)/.installed
	$(BIN)/celery -A participatiepunt worker --loglevel=INFO --concurrency=2

beat: $(VENV)/.installed
	$(BIN)/celery -A participatiepunt beat --loglevel=INFO

$(VENV)/.installed-bench: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e ".[dev,bench]"
	touch $(VENV)/.installed $(VENV)/.installed-dev $@

# Needs PostgreSQL and Redis on 127.0.0.1; `make bench BENCH_ARGS="--scale 0.02"` for a quick run.
bench: $(VENV)/.installed-bench
	$(BIN)/python -m bench $(BENCH_ARGS)
