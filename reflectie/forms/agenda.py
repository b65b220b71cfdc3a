from django import forms

from initiatieven.models import Initiatief
from participatiepunt.portal.tekst import SchoneTekstMixin
from wijkafspraken.models import Praatplaat

from ..choices import OnderwerpStatus
from ..models import Agendapunt, Document, Onderwerp


class CasusMixin:
    """An agenda item or lesson treats at most one casus: an initiative or a praatplaat, of
    the session's gemeente (another gemeente's id is not a valid choice)."""

    def stel_casussen_in(self, gemeente):
        casussen = Initiatief.objects.voor_gemeente(gemeente).als_casus(self.instance.initiatief_id)
        self.fields["initiatief"].queryset = casussen.order_by("titel")
        praatplaten = Praatplaat.objects.voor_gemeente(gemeente).select_related("wijk")
        self.fields["praatplaat"].queryset = praatplaten

    def clean(self):
        data = super().clean()
        if data.get("initiatief") and data.get("praatplaat"):
            self.add_error("praatplaat", "Kies een initiatief óf een praatplaat, niet allebei.")
        return data


class AgendapuntForm(SchoneTekstMixin, CasusMixin, forms.ModelForm):
    class Meta:
        model = Agendapunt
        fields = ["titel", "duur", "toelichting", "onderwerp", "initiatief", "praatplaat"]
        widgets = {"toelichting": forms.Textarea(attrs={"rows": 3})}
        labels = {
            "onderwerp": "Geselecteerd onderwerp",
            "initiatief": "Casus: initiatief",
            "praatplaat": "Casus: praatplaat (wijkafspraken)",
        }

    def __init__(self, *args, gemeente, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["duur"].min_value = 5
        self.fields["onderwerp"].queryset = Onderwerp.objects.voor_gemeente(gemeente).filter(
            status=OnderwerpStatus.GESELECTEERD
        )
        self.stel_casussen_in(gemeente)


class DocumentForm(SchoneTekstMixin, forms.ModelForm):
    url = forms.URLField(
        label="Adres (URL) van het document",
        max_length=500,
        assume_scheme="https",
        help_text="Een koppeling naar het stuk, beginnend met https://",
    )

    class Meta:
        model = Document
        fields = ["titel", "url"]
