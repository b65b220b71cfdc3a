"""Initiatieven: from a resident's idea to a supported traject, with its kaders in writing."""

import uuid
from pathlib import Path

from django.conf import settings
from django.contrib.postgres.expressions import ArraySubquery
from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVector, SearchVectorField
from django.db import models
from django.db.models import Case, Exists, OuterRef, Q, Subquery, Value, When
from django.urls import reverse
from django.utils import timezone

from participatiepunt.gebieden.models import MetLocatie, PerGemeenteQuerySet, locatie_index

from . import mijlpaalsoorten, participatiefasen
from .choices import Kant, Oordeel, Participatieniveau, Rechtsvorm, Soort, Status, Steun, Thema
from .statussen import CASUS_STATUSSEN, FASEN, NOOIT_OPENBAAR, OPENBARE_STATUSSEN


class InitiatiefQuerySet(PerGemeenteQuerySet):
    gemeente_pad = "gemeente"

    def openbaar(self):
        return self.filter(status__in=OPENBARE_STATUSSEN)

    def ingediend(self):
        return self.exclude(status=Status.CONCEPT)

    def als_casus(self, huidig_id=None):
        """What a reflection session or lesson can treat: submitted, not rejected or withdrawn.
        `huidig_id`, the one an item already treats, stays a choice when it is changed."""
        return self.filter(Q(status__in=CASUS_STATUSSEN) | Q(pk=huidig_id))

    def voor_lijst(self):
        return self.select_related("wijk").prefetch_related("mijlpalen", "gevraagde_steun")

    def met_volgende_mijlpaal(self):
        """The next open mijlpaal's title and date as two columns, for lists that show only the
        next step (workflow.volgende_stap_uit_kolommen) and need not load every mijlpaal."""
        open_ = Mijlpaal.objects.filter(initiatief=OuterRef("pk"), gereed=False)
        open_ = open_.order_by("verwachte_datum", "pk")
        return self.annotate(
            volgende_mijlpaal_titel=Subquery(open_.values("titel")[:1]),
            volgende_mijlpaal_datum=Subquery(open_.values("verwachte_datum")[:1]),
        )

    def met_belanghebbenden_bekend(self):
        """Whether each has a belanghebbende, as a column (`heeft_belanghebbenden`): what a
        submission checks, read with the locked draft instead of asked apart."""
        belanghebbenden = Belanghebbende.objects.filter(initiatief=OuterRef("pk"))
        return self.annotate(heeft_belanghebbenden=Exists(belanghebbenden))

    def met_regels_bekend(self):
        """Whether each has mijlpalen, kaders and messages, as columns (`heeft_<model>`): what
        a save asks for the werkvoorraad's versions (caches._rijen_van), read with the locked
        row instead of asked apart."""
        return self.annotate(
            **{
                regel_kolom(model): Exists(model.objects.filter(initiatief=OuterRef("pk")))
                for model in (Mijlpaal, KadersVersie, Bericht)
            }
        )

    def met_steun_codes(self):
        """The codes of the requested support as one array column (`steun_codes_lijst`)."""
        steun = GevraagdeSteun.objects.filter(initiatief=OuterRef("pk")).order_by("soort")
        return self.annotate(steun_codes_lijst=ArraySubquery(steun.values("soort")))


def regel_kolom(model) -> str:
    return f"heeft_{model._meta.model_name}"


def _thema_label():
    """The thema's label as a column expression, so its words are searchable."""
    keuzes = [When(thema=code, then=Value(label)) for code, label in Thema.choices]
    return Case(*keuzes, default=Value(""), output_field=models.TextField())


