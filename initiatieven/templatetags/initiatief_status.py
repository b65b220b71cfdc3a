"""The status badge of an initiatief, written in Python: lists show one per row, and an include
per row cost more than the rest of the row."""

from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from ..choices import Status

register = template.Library()

_SUCCES = mark_safe(
    ' <span class="badge text-bg-light border status-badge-succes">Succesvoorbeeld</span>'
)


@register.filter
def status_badge(initiatief) -> str:
    """{{ initiatief|status_badge }}: the status, and 'Succesvoorbeeld' when it is one."""
    badge = format_html(
        '<span class="badge status-badge status-{}">{}</span>',
        initiatief.status,
        Status(initiatief.status).label,
    )
    return badge + _SUCCES if initiatief.is_succesvoorbeeld else badge
