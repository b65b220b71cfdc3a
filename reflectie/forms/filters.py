from django import forms
from django.db.models import Exists, OuterRef, Q

from participatiepunt.gebieden.models import Wijk
from participatiepunt.portal.filterformulier import Filterformulier
from participatiepunt.portal.tekst import SchoneTekstMixin
from participatiepunt.portal.widgets import Keuzelijst

from ..choices import Soort
from ..models import Agendapunt
from .velden import DATUM


def _wijken(gemeente) -> list[tuple[str, str]]:
    wijken = Wijk.objects.voor_gemeente(gemeente).order_by("naam")
    return [("", "Alle"), *wijken.values_list("pk", "naam")]


def over_wijk(wijk) -> Q:
    """Held in the wijk, or an agenda item about it (topic, initiative or praatplaat)."""
    punten = Agendapunt.objects.filter(sessie=OuterRef("pk")).filter(
        Q(onderwerp__wijk=wijk) | Q(initiatief__wijk=wijk) | Q(praatplaat__wijk=wijk)
    )
    return Q(wijk=wijk) | Q(Exists(punten))


class GriffieFilter(Filterformulier):
    soort = forms.ChoiceField(
        label="Soort",
        choices=[("", "Alle soorten"), *Soort.choices],
        required=False,
        widget=Keuzelijst,
    )
    van = forms.DateField(label="Vanaf", required=False, widget=DATUM)
    tot = forms.DateField(label="Tot en met", required=False, widget=DATUM)
    wijk = forms.TypedChoiceField(
        label="Wijk of dorp", coerce=int, required=False, widget=Keuzelijst
    )

    def __init__(self, *args, gemeente, **kwargs):
        super().__init__(*args, **kwargs)
        # Names and keys only, once per form: 150 wijken as model instances cost more.
        self.fields["wijk"].choices = _wijken(gemeente)

    def filter(self, sessies):
        if not self.is_valid():
            return sessies
        data = self.cleaned_data
        if data["soort"]:
            sessies = sessies.filter(soort=data["soort"])
        if data["van"]:
            sessies = sessies.filter(start__date__gte=data["van"])
        if data["tot"]:
            sessies = sessies.filter(start__date__lte=data["tot"])
        if data["wijk"]:
            sessies = sessies.filter(over_wijk(data["wijk"]))
        return sessies


class ZoekForm(SchoneTekstMixin, forms.Form):
    q = forms.CharField(label="Zoek in verslagen en lessen", required=False, max_length=100)
