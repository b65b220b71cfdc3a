"""Filters of the public list, the intake queue and the jaarkalender (GET forms, rendered
field by field: participatiepunt.portal.filterformulier)."""

from django import forms

from participatiepunt.gebieden.models import Wijk
from participatiepunt.portal.filterformulier import Filterformulier
from participatiepunt.portal.widgets import Keuzelijst
from participatiepunt.portal.zoeken import MAX_LENGTE

from ..choices import Soort, Status, Steun, Thema
from ..kalender import MAANDEN
from ..statussen import OPENBARE_STATUSSEN


def _met_leeg(choices, leeg="Alle"):
    return [("", leeg), *choices]


def _keuzeveld(choices, **kwargs) -> forms.ChoiceField:
    return forms.ChoiceField(choices=choices, required=False, widget=Keuzelijst, **kwargs)


class _WijkKeuzes(forms.models.ModelChoiceIterator):
    """(slug, naam) straight from the database: the list needs no 150 Wijk instances."""

    def __iter__(self):
        if self.field.empty_label is not None:
            yield ("", self.field.empty_label)
        yield from self.queryset.values_list("slug", "naam")


class _WijkVeld(forms.ModelChoiceField):
    iterator = _WijkKeuzes


def _wijk_veld() -> forms.ModelChoiceField:
    return _WijkVeld(
        Wijk.objects.order_by("naam"),
        required=False,
        label="Wijk of dorp",
        empty_label="Alle",
        to_field_name="slug",
        widget=Keuzelijst,
    )


class _PerGemeente(Filterformulier):
    """Only the wijken of the gemeente the page is for."""

    def __init__(self, *args, gemeente, **kwargs):
        super().__init__(*args, **kwargs)
        wijken = self.fields["wijk"]
        wijken.queryset = wijken.queryset.voor_gemeente(gemeente)


class PubliekFilterForm(_PerGemeente):
    q = forms.CharField(
        label="Zoekwoorden",
        required=False,
        max_length=MAX_LENGTE,
        error_messages={"max_length": "Gebruik hoogstens %(limit_value)d tekens."},
    )
    wijk = _wijk_veld()
    status = _keuzeveld(_met_leeg([(s, Status(s).label) for s in OPENBARE_STATUSSEN]))
    thema = _keuzeveld(_met_leeg(Thema.choices))


class IntakeFilterForm(_PerGemeente):
    SORTERINGEN = [
        ("-ingediend_op", "Nieuwste eerst"),
        ("ingediend_op", "Oudste eerst"),
        ("titel", "Titel (A–Z)"),
        ("wijk__naam", "Wijk (A–Z)"),
        ("status", "Status"),
    ]
    status = _keuzeveld(_met_leeg([c for c in Status.choices if c[0] != Status.CONCEPT]))
    wijk = _wijk_veld()
    soort = _keuzeveld(_met_leeg(Soort.choices), label="Soort initiatiefnemer")
    steun = _keuzeveld(_met_leeg(Steun.choices), label="Gevraagde steun")
    toegewezen = _keuzeveld(
        [("", "Iedereen"), ("mij", "Aan mij toegewezen"), ("niemand", "Nog niet toegewezen")],
        label="Casemanager",
    )
    sorteer = _keuzeveld(SORTERINGEN, label="Sorteren")


_MAANDEN = [(nummer, naam.capitalize()) for nummer, naam in enumerate(MAANDEN, start=1)]


class JaarkalenderFilterForm(_PerGemeente):
    wijk = _wijk_veld()
    jaar = forms.IntegerField(label="Jaar", required=False, min_value=2000, max_value=2100)
    maand = forms.TypedChoiceField(
        label="Maand",
        required=False,
        coerce=int,
        empty_value=None,
        choices=_met_leeg(_MAANDEN, "Deze of eerste"),
        widget=Keuzelijst,
    )
