"""Queries per request, measured apart from the load: Django's test Client against the same
database and cache, a warm-up request first, then the most over a few URLs of the page."""

from django.conf import settings
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

URLS_PER_PAGE = 3


def _client(session_key):
    client = Client()
    if session_key:
        client.cookies[settings.SESSION_COOKIE_NAME] = session_key
    return client


def count(page, session_key) -> tuple[int | None, list]:
    """(most queries on one URL, statuses seen); None and the error when the page breaks."""
    client = _client(session_key)
    most, statuses = 0, []
    for url in page.urls[:URLS_PER_PAGE]:
        try:
            client.generic(page.method, url)
            with CaptureQueriesContext(connection) as captured:
                response = client.generic(page.method, url)
        except Exception as error:  # reported in the table; the load run shows it as errors
            return None, [f"{type(error).__name__}: {error}"]
        statuses.append(response.status_code)
        most = max(most, len(captured))
    return most, statuses


def capture(page, session_key) -> list[str]:
    """The SQL of the page's first URL, for profiling a miss (python -m bench --sql PAGE)."""
    client = _client(session_key)
    with CaptureQueriesContext(connection) as captured:
        client.generic(page.method, page.urls[0])
    return [query["sql"] for query in captured.captured_queries]
