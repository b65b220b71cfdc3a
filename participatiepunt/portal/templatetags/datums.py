"""{{ waarde|datum }}: "14 januari 2027" for a date, datetime or ISO date text."""

from django import template

from .. import datums

register = template.Library()


@register.filter
def datum(waarde, formaat: str = datums.LANG) -> str:
    return datums.lang(waarde, formaat)
