"""Logging the demo accounts in through the real login: password, then the TOTP code of the
demo secret for staff (as a person with the authenticator app would)."""

import time

import django

from tests.smoke.http import Browser


def demo_accounts() -> dict[str, str]:
    """{key: e-mail address} of every demo account (participatiepunt/accounts/demo.py)."""
    django.setup()
    from participatiepunt.accounts.demo import DEMO_ACCOUNTS

    return {key: email for key, email, *_ in DEMO_ACCOUNTS}


def totp_code() -> str:
    from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value

    from participatiepunt.accounts.demo import DEMO_TOTP_SECRET

    left = 30 - time.time() % 30
    if left < 5:  # the code would turn over before the server checks it
        time.sleep(left + 0.1)
    return format_hotp_value(hotp_value(DEMO_TOTP_SECRET, int(time.time()) // 30))


def log_in(browser: Browser, key: str) -> Browser:
    email = demo_accounts()[key]  # sets Django up
    from participatiepunt.accounts.demo import DEMO_PASSWORD

    form = browser.get("/account/login/")
    antwoord = browser.post(
        "/account/login/",
        {"csrfmiddlewaretoken": form.csrf(), "login": email, "password": DEMO_PASSWORD},
    )
    if antwoord.status != 302:
        raise RuntimeError(f"inloggen als {key}: {antwoord.status}")
    if "/2fa/authenticate/" in antwoord.headers.get("location", ""):
        form = browser.get("/account/2fa/authenticate/")
        antwoord = browser.post(
            "/account/2fa/authenticate/",
            {"csrfmiddlewaretoken": form.csrf(), "code": totp_code()},
        )
        if antwoord.status != 302:
            raise RuntimeError(f"code voor {key}: {antwoord.status}")
    return browser
