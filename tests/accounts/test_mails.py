"""allauth's mails in the portal's layout: a plain-text part and an HTML part with the link as
the button, the participatiepunt's contact details, Reply-To and Auto-Submitted."""

import re

import pytest
from django.conf import settings
from django.urls import reverse

from participatiepunt.gebieden.huidige import standaardgemeente
from tests.factories.accounts import UserFactory

pytestmark = pytest.mark.django_db


def _html(bericht) -> str:
    [(html, mimetype)] = bericht.alternatives
    assert mimetype == "text/html"
    return html


def _knop(html) -> str:
    [url] = re.findall(r'<a href="([^"]+)" style="display:inline-block', html)
    return url


def _gemeenschappelijk(bericht):
    html = _html(bericht)
    assert '<meta name="viewport"' in html and "<style" not in html
    for deel in (html, bericht.body):
        assert standaardgemeente().telefoon in deel
        assert "U ontvangt dit bericht omdat het over uw account" in deel
    assert bericht.reply_to == [settings.PARTICIPATIEPUNT_EMAIL]
    assert bericht.extra_headers["Auto-Submitted"] == "auto-generated"
    return html


def test_signup_confirmation_in_the_layout(client, mailoutbox):
    wachtwoord = "Martinitoren-1482"
    client.post(
        reverse("account_signup"),
        {"email": "a@voorbeeld.nl", "password1": wachtwoord, "password2": wachtwoord},
    )
    [bericht] = mailoutbox
    html = _gemeenschappelijk(bericht)
    knop = _knop(html)
    assert "/account/confirm-email/" in knop and knop in bericht.body
    assert "Hello from" not in bericht.body and "Thank you" not in bericht.body


def test_password_reset_in_the_layout(client, mailoutbox):
    UserFactory(email="b@voorbeeld.nl")
    client.post(reverse("account_reset_password"), {"email": "b@voorbeeld.nl"})
    [bericht] = mailoutbox
    html = _gemeenschappelijk(bericht)
    assert "/account/password/reset/key/" in _knop(html)


def test_what_a_browser_sent_is_escaped_in_the_html(client, mailoutbox, settings):
    """Security notifications quote the browser's User-Agent, which anyone can set."""
    settings.ACCOUNT_EMAIL_NOTIFICATIONS = True
    gebruiker = UserFactory(email="c@voorbeeld.nl")
    from allauth.account.adapter import get_adapter
    from django.test import RequestFactory

    verzoek = RequestFactory(HTTP_USER_AGENT="<img src=x onerror=alert(1)>").get("/")
    verzoek.user = gebruiker
    from allauth.core import context

    with context.request_context(verzoek):
        get_adapter(verzoek).send_notification_mail("account/email/password_changed", gebruiker)
    [bericht] = mailoutbox
    html = _gemeenschappelijk(bericht)
    assert "<img src=x" not in html and "&lt;img src=x" in html
