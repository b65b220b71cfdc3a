from django import forms

from participatiepunt.portal.tekst import SchoneTekstMixin

from ..models import ArchetypeKeuze, Deelnemer, Praatplaat


class GegevensForm(SchoneTekstMixin, forms.ModelForm):
    class Meta:
        model = Praatplaat
        fields = ["rol_raad", "rol_raad_toelichting", "evaluatie_op"]
        widgets = {
            "rol_raad": forms.RadioSelect,
            "rol_raad_toelichting": forms.Textarea(attrs={"rows": 3}),
            "evaluatie_op": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        }


DeelnemerFormSet = forms.inlineformset_factory(
    Praatplaat, Deelnemer, fields=["naam", "soort"], extra=2, can_delete=True
)


class ArchetypeKeuzeForm(SchoneTekstMixin, forms.ModelForm):
    class Meta:
        model = ArchetypeKeuze
        fields = ["thema", "archetype"]


ArchetypeFormSet = forms.inlineformset_factory(
    Praatplaat, ArchetypeKeuze, form=ArchetypeKeuzeForm, extra=2, can_delete=True
)
