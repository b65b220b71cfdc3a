from django import forms

from participatiepunt.portal.tekst import SchoneTekstMixin


class VaststellenForm(SchoneTekstMixin, forms.Form):
    reden = forms.CharField(
        label="Reden van de wijziging",
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="Verplicht vanaf versie 2: wat is er veranderd en waarom?",
    )


class EvaluatieForm(SchoneTekstMixin, forms.Form):
    """Step 3: the same questions again, one remark field per question, plus the lessons."""

    gehouden_op = forms.DateField(
        label="Gehouden op", widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
    )
    lessen = forms.CharField(
        label="Lessen (samen leren)",
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={"required": "Schrijf op wat u samen geleerd hebt."},
    )
    volgende = forms.DateField(
        label="Volgende evaluatie op",
        required=False,
        help_text="Leeg laten: een jaar na deze evaluatie.",
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )

    def __init__(self, *args, vragenset, antwoorden, **kwargs):
        super().__init__(*args, **kwargs)
        self.vragenset = vragenset
        for vraag in vragenset.vragen:
            antwoord = antwoorden.get(vraag.key)
            self.fields[f"v-{vraag.key.replace('.', '-')}"] = forms.CharField(
                label=f"Vraag {vraag.nummer}. {vraag.tekst}",
                required=False,
                help_text=f"Huidig antwoord: {antwoord.tekst}"
                if antwoord
                else "Nog geen antwoord.",
                widget=forms.Textarea(attrs={"rows": 2}),
            )

    def clean(self):
        cleaned = super().clean()
        gehouden, volgende = cleaned.get("gehouden_op"), cleaned.get("volgende")
        if gehouden and volgende and volgende <= gehouden:
            self.add_error("volgende", "Kies een datum na de evaluatie.")
        return cleaned

    def opmerkingen(self) -> dict[str, str]:
        return {
            vraag.key: self.cleaned_data[f"v-{vraag.key.replace('.', '-')}"]
            for vraag in self.vragenset.vragen
        }
