"""The contact form, open to anyone: spam is kept out without a third-party service by a field
people never see (a robot fills every field) and a signed start time (a robot posts within a
second; a person needs CONTACT_MINIMALE_INVULTIJD seconds). The signed start is also the
form's identity: the same form posted twice is one question (portal.contact)."""

import secrets

from django import forms
from django.conf import settings
from django.core import signing

from .tekst import SchoneTekstMixin

SALT = "portal.contact.gestart"
GELDIG_SECONDEN = 24 * 60 * 60
TE_SNEL = (
    "U verstuurde het formulier wel erg snel. Controleer uw vraag en verstuur hem nog een keer."
)
VERLOPEN = "Dit formulier stond te lang open. Controleer uw vraag en verstuur hem nog een keer."
NIET_LEEG_FOUT = (
    "Een veld dat leeg moet blijven, was ingevuld. Verstuur het formulier nog een keer."
)


def nieuw_gestart() -> str:
    """A fresh start stamp: a random nonce, signed with the time it was made."""
    return signing.TimestampSigner(salt=SALT).sign(secrets.token_hex(8))


class ContactFormulier(SchoneTekstMixin, forms.Form):
    # Rendered once per process; only its start stamp is new on every page (portal formulieren).
    bewaar_leeg = True
    per_weergave = ("gestart",)

    naam = forms.CharField(label="Uw naam", max_length=100)
    email = forms.EmailField(
        label="Uw e-mailadres",
        help_text="Wij sturen u een ontvangstbevestiging en ons antwoord op dit adres.",
    )
    onderwerp = forms.CharField(label="Onderwerp", max_length=150)
    vraag = forms.CharField(
        label="Uw vraag", max_length=5000, widget=forms.Textarea(attrs={"rows": 6})
    )
    # The honeypot: hidden from people (CSS, aria-hidden, out of the tab order), not from robots.
    website = forms.CharField(label="Laat dit veld leeg", required=False)
    gestart = forms.CharField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["naam"].widget.attrs["autocomplete"] = "name"
        self.fields["email"].widget.attrs["autocomplete"] = "email"
        self.fields["website"].widget.attrs.update({"autocomplete": "off", "tabindex": "-1"})
        if not self.is_bound:
            self.initial["gestart"] = nieuw_gestart()

    def clean(self):
        """Robot signs are errors for the whole form: the fields they concern are hidden."""
        cleaned = super().clean()
        if cleaned.get("website"):
            self.add_error(None, NIET_LEEG_FOUT)
        fout = self._fout_in_gestart(self.data.get("gestart", ""))
        if fout:
            self._nieuw_gestart()
            self.add_error(None, fout)
        return cleaned

    @staticmethod
    def _fout_in_gestart(gestart: str) -> str | None:
        signer = signing.TimestampSigner(salt=SALT)
        try:
            signer.unsign(gestart, max_age=GELDIG_SECONDEN)
        except signing.SignatureExpired:
            return VERLOPEN
        except signing.BadSignature:
            return TE_SNEL
        try:
            signer.unsign(gestart, max_age=settings.CONTACT_MINIMALE_INVULTIJD)
        except signing.SignatureExpired:
            return None  # old enough: a person took the time
        return TE_SNEL

    def _nieuw_gestart(self):
        """The form shown again gets a stamp that can work (the one posted never will)."""
        self.data = self.data.copy()
        self.data["gestart"] = nieuw_gestart()
