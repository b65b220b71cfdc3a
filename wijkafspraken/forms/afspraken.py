from django import forms

from participatiepunt.portal.tekst import SchoneTekstMixin

from ..choices import Wie
from ..models import Afspraak


class AfspraakForm(SchoneTekstMixin, forms.ModelForm):
    def __init__(self, *args, vragenset, **kwargs):
        super().__init__(*args, **kwargs)
        keuzes = [("", "Geen (een losse afspraak)")]
        keuzes += [(v.key, f"Vraag {v.nummer}. {v.tekst[:90]}") for v in vragenset.vragen]
        self.fields["vraag_key"] = forms.ChoiceField(
            label="Hoort bij vraag of witte vlek", choices=keuzes, required=False
        )

    class Meta:
        model = Afspraak
        fields = ["wat", "wie", "organisatie", "wanneer", "vraag_key", "status"]
        widgets = {
            "wat": forms.Textarea(attrs={"rows": 3}),
            "wanneer": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        }

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("wie") == Wie.ORGANISATIE and not cleaned.get("organisatie", "").strip():
            self.add_error("organisatie", "Noem de organisatie die dit doet.")
        if cleaned.get("wie") != Wie.ORGANISATIE:
            cleaned["organisatie"] = ""
        return cleaned


class StatusForm(SchoneTekstMixin, forms.ModelForm):
    class Meta:
        model = Afspraak
        fields = ["status"]
