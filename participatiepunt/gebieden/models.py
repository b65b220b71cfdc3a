from django.db import models
from django.urls import reverse


class Gebied(models.Model):
    naam = models.CharField(max_length=100, unique=True)
    slug = models.SlugField(unique=True)

    class Meta:
        ordering = ["naam"]
        verbose_name = "gebied"
        verbose_name_plural = "gebieden"

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
