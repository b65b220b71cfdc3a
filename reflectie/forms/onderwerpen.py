from django import forms

from initiatieven.models import Initiatief
from participatiepunt.gebieden.models import Wijk
from participatiepunt.portal.tekst import SchoneTekstMixin

from ..models import Onderwerp, Raadsreactie


class OnderwerpForm(SchoneTekstMixin, forms.ModelForm):
    class Meta:
        model = Onderwerp
        fields = ["titel", "waarom", "wijk", "initiatief"]
        widgets = {"waarom": forms.Textarea(attrs={"rows": 4})}
        labels = {
            "titel": "Welk onderwerp stelt u voor?",
            "initiatief": "Initiatief waar het over gaat (optioneel)",
            "wijk": "Wijk of dorp waar het over gaat (optioneel)",
        }

    def __init__(self, *args, gemeente, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["wijk"].queryset = Wijk.objects.voor_gemeente(gemeente).order_by("naam")
        initiatieven = Initiatief.objects.voor_gemeente(gemeente).openbaar()
        self.fields["initiatief"].queryset = initiatieven.order_by("titel")


class BesluitForm(SchoneTekstMixin, forms.Form):
    besluit = forms.ChoiceField(
        label="Besluit",
        choices=[("selecteren", "Selecteren voor reflectie"), ("afwijzen", "Niet selecteren")],
        widget=forms.RadioSelect,
    )
    toelichting = forms.CharField(
        label="Toelichting voor de indiener",
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="Verplicht als u het onderwerp niet selecteert: leg uit waarom.",
    )

    def clean(self):
        data = super().clean()
        if data.get("besluit") == "afwijzen" and not data.get("toelichting", "").strip():
            self.add_error(
                "toelichting", "Leg de indiener uit waarom het onderwerp niet is gekozen."
            )
        return data

    @property
    def geselecteerd(self) -> bool:
        return self.cleaned_data["besluit"] == "selecteren"


class RaadsreactieForm(SchoneTekstMixin, forms.ModelForm):
    class Meta:
        model = Raadsreactie
        fields = ["advies", "tekst"]
        widgets = {"advies": forms.RadioSelect, "tekst": forms.Textarea(attrs={"rows": 3})}
        labels = {"advies": "Uw advies over selecteren", "tekst": "Uw reactie"}
        error_messages = {
            "advies": {"required": "Kies uw advies."},
            "tekst": {"required": "Schrijf uw reactie op."},
        }
