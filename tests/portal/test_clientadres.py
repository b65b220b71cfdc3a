"""The visitor's address behind a reverse proxy: X-Forwarded-For counts only when the
connecting address is a trusted proxy, read from the right."""

import logging

import pytest
from django.test import Client, RequestFactory
from django.urls import reverse

from participatiepunt.portal.clientadres import ClientAddressFilter, client_address

PROXY = "10.0.0.9"


def _request(remote, forwarded=None):
    extra = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().get("/", **extra)


def test_without_trusted_proxies_the_connecting_address_counts(settings):
    settings.TRUSTED_PROXIES = []
    assert client_address(_request("198.51.100.7", "203.0.113.1")) == "198.51.100.7"


@pytest.mark.parametrize(
    ("remote", "forwarded", "expected"),
    [
        (PROXY, "203.0.113.1", "203.0.113.1"),
        (PROXY, "1.2.3.4, 203.0.113.1", "203.0.113.1"),  # the visitor wrote the left part
        (PROXY, "203.0.113.1, 10.0.0.8", "203.0.113.1"),  # two proxies of ours
        (PROXY, "203.0.113.1:4711", "203.0.113.1"),
        (PROXY, "::ffff:203.0.113.1", "203.0.113.1"),
        (PROXY, "", PROXY),
        (PROXY, "onzin", PROXY),
        ("198.51.100.7", "203.0.113.1", "198.51.100.7"),  # not through our proxy: no header
        ("10.1.0.9", "203.0.113.1", "10.1.0.9"),
    ],
)
def test_through_a_trusted_proxy_the_forwarded_address_counts(
    settings, remote, forwarded, expected
):
    settings.TRUSTED_PROXIES = ["10.0.0.0/24"]
    assert client_address(_request(remote, forwarded)) == expected


def test_log_records_about_a_request_name_the_visitor(settings):
    settings.TRUSTED_PROXIES = [PROXY]
    record = logging.makeLogRecord({"request": _request(PROXY, "203.0.113.1")})
    assert ClientAddressFilter().filter(record)
    assert record.client_address == "203.0.113.1"
    plain = logging.makeLogRecord({"msg": "geen verzoek"})
    assert ClientAddressFilter().filter(plain)
    assert not hasattr(plain, "client_address")


def _posts(count, **extra):
    client = Client(**extra)
    return [
        client.post(
            reverse("account_login"),
            {"login": "x@voorbeeld.nl", "password": "fout"},
            HTTP_X_FORWARDED_FOR=f"203.0.113.{i}",
        ).status_code
        for i in range(count)
    ]


@pytest.mark.django_db
def test_posts_of_many_visitors_through_a_trusted_proxy_are_not_throttled_together(settings):
    settings.FORM_POSTS_PER_MINUTE = 30
    settings.TRUSTED_PROXIES = [PROXY]
    assert 429 not in _posts(32, REMOTE_ADDR=PROXY)


@pytest.mark.django_db
def test_a_forged_forwarded_header_does_not_escape_the_throttle(settings):
    settings.FORM_POSTS_PER_MINUTE = 30
    settings.TRUSTED_PROXIES = []
    statuses = _posts(32, REMOTE_ADDR="198.51.100.7")
    assert statuses[:30] == [200] * 30
    assert statuses[30:] == [429, 429]


@pytest.mark.django_db
def test_a_forged_header_from_outside_the_proxy_does_not_escape_it_either(settings):
    settings.FORM_POSTS_PER_MINUTE = 30
    settings.TRUSTED_PROXIES = [PROXY]
    assert _posts(32, REMOTE_ADDR="198.51.100.7")[30:] == [429, 429]


def _failed_logins(count, forwarded):
    client = Client(REMOTE_ADDR=PROXY)
    pages = [
        client.post(
            reverse("account_login"),
            {"login": f"persoon{i}@voorbeeld.nl", "password": "fout-wachtwoord-123"},
            HTTP_X_FORWARDED_FOR=forwarded(i),
        ).content.decode()
        for i in range(count)
    ]
    return ["Te veel inlogpogingen" in page for page in pages]


@pytest.mark.django_db
def test_allauths_login_limit_per_address_counts_the_visitor_behind_the_proxy(settings):
    settings.ACCOUNT_RATE_LIMITS = {"login_failed": "10/m/ip"}
    settings.TRUSTED_PROXIES = [PROXY]
    assert not any(_failed_logins(12, lambda i: f"203.0.113.{i}"))
    assert _failed_logins(12, lambda i: "198.51.100.7")[10:] == [True, True]
