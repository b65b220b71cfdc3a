"""Inline formsets with a bounded number of rows: the row count a post claims costs at most
`max_rijen` forms, and a missing or malformed count (a hand-made post) is a Dutch error above
the rows instead of a server error."""

from django import forms

ONVOLLEDIG = (
    "Het formulier is niet volledig verzonden. Laad de pagina opnieuw en vul het nog eens in."
)


class BegrensdeFormSet(forms.BaseInlineFormSet):
    default_error_messages = {
        "missing_management_form": ONVOLLEDIG,
        "too_many_forms": "Vul hier hoogstens %(num)d regels in.",
    }


def begrensde_formset(parent, model, max_rijen: int, **kwargs):
    """inlineformset_factory with at most `max_rijen` rows, checked and bounded."""
    return forms.inlineformset_factory(
        parent,
        model,
        formset=BegrensdeFormSet,
        max_num=max_rijen,
        absolute_max=max_rijen,
        validate_max=True,
        **kwargs,
    )
