"""Forms on the management page of a submitted initiatief."""

from django import forms

from participatiepunt.accounts.models import Rol, User
from participatiepunt.gebieden import geometrie
from participatiepunt.gebieden.huidige import met_pk
from participatiepunt.portal.eigen_velden import EigenVelden
from participatiepunt.portal.tekenlimiet import met_tekenlimiet
from participatiepunt.portal.tekst import SchoneTekstMixin
from participatiepunt.portal.widgets import Keuzelijst

from .. import mijlpaalsoorten, participatiefasen
from ..casemanagement import KADER_VELDEN
from ..choices import Oordeel, Rechtsvorm, Status
from ..models import Initiatief, KadersVersie, Mijlpaal, Terugkoppeling, Update
from ..statussen import REDEN_VERPLICHT
from ..succesvoorbeelden import VERHAAL


class CasemanagerForm(SchoneTekstMixin, forms.Form):
    # Its empty HTML follows from initial and choices (portal formulieren): the choices, read
    # once as a list, are in the key, so a new or renamed medewerker is another form.
    bewaar_leeg = True
    casemanager = forms.ModelChoiceField(
        queryset=User.objects.filter(rol=Rol.MEDEWERKER, is_active=True).order_by("naam"),
        required=False,
        label="Casemanager",
        empty_label="Nog niemand",
        widget=Keuzelijst,
    )

    def __init__(self, *args, gemeente_id, **kwargs):
        """Only medewerkers who work for the initiative's gemeente."""
        super().__init__(*args, **kwargs)
        casemanagers = self.fields["casemanager"]
        casemanagers.queryset = casemanagers.queryset.filter(gemeenten=gemeente_id)
        if not self.is_bound:
            # iter(): list() of the iterator itself would ask its len(), a COUNT query
            casemanagers.choices = list(iter(casemanagers.choices))


class StatusForm(SchoneTekstMixin, forms.Form):
    bewaar_leeg = True  # its empty HTML follows from initial and choices (portal formulieren)
    naar = forms.ChoiceField(label="Nieuwe status", error_messages={"required": "Kies een status."})
    toelichting = forms.CharField(
        label="Toelichting voor de initiatiefnemer",
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
        help_text="Verplicht bij afwijzen: de initiatiefnemer ziet deze reden.",
    )

    def __init__(self, *args, overgangen=(), **kwargs):
        super().__init__(*args, **kwargs)
        keuzes = [(s, Status(s).label) for s in overgangen]
        self.fields["naar"].choices = [("", "Kies de nieuwe status"), *keuzes]

    def clean(self):
        data = super().clean()
        if data.get("naar") in REDEN_VERPLICHT and not data.get("toelichting", "").strip():
            self.add_error("toelichting", "Schrijf op waarom het initiatief wordt afgewezen.")
        return data


def _fase_veld(fase):
    return f"fase_{fase.code}"