class Initiatief(MetLocatie):
    """A traject; its locatie (a point or an area, set by staff) is where it is, besides its
    wijk."""

    titel = models.CharField("titel", max_length=150)
    samenvatting = models.TextField(
        "samenvatting", max_length=600, blank=True, help_text="In een paar zinnen: wat wilt u doen?"
    )
    beschrijving = models.TextField("volledige beschrijving", blank=True)
    thema = models.CharField("thema", max_length=20, choices=Thema.choices, blank=True)
    gemeente = models.ForeignKey(
        "gebieden.Gemeente",
        on_delete=models.PROTECT,
        related_name="initiatieven",
        verbose_name="gemeente",
        help_text="Ook een initiatief zonder wijk hoort bij één gemeente.",
    )
    wijk = models.ForeignKey(
        "gebieden.Wijk",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="initiatieven",
        verbose_name="wijk of dorp",
        db_index=False,  # initiatief_wijk_status starts with it
    )
    soort_initiatiefnemer = models.CharField(
        "wie neemt het initiatief", max_length=20, choices=Soort.choices, blank=True
    )
    verwacht_budget = models.DecimalField(
        "verwacht budget (euro)", max_digits=10, decimal_places=2, null=True, blank=True
    )
    naam_tonen = models.BooleanField(
        "mijn naam mag openbaar bij het initiatief staan", default=False
    )
    privacy_akkoord = models.BooleanField("akkoord met de privacyverklaring", default=False)
    # Indexed in Meta (initiatief_status): db_index would add a second index for LIKE, which
    # no query asks and every submission wrote.
    status = models.CharField(
        "status", max_length=20, choices=Status.choices, default=Status.CONCEPT
    )
    reden_afwijzing = models.TextField("reden van afwijzing", blank=True)
    indiener = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="initiatieven",
        verbose_name="indiener",
    )
    casemanager = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="initiatieven_als_casemanager",
        verbose_name="casemanager",
    )
    # Seed 001: "Uiteraard zitten de bewonersorganisaties en bestaande bewonerscollectieven
    # daarbij aan tafel". On a traject the gemeente started, their leden speak for the
    # initiator's side of the kaders.
    bewonersorganisaties = models.ManyToManyField(
        "accounts.Bewonersorganisatie",
        blank=True,
        related_name="initiatieven",
        verbose_name="bewonersorganisaties aan tafel",
    )
    is_succesvoorbeeld = models.BooleanField("succesvoorbeeld", default=False)
    # Like the kennisbank's pages: a succesvoorbeeld may serve the sister gemeenten of the same
    # ambtelijke organisatie (issue 16, item 4), never those of another organisatie.
    gedeeld_binnen_organisatie = models.BooleanField(
        "succesvoorbeeld ook tonen bij de andere gemeenten van onze ambtelijke organisatie",
        default=False,
    )
    # "Hoe hebben ze het gedaan": filled by the casemanager when marking a succesvoorbeeld.
    rechtsvorm = models.CharField(
        "rechtsvorm", max_length=20, choices=Rechtsvorm.choices, blank=True
    )
    subsidie_ontvangen = models.CharField(
        "subsidie of bijdrage",
        max_length=300,
        blank=True,
        help_text="Welke regeling, van wie en ongeveer hoeveel.",
    )
    lessen = models.TextField(
        "lessen", blank=True, help_text="Wat zouden ze een volgende keer anders doen?"
    )
    # The initiator's own choice, revocable at any time on their initiative's page.
    contact_toegestaan = models.BooleanField(
        "andere inwoners mogen ons via het portaal een bericht sturen", default=False
    )
    gesprek_delen_met_gebiedsteam = models.BooleanField(
        "het gebiedsteam van de wijk mag het gesprek lezen",
        default=False,
        help_text="Alleen de initiatiefnemer kiest dit.",
    )
    concept_stap = models.PositiveSmallIntegerField("laatst bereikte stap", default=1)
    ingediend_op = models.DateTimeField("ingediend op", null=True, blank=True)
    aangemaakt_op = models.DateTimeField(auto_now_add=True)
    gewijzigd_op = models.DateTimeField(auto_now=True)
    # Dutch full-text search (zoeken.py): kept by PostgreSQL itself, so no save can forget it.
    # The wijk's name lives in its own table and is searched there.
    zoekvector = models.GeneratedField(
        expression=SearchVector("titel", weight="A", config="dutch")
        + SearchVector("samenvatting", weight="B", config="dutch")
        + SearchVector(_thema_label(), weight="C", config="dutch"),
        output_field=SearchVectorField(),
        db_persist=True,
    )

    objects = InitiatiefQuerySet.as_manager()

    class Meta:
        ordering = ["-aangemaakt_op"]
        verbose_name = "initiatief"
        verbose_name_plural = "initiatieven"
        # The intake queue pages through all submitted initiatives in these orders; without them
        # every page sorted the whole table (56 ms for 20,000 initiatives).
        indexes = [
            models.Index(
                fields=["ingediend_op", "id"],
                include=["casemanager"],  # counting "nog niet toegewezen" from the index alone
                condition=~models.Q(status=Status.CONCEPT),
                name="initiatief_intake_datum",
            ),
            models.Index(
                fields=["titel", "id"],
                condition=~models.Q(status=Status.CONCEPT),
                name="initiatief_intake_titel",
            ),
            # The intake's count of the submitted initiatives of a gemeente (its paging) from the
            # index alone: 200 ms at scale 3 reading the table, 5 ms after; its filters too
            # (status, nog niet toegewezen, mine, the support asked joined by id): 17-38 ms
            # at scale 1 reading the rows, under 1-6 ms. Every submission makes each filter's
            # count again; it stops at the rows the pages show (portal.paginering).
            models.Index(
                fields=["gemeente", "status", "casemanager"],
                include=["id"],
                condition=~models.Q(status=Status.CONCEPT),
                name="initiatief_ingediend_gemeente",
            ),
            # The werkvoorraad's unanswered conversations: one's own as casemanager and those
            # without one, drafts left out (gesprek.onbeantwoord_voor); and the intake's
            # "toegewezen aan mij" in its order: the newest twenty of one casemanager without
            # passing every newer one of the others (14 ms at bench scale 1, read from the date
            # index; under 1 ms from this one).
            models.Index(
                fields=["casemanager", "ingediend_op", "id"],
                condition=~models.Q(status=Status.CONCEPT),
                name="initiatief_casemanager_datum",
            ),
            # The few succesvoorbeelden among all initiatives, per gemeente: the library and the
            # ones shown while drafting and after submitting read these without scanning every
            # finished initiative (40 ms a submit at scale 3 for 15,000 of them).
            models.Index(
                fields=["gemeente", "-aangemaakt_op"],
                condition=models.Q(is_succesvoorbeeld=True),
                name="initiatief_succesvoorbeelden",
            ),
            locatie_index("initiatief_locatie"),
            # The vakantiecheck's trajecten of a wijk: without it the planner started from the
            # city's mijlpalen by date, a scan that grew with the whole city.
            models.Index(fields=["wijk", "status"], name="initiatief_wijk_status"),
            models.Index(fields=["status"], name="initiatief_status"),
            # The public list filtered on a thema: its count and its map (by title) read one
            # thema's public initiatives here instead of passing all others (a rebuild at bench
            # scale 3: 13 ms counting and 11-14 ms for the map's 300, under 2 ms for both).
            models.Index(
                fields=["gemeente", "thema", "titel", "id"],
                condition=Q(status__in=OPENBARE_STATUSSEN),
                name="initiatief_openbaar_thema",
            ),
            # Without fastupdate's pending list: a search scans that list whole until a vacuum
            # empties it (20 ms a search at scale 1), and an initiative is saved far less often
            # than searched. Only the public initiatives, the ones search shows (zoeken.py, the
            # succesvoorbeelden among them): a saved draft and a submission then write no
            # lexemes into it, about 9 KB of WAL each (bench, right after a checkpoint).
            GinIndex(
                fields=["zoekvector"],
                name="initiatief_zoekvector",
                fastupdate=False,
                condition=Q(status__in=OPENBARE_STATUSSEN),
            ),
        ]

    def __str__(self):
        return self.titel

    def get_absolute_url(self):
        return reverse("initiatieven:detail", kwargs={"pk": self.pk})

    @property
    def kenmerk(self) -> str:
        """The reference number a resident quotes when they call or write: PP-000123."""
        return f"PP-{self.pk:06d}"

    @property
    def is_concept(self):
        return self.status == Status.CONCEPT

    @property
    def gebied_id(self):
        """The gebied whose gebiedsteam works on it (accounts.predicates.is_gebiedsteam_van)."""
        return self.wijk.gebied_id if self.wijk_id else None

    @property
    def fase(self):
        return FASEN[self.status]

    @property
    def is_openbaar(self):
        return self.fase.openbaar

    @property
    def is_open(self):
        return self.fase.open

    @property
    def toont_reden(self):
        """The status carries a written reason (a rejection's), shown on its page."""
        return self.fase.reden_verplicht

    @property
    def kan_succesvoorbeeld_zijn(self):
        return self.fase.succesvoorbeeld

    @property
    def buiten_openbare_paginas(self):
        """A draft or a just-submitted initiative has never been on a public page: saving one
        keeps the page cache (portal.paginacache)."""
        return self.status in NOOIT_OPENBAAR

    @property
    def steun_codes(self):
        return [steun.soort for steun in self.gevraagde_steun.all()]

    @property
    def steun_labels(self):
        return [Steun(code).label for code in self.steun_codes]

    @property
    def publieke_naam(self):
        """The initiator's name only when they chose to show it."""
        return self.indiener.naam if self.naam_tonen and self.indiener.naam else ""

    def volgende_mijlpaal(self):
        open_mijlpalen = [m for m in self.mijlpalen.all() if not m.gereed]
        return min(open_mijlpalen, key=lambda m: (m.verwachte_datum, m.pk), default=None)

    def volgende_stap(self):
        """(omschrijving, datum | None): what is expected next (also used by the heartbeat)."""
        from .workflow import volgende_stap

        return volgende_stap(self)


