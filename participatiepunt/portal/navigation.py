"""The main navigation, declared as data by each app in its own navigation.py:

    ITEMS = [NavItem("Initiatieven", "initiatieven:lijst"),
             NavItem("Intake", "initiatieven:intake", perm="initiatieven.view_intake")]

An item shows when the user has its permission (or it has none)."""

from dataclasses import dataclass
from importlib import import_module

from django.urls import reverse

NAVIGATION_MODULES = [
    "initiatieven.navigation",
    "wijkafspraken.navigation",
    "reflectie.navigation",
    "participatiepunt.meldingen.navigation",
]


@dataclass(frozen=True)
class NavItem:
    label: str
    url_name: str
    perm: str | None = None


def _declared_items():
    for module_name in NAVIGATION_MODULES:
        try:
            module = import_module(module_name)
        except ModuleNotFoundError as error:
            if error.name != module_name:
                raise
            continue
        yield from getattr(module, "ITEMS", [])


def items_for(user, current_path: str) -> list[dict]:
    visible = []
    for item in _declared_items():
        if item.perm and not user.has_perm(item.perm):
            continue
        url = reverse(item.url_name)
        visible.append({"label": item.label, "url": url, "active": current_path.startswith(url)})
    return visible
