from django.contrib.auth.models import AbstractUser, UserManager
from django.contrib.postgres.fields import ArrayField
from django.db import models
from django.db.models import Q

from .rechten import heeft_recht


class Rol(models.TextChoices):
    INWONER = "inwoner", "Inwoner, ondernemer of instelling"
    MEDEWERKER = "medewerker", "Medewerker participatiepunt"
    GEBIEDSTEAM = "gebiedsteam", "Gebiedsteam"
    GRIFFIE = "griffie", "Griffie"
    BESTUUR = "bestuur", "Bestuur"


class Bestuursfunctie(models.TextChoices):
    RAADSLID = "raadslid", "Raadslid"
    COLLEGELID = "collegelid", "Collegelid"
    AMBTELIJKE_LEIDING = "ambtelijke_leiding", "Ambtelijke leiding"


class EmailUserManager(UserManager):
    """Users log in with their e-mail address; there is no username."""

    def _create_user(self, email, password, **extra_fields):
        user = self.model(email=self.normalize_email(email), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email, password=None, **extra_fields):
        extra_fields.update(is_staff=True, is_superuser=True, rol=Rol.MEDEWERKER)
        return self._create_user(email, password, **extra_fields)


class User(AbstractUser):
    username = None
    first_name = None
    last_name = None
    email = models.EmailField("e-mailadres", unique=True)
    naam = models.CharField("naam", max_length=150, blank=True)
    rol = models.CharField("rol", max_length=20, choices=Rol.choices, default=Rol.INWONER)
    bestuursfunctie = models.CharField(
        "bestuursfunctie", max_length=30, choices=Bestuursfunctie.choices, blank=True
    )
    gebieden = models.ManyToManyField(
        "gebieden.Gebied",
        blank=True,
        related_name="teamleden",
        verbose_name="gebieden (gebiedsteam)",
    )
    gemeenten = models.ManyToManyField(
        "gebieden.Gemeente",
        blank=True,
        related_name="medewerkers",
        verbose_name="gemeenten waarvoor deze medewerker, dit raads- of collegelid werkt",
        help_text="Niet voor inwoners: die zien wat de gemeente van de website openbaar toont.",
    )
    # The keys of `gemeenten`, kept on the row itself (signals.py): every permission check of
    # every page asks them, and the row is loaded anyway; a join table would cost a query.
    bediende_gemeenten = ArrayField(models.IntegerField(), default=list, editable=False)

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS: list[str] = []
    objects = EmailUserManager()

    class Meta:
        verbose_name = "gebruiker"
        verbose_name_plural = "gebruikers"
        indexes = [
            # Staff are a few dozen among a city's residents: lists of medewerkers (casemanager)
            # or of everyone but residents (invitees) read this instead of every account.
            models.Index(
                fields=["rol", "naam"], name="medewerkers_per_rol", condition=~Q(rol=Rol.INWONER)
            )
        ]

    def __str__(self):
        return self.naam or self.email

    def has_perm(self, perm, obj=None):
        """PermissionsMixin.has_perm, with the backends made once per process (rechten.py)."""
        if self.is_active and self.is_superuser:
            return True
        return heeft_recht(self, perm, obj)

    def get_full_name(self):
        return self.naam

    def get_short_name(self):
        return self.naam


class SoortBewonersorganisatie(models.TextChoices):
    BEWONERSORGANISATIE = "bewonersorganisatie", "Bewonersorganisatie"
    BEWONERSCOLLECTIEF = "bewonerscollectief", "Bewonerscollectief"


class Bewonersorganisatie(models.Model):
    """A named organisation of residents of one or more wijken or dorpen of one gemeente (seed
    001: "Uiteraard zitten de bewonersorganisaties en bestaande bewonerscollectieven daarbij aan
    tafel"). Its leden are resident accounts that speak for it: the gebiedsteam of its wijken or
    a beheerder adds them. Being a lid is the bewonersorganisatie role; the account stays a
    resident's account in every other respect."""

    gemeente = models.ForeignKey(
        "gebieden.Gemeente",
        on_delete=models.PROTECT,
        related_name="bewonersorganisaties",
        verbose_name="gemeente",
    )
    naam = models.CharField("naam", max_length=150)
    soort = models.CharField(
        "soort",
        max_length=20,
        choices=SoortBewonersorganisatie.choices,
        default=SoortBewonersorganisatie.BEWONERSORGANISATIE,
    )
    wijken = models.ManyToManyField(
        "gebieden.Wijk", related_name="bewonersorganisaties", verbose_name="wijken en dorpen"
    )
    leden = models.ManyToManyField(
        User, blank=True, related_name="bewonersorganisaties", verbose_name="leden"
    )
    aangemaakt_op = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["naam"]
        verbose_name = "bewonersorganisatie"
        verbose_name_plural = "bewonersorganisaties"
        constraints = [
            models.UniqueConstraint(
                fields=["gemeente", "naam"], name="bewonersorganisatie_uniek_per_gemeente"
            )
        ]

    def __str__(self):
        return self.naam