class _DeelVanConcept:
    """Steun, belanghebbenden and bijlagen of an initiative that has never been public are on
    no public page either. Asked of the database: on a cascaded delete the initiatief is
    already gone (then: counted)."""

    @property
    def buiten_openbare_paginas(self):
        initiatief = Initiatief.objects.filter(pk=self.initiatief_id, status__in=NOOIT_OPENBAAR)
        return initiatief.exists()


class GevraagdeSteun(_DeelVanConcept, models.Model):
    initiatief = models.ForeignKey(
        Initiatief, on_delete=models.CASCADE, related_name="gevraagde_steun"
    )
    soort = models.CharField("soort steun", max_length=20, choices=Steun.choices)

    class Meta:
        ordering = ["soort"]
        verbose_name = "gevraagde steun"
        verbose_name_plural = "gevraagde steun"
        constraints = [models.UniqueConstraint(fields=["initiatief", "soort"], name="steun_uniek")]
        indexes = [models.Index(fields=["soort", "initiatief"], name="steun_per_soort")]  # intake

    def __str__(self):
        return self.get_soort_display()


class Belanghebbende(_DeelVanConcept, models.Model):
    initiatief = models.ForeignKey(
        Initiatief, on_delete=models.CASCADE, related_name="belanghebbenden"
    )
    naam = models.CharField("naam of groep", max_length=150)
    belang = models.CharField("belang", max_length=300)
    ervaart_hinder = models.BooleanField("kan hinder ervaren", default=False)
    hoe_betrokken = models.CharField("hoe betrekt u hen", max_length=300, blank=True)

    class Meta:
        ordering = ["pk"]
        verbose_name = "belanghebbende"
        verbose_name_plural = "belanghebbenden"

    def __str__(self):
        return self.naam


