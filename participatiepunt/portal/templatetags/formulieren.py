"""{{ form|formulier }}: a form as crispy renders it, under the error summary that lists its
non-field errors (templates/includes/form.html); crispy's own alert of them is left out
(templates/bootstrap5/errors.html), so they are not said twice.

An unbound form whose class says `bewaar_leeg = True` is rendered once per process for each
prefix, initial values and choices: its HTML follows from those alone (the class promises that
its __init__ changes nothing else; choices from the database, such as the wijken, are read for
the key, one query, so a renamed wijk is another form). The management page of an initiative
shows five such forms; rendering them on every visit was 45 % of it."""

from crispy_forms.templatetags.crispy_forms_filters import as_crispy_form
from django import forms, template

register = template.Library()
BEWAARD: dict[tuple, str] = {}
MAX_BEWAARD = 512


def _sleutel(form) -> tuple:
    keuzes = tuple(
        (naam, tuple(field.choices) if isinstance(field, forms.ChoiceField) else None)
        for naam, field in form.fields.items()
    )
    initial = tuple(sorted((naam, repr(waarde)) for naam, waarde in form.initial.items()))
    return (type(form), form.prefix, form.auto_id, initial, keuzes)


@register.filter
def formulier(form):
    form.fouten_in_overzicht = True
    if form.is_bound or not getattr(form, "bewaar_leeg", False):
        return as_crispy_form(form)
    sleutel = _sleutel(form)
    if sleutel not in BEWAARD:
        if len(BEWAARD) >= MAX_BEWAARD:
            BEWAARD.clear()
        BEWAARD[sleutel] = as_crispy_form(form)
    return BEWAARD[sleutel]
