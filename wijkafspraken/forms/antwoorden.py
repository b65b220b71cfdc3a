"""One form per bouwsteen or kompas part: per question the answer, whether it is still a witte
vlek, and whether it is published on the wijk page."""

from django import forms

from participatiepunt.portal.tekst import SchoneTekstMixin


def veldnaam(key: str, veld: str) -> str:
    return f"{key.replace('.', '-')}__{veld}"


class AntwoordenForm(SchoneTekstMixin, forms.Form):
    def __init__(self, *args, onderdeel, antwoorden, **kwargs):
        super().__init__(*args, **kwargs)
        self.onderdeel = onderdeel
        for vraag in onderdeel.vragen:
            self._velden_voor(vraag, antwoorden.get(vraag.key))

    def _velden_voor(self, vraag, antwoord):
        self.fields[veldnaam(vraag.key, "tekst")] = forms.CharField(
            label=f"Vraag {vraag.nummer}. {vraag.tekst}",
            required=False,
            widget=forms.Textarea(attrs={"rows": 4}),
            initial=antwoord.tekst if antwoord else "",
        )
        self.fields[veldnaam(vraag.key, "witte_vlek")] = forms.BooleanField(
            label=f"Vraag {vraag.nummer} is nog onvoldoende uitgewerkt (witte vlek)",
            required=False,
            initial=antwoord.witte_vlek if antwoord else False,
        )
        self.fields[veldnaam(vraag.key, "compleet_gebiedsteam")] = forms.BooleanField(
            label=f"Het gebiedsteam vindt het antwoord op vraag {vraag.nummer} compleet",
            required=False,
            initial=antwoord.compleet_gebiedsteam if antwoord else False,
        )
        self.fields[veldnaam(vraag.key, "openbaar")] = forms.BooleanField(
            label=f"Antwoord op vraag {vraag.nummer} openbaar maken op de wijkpagina",
            required=False,
            initial=antwoord.openbaar if antwoord else False,
        )

    def invoer(self) -> dict[str, dict]:
        data = self.cleaned_data
        return {
            vraag.key: {
                "tekst": data[veldnaam(vraag.key, "tekst")].strip(),
                "witte_vlek": data[veldnaam(vraag.key, "witte_vlek")],
                "openbaar": data[veldnaam(vraag.key, "openbaar")],
                "compleet_gebiedsteam": data[veldnaam(vraag.key, "compleet_gebiedsteam")],
            }
            for vraag in self.onderdeel.vragen
        }
