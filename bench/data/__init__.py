"""The data generator: a city's worth of invented data, one part per app, in bulk (COPY).
Parts whose models do not exist yet are skipped and reported."""

import time
from importlib import import_module

from . import initiatieven, kaart
from .context import Context
from .table import analyze

__all__ = ["Context", "analyze", "generate", "initiatieven", "kaart"]

PARTS = ["accounts", "floor", "initiatieven", "wijkafspraken", "reflectie", "meldingen"]
PARTS += ["kennisbank", "bijeenkomsten", "gesprekken", "kaart"]


def generate(scale: float, say=print, gemeenten: int = 1) -> Context:
    ctx = Context(scale=scale, gemeenten=gemeenten)
    for part in PARTS:
        started = time.monotonic()
        module = import_module(f"{__name__}.{part}")
        module.generate(ctx)
        say(f"  gegevens {part}: {time.monotonic() - started:.1f} s")
    analyze()
    return ctx
