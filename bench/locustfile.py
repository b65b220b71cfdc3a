"""Locust journeys from the plan the harness writes (BENCH_PLAN). BENCH_PAGE picks one page for
an isolated run; "gemengd" runs every role's journey at once, one user class per role.
BENCH_LEAD_IN: for its first seconds every user visits the floor instead, so the run measures the
machine right before the page, in the same process and connections (bench.run)."""

import json
import os
import random
import time
from urllib.parse import urlencode

import gevent
from locust import FastHttpUser, constant, events

from bench.cpu import Meter, Server
from bench.load import FLOOR
from bench.verzonden import zoals_verzonden

with open(os.environ["BENCH_PLAN"], encoding="utf-8") as plan_file:
    PLAN = json.load(plan_file)
SELECTED = os.environ.get("BENCH_PAGE", "gemengd")
CSRF = PLAN["csrf"]
LEAD_IN_S = float(os.environ.get("BENCH_LEAD_IN", "0"))
ROLE_WEIGHTS = {
    "anoniem": 10, "inwoner": 4, "indiener": 1, "medewerker": 2, "gebiedsteam": 2, "griffie": 1,
}  # fmt: skip


lead_in_ends = 0.0
meter = Meter(os.environ.get("BENCH_CPU"), Server.from_environment())  # from the page's start


@events.test_start.add_listener
def _start_lead_in(**_):
    global lead_in_ends
    lead_in_ends = time.monotonic() + LEAD_IN_S
    if not LEAD_IN_S:
        meter.start()


@events.test_stop.add_listener
def _write_cpu(**_):
    meter.write()


def _target(page, queue, user):
    """(url, cookie): a paired page hands out each (url, session) once; others pick at random.
    The floor is always visited without a session, whoever visits it."""
    if queue is None:
        return random.choice(page["urls"]), "" if page["role"] == FLOOR else user.cookie
    if not queue:
        return None, None
    url, session = queue.pop(0)
    return url, f"sessionid={session}"


def _headers(cookie, body):
    cookies = [c for c in (cookie, f"csrftoken={CSRF}" if body else "") if c]
    headers = {"Cookie": "; ".join(cookies)} if cookies else {}
    if body:
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    return headers


def _to_login(location: str) -> bool:
    """A 302 to the login or the second factor: the session was lost, not a success."""
    return "/account/login/" in location or "/account/2fa/" in location


def _visit(page):
    queue = list(page["urls"]) if page["paired"] else None
    form = page["form"]
    body = urlencode({**form, "csrfmiddlewaretoken": CSRF}) if form is not None else None

    def visit(user):
        url, cookie = _target(page, queue, user)
        if url is None:  # every prepared object used up
            gevent.sleep(1)
            return
        user.client.cookiejar.clear()  # only the plan's cookies, never one the server set
        with user.client.request(
            page["method"], url, name=page["name"], headers=_headers(cookie, body), data=body,
            allow_redirects=False, catch_response=True,
        ) as response:  # fmt: skip
            if response.status_code not in page["ok"]:
                response.failure(f"status {response.status_code}")
            elif _to_login(response.headers.get("Location", "")):
                response.failure("doorgestuurd naar inloggen of tweede factor")

    visit.__name__ = f"visit_{page['name']}"
    return visit


def _after_lead_in(visit):
    if not LEAD_IN_S:
        return visit
    floor = _visit(next(p for p in PLAN["pages"] if p["role"] == FLOOR))

    def task(user):
        if time.monotonic() < lead_in_ends:
            return floor(user)
        meter.start()  # the first visit after the lead-in; no-op after it
        return visit(user)

    task.__name__ = visit.__name__
    return task


def _journey(role, pages):
    class Journey(FastHttpUser):
        wait_time = constant(0)
        weight = ROLE_WEIGHTS.get(role, 1)
        tasks = {_after_lead_in(_visit(page)): page["weight"] for page in pages}

        def on_start(self):
            zoals_verzonden(self)  # no unpacking of gzip bodies on the server's cores
            keys = PLAN["sessions"].get(role) or [None]
            key = random.choice(keys)
            self.cookie = f"sessionid={key}" if key else ""

    Journey.__name__ = f"Journey_{role}"
    return Journey


def _classes():
    pages = [p for p in PLAN["pages"] if SELECTED in (p["name"], "gemengd")]
    if SELECTED == "gemengd":
        pages = [p for p in pages if p["role"] != FLOOR] or pages
    roles = sorted({p["role"] for p in pages})
    return {role: _journey(role, [p for p in pages if p["role"] == role]) for role in roles}


globals().update({cls.__name__: cls for cls in _classes().values()})
