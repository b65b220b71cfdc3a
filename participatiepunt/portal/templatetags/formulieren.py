"""{{ form|formulier }}: a form as crispy renders it, under the error summary that lists its
non-field errors (templates/includes/form.html); crispy's own alert of them is left out
(templates/bootstrap5/errors.html), so they are not said twice.

An unbound form whose class says `bewaar_leeg = True` is rendered once per process for each
prefix, initial values and choices: its HTML follows from those alone (the class promises that
its __init__ changes nothing else; choices from the database are read for the key, one query,
so a renamed wijk is another form; a field may give them in short as `keuzes_in_het_kort`, as
the wijk fields do from memory: gebieden.wijkkeuzes). The management page of an initiative
shows five such forms; rendering them on every visit was 45 % of it.
Initial values that differ on every render (the contact form's signed start time) are named in
`per_weergave`: the kept HTML holds a placeholder for them, filled in per render."""

from crispy_forms.templatetags.crispy_forms_filters import as_crispy_form
from django import forms, template
from django.utils.html import escape
from django.utils.safestring import mark_safe

register = template.Library()
BEWAARD: dict[tuple, str] = {}
MAX_BEWAARD = 512


def _sleutel(form) -> tuple:
    keuzes = tuple((naam, _keuzes(field)) for naam, field in form.fields.items())
    initial = tuple(sorted((naam, repr(waarde)) for naam, waarde in form.initial.items()))
    return (type(form), form.prefix, form.auto_id, initial, keuzes)


def _keuzes(field):
    if not isinstance(field, forms.ChoiceField):
        return None
    kort = getattr(field, "keuzes_in_het_kort", None)
    if kort is not None:
        return kort
    # iter(): a tuple of a ModelChoiceField's choices asks their len() first, a COUNT query.
    return tuple(iter(field.choices))


@register.filter
def formulier(form):
    form.fouten_in_overzicht = True
    if form.is_bound or not getattr(form, "bewaar_leeg", False):
        return as_crispy_form(form)
    eigen = {naam: form.initial[naam] for naam in getattr(form, "per_weergave", ())}
    initial = form.initial
    form.initial = {**initial, **{naam: _plek(naam) for naam in eigen}}
    try:
        html = _bewaard(form)
    finally:
        form.initial = initial
    for naam, waarde in eigen.items():
        html = html.replace(_plek(naam), escape(waarde))
    return mark_safe(html)  # noqa: S308 (crispy's HTML, the values escaped)


def _plek(naam: str) -> str:
    # Private-use characters: no initial value holds them.
    return f"\ue002{naam}\ue003"


def _bewaard(form) -> str:
    sleutel = _sleutel(form)
    if sleutel not in BEWAARD:
        if len(BEWAARD) >= MAX_BEWAARD:
            BEWAARD.clear()
        BEWAARD[sleutel] = as_crispy_form(form)
    return BEWAARD[sleutel]