def _bijlage_pad(instance, filename):
    # A random name: the original name is kept in `naam` and never used on disk.
    return f"initiatieven/bijlagen/{uuid.uuid4().hex}{Path(filename).suffix.lower()}"


class Bijlage(_DeelVanConcept, models.Model):
    initiatief = models.ForeignKey(Initiatief, on_delete=models.CASCADE, related_name="bijlagen")
    bestand = models.FileField("bestand", upload_to=_bijlage_pad)
    naam = models.CharField("bestandsnaam", max_length=200)
    content_type = models.CharField(max_length=150)
    grootte = models.PositiveIntegerField("grootte in bytes")
    geupload_op = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["geupload_op", "pk"]
        verbose_name = "bijlage"
        verbose_name_plural = "bijlagen"

    def __str__(self):
        return self.naam


class KadersVersie(models.Model):
    """One version of the kaders in writing; a change adds a version, none is ever edited."""

    initiatief = models.ForeignKey(
        Initiatief, on_delete=models.CASCADE, related_name="kaders_versies"
    )
    versie = models.PositiveIntegerField("versie")
    vast_en_niet_beinvloedbaar = models.TextField("wat ligt vast en is niet te beïnvloeden")
    budgetruimte = models.TextField("budgettaire ruimte")
    regels = models.TextField("regels die gelden (wet- en regelgeving, beleid)")
    participatieniveau = models.CharField(
        "participatieniveau", max_length=20, choices=Participatieniveau.choices
    )
    wie_besluit = models.CharField("wie besluit uiteindelijk", max_length=300)
    reden = models.TextField("waarom deze (wijziging van de) kaders")
    # Seed 002: "Stel vast waarvoor participatie dient". Empty only in versions from before.
    waarvoor = models.TextField("waarvoor dient deze participatie", default="")
    # {participatiefasen code: what is fixed in that phase}; empty in versions from before.
    per_fase = models.JSONField("wat ligt vast per fase", default=dict, blank=True)
    kant = models.CharField(
        "voorgesteld door", max_length=20, choices=Kant.choices, default=Kant.GEMEENTE
    )
    # The raad's place (seed 000: "De raad wordt in de gelegenheid gesteld om kaders vast te
    # stellen"): filled in by staff once the raad has decided on this version.
    raad_vastgesteld_op = models.DateField("vastgesteld door de raad op", null=True, blank=True)
    raadsbesluit_url = models.URLField("link naar het raadsbesluit", blank=True)
    gewijzigd_door = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    gewijzigd_op = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-versie"]
        verbose_name = "versie van de kaders"
        verbose_name_plural = "versies van de kaders"
        constraints = [
            models.UniqueConstraint(fields=["initiatief", "versie"], name="kaders_versie_uniek")
        ]
        # The initiator's proposals, the versions that can wait for the gemeente's answer (the
        # werkvoorraad), without reading every version of the gemeente.
        indexes = [
            models.Index(
                fields=["id"], condition=models.Q(kant=Kant.INITIATIEFNEMER), name="kaders_voorstel"
            )
        ]

    def __str__(self):
        return f"Kaders {self.initiatief} versie {self.versie}"

    @property
    def andere_kant(self) -> str:
        return Kant.GEMEENTE if self.kant == Kant.INITIATIEFNEMER else Kant.INITIATIEFNEMER

    @property
    def fasen(self):
        return participatiefasen.per_fase(self.per_fase)

    def reactie(self):
        """The other side's response to this version (loaded with `reacties`), or None."""
        return next((r for r in self.reacties.all() if r.kant == self.andere_kant), None)


