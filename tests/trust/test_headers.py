"""Security headers on every kind of page; HSTS and the deploy check in production."""

import os
import re
import subprocess
import sys

import pytest
from csp.middleware import CSPMiddleware
from django.conf import settings
from django.http import HttpResponse
from django.urls import reverse

from tests.factories.accounts import UserFactory

PAGES = ["portal:home", "portal:over", "account_login", "account_signup"]


@pytest.mark.django_db
@pytest.mark.parametrize("name", PAGES)
def test_every_page_has_a_strict_csp(client, name):
    csp = client.get(reverse(name))["Content-Security-Policy"]
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
    assert "script-src 'self'" in csp and "style-src 'self'" in csp
    assert "frame-ancestors 'none'" in csp
    assert "default-src 'self'" in csp and "object-src 'none'" in csp


def test_a_page_that_needs_inline_code_gets_a_fresh_nonce(rf):
    """No template has inline script or style today; one that needs it uses {{ CSP_NONCE }}."""

    def view(request):
        return HttpResponse(f'<script nonce="{request.csp_nonce}"></script>')

    middleware = CSPMiddleware(view)
    first, second = (middleware(rf.get("/")) for _ in range(2))
    nonce = re.search(r"script-src 'self' 'nonce-([^']+)'", first["Content-Security-Policy"])
    assert f'nonce="{nonce.group(1)}"' in first.content.decode()
    assert "style-src 'self' 'nonce-" in first["Content-Security-Policy"]
    assert first["Content-Security-Policy"] != second["Content-Security-Policy"]


@pytest.mark.django_db
@pytest.mark.parametrize("name", PAGES)
def test_every_page_has_nosniff_referrer_policy_and_no_framing(client, name):
    response = client.get(reverse(name))
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"


@pytest.mark.django_db
@pytest.mark.parametrize("traits", [{}, {"medewerker": True}], ids=["inwoner", "medewerker"])
def test_pages_for_a_logged_in_user_are_not_stored(client, traits):
    client.force_login(UserFactory(**traits))
    for name in ["portal:home", "accounts:profiel"]:
        cache_control = client.get(reverse(name))["Cache-Control"]
        assert "no-store" in cache_control and "private" in cache_control


@pytest.mark.django_db
def test_public_pages_for_anonymous_visitors_may_be_cached(client):
    assert "no-store" not in client.get(reverse("portal:over")).get("Cache-Control", "")


def test_production_sends_hsts_and_secure_cookies():
    env = {
        **{k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"},
        "DJANGO_SETTINGS_MODULE": "participatiepunt.settings.production",
        "SECRET_KEY": "k8#Zp2!vQw9@Lm4$Rt7^Yx1&Bn6*Cj3(Hf5)Gd0-Se2_Ua8+Wo",
        "ALLOWED_HOSTS": "participatie.example.nl",
    }
    code = (
        "from django.conf import settings as s;"
        "print(s.SECURE_HSTS_SECONDS, s.SECURE_HSTS_INCLUDE_SUBDOMAINS, s.SESSION_COOKIE_SECURE,"
        " s.CSRF_COOKIE_SECURE, s.SECURE_SSL_REDIRECT, s.DEBUG)"
    )
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", code],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
    )
    seconds, *flags = result.stdout.strip().splitlines()[-1].split()
    assert int(seconds) >= 31536000, result.stderr
    assert flags == ["True", "True", "True", "True", "False"]
