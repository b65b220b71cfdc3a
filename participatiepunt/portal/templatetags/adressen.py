"""{{ adres|breekbaar }}: an e-mail address that may wrap after its @ and before its dots, and
nowhere else (a narrow column otherwise breaks it mid-word, or it runs out of its box)."""

import re

from django import template
from django.utils.html import escape
from django.utils.safestring import mark_safe

register = template.Library()


@register.filter
def breekbaar(adres) -> str:
    return mark_safe(re.sub(r"(@)|(?=\.)", lambda m: (m.group(1) or "") + "<wbr>", escape(adres)))