class _FasenVelden:
    """One field per participatiefase, after "wat ligt vast" (before SchoneTekstMixin cleans
    every field, so it must come after it in the bases)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        per_fase = self.initial.get("per_fase") or {}
        for fase in participatiefasen.FASEN:
            self.fields[_fase_veld(fase)] = forms.CharField(
                label=f"{fase.naam}: {fase.vraag}",
                required=False,
                widget=forms.Textarea(attrs={"rows": 2}),
                initial=per_fase.get(fase.code, ""),
            )
        # The phases right after "wat ligt vast" in general.
        volgorde = list(self.fields)
        fasen = [_fase_veld(fase) for fase in participatiefasen.FASEN]
        plek = volgorde.index("vast_en_niet_beinvloedbaar") + 1
        rest = [veld for veld in volgorde if veld not in fasen]
        self.order_fields([*rest[:plek], *fasen, *rest[plek:]])


class KadersForm(SchoneTekstMixin, _FasenVelden, forms.ModelForm):
    """The kaders either side proposes, with what is fixed per phase of the verordening (one
    field per participatiefase, kept together as `per_fase`)."""

    class Meta:
        model = KadersVersie
        fields = [veld for veld in KADER_VELDEN if veld != "per_fase"] + ["reden"]
        widgets = {
            veld: forms.Textarea(attrs={"rows": 3})
            for veld in [
                "waarvoor",
                "vast_en_niet_beinvloedbaar",
                "budgetruimte",
                "regels",
                "reden",
            ]
        }
        help_texts = {
            "reden": "Verplicht: waarom worden de kaders (opnieuw) vastgelegd?",
            "waarvoor": "Bijvoorbeeld: ideeën ophalen voor het ontwerp, of samen kiezen uit "
            "twee varianten.",
        }
        error_messages = {
            "waarvoor": {"required": "Schrijf op waarvoor deze participatie dient."},
            "reden": {"required": "Schrijf op waarom de kaders worden vastgelegd of gewijzigd."},
            "vast_en_niet_beinvloedbaar": {"required": "Beschrijf wat vastligt."},
            "budgetruimte": {"required": "Beschrijf de budgettaire ruimte (of: geen budget)."},
            "regels": {"required": "Beschrijf welke regels gelden (of: geen bijzondere)."},
            "participatieniveau": {"required": "Kies het participatieniveau."},
            "wie_besluit": {"required": "Vul in wie uiteindelijk besluit."},
        }

    def clean(self):
        data = super().clean()
        data["per_fase"] = {
            fase.code: data.get(_fase_veld(fase), "").strip()
            for fase in participatiefasen.FASEN
            if data.get(_fase_veld(fase), "").strip()
        }
        return data


class MijlpaalForm(SchoneTekstMixin, forms.ModelForm):
    bewaar_leeg = True  # its empty HTML follows from initial and choices (portal formulieren)

    class Meta:
        model = Mijlpaal
        fields = ["soort", "titel", "verwachte_datum", "einddatum"]
        widgets = {
            "soort": Keuzelijst,
            "verwachte_datum": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "einddatum": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        }
        error_messages = {
            "titel": {"required": "Geef de mijlpaal een naam."},
            "verwachte_datum": {
                "required": "Vul de verwachte datum in.",
                "invalid": "Vul een geldige datum in, bijvoorbeeld 2026-12-31.",
            },
            "einddatum": {"invalid": "Vul een geldige datum in, bijvoorbeeld 2026-12-31."},
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["soort"].required = False  # not sent (an older form): "overig"

    def clean_soort(self):
        return self.cleaned_data.get("soort") or mijlpaalsoorten.OVERIG.code

    def clean(self):
        data = super().clean()
        soort, begin, eind = data.get("soort"), data.get("verwachte_datum"), data.get("einddatum")
        if eind and soort not in mijlpaalsoorten.MET_TERMIJN:
            naam = mijlpaalsoorten.soort(soort).naam.lower()
            self.add_error("einddatum", f"Een {naam} heeft geen termijn: laat dit veld leeg.")
        elif eind and begin and eind < begin:
            self.add_error("einddatum", "De laatste dag kan niet vóór de verwachte datum liggen.")
        return data


class MijlpaalVerplaatsForm(SchoneTekstMixin, forms.Form):
    naar = forms.DateField(
        label="Nieuwe datum",
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={
            "required": "Vul de nieuwe datum in.",
            "invalid": "Vul een geldige datum in, bijvoorbeeld 2026-12-31.",
        },
    )
    reden = forms.CharField(
        label="Waarom verplaatst u de mijlpaal?",
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="De initiatiefnemer en de volgers krijgen bericht met de oude en de nieuwe datum "
        "en deze reden.",
        error_messages={"required": "Schrijf op waarom de mijlpaal verplaatst wordt."},
    )

    def __init__(self, *args, mijlpaal, **kwargs):
        super().__init__(*args, **kwargs)
        self.mijlpaal = mijlpaal
        self.fields["naar"].initial = mijlpaal.verwachte_datum

    def clean_naar(self):
        naar = self.cleaned_data["naar"]
        if naar == self.mijlpaal.verwachte_datum:
            raise forms.ValidationError("Dit is al de datum van de mijlpaal: kies een andere.")
        return naar


class UpdateForm(SchoneTekstMixin, forms.ModelForm):
    bewaar_leeg = True  # its empty HTML follows from initial and choices (portal formulieren)

    class Meta:
        model = Update
        fields = ["tekst", "openbaar"]
        widgets = {"tekst": forms.Textarea(attrs={"rows": 3})}
        error_messages = {"tekst": {"required": "Schrijf de tekst van de update."}}


class SuccesvoorbeeldForm(SchoneTekstMixin, forms.Form):
    """Marking a succesvoorbeeld, with "hoe hebben ze het gedaan" for the public library."""

    is_succesvoorbeeld = forms.BooleanField(
        label="Dit afgeronde initiatief is een succesvoorbeeld", required=False
    )
    rechtsvorm = forms.ChoiceField(
        label="Rechtsvorm", choices=[("", "Nog niet ingevuld"), *Rechtsvorm.choices], required=False
    )
    subsidie_ontvangen = forms.CharField(
        label="Subsidie of bijdrage",
        max_length=300,
        required=False,
        help_text="Welke regeling, van wie en ongeveer hoeveel.",
    )
    lessen = forms.CharField(
        label="Lessen",
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="Wat ging goed, wat zouden ze een volgende keer anders doen?",
    )
    gedeeld_binnen_organisatie = forms.BooleanField(
        label="Ook tonen in de bibliotheek van de andere gemeenten van onze ambtelijke organisatie",
        required=False,
        help_text="Alleen gemeenten van dezelfde ambtelijke organisatie; de naam van uw gemeente "
        "staat erbij.",
    )

    @classmethod
    def voor(cls, initiatief, data=None):
        """A gemeente in no ambtelijke organisatie has nobody to share with: no tick box."""
        velden = ("is_succesvoorbeeld", *VERHAAL)
        form = cls(data, initial={veld: getattr(initiatief, veld) for veld in velden})
        gemeente = met_pk(initiatief.gemeente_id)
        if gemeente is None or not gemeente.organisatie_id:
            del form.fields["gedeeld_binnen_organisatie"]
        return form


class GegevensForm(SchoneTekstMixin, EigenVelden, forms.ModelForm):
    """Staff correct what was submitted (the initiator's choices about their name stay theirs);
    the initiator reads why, and their text as it was is kept (casemanagement)."""

    reden = forms.CharField(
        label="Waarom corrigeert u de gegevens?",
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text="De initiatiefnemer krijgt bericht en leest deze reden, met de tekst zoals die "
        "was.",
        error_messages={"required": "Schrijf op waarom u de gegevens corrigeert."},
    )

    class Meta:
        model = Initiatief
        fields = ["titel", "samenvatting", "beschrijving", "thema", "wijk", "soort_initiatiefnemer"]
        widgets = {
            "samenvatting": forms.Textarea(attrs={"rows": 3}),
            "beschrijving": forms.Textarea(attrs={"rows": 6}),
            "wijk": Keuzelijst,
        }
        error_messages = {"titel": {"required": "Het initiatief moet een titel hebben."}}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        met_tekenlimiet(self.fields["titel"], "De titel")
        met_tekenlimiet(self.fields["samenvatting"], "De samenvatting")


class LocatieForm(SchoneTekstMixin, forms.Form):
    """Where the traject is: typed coordinates or pasted GeoJSON; the map writes the same."""

    locatie = forms.CharField(
        label="Locatie (punt of vlak)",
        required=False,
        widget=forms.Textarea(attrs={"rows": 4, "spellcheck": "false"}),
        help_text=(
            "Een punt als breedtegraad, lengtegraad (bijvoorbeeld 53.2192, 6.5675), of een "
            "GeoJSON-punt of -vlak. Met JavaScript tekent u het op de kaart. Leeg: geen locatie."
        ),
    )

    def clean_locatie(self):
        return geometrie.lees_locatie(self.cleaned_data["locatie"])


class KadersReactieForm(SchoneTekstMixin, forms.Form):
    """One side's answer to the current kaders version. `versie` is the version the person
    read: an answer never lands on a newer version they have not seen."""

    versie = forms.IntegerField(widget=forms.HiddenInput)
    oordeel = forms.ChoiceField(
        label="Staat u achter deze versie van de kaders?",
        choices=Oordeel.choices,
        widget=forms.RadioSelect,
        error_messages={"required": "Kies of u akkoord gaat of niet."},
    )
    toelichting = forms.CharField(
        label="Toelichting",
        widget=forms.Textarea(attrs={"rows": 4}),
        required=False,
        help_text="Verplicht als u niet akkoord gaat: wat wilt u anders? Dit is openbaar, "
        "zonder uw naam.",
    )

    def clean(self):
        data = super().clean()
        if data.get("oordeel") == Oordeel.BETWIST and not data.get("toelichting", "").strip():
            self.add_error("toelichting", "Schrijf op waarom u niet akkoord gaat.")
        return data


class RaadForm(SchoneTekstMixin, forms.Form):
    """The raad adopted the current version of the kaders: when, and where its besluit is."""

    bewaar_leeg = True  # its empty HTML follows from initial and choices (portal formulieren)
    raad_vastgesteld_op = forms.DateField(
        label="Vastgesteld door de raad op",
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={
            "required": "Vul de datum van het raadsbesluit in.",
            "invalid": "Vul een geldige datum in, bijvoorbeeld 2026-12-31.",
        },
    )
    raadsbesluit_url = forms.URLField(
        label="Link naar het raadsbesluit",
        required=False,
        assume_scheme="https",
        error_messages={"invalid": "Vul een geldige link in, bijvoorbeeld https://…"},
    )


class TerugkoppelingForm(SchoneTekstMixin, forms.ModelForm):
    class Meta:
        model = Terugkoppeling
        fields = ["tekst"]
        widgets = {"tekst": forms.Textarea(attrs={"rows": 6})}
        help_texts = {
            "tekst": "Openbaar; de initiatiefnemer en de volgers krijgen het. Wat hebben "
            "inwoners ingebracht, wat is ermee gedaan, en waarom wel of niet?"
        }
        error_messages = {"tekst": {"required": "Schrijf op wat er met de inbreng is gedaan."}}
