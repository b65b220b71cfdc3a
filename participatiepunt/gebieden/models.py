from django.contrib.postgres.indexes import GistIndex
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import F, Func, Q, Value
from django.urls import reverse

from . import geometrie as vorm
from .kleur import leesbaar_op_wit

kleurcode = RegexValidator(
    r"^#[0-9a-fA-F]{6}$", "Geef een kleur als #rrggbb, bijvoorbeeld #00529b."
)


class PerGemeenteQuerySet(models.QuerySet):
    """Scoping to one gemeente, in one place: every domain model's queryset says the path from
    its rows to their gemeente (`gemeente_pad`), lists and object lookups filter by it."""

    gemeente_pad = "gemeente"

    def voor_gemeente(self, gemeente):
        return self.filter(**{self.gemeente_pad: gemeente})


class GebiedQuerySet(PerGemeenteQuerySet):
    gemeente_pad = "gemeente"


class WijkQuerySet(PerGemeenteQuerySet):
    gemeente_pad = "gebied__gemeente"


class Organisatie(models.Model):
    """An ambtelijke organisatie that serves one or more gemeenten (the SED case: three)."""

    naam = models.CharField(max_length=150, unique=True)
    slug = models.SlugField(unique=True)

    class Meta:
        ordering = ["naam"]
        verbose_name = "ambtelijke organisatie"
        verbose_name_plural = "ambtelijke organisaties"

    def __str__(self):
        return self.naam


class Gemeente(models.Model):
    """The unit above gebieden: its own raad, griffie, look, contact details and verordening.
    An installation of one gemeente has exactly one, marked is_standaard."""

    naam = models.CharField(max_length=100, unique=True)
    slug = models.SlugField(unique=True)
    organisatie = models.ForeignKey(
        Organisatie, on_delete=models.PROTECT, null=True, blank=True, related_name="gemeenten"
    )
    is_standaard = models.BooleanField(
        "standaardgemeente",
        default=False,
        help_text="Getoond waar een verzoek geen gemeente noemt.",
    )
    hostnaam = models.CharField(
        "hostnaam", max_length=253, blank=True, help_text="Bijvoorbeeld participatie.stedebroec.nl"
    )
    primaire_kleur = models.CharField(
        "huiskleur",
        max_length=7,
        default="#00529b",
        validators=[kleurcode, leesbaar_op_wit],
        help_text="Als #rrggbb; witte tekst erop moet goed leesbaar zijn (contrast 4,5:1).",
    )
    logo = models.FileField("logo", upload_to="gemeenten/", blank=True)
    adres = models.CharField("bezoekadres", max_length=200, blank=True)
    postadres = models.CharField("postadres", max_length=200, blank=True)
    telefoon = models.CharField("telefoon", max_length=30, blank=True)
    email = models.EmailField("e-mailadres participatiepunt", blank=True)
    openingstijden = models.TextField("openingstijden", blank=True)
    verordening_titel = models.CharField("participatieverordening", max_length=200, blank=True)
    verordening_url = models.URLField("vindplaats verordening", blank=True)
    verordening_tekst = models.TextField("tekst of samenvatting verordening", blank=True)
    praatplaat_editie = models.CharField("editie praatplaat", max_length=100, blank=True)

    class Meta:
        ordering = ["naam"]
        verbose_name = "gemeente"
        verbose_name_plural = "gemeenten"
        constraints = [
            models.UniqueConstraint(
                fields=["is_standaard"],
                condition=Q(is_standaard=True),
                name="een_standaardgemeente",
            ),
            models.UniqueConstraint(
                fields=["hostnaam"], condition=~Q(hostnaam=""), name="hostnaam_uniek"
            ),
        ]

    def __str__(self):
        return f"gemeente {self.naam}"

    @property
    def gemeente_id(self):
        """Itself, as every object says its gemeente."""
        return self.pk


class Gebied(models.Model):
    gemeente = models.ForeignKey(Gemeente, on_delete=models.PROTECT, related_name="gebieden")
    naam = models.CharField(max_length=100)
    slug = models.SlugField(unique=True)

    objects = GebiedQuerySet.as_manager()

    class Meta:
        ordering = ["naam"]
        verbose_name = "gebied"
        verbose_name_plural = "gebieden"
        constraints = [
            models.UniqueConstraint(fields=["gemeente", "naam"], name="gebied_uniek_per_gemeente")
        ]

    def __str__(self):
        return self.naam

    @property
    def gebied_id(self):
        """Itself, as every object a gebiedsteam works on says its gebied (is_gebiedsteam_van)."""
        return self.pk


