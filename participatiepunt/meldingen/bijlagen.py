"""Attachments of a notification mail, by kind: an app declares in its `<app>/meldingen.py`
`BIJLAGEN = {kind: maker}` (a session invitation its .ics); this app knows no app's models.
A maker gets the event and returns the attachments as functions of the recipient (an iTIP
invitation names its attendee), so the object is read once per event, not once per mail."""

from functools import cache

from participatiepunt.discovery import modules


@cache
def _makers() -> dict:
    return {
        soort: maker
        for module in modules("meldingen")
        for soort, maker in getattr(module, "BIJLAGEN", {}).items()
    }


def van(gebeurtenis) -> list:
    """[function(ontvanger) -> a MIME part], or [] for a kind without attachments."""
    maker = _makers().get(gebeurtenis.soort)
    return maker(gebeurtenis) if maker else []
