from django import forms

from participatiepunt.portal.tekst import SchoneTekstMixin

from . import kinds
from .kinds import Email


def veldnamen(soort_key: str) -> tuple[str, str]:
    return f"{soort_key}__email", f"{soort_key}__portaal"


class VoorkeurenForm(SchoneTekstMixin, forms.Form):
    """Per kind of message: e-mail (direct / weekly / off) and in the portal (yes / no)."""

    def __init__(self, *args, keuzes, **kwargs):
        super().__init__(*args, **kwargs)
        for soort in kinds.soorten():
            email, portaal = veldnamen(soort.key)
            keuze = keuzes[soort.key]
            self.fields[email] = forms.ChoiceField(
                label=f"{soort.label}: per e-mail", choices=Email.choices, initial=keuze.email
            )
            self.fields[portaal] = forms.BooleanField(
                label=f"{soort.label}: in het portaal", required=False, initial=keuze.portaal
            )

    def rijen(self):
        for soort in kinds.soorten():
            email, portaal = veldnamen(soort.key)
            yield soort, self[email], self[portaal]

    def gekozen(self):
        for soort in kinds.soorten():
            email, portaal = veldnamen(soort.key)
            yield soort.key, self.cleaned_data[email], self.cleaned_data[portaal]