class MetLocatie(models.Model):
    """Where something is: a GeoJSON point or area (WGS84), with its bounding box and centre in
    plain columns for a cheap "what lies near here" (see geometrie.py). Set through
    zet_locatie, so the columns always follow the geometry."""

    locatie = models.JSONField("locatie", null=True, blank=True)
    locatie_min_breedte = models.FloatField(null=True, blank=True, editable=False)
    locatie_max_breedte = models.FloatField(null=True, blank=True, editable=False)
    locatie_min_lengte = models.FloatField(null=True, blank=True, editable=False)
    locatie_max_lengte = models.FloatField(null=True, blank=True, editable=False)
    locatie_breedte = models.FloatField(null=True, blank=True, editable=False)
    locatie_lengte = models.FloatField(null=True, blank=True, editable=False)

    LOCATIE_VELDEN = [
        "locatie",
        "locatie_min_breedte",
        "locatie_max_breedte",
        "locatie_min_lengte",
        "locatie_max_lengte",
        "locatie_breedte",
        "locatie_lengte",
    ]

    class Meta:
        abstract = True

    def zet_locatie(self, geometrie: dict | None) -> None:
        self.locatie = geometrie
        vak = vorm.kader(geometrie) if geometrie else None
        centrum = vorm.midden(geometrie) if geometrie else None
        self.locatie_min_breedte = vak.min_breedte if vak else None
        self.locatie_max_breedte = vak.max_breedte if vak else None
        self.locatie_min_lengte = vak.min_lengte if vak else None
        self.locatie_max_lengte = vak.max_lengte if vak else None
        self.locatie_breedte = centrum.breedte if centrum else None
        self.locatie_lengte = centrum.lengte if centrum else None

    @property
    def middelpunt(self):
        if self.locatie_breedte is None:
            return None
        return vorm.Punt(self.locatie_breedte, self.locatie_lengte)


def _punt(lengte, breedte) -> Func:
    return Func(lengte, breedte, function="point")


def _kolomkader() -> Func:
    """The bounding box in PostgreSQL's own box type (x is the longitude), for a GiST index."""
    hoek = (
        ("locatie_min_lengte", "locatie_min_breedte"),
        ("locatie_max_lengte", "locatie_max_breedte"),
    )
    return Func(*(_punt(F(x), F(y)) for x, y in hoek), function="box")


class _Overlapt(Func):
    arg_joiner = " && "
    template = "(%(expressions)s)"
    output_field = models.BooleanField()


def locatie_index(naam: str) -> GistIndex:
    """The bounding-box prefilter's index, for a concrete model's Meta.indexes. A GiST index on
    the box: a B-tree on its edges reads every row on one side of the first edge (half the city)."""
    return GistIndex(_kolomkader(), condition=Q(locatie_min_breedte__isnull=False), name=naam)


def binnen_kader(queryset, vak):
    """The objects whose bounding box overlaps vak (a geometrie.Kader)."""
    gezocht = Func(
        _punt(Value(vak.min_lengte), Value(vak.min_breedte)),
        _punt(Value(vak.max_lengte), Value(vak.max_breedte)),
        function="box",
    )
    # The first condition is the index's own, so that PostgreSQL may use it.
    return queryset.filter(locatie_min_breedte__isnull=False).filter(
        _Overlapt(_kolomkader(), gezocht)
    )


class Wijk(MetLocatie):
    """A wijk or, with is_dorp set, a dorp; its locatie, when known, is its outline."""

    gebied = models.ForeignKey(Gebied, on_delete=models.PROTECT, related_name="wijken")
    naam = models.CharField(max_length=100)
    slug = models.SlugField(unique=True)
    is_dorp = models.BooleanField("dorp", default=False)

    objects = WijkQuerySet.as_manager()

    class Meta:
        ordering = ["naam"]
        verbose_name = "wijk of dorp"
        verbose_name_plural = "wijken en dorpen"
        constraints = [
            models.UniqueConstraint(fields=["gebied", "naam"], name="wijk_uniek_per_gebied")
        ]

    def __str__(self):
        return self.naam

    def get_absolute_url(self):
        return reverse("wijkafspraken:wijk", kwargs={"slug": self.slug})

    @property
    def gemeente_id(self):
        return self.gebied.gemeente_id

    @property
    def soort(self):
        return "dorp" if self.is_dorp else "wijk"

    @property
    def wijk_id(self):
        """Itself, as every object of a wijk says its wijk (is_bewonersorganisatie_van)."""
        return self.pk
