from django import forms

from participatiepunt.portal.tekst import SchoneTekstMixin

from ..uploads import controleer_bijlage, controleer_quotum


class BerichtForm(SchoneTekstMixin, forms.Form):
    bewaar_leeg = True  # its empty HTML follows from initial and choices (portal formulieren)
    tekst = forms.CharField(
        label="Uw bericht",
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 5}),
        error_messages={"required": "Schrijf een bericht."},
    )
    bijlage = forms.FileField(
        label="Bijlage (niet verplicht)",
        required=False,
        help_text="PDF, afbeelding of kantoordocument (Word, Excel, PowerPoint, OpenDocument).",
    )

    def __init__(self, *args, initiatief=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.initiatief = initiatief
        self.content_type = ""

    def clean_bijlage(self):
        bijlage = self.cleaned_data["bijlage"]
        if bijlage:
            self.content_type = controleer_bijlage(bijlage)
            controleer_quotum(bijlage, self.initiatief)
        return bijlage


class DelenForm(SchoneTekstMixin, forms.Form):
    bewaar_leeg = True  # its empty HTML follows from initial and choices (portal formulieren)
    delen = forms.TypedChoiceField(
        label="Mag het gebiedsteam van uw wijk dit gesprek lezen?",
        choices=[
            ("ja", "Ja, het gebiedsteam mag meelezen"),
            ("nee", "Nee, alleen het participatiepunt"),
        ],
        coerce=lambda waarde: waarde == "ja",
        widget=forms.RadioSelect,
    )
