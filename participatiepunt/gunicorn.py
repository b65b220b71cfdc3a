"""gunicorn's configuration: `gunicorn -c python:participatiepunt.gunicorn participatiepunt.wsgi`
(the Dockerfile, docker-compose.yml and `make smoke`). GUNICORN_* environment variables (README)."""

import os

from gunicorn.glogging import Logger

from participatiepunt.portal.logtokens import verberg_url


def _getal(naam: str, standaard: int) -> int:
    return int(os.environ.get(naam, standaard))


def _kernen() -> int:
    """The cores this process may run on (its CPU affinity, not the host's count)."""
    return len(os.sched_getaffinity(0))


bind = os.environ.get("GUNICORN_BIND", "0.0.0.0:8000")
# gunicorn's own rule of thumb, (2 × cores) + 1: a sync worker waits for every round trip to
# PostgreSQL and Redis and for each commit's WAL flush, and meanwhile another uses the core.
# With 2 workers on 2 cores the mixed journeys ran 1.46× the floor, with 5 1.70× (bench/).
workers = _getal("GUNICORN_WORKERS", 2 * _kernen() + 1)
# A request that takes longer kills its worker (a new one starts): nothing the portal does takes
# this long, a slow client or a stuck upload does. Uploads are bounded by Django
# (UPLOAD_MAX_BYTES, DATA_UPLOAD_MAX_MEMORY_SIZE) and by the proxy in front (README).
timeout = _getal("GUNICORN_TIMEOUT", 30)
graceful_timeout = _getal("GUNICORN_GRACEFUL_TIMEOUT", 30)
keepalive = 5
# A worker is replaced after this many requests (with jitter): memory cannot creep up for ever.
max_requests = _getal("GUNICORN_MAX_REQUESTS", 2000)
max_requests_jitter = 200
# Request line and headers bounded (gunicorn refuses more with 400 or 431).
limit_request_line = 4094
limit_request_fields = 60
limit_request_field_size = 8190
accesslog = "-"
access_log_format = '%(h)s "%(r)s" %(s)s %(B)s %(M)sms'


class LogZonderTokens(Logger):
    """Access log lines without the tokens of personal links (calendar feeds, unsubscribe,
    account confirmation and reset) and without query strings, in every atom a format may use
    (the request line, the path, the referrer, headers and environ)."""

    def atoms(self, resp, req, environ, request_time):
        atoms = super().atoms(resp, req, environ, request_time)
        atoms = {k: verberg_url(v) if isinstance(v, str) else v for k, v in atoms.items()}
        atoms["q"] = atoms["{query_string}e"] = "-"
        return atoms


logger_class = LogZonderTokens
