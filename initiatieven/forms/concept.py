"""The steps of the guided form. Fields may stay empty in a draft; the overview says what a
submission still lacks."""

from django import forms

from participatiepunt.gebieden.models import Wijk
from participatiepunt.portal.eigen_velden import EigenVelden
from participatiepunt.portal.formsets import begrensde_formset
from participatiepunt.portal.tekenlimiet import met_tekenlimiet
from participatiepunt.portal.tekst import SchoneTekstMixin
from participatiepunt.portal.widgets import Keuzelijst

from ..choices import SOORTEN_VOOR_MEDEWERKERS, Soort, Steun
from ..models import Belanghebbende, Initiatief
from ..uploads import controleer_bijlage, controleer_quotum


class IdeeForm(SchoneTekstMixin, EigenVelden, forms.ModelForm):
    bewaar_leeg = True  # its empty HTML follows from initial and choices (portal formulieren)

    class Meta:
        model = Initiatief
        fields = ["titel", "samenvatting", "beschrijving", "thema"]
        widgets = {
            "samenvatting": forms.Textarea(attrs={"rows": 3}),
            "beschrijving": forms.Textarea(attrs={"rows": 8}),
        }
        help_texts = {
            "beschrijving": "Wat wilt u bereiken, voor wie, en hoe pakt u het aan?",
            "thema": "Hiermee vinden anderen uw initiatief in de lijst.",
        }
        error_messages = {"titel": {"required": "Geef uw initiatief een titel."}}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        met_tekenlimiet(self.fields["titel"], "De titel")
        met_tekenlimiet(self.fields["samenvatting"], "De samenvatting")


class WaarEnWieForm(SchoneTekstMixin, EigenVelden, forms.ModelForm):
    wijk = forms.ModelChoiceField(
        queryset=Wijk.objects.select_related("gebied"),
        required=False,
        label="Wijk of dorp",
        empty_label="Kies een wijk of dorp",
        widget=Keuzelijst,
    )

    class Meta:
        model = Initiatief
        fields = ["wijk", "soort_initiatiefnemer", "naam_tonen"]
        widgets = {"soort_initiatiefnemer": forms.RadioSelect}
        help_texts = {
            "naam_tonen": "Zonder vinkje tonen we uw naam nergens openbaar; "
            "alleen medewerkers van het participatiepunt zien hem."
        }

    def __init__(self, *args, mag_traject_registreren=False, **kwargs):
        super().__init__(*args, **kwargs)
        wijken = self.fields["wijk"]
        wijken.queryset = wijken.queryset.voor_gemeente(self.instance.gemeente_id)
        soorten = Soort.choices
        if not mag_traject_registreren:
            soorten = [(k, v) for k, v in soorten if k not in SOORTEN_VOOR_MEDEWERKERS]
        self.fields["soort_initiatiefnemer"].choices = soorten
        self.fields["soort_initiatiefnemer"].required = False


class BelanghebbendeForm(SchoneTekstMixin, forms.ModelForm):
    class Meta:
        model = Belanghebbende
        fields = ["naam", "belang", "ervaart_hinder", "hoe_betrokken"]
        help_texts = {
            "naam": "Bijvoorbeeld: omwonenden van het plein, de basisschool, jongeren uit de wijk.",
        }
        error_messages = {
            "naam": {"required": "Vul de naam of groep in."},
            "belang": {"required": "Beschrijf het belang van deze belanghebbende."},
        }


BelanghebbendenFormSet = begrensde_formset(
    Initiatief,
    Belanghebbende,
    max_rijen=50,
    form=BelanghebbendeForm,
    extra=1,
    can_delete=True,
)


class SteunForm(SchoneTekstMixin, EigenVelden, forms.ModelForm):
    gevraagde_steun = forms.MultipleChoiceField(
        label="Welke steun zoekt u?",
        choices=Steun.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )

    class Meta:
        model = Initiatief
        fields = ["verwacht_budget"]
        help_texts = {"verwacht_budget": "Een schatting in hele euro's is genoeg."}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["gevraagde_steun"].initial = self.instance.steun_codes
        self.fields["verwacht_budget"].min_value = 0
        self.fields["verwacht_budget"].widget.attrs["min"] = 0
        self.order_fields(["gevraagde_steun", "verwacht_budget"])

    def velden(self) -> dict:
        return {**super().velden(), "gevraagde_steun": self.cleaned_data["gevraagde_steun"]}

    def clean_verwacht_budget(self):
        budget = self.cleaned_data["verwacht_budget"]
        if budget is not None and budget < 0:
            raise forms.ValidationError("Het budget kan niet negatief zijn.")
        return budget


class BijlageForm(SchoneTekstMixin, forms.Form):
    # Not required: bijlagen are optional; only "Bijlage toevoegen" without a file is an error.
    bestand = forms.FileField(
        label="Bestand",
        required=False,
        help_text="PDF, afbeelding of kantoordocument (Word, Excel, PowerPoint, OpenDocument).",
    )

    def __init__(self, *args, initiatief=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.initiatief = initiatief

    def clean_bestand(self):
        bestand = self.cleaned_data["bestand"]
        if not bestand:
            raise forms.ValidationError("Kies een bestand om toe te voegen.")
        self.content_type = controleer_bijlage(bestand)
        controleer_quotum(bestand, self.initiatief)
        return bestand


class IndienenForm(SchoneTekstMixin, forms.Form):
    privacy_akkoord = forms.BooleanField(
        label="Ik heb de privacyverklaring gelezen en ga akkoord",
        error_messages={"required": "Geef aan dat u akkoord gaat met de privacyverklaring."},
    )
