"""Find the pages a role can reach by following links, at test-client speed: one URL per
route (the page template), so the browser checks (axe, 320 px) visit each template once."""

import re
from collections import deque

from django.test import Client
from django.urls import Resolver404, get_resolver, resolve

from tests.factories.accounts import mark_logged_in_with_totp

START = ["/", "/initiatieven/", "/wijken/", "/reflectie/", "/meldingen/", "/account/profiel/"]
START_ANONIEM = ["/", "/account/login/", "/account/signup/", "/account/password/reset/"]
SKIP = re.compile(r"^/(static|beheer|media)/|\.ics$|/afmelden/|/logout/|/download/|/bijlagen/\d")
HREF = re.compile(r'href="(/[^"#]*)"')
MAX_PAGES = 120


def route_name(path: str) -> str | None:
    try:
        match = resolve(path.split("?")[0])
    except Resolver404:
        return None
    return match.view_name


def client_for(user) -> Client:
    client = Client()
    if user is not None:
        client.force_login(user)
        mark_logged_in_with_totp(client, user)
    return client


def follow_links(start, visit, max_pages: int = MAX_PAGES) -> dict[str, str]:
    """Breadth-first from `start`, one URL per route: {route name: first URL of that route that
    `visit(path)` found}; visit returns the page's links, or None when the page does not count."""
    found, seen = {}, set()
    queue = deque(start)
    while queue and len(seen) < max_pages:
        path = queue.popleft().replace("&amp;", "&")
        name = route_name(path)
        if path in seen or SKIP.search(path) or name is None or name in found:
            continue
        seen.add(path)
        links = visit(path)
        if links is not None:
            found[name] = path
            queue.extend(links)
    return found


def crawl(user) -> dict[str, str]:
    """{route name: first URL of that route that answered 200 with HTML}."""
    client = client_for(user)

    def visit(path):
        response = client.get(path)
        if response.status_code == 200 and "text/html" in response["Content-Type"]:
            return HREF.findall(response.content.decode())
        return None

    return follow_links(START if user else START_ANONIEM, visit)


def all_route_names() -> set[str]:
    return {name for name in _walk(get_resolver()) if name and not name.startswith("admin:")}


def _walk(resolver, namespace=None):
    for pattern in resolver.url_patterns:
        if hasattr(pattern, "url_patterns"):
            ns = pattern.namespace
            inner = f"{namespace}:{ns}" if namespace and ns else (ns or namespace)
            yield from _walk(pattern, inner)
        elif pattern.name:
            yield f"{namespace}:{pattern.name}" if namespace else pattern.name
