"""Production settings plus the floor: a bare view that exists only in the bench (bench.urls)."""

from participatiepunt.settings.production import *  # noqa: F403
from participatiepunt.settings.production import INSTALLED_APPS

INSTALLED_APPS = [*INSTALLED_APPS, "bench.floor"]
ROOT_URLCONF = "bench.urls"
