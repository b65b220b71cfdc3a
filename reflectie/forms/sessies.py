from django import forms
from django.utils import timezone

from participatiepunt.accounts.models import Rol
from participatiepunt.gebieden.models import Wijk
from participatiepunt.portal.tekst import SchoneTekstMixin

from .. import services
from ..choices import GROEP_KEUZES
from ..models import Sessie
from .velden import (
    EenGebruikerKeuze,
    GebruikerKeuze,
    TijdvakForm,
    gebruikers_met_email,
    uitnodigbare_gebruikers,
)

TOCH_INPLANNEN = "Toch inplannen, ook al heeft een genodigde dan al een sessie"


class ConflictMixin:
    """Warns when invitees already have a session then; staff can still confirm."""

    conflicten: list = []

    def controleer_conflicten(self, start, eind, gebruikers, zonder=None):
        self.conflicten = services.conflicten(start, eind, gebruikers, zonder)
        if self.conflicten and not self.cleaned_data.get("toch_inplannen"):
            namen = sorted({str(u) for c in self.conflicten for u in c.genodigden})
            self.add_error(
                "toch_inplannen",
                f"Op dit tijdstip heeft al een sessie: {', '.join(namen)}. Kies een ander "
                "tijdstip of vink dit vakje aan om toch in te plannen.",
            )


class SessieForm(ConflictMixin, TijdvakForm, forms.ModelForm):
    genodigden = GebruikerKeuze(
        queryset=None, required=False, widget=forms.CheckboxSelectMultiple, label="Genodigden"
    )
    andere_genodigden = forms.CharField(
        label="Andere genodigden (e-mailadres)",
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text="Bijvoorbeeld een ervaringsdeskundige of inwoner met een account bij het "
        "participatiepunt: één e-mailadres per regel.",
    )
    groepen = forms.MultipleChoiceField(
        choices=GROEP_KEUZES,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label="Nodig hele groepen uit",
        help_text="Iedereen in de groep is uitgenodigd, ook wie er later bij komt.",
    )
    voorzitter = EenGebruikerKeuze(queryset=None, required=False, label="Voorzitter")
    wijk = forms.ModelChoiceField(
        queryset=Wijk.objects.none(),
        required=False,
        label="Op locatie in de wijk of het dorp",
        help_text="Alleen invullen als de sessie in een wijk of dorp plaatsvindt.",
    )
    toch_inplannen = forms.BooleanField(required=False, label=TOCH_INPLANNEN)

    class Meta:
        model = Sessie
        fields = ["soort", "titel", "omschrijving", "locatie", "wijk", "voorzitter", "openbaar"]
        labels = {"openbaar": "Openbaar: iedereen mag deze sessie en de agenda zien"}

    field_order = [
        "soort", "titel", "omschrijving", "datum", "begintijd", "eindtijd", "locatie", "wijk",
        "genodigden", "andere_genodigden", "groepen", "voorzitter", "openbaar", "toch_inplannen",
    ]  # fmt: skip

    def __init__(self, *args, gemeente, met_tijd=True, **kwargs):
        super().__init__(*args, **kwargs)
        self.gemeente = gemeente
        self.fields["wijk"].queryset = Wijk.objects.voor_gemeente(gemeente).order_by("naam")
        self.fields["genodigden"].queryset = uitnodigbare_gebruikers(gemeente)
        self.fields["voorzitter"].queryset = uitnodigbare_gebruikers(gemeente)
        if self.instance.pk:
            personen = list(self.instance.genodigden.all())
            self.initial.setdefault("genodigden", personen)
            andere = [user.email for user in personen if user.rol == Rol.INWONER]
            self.initial.setdefault("andere_genodigden", "\n".join(andere))
            self.initial.setdefault("groepen", self.instance.groepen)
        if not met_tijd:
            for naam in ("datum", "begintijd", "eindtijd"):
                del self.fields[naam]

    def clean_andere_genodigden(self):
        adressen = self.cleaned_data["andere_genodigden"].split()
        gebruikers = gebruikers_met_email(adressen)
        bekend = {user.email.lower() for user in gebruikers}
        onbekend = [adres for adres in adressen if adres.lower() not in bekend]
        if onbekend:
            raise forms.ValidationError(f"Geen account gevonden voor: {', '.join(onbekend)}.")
        return gebruikers

    def velden(self) -> dict:
        """The session's own columns as plain values for the service, the time only when asked."""
        velden = {naam: self.cleaned_data[naam] for naam in self._meta.fields}
        if "datum" in self.fields:
            velden["start"], velden["eind"] = self.tijdvak()
        return velden

    @property
    def alle_genodigden(self) -> list:
        data = self.cleaned_data
        return [*(data.get("genodigden") or []), *(data.get("andere_genodigden") or [])]

    def clean(self):
        data = super().clean()
        tijdvak = (
            self.tijdvak() if "datum" in self.fields else (self.instance.start, self.instance.eind)
        )
        if tijdvak:
            self.instance.start, self.instance.eind = tijdvak
            gebruikers = services.gebruikers_van(
                self.alle_genodigden, data.get("groepen") or [], gemeente=self.gemeente
            )
            zonder = self.instance if self.instance.pk else None
            self.controleer_conflicten(*tijdvak, gebruikers, zonder)
        return data


class VerplaatsForm(ConflictMixin, TijdvakForm):
    reden = forms.CharField(
        label="Reden van verplaatsen",
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="De genodigden lezen deze reden.",
    )
    toch_inplannen = forms.BooleanField(required=False, label=TOCH_INPLANNEN)

    def __init__(self, *args, sessie, **kwargs):
        self.sessie = sessie
        start, eind = timezone.localtime(sessie.start), timezone.localtime(sessie.eind)
        kwargs.setdefault(
            "initial", {"datum": start.date(), "begintijd": start.time(), "eindtijd": eind.time()}
        )
        super().__init__(*args, **kwargs)

    def clean(self):
        data = super().clean()
        tijdvak = self.tijdvak()
        if tijdvak:
            data["start"], data["eind"] = tijdvak
            self.controleer_conflicten(*tijdvak, self.sessie.genodigde_gebruikers(), self.sessie)
        return data


class AnnuleerForm(SchoneTekstMixin, forms.Form):
    reden = forms.CharField(
        label="Reden van annuleren",
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="De genodigden lezen deze reden.",
    )
