"""Dates as the portal writes them: "14 januari 2027", also for a date kept as ISO text in a
snapshot (a vastgestelde versie stores its afspraken as JSON)."""

import datetime

from django.utils import formats

LANG = "j F Y"


def als_datum(waarde):
    """A date, datetime or ISO date text as a date (or datetime); anything else as given."""
    if isinstance(waarde, str):
        try:
            return datetime.date.fromisoformat(waarde)
        except ValueError:
            return waarde
    return waarde


def lang(waarde, formaat: str = LANG) -> str:
    """'14 januari 2027'; text that is no date comes back unchanged, None as ''."""
    waarde = als_datum(waarde)
    if isinstance(waarde, datetime.date):
        return formats.date_format(waarde, formaat)
    return "" if waarde is None else str(waarde)
