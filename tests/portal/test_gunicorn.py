"""gunicorn's number of workers: (2 × cores) + 1 unless GUNICORN_WORKERS says otherwise."""

import importlib
import os

import pytest

from participatiepunt import gunicorn as gunicorn_config


@pytest.fixture(autouse=True)
def _daarna_zoals_het_was():
    """Set up before monkeypatch, so torn down after it: reloads with the real environment."""
    yield
    importlib.reload(gunicorn_config)


def _herladen(monkeypatch, **omgeving):
    monkeypatch.delenv("GUNICORN_WORKERS", raising=False)
    for naam, waarde in omgeving.items():
        monkeypatch.setenv(naam, waarde)
    return importlib.reload(gunicorn_config)


def test_by_default_two_workers_per_core_the_process_may_use_plus_one(monkeypatch):
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 1})
    assert _herladen(monkeypatch).workers == 5


def test_the_environment_sets_the_number_of_workers(monkeypatch):
    assert _herladen(monkeypatch, GUNICORN_WORKERS="3").workers == 3


def test_the_bench_runs_as_many_workers_as_production(monkeypatch):
    from bench import server

    _herladen(monkeypatch, GUNICORN_WORKERS="7")
    assert importlib.reload(server).WORKERS == 7
