"""The vakantiecheck's forms: the question (a period and where) and a selection read back from
the query string of the page and its iCal feed."""

import datetime

from django import forms
from django.core.validators import validate_slug
from django.utils import timezone

from participatiepunt.gebieden.models import Wijk
from participatiepunt.gebieden.wijkkeuzes import wijkkeuzes
from participatiepunt.portal.tekst import SchoneTekstMixin
from participatiepunt.portal.widgets import Keuzelijst

from ..vakantiecheck import LANGSTE_PERIODE, MAX_TRAJECTEN, MAX_WIJKEN, Selectie
from .adres import STRAAL_KEUZES, AdresOpschoning, huisnummerveld, postcodeveld

DATUM_FOUT = "Vul een geldige datum in, bijvoorbeeld 2027-07-01."
STANDAARD_PERIODE = datetime.timedelta(weeks=6)


def _datumveld(label, verplicht):
    return forms.DateField(
        label=label,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={"required": verplicht, "invalid": DATUM_FOUT},
    )


class _Periode(SchoneTekstMixin, forms.Form):
    van = _datumveld("Van", "Vul de eerste dag van de periode in.")
    tot = _datumveld("Tot en met", "Vul de laatste dag van de periode in.")

    def clean(self):
        data = super().clean()
        van, tot = data.get("van"), data.get("tot")
        if van and tot and tot < van:
            self.add_error("tot", "De laatste dag ligt vóór de eerste dag: kies een latere datum.")
        elif van and tot and tot - van > LANGSTE_PERIODE:
            self.add_error("tot", "Kies een periode van hoogstens een jaar.")
        return data


class VakantiecheckForm(AdresOpschoning, _Periode):
    bewaar_leeg = True  # its empty HTML follows from initial and choices (portal formulieren)
    GEVOLGD, ADRES, WIJK = "gevolgd", "adres", "wijk"
    waar = forms.ChoiceField(
        label="Waarover wilt u het weten?",
        widget=forms.RadioSelect,
        error_messages={"required": "Kies waarover u het wilt weten."},
    )
    postcode = postcodeveld("Bij ‘rond een adres’. Bijvoorbeeld 9712 GH.")
    huisnummer = huisnummerveld()
    straal = forms.TypedChoiceField(
        label="Hoe ver om het adres heen?",
        choices=STRAAL_KEUZES,
        coerce=int,
        initial=500,
        required=False,
        empty_value=500,
        widget=Keuzelijst,
    )
    wijk = forms.ModelChoiceField(
        Wijk.objects.none(),
        required=False,
        label="Wijk of dorp",
        empty_label="Kies een wijk of dorp",
        to_field_name="slug",
        widget=Keuzelijst,
        help_text="Bij ‘een wijk of dorp’, of als we het adres niet kunnen vinden.",
    )

    def __init__(self, *args, gemeente, ingelogd: bool, **kwargs):
        super().__init__(*args, **kwargs)
        keuzes = [(self.ADRES, "Rond een adres"), (self.WIJK, "Een wijk of dorp")]
        if ingelogd:
            keuzes.insert(0, (self.GEVOLGD, "Wat ik volg: mijn trajecten en wijken"))
        self.fields["waar"].choices = keuzes
        self.fields["wijk"].queryset = Wijk.objects.filter(gebied__gemeente=gemeente)
        self.fields["wijk"].keuzes_in_het_kort = wijkkeuzes(gemeente)
        # In the form's initial, not the fields': the kept HTML is keyed on the form's (a new
        # day is another form).
        vandaag = timezone.localdate()
        standaard = {"waar": keuzes[0][0], "van": vandaag, "tot": vandaag + STANDAARD_PERIODE}
        self.initial = {**standaard, **self.initial}

    def clean(self):
        data = super().clean()
        if data.get("waar") == self.WIJK and not data.get("wijk"):
            self.add_error("wijk", "Kies de wijk of het dorp.")
        if data.get("waar") == self.ADRES:
            for veld, melding in (("postcode", "Vul uw postcode in."),
                                  ("huisnummer", "Vul uw huisnummer in.")):  # fmt: skip
                if not data.get(veld) and veld not in self.errors:
                    self.add_error(veld, melding)
        return data

    def adres_niet_gevonden(self):
        self.add_error(
            "wijk",
            "We konden rond dit adres niets vinden, of de adresservice antwoordt nu niet. Kies uw "
            "wijk of dorp. Uw postcode en huisnummer blijven staan, zodat u het later nog eens "
            "kunt proberen.",
        )


class SelectieForm(_Periode):
    """A selection from a query string (?van=…&tot=…&wijk=…&traject=…); what is not a slug or
    a number is left out, and at most MAX_WIJKEN wijken and MAX_TRAJECTEN trajecten count."""

    def clean(self):
        data = super().clean()
        wijken = [slug for slug in self.data.getlist("wijk") if _is_slug(slug)]
        trajecten = [int(pk) for pk in self.data.getlist("traject") if _is_id(pk)]
        data["wijken"] = tuple(dict.fromkeys(wijken))[:MAX_WIJKEN]
        data["trajecten"] = tuple(dict.fromkeys(trajecten))[:MAX_TRAJECTEN]
        return data

    def selectie(self) -> Selectie:
        data = self.cleaned_data
        return Selectie(data["van"], data["tot"], data["wijken"], data["trajecten"])


def _is_slug(waarde: str) -> bool:
    try:
        validate_slug(waarde)
    except forms.ValidationError:
        return False
    return len(waarde) <= 50


def _is_id(waarde: str) -> bool:
    return waarde.isdigit() and len(waarde) <= 9  # beyond that, no id (and no integer column)
