"""The kinds, statuses and invitable groups of reflectie, declared as data (seed 000)."""

from dataclasses import dataclass

from django.db import models
from django.db.models import Q

from participatiepunt.accounts.models import Bestuursfunctie, Rol


class Soort(models.TextChoices):
    COLLEGE = "college", "Reflectiesessie college"
    RAAD = "raad", "Interne sessie raad"
    AMBTELIJK = "ambtelijk", "Sessie ambtelijke organisatie"
    REFLECTIEGROEP = "reflectiegroep", "Reflectiegroep"
    INSPIRATIE = "inspiratie", "Inspiratie- en werkbijeenkomst"
    ADVIESRAAD = "adviesraad", "Adviesraad participatiepunt"


class Status(models.TextChoices):
    GEPLAND = "gepland", "Gepland"
    GEHOUDEN = "gehouden", "Gehouden"
    GEANNULEERD = "geannuleerd", "Geannuleerd"
    VERPLAATST = "verplaatst", "Verplaatst"


class OnderwerpStatus(models.TextChoices):
    VOORGESTELD = "voorgesteld", "Voorgesteld, nog niet besproken"
    GESELECTEERD = "geselecteerd", "Geselecteerd voor reflectie"
    AFGEWEZEN = "afgewezen", "Niet geselecteerd"


@dataclass(frozen=True)
class Groep:
    """A whole group that can be invited at once, such as all raadsleden."""

    key: str
    label: str
    rol: str
    bestuursfunctie: str = ""

    def omvat(self, user) -> bool:
        functie_past = not self.bestuursfunctie or user.bestuursfunctie == self.bestuursfunctie
        return user.rol == self.rol and functie_past

    def als_q(self, gemeente_id: int, prefix: str = "") -> Q:
        """The group's members in one gemeente: a group invitation of a Groningen session
        reaches Groningen's raadsleden, not those of another gemeente of the installation."""
        voorwaarden = {
            f"{prefix}rol": self.rol,
            f"{prefix}bediende_gemeenten__contains": [gemeente_id],
        }
        if self.bestuursfunctie:
            voorwaarden[f"{prefix}bestuursfunctie"] = self.bestuursfunctie
        return Q(**voorwaarden)


GROEPEN = [
    Groep("raadsleden", "Alle raadsleden", Rol.BESTUUR, Bestuursfunctie.RAADSLID),
    Groep("collegeleden", "Alle collegeleden", Rol.BESTUUR, Bestuursfunctie.COLLEGELID),
    Groep(
        "ambtelijke_leiding",
        "De ambtelijke leiding",
        Rol.BESTUUR,
        Bestuursfunctie.AMBTELIJKE_LEIDING,
    ),
    Groep("medewerkers", "Alle medewerkers van het participatiepunt", Rol.MEDEWERKER),
    Groep("gebiedsteams", "Alle gebiedsteams", Rol.GEBIEDSTEAM),
    Groep("griffie", "De griffie", Rol.GRIFFIE),
]
GROEP_KEUZES = [(groep.key, groep.label) for groep in GROEPEN]
PER_GROEP = {groep.key: groep for groep in GROEPEN}


def groepen_van(user) -> list[str]:
    if not user.is_authenticated:
        return []
    return [groep.key for groep in GROEPEN if groep.omvat(user)]


# The months of the Bijlage 2 planning, in its order (december up to and including juni).
PLANNING_MAANDEN = [
    (12, "december"),
    (1, "januari"),
    (2, "februari"),
    (3, "maart"),
    (4, "april"),
    (5, "mei"),
    (6, "juni"),
]
