"""Error reporting to Sentry without personal data: no user, no cookies, no request body,
no query string (feed tokens, unsubscribe tokens), no local variables, no breadcrumbs of
log lines (they may quote form input)."""

import sentry_sdk
from sentry_sdk.integrations.celery import CeleryIntegration
from sentry_sdk.integrations.django import DjangoIntegration

VERWIJDERD = "[verwijderd]"


def init_sentry(dsn: str, *, environment: str, transport=None) -> None:
    sentry_sdk.init(
        dsn=dsn,
        environment=environment,
        integrations=[DjangoIntegration(), CeleryIntegration()],
        send_default_pii=False,
        include_local_variables=False,
        max_breadcrumbs=0,
        before_send=zonder_persoonsgegevens,
        transport=transport,
    )


def zonder_persoonsgegevens(event: dict, hint: dict) -> dict:
    event.pop("user", None)
    request = event.get("request")
    if request:
        for key in ("cookies", "data", "query_string", "env"):
            if key in request:
                request[key] = VERWIJDERD
        headers = request.get("headers") or {}
        request["headers"] = {
            name: value
            for name, value in headers.items()
            if name.lower() not in {"cookie", "authorization", "x-forwarded-for", "x-real-ip"}
        }
        request["url"] = request.get("url", "").split("?")[0]
    return event
