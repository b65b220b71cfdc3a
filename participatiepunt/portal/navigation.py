"""The main navigation, declared as data by each app in its own navigation.py:

    ITEMS = [NavItem("Initiatieven", "initiatieven:lijst"),
             NavItem("Intake", "initiatieven:intake", perm="initiatieven.view_intake")]

An item shows when the user has its permission (or it has none). Items follow INSTALLED_APPS
order unless one declares a higher `volgorde` (the notifications come last)."""

from dataclasses import dataclass
from functools import cache

from django.urls import reverse

from participatiepunt.discovery import modules


@dataclass(frozen=True)
class NavItem:
    label: str
    url_name: str
    perm: str | None = None
    volgorde: int = 0


# The portal's own items; the other apps' come from their navigation.py.
EIGEN = [
    NavItem("Werkvoorraad", "portal:werkvoorraad", perm="portal.view_werkvoorraad", volgorde=-10),
    NavItem(
        "Gemeente", "portal:gemeente_instellingen", perm="gebieden.change_gemeente", volgorde=90
    ),
]


def _declared_items():
    items = (item for m in modules("navigation") if m.__name__ != __name__ for item in m.ITEMS)
    return sorted([*EIGEN, *items], key=lambda item: item.volgorde)


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
