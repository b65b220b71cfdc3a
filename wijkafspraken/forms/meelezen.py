from django import forms

from participatiepunt.portal.tekst import SchoneTekstMixin


class OpmerkingForm(SchoneTekstMixin, forms.Form):
    """A bewonersorganisatie's remark on one question of the draft."""

    vraag = forms.ChoiceField(label="Bij vraag")
    tekst = forms.CharField(
        label="Uw opmerking",
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={"required": "Schrijf uw opmerking op."},
    )

    def __init__(self, *args, vragenset, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["vraag"].choices = [
            (v.key, f"Vraag {v.nummer}. {v.tekst[:90]}") for v in vragenset.vragen
        ]
        self.fields["vraag"].error_messages["invalid_choice"] = (
            "Kies een vraag van deze praatplaat."
        )
