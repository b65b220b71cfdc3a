import os

import pytest
from django import test
from django.conf import settings
from django.core.cache import cache

from participatiepunt.gebieden.huidige import standaardgemeente, vergeet_gemeenten
from participatiepunt.gebieden.wijkkeuzes import vergeet_wijkkeuzes
from tests.factories.accounts import mark_logged_in_with_totp
from tests.factories.gebieden import GemeenteFactory

# Playwright's sync API runs an event loop in the test thread; Django's ORM must still be usable.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def pytest_report_header(config):
    database = (
        "ingebouwde PostgreSQL (var/pgdata)"
        if settings.USES_EMBEDDED_DATABASE
        else f"PostgreSQL ({settings.DATABASES['default']['HOST']})"
    )
    broker = f"Redis ({settings.REDIS_URL})" if settings.USES_REDIS else "geheugen (ingebouwd)"
    return [f"participatiepunt: database={database}, broker={broker}, worker=echte Celery-worker"]


class Client(test.Client):
    """force_login as after a real login with password and (for staff) TOTP, so staff pass
    the second-factor middleware. Tests of that middleware use django.test.Client."""

    def force_login(self, user, backend=None):
        super().force_login(user, backend)
        mark_logged_in_with_totp(self, user)


@pytest.fixture
def client():
    return Client()


@pytest.fixture
def posts_committen(client, django_capture_on_commit_callbacks):
    """The `client`'s posts run what they send after commit, as a real request does."""
    post = client.post

    def post_en_commit(*args, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return post(*args, **kwargs)

    client.post = post_en_commit


@pytest.fixture
def admin_client(db, admin_user):
    client = Client()
    client.force_login(admin_user)
    return client


@pytest.fixture(autouse=True)
def _clear_cache():
    cache.clear()
    yield


DATABASE_FIXTURES = {"db", "transactional_db", "live_server", "django_db_reset_sequences"}


@pytest.fixture(autouse=True)
def _standaardgemeente(request):
    """Every database test has Groningen, the standaardgemeente (a transactional test before it
    may have flushed the migration's row), already read as a request reads it: so the first
    request of a test costs no query more than the next."""
    vergeet_gemeenten()
    vergeet_wijkkeuzes()
    if request.node.get_closest_marker("django_db") or DATABASE_FIXTURES & set(
        request.fixturenames
    ):
        request.getfixturevalue("_django_db_helper")
        GemeenteFactory()
        standaardgemeente()
    yield


@pytest.fixture
def locatieserver(settings):
    """The fake PDOK Locatieserver (tests/nep_locatieserver.py), with a short timeout: well
    below its late answer, well above an answer on a machine busy with other tests (0.3 s
    was too short there)."""
    from tests.nep_locatieserver import NepLocatieserver

    with NepLocatieserver() as server:
        settings.LOCATIESERVER_URL = server.url
        settings.LOCATIESERVER_TIMEOUT = 1.0
        yield server


@pytest.fixture
def live_worker(transactional_db):
    """A real Celery worker consuming from the real broker, in a thread of this process."""
    from celery.contrib.testing.worker import start_worker

    from participatiepunt.celery import app
    from participatiepunt.meldingen import wekker

    app.conf.task_always_eager = False
    app.control.purge()
    wekker.vergeet_alle()
    try:
        with start_worker(app, pool="threads", concurrency=2, perform_ping_check=False) as worker:
            yield worker
    finally:
        app.conf.task_always_eager = True


@pytest.fixture
def via_broker(db):
    """Tasks go to the real broker and wait there (no worker)."""
    from participatiepunt.celery import app
    from participatiepunt.meldingen import wekker

    def leeg():
        app.control.purge()
        wekker.vergeet_alle()

    app.conf.task_always_eager = False
    leeg()
    try:
        yield
    finally:
        leeg()
        app.conf.task_always_eager = True


@pytest.fixture(scope="session")
def browser():
    if not os.path.exists(CHROMIUM) and not os.environ.get("CI"):
        pytest.skip("Chromium ontbreekt: apt-get install chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, live_server):
    context = browser.new_context(base_url=live_server.url, locale="nl-NL")
    page = context.new_page()
    page.set_default_timeout(15000)
    yield page
    context.close()


@pytest.fixture
def browser_login(live_server):
    """Log a user into a Playwright page without typing a password (the sign-up journey test
    types one): a session made by the test client, its cookie handed to the browser."""

    def login(page, user):
        client = Client()
        client.force_login(user)  # the Client above: with the TOTP step for staff
        cookie = client.cookies[settings.SESSION_COOKIE_NAME]
        page.context.add_cookies(
            [{"name": cookie.key, "value": cookie.value, "url": live_server.url}]
        )
        return page

    return login
