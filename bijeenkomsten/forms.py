import datetime

from django import forms
from django.utils import timezone

from participatiepunt.gebieden.models import Wijk
from participatiepunt.portal.tekst import SchoneTekstMixin

from .models import Bijeenkomst


class AanmeldForm(SchoneTekstMixin, forms.Form):
    """Name and address; someone logged in signs up with their account's."""

    bewaar_leeg = True  # its empty HTML follows from initial and choices (portal formulieren)

    naam = forms.CharField(
        label="Uw naam", max_length=150, widget=forms.TextInput({"autocomplete": "name"})
    )
    email = forms.EmailField(
        label="Uw e-mailadres",
        help_text="U krijgt een e-mail met een link om uw aanmelding te bevestigen.",
        widget=forms.EmailInput({"autocomplete": "email"}),
    )

    def clean_email(self):
        return self.cleaned_data["email"].strip().lower()


class BijeenkomstForm(SchoneTekstMixin, forms.ModelForm):
    datum = forms.DateField(
        label="Datum", widget=forms.DateInput({"type": "date"}, format="%Y-%m-%d")
    )
    begintijd = forms.TimeField(label="Begintijd", widget=forms.TimeInput({"type": "time"}))
    eindtijd = forms.TimeField(label="Eindtijd", widget=forms.TimeInput({"type": "time"}))

    class Meta:
        model = Bijeenkomst
        fields = ["soort", "doelgroep", "titel", "omschrijving", "locatie", "wijk", "capaciteit"]
        help_texts = {
            "wijk": "Alleen invullen als de bijeenkomst in een wijk of dorp plaatsvindt: wie "
            "die wijk volgt, krijgt er bericht van en de wijkpagina noemt haar.",
        }

    field_order = [
        "soort", "doelgroep", "titel", "omschrijving", "datum", "begintijd", "eindtijd",
        "locatie", "wijk", "capaciteit",
    ]  # fmt: skip

    def __init__(self, *args, gemeente, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["wijk"].queryset = Wijk.objects.filter(gebied__gemeente=gemeente).order_by(
            "naam"
        )

    def clean(self):
        data = super().clean()
        if all(data.get(k) for k in ("datum", "begintijd", "eindtijd")):
            start = timezone.make_aware(datetime.datetime.combine(data["datum"], data["begintijd"]))
            eind = timezone.make_aware(datetime.datetime.combine(data["datum"], data["eindtijd"]))
            if eind <= start:
                self.add_error("eindtijd", "De eindtijd moet na de begintijd liggen.")
            elif start <= timezone.now():
                self.add_error("datum", "Kies een moment in de toekomst.")
            else:
                data["start"], data["eind"] = start, eind
        return data

    def velden(self) -> dict:
        velden = {naam: self.cleaned_data[naam] for naam in self._meta.fields}
        velden["start"], velden["eind"] = self.cleaned_data["start"], self.cleaned_data["eind"]
        return velden
