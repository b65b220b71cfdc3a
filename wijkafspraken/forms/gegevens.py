from django import forms

from participatiepunt.portal.eigen_velden import EigenVelden
from participatiepunt.portal.formsets import begrensde_formset
from participatiepunt.portal.tekst import SchoneTekstMixin

from ..models import ArchetypeKeuze, Deelnemer, Praatplaat


class GegevensForm(SchoneTekstMixin, EigenVelden, forms.ModelForm):
    class Meta:
        model = Praatplaat
        fields = ["rol_raad", "rol_raad_toelichting", "evaluatie_op"]
        widgets = {
            "rol_raad": forms.RadioSelect,
            "rol_raad_toelichting": forms.Textarea(attrs={"rows": 3}),
            "evaluatie_op": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        }


DeelnemerFormSet = begrensde_formset(
    Praatplaat, Deelnemer, max_rijen=60, fields=["naam", "soort"], extra=2, can_delete=True
)


class ArchetypeKeuzeForm(SchoneTekstMixin, forms.ModelForm):
    class Meta:
        model = ArchetypeKeuze
        fields = ["thema", "archetype", "wijkoverstijgend"]


ArchetypeFormSet = begrensde_formset(
    Praatplaat, ArchetypeKeuze, max_rijen=30, form=ArchetypeKeuzeForm, extra=2, can_delete=True
)
