"""Tokens of personal links never reach a log line: not the access log of gunicorn, not
Django's request logging (issue 14: personal feed tokens appeared in access-log URLs)."""

import datetime
import logging
from types import SimpleNamespace

import pytest
from gunicorn.config import Config

from participatiepunt import gunicorn as gunicorn_config
from participatiepunt.portal.logtokens import TokensVerbergen

TOKEN = "Zq8Xv3geheimfeedtoken42"


@pytest.mark.parametrize(
    "pad",
    [
        f"/reflectie/kalender/{TOKEN}.ics",
        f"/meldingen/afmelden/{TOKEN}/",
        f"/account/confirm-email/{TOKEN}/",
        f"/account/password/reset/key/1a-{TOKEN}/",
        f"/initiatieven/jaarkalender.ics?token={TOKEN}",
    ],
)
def test_the_access_log_shows_no_token(pad):
    config = Config()
    config.set("accesslog", "-")
    config.set("access_log_format", gunicorn_config.access_log_format)
    log = gunicorn_config.logger_class(config)
    pad_info, _, query = pad.partition("?")
    environ = {
        "REQUEST_METHOD": "GET",
        "RAW_URI": pad,
        "PATH_INFO": pad_info,
        "QUERY_STRING": query,
        "SERVER_PROTOCOL": "HTTP/1.1",
        "REMOTE_ADDR": "192.0.2.1",
        "HTTP_REFERER": f"https://portaal.example{pad}",
    }
    antwoord = SimpleNamespace(status="200 OK", sent=10, headers=[])
    verzoek = SimpleNamespace(headers=[("REFERER", environ["HTTP_REFERER"])])
    atoms = log.atoms(antwoord, verzoek, environ, datetime.timedelta(milliseconds=3))
    regel = gunicorn_config.access_log_format % atoms
    assert TOKEN not in regel and "GET /" in regel
    assert all(TOKEN not in str(waarde) for waarde in atoms.values())


def test_the_configured_gunicorn_limits():
    assert gunicorn_config.limit_request_line <= 8190
    assert gunicorn_config.limit_request_fields <= 100
    assert gunicorn_config.timeout <= 60


@pytest.mark.django_db
def test_djangos_request_log_shows_no_token(client, caplog):
    caplog.set_level(logging.WARNING, logger="django.request")
    assert client.get(f"/reflectie/kalender/{TOKEN}.ics").status_code == 404
    records = [r for r in caplog.records if r.name == "django.request"]
    assert records
    console = next(
        h
        for h in logging.getLogger().handlers
        if any(isinstance(f, TokensVerbergen) for f in h.filters)
    )
    for record in records:
        assert console.filter(record)
        assert TOKEN not in console.format(record)


def test_the_development_servers_request_lines_show_no_token():
    logger = logging.getLogger("django.server")
    filters = [f for h in logger.handlers for f in h.filters]
    assert any(isinstance(f, TokensVerbergen) for f in filters)
    record = logger.makeRecord(
        "django.server",
        logging.INFO,
        __file__,
        1,
        '"%s" %s %s',
        (f"GET /reflectie/kalender/{TOKEN}.ics HTTP/1.1", 200, 10),
        None,
    )
    handler = logger.handlers[0]
    assert handler.filter(record) and TOKEN not in handler.format(record)
