"""Keuzelijst: the select of every app's long lists (wijken, medewerkers, filters), its options
written in Python. Django renders every option through two templates (about 60 µs each); with
the 150 wijken and dorpen that was 10 ms per list, more than the rest of the intake page. Same
HTML as Django's Select (one option selected, optgroups), so crispy and the tests see no
difference."""

from html import escape

from django import forms
from django.utils.safestring import mark_safe


def _tekst(waarde) -> str:
    """conditional_escape without its lazy-string wrapper, which cost more than the escaping."""
    return waarde.__html__() if hasattr(waarde, "__html__") else escape(str(waarde))


def _attrs(attrs: dict) -> str:
    """As django/forms/widgets/attrs.html: True gives the bare name, False and None nothing."""
    return "".join(
        f" {naam}" if waarde is True else f' {naam}="{_tekst(waarde)}"'
        for naam, waarde in attrs.items()
        if waarde is not False and waarde is not None
    )


def _optie(waarde, label, gekozen: set) -> str:
    waarde = "" if waarde is None else str(waarde)
    selected = " selected" if waarde in gekozen else ""
    if selected:
        gekozen.clear()  # as Django: only the first match is selected in a single select
    return f'<option value="{_tekst(waarde)}"{selected}>{_tekst(label)}</option>'


def _groep(waarde, label, gekozen: set) -> str:
    if not isinstance(label, (list, tuple)):
        return _optie(waarde, label, gekozen)
    opties = "".join(_optie(*keuze, gekozen) for keuze in label)
    return f'<optgroup label="{_tekst(waarde)}">{opties}</optgroup>'


class Keuzelijst(forms.Select):
    def render(self, name, value, attrs=None, renderer=None):
        gekozen = set(self.format_value(value))
        opties = "".join(_groep(waarde, label, gekozen) for waarde, label in self.choices)
        attrs = _attrs(self.build_attrs(self.attrs, attrs))
        return mark_safe(f'<select name="{_tekst(name)}"{attrs}>{opties}</select>')
