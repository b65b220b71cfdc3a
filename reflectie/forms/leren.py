from django import forms

from participatiepunt.portal.tekst import SchoneTekstMixin

from ..choices import PLANNING_MAANDEN
from ..models import Activiteit, Les, Sessie, Verslag
from .agenda import CasusMixin


class VerslagForm(SchoneTekstMixin, forms.ModelForm):
    class Meta:
        model = Verslag
        fields = ["tekst"]
        widgets = {"tekst": forms.Textarea(attrs={"rows": 8})}


class LesForm(SchoneTekstMixin, CasusMixin, forms.ModelForm):
    class Meta:
        model = Les
        fields = ["titel", "toelichting", "initiatief", "praatplaat"]
        widgets = {"toelichting": forms.Textarea(attrs={"rows": 3})}
        labels = {
            "initiatief": "Gaat over initiatief (optioneel)",
            "praatplaat": "Gaat over praatplaat (optioneel)",
        }

    def __init__(self, *args, gemeente, **kwargs):
        super().__init__(*args, **kwargs)
        self.stel_casussen_in(gemeente)


class SessieKeuze(forms.ModelMultipleChoiceField):
    def label_from_instance(self, sessie):
        return f"{sessie.titel} ({sessie.get_soort_display()}, {sessie.start:%d-%m-%Y})"


class ActiviteitForm(SchoneTekstMixin, forms.ModelForm):
    maanden = forms.TypedMultipleChoiceField(
        label="Maanden waarin de activiteit loopt",
        choices=PLANNING_MAANDEN,
        coerce=int,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    sessies = SessieKeuze(
        queryset=Sessie.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label="Sessies die deze activiteit uitvoeren",
    )

    class Meta:
        model = Activiteit
        fields = ["omschrijving", "maanden", "toelichting", "sessies"]
        widgets = {"toelichting": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args, gemeente, **kwargs):
        """The planning is shared by the gemeenten; each links its own sessions only."""
        super().__init__(*args, **kwargs)
        self.gemeente = gemeente
        self.fields["sessies"].queryset = Sessie.objects.voor_gemeente(gemeente).order_by("start")

    def save(self, commit=True):
        activiteit = super().save(commit=False)
        andere = list(activiteit.sessies.exclude(gemeente=self.gemeente))
        activiteit.save()
        activiteit.sessies.set([*self.cleaned_data["sessies"], *andere])
        return activiteit
