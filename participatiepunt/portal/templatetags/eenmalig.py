"""{% eenmalig %} in a staff form, next to {% csrf_token %}: a fresh token for each rendering,
which the view's @eenmalig claims once (portal/eenmalig.py)."""

from django import template
from django.utils.html import format_html

from ..eenmalig import VELD, nieuw_token

register = template.Library()


@register.simple_tag
def eenmalig():
    return format_html('<input type="hidden" name="{}" value="{}">', VELD, nieuw_token())