class KadersReactie(models.Model):
    """One side's position on a version the other side proposed: akkoord, or betwist with its
    reason. Public, with the side and never the person (the kaders are a public record)."""

    versie = models.ForeignKey(KadersVersie, on_delete=models.CASCADE, related_name="reacties")
    kant = models.CharField("namens", max_length=20, choices=Kant.choices)
    oordeel = models.CharField("oordeel", max_length=10, choices=Oordeel.choices)
    toelichting = models.TextField("toelichting", blank=True)
    door = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    op = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["op", "pk"]
        verbose_name = "reactie op de kaders"
        verbose_name_plural = "reacties op de kaders"
        constraints = [
            # One position per side per version: a double click cannot answer twice.
            models.UniqueConstraint(fields=["versie", "kant"], name="kaders_reactie_per_kant")
        ]

    def __str__(self):
        return f"{self.get_kant_display()}: {self.get_oordeel_display()}"

    @property
    def is_akkoord(self) -> bool:
        return self.oordeel == Oordeel.AKKOORD


class MijlpaalQuerySet(models.QuerySet):
    def besluiten(self):
        """Collegebesluiten and raadsbesluiten (mijlpaalsoorten.BESLUITEN)."""
        return self.filter(soort__in=mijlpaalsoorten.BESLUITEN)

    def met_reactie_in(self, van, tot):
        """Mijlpalen a resident can act on at some day between `van` and `tot` (inclusive):
        it starts before `tot` ends and its last day is not before `van`."""
        return self.filter(
            Q(einddatum__gte=van) | Q(einddatum__isnull=True, verwachte_datum__gte=van),
            soort__in=mijlpaalsoorten.MET_REACTIE,
            verwachte_datum__lte=tot,
        )


