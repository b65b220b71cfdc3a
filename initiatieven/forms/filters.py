"""Filters of the public list, the intake queue and the jaarkalender (GET forms)."""

from django import forms

from participatiepunt.gebieden.models import Wijk

from ..choices import Soort, Status, Steun, Thema
from ..kalender import MAANDEN
from ..models import OPENBARE_STATUSSEN


def _met_leeg(choices, leeg="Alle"):
    return [("", leeg), *choices]


def _wijk_veld() -> forms.ModelChoiceField:
    return forms.ModelChoiceField(
        Wijk.objects.all(),
        required=False,
        label="Wijk of dorp",
        empty_label="Alle",
        to_field_name="slug",
    )


class PubliekFilterForm(forms.Form):
    q = forms.CharField(label="Zoeken in titel en samenvatting", required=False)
    wijk = _wijk_veld()
    status = forms.ChoiceField(
        choices=_met_leeg([(s, Status(s).label) for s in OPENBARE_STATUSSEN]), required=False
    )
    thema = forms.ChoiceField(choices=_met_leeg(Thema.choices), required=False)


class IntakeFilterForm(forms.Form):
    SORTERINGEN = [
        ("-ingediend_op", "Nieuwste eerst"),
        ("ingediend_op", "Oudste eerst"),
        ("titel", "Titel (A–Z)"),
        ("wijk__naam", "Wijk (A–Z)"),
        ("status", "Status"),
    ]
    status = forms.ChoiceField(
        choices=_met_leeg([c for c in Status.choices if c[0] != Status.CONCEPT]), required=False
    )
    wijk = _wijk_veld()
    soort = forms.ChoiceField(
        label="Soort initiatiefnemer", choices=_met_leeg(Soort.choices), required=False
    )
    steun = forms.ChoiceField(
        label="Gevraagde steun", choices=_met_leeg(Steun.choices), required=False
    )
    toegewezen = forms.ChoiceField(
        label="Casemanager",
        choices=[
            ("", "Iedereen"),
            ("mij", "Aan mij toegewezen"),
            ("niemand", "Nog niet toegewezen"),
        ],
        required=False,
    )
    sorteer = forms.ChoiceField(label="Sorteren", choices=SORTERINGEN, required=False)


_MAANDEN = [(nummer, naam.capitalize()) for nummer, naam in enumerate(MAANDEN, start=1)]


class JaarkalenderFilterForm(forms.Form):
    wijk = _wijk_veld()
    jaar = forms.IntegerField(label="Jaar", required=False, min_value=2000, max_value=2100)
    maand = forms.TypedChoiceField(
        label="Maand",
        required=False,
        coerce=int,
        empty_value=None,
        choices=_met_leeg(_MAANDEN, "Deze of eerste"),
    )
