"""Queries per request, measured apart from the load: Django's test Client against the same
database and cache. GET: a warm-up request first, then the most over a few URLs of the page.
POST: one warm-up request, then one request each on the last URLs (the load run uses the first
ones)."""

import time
from urllib.parse import urlencode

from django.conf import settings
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

URLS_PER_PAGE = 3
FORM = "application/x-www-form-urlencoded"


def client_with(session_key):
    return with_session(Client(), session_key)


def with_session(client, session_key):
    """The client with only this session's cookie (none for an anonymous visitor)."""
    client.cookies.clear()
    if session_key:
        client.cookies[settings.SESSION_COOKIE_NAME] = session_key
    return client


def _targets(page, session_key):
    if page.paired:  # one more: the first POST is the warm-up (see count)
        return [(url, key) for url, key in page.urls[-URLS_PER_PAGE - 1 :]]
    return [(url, session_key) for url in page.urls[:URLS_PER_PAGE]]


def _measure(page, url, session_key):
    client = client_with(session_key)
    started = time.perf_counter()
    if page.method == "GET":
        client.get(url)  # for an anonymous page also the one render that fills the cache
    cold = time.perf_counter() - started
    with CaptureQueriesContext(connection) as captured:
        response = _send(page, client, url)
    return len(captured), response.status_code, cold


def count(page, session_key) -> tuple[int | None, list, float]:
    """(most queries on one URL, statuses seen, slowest first request in s, one client alone);
    None and the error when the page breaks."""
    most, statuses, slowest = 0, [], 0.0
    targets = _targets(page, session_key)
    # POST: a warm-up, as GET pages have; what a process looks up once (content types) is no
    # cost of a request.
    warm_up = [targets.pop(0) if page.paired else targets[0]] if page.method != "GET" else []
    try:
        for url, key in warm_up:
            _measure(page, url, key)
        for url, key in targets:
            queries, status, cold = _measure(page, url, key)
            statuses.append(status)
            most, slowest = max(most, queries), max(slowest, cold)
    except Exception as error:  # reported in the table; the load run shows it as errors
        return None, [f"{type(error).__name__}: {error}"], 0.0
    return most, statuses, slowest


def capture(page, session_key) -> list[str]:
    """The SQL of the page's first URL, for profiling a miss (python -m bench --sql PAGE)."""
    url, key = _targets(page, session_key)[0]
    client = client_with(key)
    with CaptureQueriesContext(connection) as captured:
        _send(page, client, url)
    return [query["sql"] for query in captured.captured_queries]


def _send(page, client, url):
    """The page's request as the load run sends it: a POST page posts its form."""
    if page.form is None:
        return client.generic(page.method, url)
    return client.generic(page.method, url, urlencode(page.form), FORM)
