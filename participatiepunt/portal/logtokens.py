"""Secrets in URLs never reach a log: a personal calendar feed, an unsubscribe link, an e-mail
confirmation or a password reset carries its token in the path, which the access log
(participatiepunt/gunicorn.py) and Django's request logging would print. Pure Python: the
gunicorn configuration imports it before Django is set up."""

import logging
import re

VERBORGEN = "…"
_TOKENS = re.compile(
    r"(?P<voor>/kalender/|/afmelden/|/confirm-email/|/bevestigen/|/password/reset/key/)"
    r"[^/?#\s\"]+?(?P<na>\.ics)?(?=[/?#\s\"]|$)"
)
_QUERY = re.compile(r"\?[^\s\"]*")


def verberg(tekst: str) -> str:
    """Tokens in paths replaced."""
    return _TOKENS.sub(rf"\g<voor>{VERBORGEN}\g<na>", tekst)


def verberg_url(url: str) -> str:
    """A URL or request line for the access log: tokens replaced, the query string left out
    (it may carry one too, and filters say little about a request)."""
    return _QUERY.sub("", verberg(url))


class TokensVerbergen(logging.Filter):
    """On a handler: the message and its arguments with their tokens hidden."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.msg, str):
            record.msg = verberg(record.msg)
        if isinstance(record.args, tuple):
            record.args = tuple(verberg(a) if isinstance(a, str) else a for a in record.args)
        return True