class Mijlpaal(models.Model):
    initiatief = models.ForeignKey(Initiatief, on_delete=models.CASCADE, related_name="mijlpalen")
    soort = models.CharField(
        "soort",
        max_length=30,
        choices=mijlpaalsoorten.keuzes,
        default="overig",
        db_default="overig",
        help_text="De soort bepaalt wat inwoners kunnen doen en tot wanneer.",
    )
    titel = models.CharField("mijlpaal", max_length=200, help_text="Bijvoorbeeld: raadsbesluit")
    verwachte_datum = models.DateField(
        "verwachte datum", help_text="Bij een termijn: de dag waarop de termijn begint."
    )
    einddatum = models.DateField(
        "laatste dag van de termijn",
        null=True,
        blank=True,
        help_text="Alleen bij een termijn (zienswijze, inspraak, bezwaar). Leeg: de wettelijke "
        "zes weken vanaf de verwachte datum.",
    )
    gereed = models.BooleanField("gereed", default=False)
    # For calendar clients (RFC 5545): a moved mijlpaal is a new revision of the same event.
    sequence = models.PositiveIntegerField(default=0, editable=False)
    gewijzigd_op = models.DateTimeField(auto_now=True)

    objects = MijlpaalQuerySet.as_manager()

    class Meta:
        ordering = ["verwachte_datum", "pk"]
        verbose_name = "mijlpaal"
        verbose_name_plural = "mijlpalen"
        indexes = [
            models.Index(fields=["soort", "verwachte_datum"], name="mijlpaal_soort_datum"),
            # The werkvoorraad's mijlpalen over tijd, oldest first: the open ones only.
            models.Index(
                fields=["verwachte_datum", "id"],
                condition=models.Q(gereed=False),
                name="mijlpaal_open_datum",
            ),
            # The open mijlpalen of given trajecten (vakantiecheck): the finished ones, most of
            # each traject's history, are not in it.
            models.Index(
                fields=["initiatief", "verwachte_datum"],
                condition=models.Q(gereed=False),
                name="mijlpaal_open_per_initiatief",
            ),
        ]

    def __str__(self):
        return self.titel

    def save(self, *args, **kwargs):
        self._vul_einddatum()
        # Every change of a saved mijlpaal is a new revision in the jaarkalender feed.
        if self.pk is not None:
            self.sequence += 1
        if self.pk is not None and kwargs.get("update_fields") is not None:
            bijwerken = {"sequence", "gewijzigd_op", "einddatum"}
            kwargs["update_fields"] = {*kwargs["update_fields"], *bijwerken}
        super().save(*args, **kwargs)

    @property
    def soort_info(self) -> mijlpaalsoorten.MijlpaalSoort:
        return mijlpaalsoorten.soort(self.soort)

    @property
    def is_besluit(self) -> bool:
        return self.soort_info.is_besluit

    @property
    def terugkoppeling_of_none(self):
        try:
            return self.terugkoppeling
        except Terugkoppeling.DoesNotExist:
            return None

    @property
    def laatste_dag(self):
        """The last day a resident can act on it; None when there is nothing to respond to."""
        return self.soort_info.laatste_dag(self.verwachte_datum, self.einddatum)

    @property
    def actie(self) -> str:
        """What a resident can do, and until when, in words."""
        return self.soort_info.actie_tekst(self.verwachte_datum, self.einddatum)

    def _vul_einddatum(self):
        termijn = self.soort_info.termijn
        if termijn is None:
            self.einddatum = None
        elif self.einddatum is None:
            self.einddatum = self.verwachte_datum + termijn


