"""Follow your address: postcode, huisnummer and radius; the wijk by hand when the address
cannot be found (or as the only choice)."""

from django import forms

from participatiepunt.gebieden.locatieserver import normaliseer_postcode, splits_huisnummer
from participatiepunt.gebieden.models import Wijk
from participatiepunt.gebieden.wijkkeuzes import wijkkeuzes
from participatiepunt.portal.tekst import SchoneTekstMixin
from participatiepunt.portal.widgets import Keuzelijst

from ..adresvolgen import STRALEN_M

STRAAL_KEUZES = [(m, f"{m} meter" if m < 1000 else f"{m // 1000} kilometer") for m in STRALEN_M]


def postcodeveld(help_text="Bijvoorbeeld 9712 GH."):
    return forms.CharField(
        label="Postcode",
        max_length=7,
        required=False,
        help_text=help_text,
        widget=forms.TextInput(attrs={"autocomplete": "postal-code"}),
    )


def huisnummerveld():
    return forms.CharField(
        label="Huisnummer",
        max_length=10,
        required=False,
        help_text="Met een toevoeging als die er is, bijvoorbeeld 12a.",
    )


class AdresOpschoning:
    """The checks of a form with postcodeveld() and huisnummerveld() (both optional)."""

    def clean_postcode(self):
        postcode = self.cleaned_data["postcode"]
        if postcode and normaliseer_postcode(postcode) is None:
            raise forms.ValidationError("Vul een postcode in als 1234 AB.")
        return normaliseer_postcode(postcode) if postcode else ""

    def clean_huisnummer(self):
        huisnummer = self.cleaned_data["huisnummer"]
        if huisnummer and splits_huisnummer(huisnummer) is None:
            raise forms.ValidationError("Vul een huisnummer in, bijvoorbeeld 12 of 12a.")
        return huisnummer


class AdresForm(AdresOpschoning, SchoneTekstMixin, forms.Form):
    bewaar_leeg = True  # its empty HTML follows from initial and choices (portal formulieren)
    postcode = postcodeveld()
    huisnummer = huisnummerveld()
    straal = forms.TypedChoiceField(
        label="Hoe ver om uw adres heen?",
        choices=STRAAL_KEUZES,
        coerce=int,
        initial=500,
        widget=Keuzelijst,
        help_text="U volgt elk traject dat binnen deze afstand ligt, ook trajecten die later "
        "beginnen.",
    )
    wijk = forms.ModelChoiceField(
        queryset=Wijk.objects.none(),
        required=False,
        label="Uw wijk of dorp",
        empty_label="Kies uw wijk of dorp (als het adres niet gevonden wordt)",
        widget=Keuzelijst,
        help_text="Wij zoeken uw wijk bij het adres. Vinden we het adres niet, dan volgt u de "
        "wijk die u hier kiest.",
    )
    adres_tonen = forms.BooleanField(
        label="Bewaar mijn adres, zodat ik het hier terugzie",
        required=False,
        help_text="Zonder dit vinkje bewaren we alleen het punt op de kaart en de afstand.",
    )

    def __init__(self, *args, gemeente, **kwargs):
        super().__init__(*args, **kwargs)
        wijken = Wijk.objects.filter(gebied__gemeente=gemeente).order_by("naam")
        self.fields["wijk"].queryset = wijken
        self.fields["wijk"].keuzes_in_het_kort = wijkkeuzes(gemeente)

    def clean(self):
        data = super().clean()
        postcode, huisnummer = data.get("postcode"), data.get("huisnummer")
        if postcode and not huisnummer and "huisnummer" not in self.errors:
            self.add_error("huisnummer", "Vul ook uw huisnummer in.")
        if huisnummer and not postcode and "postcode" not in self.errors:
            self.add_error("postcode", "Vul ook uw postcode in.")
        if not (postcode or huisnummer or data.get("wijk") or self.errors):
            self.add_error("postcode", "Vul uw postcode en huisnummer in, of kies uw wijk.")
        return data

    @property
    def heeft_adres(self) -> bool:
        return bool(self.cleaned_data.get("postcode") and self.cleaned_data.get("huisnummer"))

    def adres_niet_gevonden(self):
        self.add_error(
            "wijk",
            "We konden dit adres niet vinden, of de adresservice antwoordt nu niet. Kies uw wijk "
            "of dorp; dan volgt u die wijk. Uw postcode en huisnummer blijven staan, zodat u het "
            "later nog eens kunt proberen.",
        )
