from django.core.validators import RegexValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse

kleurcode = RegexValidator(
    r"^#[0-9a-fA-F]{6}$", "Geef een kleur als #rrggbb, bijvoorbeeld #00529b."
)


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
        "huiskleur", max_length=7, default="#00529b", validators=[kleurcode]
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


class Wijk(models.Model):
    """A wijk or, with is_dorp set, a dorp."""

    gebied = models.ForeignKey(Gebied, on_delete=models.PROTECT, related_name="wijken")
    naam = models.CharField(max_length=100)
    slug = models.SlugField(unique=True)
    is_dorp = models.BooleanField("dorp", default=False)

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
    def soort(self):
        return "dorp" if self.is_dorp else "wijk"

    @property
    def wijk_id(self):
        """Itself, as every object of a wijk says its wijk (is_bewonersorganisatie_van)."""
        return self.pk
