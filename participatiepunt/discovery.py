"""The one way the shared apps find what each app declares in its own folder: every installed
app's `<app>/<name>.py`, imported with Django's autodiscover_modules (as `rules` finds rules.py),
in INSTALLED_APPS order. An app without that module contributes nothing; an import error inside
one that exists is raised, never hidden."""

import sys
from functools import cache
from types import ModuleType

from django.apps import apps
from django.utils.module_loading import autodiscover_modules


@cache
def modules(name: str) -> tuple[ModuleType, ...]:
    autodiscover_modules(name)
    found = (sys.modules.get(f"{app.name}.{name}") for app in apps.get_app_configs())
    return tuple(module for module in found if module is not None)
