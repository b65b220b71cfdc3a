"""The main navigation, declared as data by each app in its own navigation.py:

    ITEMS = [NavItem("Initiatieven", "initiatieven:lijst"),
             NavItem("Intake", "initiatieven:intake", perm="initiatieven.view_intake")]

An item shows when the user has its permission (or it has none)."""

from dataclasses import dataclass
from functools import cache
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


def _active_url(urls: list[str], current_path: str) -> str | None:
    """The one item the page belongs to: the longest URL that the path starts with."""
    matching = [url for url in urls if current_path.startswith(url)]
    return max(matching, key=len, default=None)


@cache
def _items_with_urls() -> tuple[tuple[NavItem, str], ...]:
    """Reversed once per process: the URLs never change while it runs."""
    return tuple((item, reverse(item.url_name)) for item in _declared_items())


def items_for(user, current_path: str) -> list[dict]:
    visible = [
        (item.label, url)
        for item, url in _items_with_urls()
        if not item.perm or user.has_perm(item.perm)
    ]
    active = _active_url([url for _, url in visible], current_path)
    return [{"label": label, "url": url, "active": url == active} for label, url in visible]