class Terugkoppeling(models.Model):
    """Before a besluit counts as done, what was done with the residents' input (seed 002:
    "Terugkoppelen naar betrokken inwoners/organisaties"). Public; followers receive it."""

    mijlpaal = models.OneToOneField(
        Mijlpaal, on_delete=models.CASCADE, related_name="terugkoppeling"
    )
    tekst = models.TextField("wat is er met uw inbreng gedaan")
    door = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    gepubliceerd_op = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "terugkoppeling"
        verbose_name_plural = "terugkoppelingen"

    def __str__(self):
        return f"Terugkoppeling bij {self.mijlpaal}"


class MijlpaalVerschuiving(models.Model):
    """A mijlpaal moved by staff: from which date to which, and why (followers read it)."""

    mijlpaal = models.ForeignKey(Mijlpaal, on_delete=models.CASCADE, related_name="verschuivingen")
    van = models.DateField("oude datum")
    naar = models.DateField("nieuwe datum")
    reden = models.TextField("reden")
    door = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    op = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-op", "-pk"]
        verbose_name = "verschuiving van een mijlpaal"
        verbose_name_plural = "verschuivingen van mijlpalen"

    def __str__(self):
        return f"{self.mijlpaal}: {self.van} → {self.naar}"


class Update(models.Model):
    initiatief = models.ForeignKey(Initiatief, on_delete=models.CASCADE, related_name="updates")
    tekst = models.TextField("tekst")
    openbaar = models.BooleanField(
        "openbaar (ook voor de initiatiefnemer en iedereen)", default=True
    )
    auteur = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    geplaatst_op = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-geplaatst_op", "-pk"]
        verbose_name = "update"
        verbose_name_plural = "updates"

    def __str__(self):
        return self.tekst[:60]


class StatusWijziging(models.Model):
    initiatief = models.ForeignKey(
        Initiatief, on_delete=models.CASCADE, related_name="statuswijzigingen"
    )
    van = models.CharField(max_length=20, choices=Status.choices)
    naar = models.CharField(max_length=20, choices=Status.choices)
    toelichting = models.TextField(blank=True)
    door = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    op = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-op", "-pk"]
        verbose_name = "statuswijziging"
        verbose_name_plural = "statuswijzigingen"

    def __str__(self):
        return f"{self.get_van_display()} → {self.get_naar_display()}"

    @property
    def buiten_openbare_paginas(self):
        """The history of an initiative that has not been public yet (its submission)."""
        return self.naar in NOOIT_OPENBAAR


class ConceptWaarschuwing(models.Model):
    """The retention warning sent for a draft initiative that nobody touched for a long time.
    A warning counts only while the draft stays untouched after it (see bewaartermijn.py)."""

    initiatief = models.OneToOneField(
        Initiatief, on_delete=models.CASCADE, related_name="bewaarwaarschuwing"
    )
    verstuurd_op = models.DateTimeField("gewaarschuwd op")

    class Meta:
        verbose_name = "waarschuwing bewaartermijn concept"
        verbose_name_plural = "waarschuwingen bewaartermijn concepten"

    def __str__(self):
        return f"Waarschuwing concept {self.initiatief_id}"


class GegevensCorrectie(models.Model):
    """Staff corrected what the initiator submitted: the text before and after, per field, so
    the initiator's own words are never lost, and why (the initiator is told)."""

    initiatief = models.ForeignKey(
        Initiatief, on_delete=models.CASCADE, related_name="gegevenscorrecties"
    )
    wijzigingen = models.JSONField("wijzigingen")  # {veld: {"label", "oud", "nieuw"}}
    reden = models.TextField("reden van de correctie")
    door = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    op = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-op", "-pk"]
        verbose_name = "correctie van de gegevens"
        verbose_name_plural = "correcties van de gegevens"

    def __str__(self):
        return f"Correctie van {self.initiatief} op {self.op:%Y-%m-%d}"


