from django import forms

from participatiepunt.portal.tekst import SchoneTekstMixin

from ..models import Overdracht, Versie


class RaadForm(SchoneTekstMixin, forms.ModelForm):
    """Seed 001: "Daarna leggen we de resultaten voor aan de gemeenteraad"."""

    raadsbesluit_url = forms.URLField(
        label="Vindplaats raadsbesluit",
        required=False,
        assume_scheme="https",
        help_text="De link naar het besluit van de raad.",
        error_messages={"invalid": "Geef een volledig webadres, beginnend met https://."},
    )

    class Meta:
        model = Versie
        fields = ["voorgelegd_aan_raad_op", "raadsbesluit_url"]
        widgets = {
            "voorgelegd_aan_raad_op": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["voorgelegd_aan_raad_op"].required = True
        self.fields["voorgelegd_aan_raad_op"].error_messages["required"] = (
            "Vul de datum in waarop de raad de afspraken behandelde."
        )


class OverdrachtForm(SchoneTekstMixin, forms.ModelForm):
    """One line of the register of archetype 3: the theme must be one chosen as archetype 3."""

    class Meta:
        model = Overdracht
        fields = ["thema", "soort", "omschrijving", "bedrag", "sinds", "verantwoording"]
        widgets = {
            "omschrijving": forms.Textarea(attrs={"rows": 3}),
            "verantwoording": forms.Textarea(attrs={"rows": 3}),
            "sinds": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        }

    def __init__(self, *args, themas, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["thema"] = forms.ChoiceField(
            label="Thema (archetype 3)",
            choices=[(t, t or "In het algemeen") for t in themas],
            error_messages={"invalid_choice": "Kies een thema waarvoor archetype 3 geldt."},
        )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("soort") == Overdracht.Soort.BUDGET and cleaned.get("bedrag") is None:
            self.add_error("bedrag", "Vul het bedrag van het overgedragen budget in.")
        return cleaned
