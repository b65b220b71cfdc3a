"""Production settings plus the floor: a bare view that exists only in the bench (bench.urls)."""

import os

from participatiepunt.settings.production import *  # noqa: F403
from participatiepunt.settings.production import INSTALLED_APPS

INSTALLED_APPS = [*INSTALLED_APPS, "bench.floor"]
ROOT_URLCONF = "bench.urls"
# The drafting journey posts as fast as 10 connections can; the throttle would answer 429 after
# its limit a minute. Still on (the same cache round trip per POST), just out of reach.
FORM_POSTS_PER_MINUTE = 1_000_000

if os.environ.get("BENCH_NO_CACHE") == "1":  # python -m bench --no-cache: figures before caching
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}