class AdresVolg(models.Model):
    """A resident follows what happens around an address: the point and the radius, not the
    address itself (that only when they ask for it to be shown). Trajecten that come within the
    radius later are followed then too (adresvolgen.nieuw_in_de_buurt). The box around the
    circle is stored for the prefilter "which follows reach this traject"."""

    gebruiker = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="adresvolgen"
    )
    gemeente = models.ForeignKey(
        "gebieden.Gemeente", on_delete=models.CASCADE, related_name="adresvolgen"
    )
    wijk = models.ForeignKey(
        "gebieden.Wijk",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="wijk of dorp",
    )
    breedte = models.FloatField("breedtegraad")
    lengte = models.FloatField("lengtegraad")
    straal_m = models.PositiveIntegerField("straal in meters")
    adres = models.CharField("adres (alleen als u het wilt zien)", max_length=200, blank=True)
    min_breedte = models.FloatField(editable=False)
    max_breedte = models.FloatField(editable=False)
    min_lengte = models.FloatField(editable=False)
    max_lengte = models.FloatField(editable=False)
    aangemaakt_op = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["aangemaakt_op", "pk"]
        verbose_name = "gevolgd adres"
        verbose_name_plural = "gevolgde adressen"
        indexes = [
            models.Index(
                fields=["min_breedte", "max_breedte", "min_lengte"],
                include=["max_lengte"],
                name="adresvolg_kader",
            )
        ]

    def __str__(self):
        return f"Adres van {self.gebruiker_id} ({self.straal_m} m)"

    @property
    def punt(self):
        from participatiepunt.gebieden.geometrie import Punt

        return Punt(self.breedte, self.lengte)


def _berichtbijlage_pad(instance, filename):
    # A random name, as a Bijlage's: the original name is kept in `bijlage_naam`.
    return f"initiatieven/berichten/{uuid.uuid4().hex}{Path(filename).suffix.lower()}"


class Bericht(models.Model):
    """One message in the conversation of an initiative between its initiator and the
    participatiepunt; never public. Its attachment passes the checks of a Bijlage."""

    initiatief = models.ForeignKey(Initiatief, on_delete=models.CASCADE, related_name="berichten")
    afzender = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    van_initiatiefnemer = models.BooleanField()
    tekst = models.TextField("bericht", max_length=5000)
    bijlage = models.FileField("bijlage", upload_to=_berichtbijlage_pad, blank=True)
    bijlage_naam = models.CharField(max_length=200, blank=True)
    bijlage_content_type = models.CharField(max_length=150, blank=True)
    bijlage_grootte = models.PositiveIntegerField(default=0)
    geplaatst_op = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["geplaatst_op", "pk"]
        verbose_name = "bericht"
        verbose_name_plural = "berichten"
        # In the conversation's order, with the sender: the werkvoorraad reads the last message
        # of each conversation from the index alone, without sorting on the pk.
        indexes = [
            models.Index(
                fields=["initiatief", "geplaatst_op", "id"],
                include=["van_initiatiefnemer"],
                name="bericht_gesprek_laatste",
            )
        ]

    def __str__(self):
        return f"Bericht over {self.initiatief_id}"


class GesprekGelezen(models.Model):
    """Up to when a reader has read the conversation of an initiative (unread markers)."""

    gebruiker = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    initiatief = models.ForeignKey(Initiatief, on_delete=models.CASCADE, related_name="+")
    tot = models.DateTimeField()

    class Meta:
        verbose_name = "gelezen gesprek"
        verbose_name_plural = "gelezen gesprekken"
        constraints = [
            models.UniqueConstraint(
                fields=["gebruiker", "initiatief"], name="gesprek_gelezen_uniek"
            )
        ]

    def __str__(self):
        return f"{self.gebruiker_id} las {self.initiatief_id} tot {self.tot:%Y-%m-%d %H:%M}"
