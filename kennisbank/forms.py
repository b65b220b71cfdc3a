from django import forms

from participatiepunt.portal.tekst import SchoneTekstMixin

from .models import Pagina


class PaginaForm(SchoneTekstMixin, forms.ModelForm):
    toelichting = forms.CharField(
        label="Wat is er veranderd?",
        max_length=300,
        required=False,
        help_text="Staat bij deze versie in de geschiedenis van de pagina.",
    )

    class Meta:
        model = Pagina
        fields = ["titel", "categorie", "samenvatting", "tekst", "gedeeld_binnen_organisatie"]
        widgets = {
            "tekst": forms.Textarea(attrs={"rows": 20}),
        }

    def __init__(self, *args, gemeente, **kwargs):
        super().__init__(*args, **kwargs)
        if gemeente.organisatie_id is None:  # nobody to share with
            del self.fields["gedeeld_binnen_organisatie"]

    def velden(self) -> dict:
        return {veld: self.cleaned_data[veld] for veld in self._meta.fields if veld in self.fields}
