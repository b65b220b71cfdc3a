"""Locust journeys from the plan the harness writes (BENCH_PLAN). BENCH_PAGE picks one page for
an isolated run; "gemengd" runs every role's journey at once, one user class per role."""

import json
import os
import random

from locust import FastHttpUser, constant

with open(os.environ["BENCH_PLAN"], encoding="utf-8") as plan_file:
    PLAN = json.load(plan_file)
SELECTED = os.environ.get("BENCH_PAGE", "gemengd")
ROLE_WEIGHTS = {"vloer": 1, "anoniem": 10, "inwoner": 4, "medewerker": 2, "gebiedsteam": 2}


def _visit(page):
    def visit(user):
        url = random.choice(page["urls"])
        headers = {"Cookie": user.cookie} if user.cookie else {}
        user.client.cookiejar.clear()  # only the plan's cookie, never one the server set
        with user.client.request(
            page["method"],
            url,
            name=page["name"],
            headers=headers,
            allow_redirects=False,
            catch_response=True,
        ) as response:
            if response.status_code not in page["ok"]:
                response.failure(f"status {response.status_code}")

    visit.__name__ = f"visit_{page['name']}"
    return visit


def _journey(role, pages):
    class Journey(FastHttpUser):
        wait_time = constant(0)
        weight = ROLE_WEIGHTS.get(role, 1)
        tasks = {_visit(page): page["weight"] for page in pages}

        def on_start(self):
            keys = PLAN["sessions"].get(role) or [None]
            key = random.choice(keys)
            self.cookie = f"sessionid={key}" if key else ""

    Journey.__name__ = f"Journey_{role}"
    return Journey


def _classes():
    pages = [p for p in PLAN["pages"] if SELECTED in (p["name"], "gemengd")]
    if SELECTED == "gemengd":
        pages = [p for p in pages if p["role"] != "vloer"]
    roles = sorted({p["role"] for p in pages})
    return {role: _journey(role, [p for p in pages if p["role"] == role]) for role in roles}


globals().update({cls.__name__: cls for cls in _classes().values()})
