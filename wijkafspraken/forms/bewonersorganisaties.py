from django import forms
from django.contrib.auth import get_user_model

from participatiepunt.accounts.models import Bewonersorganisatie, Rol
from participatiepunt.gebieden.models import Wijk
from participatiepunt.portal.tekst import SchoneTekstMixin


class BewonersorganisatieForm(SchoneTekstMixin, forms.ModelForm):
    """Naam, soort, wijken (those the user works on) and leden by the e-mail address of their
    account: the gebiedsteam knows the people, not their account numbers."""

    leden_emails = forms.CharField(
        label="Leden (e-mailadressen van hun account, één per regel)",
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text="Een lid moet al een account op het portaal hebben als inwoner.",
    )

    class Meta:
        model = Bewonersorganisatie
        fields = ["naam", "soort", "wijken"]
        widgets = {"wijken": forms.CheckboxSelectMultiple}

    def __init__(self, *args, wijken, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["wijken"].queryset = wijken
        self.fields["wijken"].error_messages["required"] = "Kies ten minste één wijk of dorp."
        if self.instance.pk and not self.is_bound:
            emails = self.instance.leden.values_list("email", flat=True)
            self.initial["leden_emails"] = "\n".join(sorted(emails))

    def clean_leden_emails(self):
        adressen = {
            regel.strip().lower()
            for regel in self.cleaned_data["leden_emails"].splitlines()
            if regel.strip()
        }
        gebruikers = list(
            get_user_model().objects.filter(email__in=adressen, is_active=True, rol=Rol.INWONER)
        )
        onbekend = adressen - {g.email.lower() for g in gebruikers}
        if onbekend:
            raise forms.ValidationError(
                "Geen inwoneraccount gevonden voor: %(adressen)s. Vraag deze mensen eerst een "
                "account aan te maken.",
                params={"adressen": ", ".join(sorted(onbekend))},
            )
        return gebruikers

    def clean_wijken(self):
        wijken = self.cleaned_data["wijken"]
        if len({wijk.gebied.gemeente_id for wijk in wijken}) > 1:
            raise forms.ValidationError("Kies wijken en dorpen van één gemeente.")
        return wijken

    def save(self, commit=True):
        organisatie = super().save(commit=False)
        wijken = self.cleaned_data["wijken"]
        organisatie.gemeente_id = wijken[0].gebied.gemeente_id
        organisatie.save()
        organisatie.wijken.set(wijken)
        organisatie.leden.set(self.cleaned_data["leden_emails"])
        return organisatie


def wijken_van(user, gemeente):
    """The wijken a user may name: a gebiedsteam member those of their gebieden, a beheerder
    every wijk of the gemeente."""
    wijken = Wijk.objects.filter(gebied__gemeente=gemeente).select_related("gebied")
    if user.rol == Rol.GEBIEDSTEAM:
        wijken = wijken.filter(gebied__teamleden=user)
    return wijken.order_by("naam")
