"""Attachments of a notification mail, by kind: an app registers what its kinds carry (a session
invitation its .ics) in its ready(); this app knows no app's models."""

from collections.abc import Callable

# kind -> function(gebeurtenis) returning [(filename, content, mimetype)], or [] when none.
_MAKERS: dict[str, Callable] = {}


def registreer(soort: str, maker: Callable) -> None:
    _MAKERS[soort] = maker


def van(gebeurtenis) -> list[tuple[str, str, str]]:
    maker = _MAKERS.get(gebeurtenis.soort)
    return maker(gebeurtenis) if maker else []
