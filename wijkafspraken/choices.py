from django.db import models


class RolRaad(models.TextChoices):
    """Seed 001, "Positie van de raad in het samenspel"."""

    INHOUD = "inhoud", "Sturen op inhoud"
    PROCES = "proces", "Sturen op proces"


class SoortDeelnemer(models.TextChoices):
    BEWONERSORGANISATIE = "bewonersorganisatie", "Bewonersorganisatie"
    COLLECTIEF = "collectief", "Bewonerscollectief"
    GEMEENTE = "gemeente", "Gemeente (gebiedsteam, college)"
    RAAD = "raad", "Gemeenteraad"
    ANDERS = "anders", "Andere organisatie"


class Archetype(models.IntegerChoices):
    ADVISEREN = 1, "1 Adviseren en inspreken"
    AANJAGEN = 2, "2 Aanjagen en initiëren"
    VERDELEN = 3, "3 Verdelen en besluiten"


class Wie(models.TextChoices):
    WIJK = "wijk", "De wijk of het dorp"
    GEMEENTE = "gemeente", "De gemeente"
    SAMEN = "samen", "Wijk en gemeente samen"
    ORGANISATIE = "organisatie", "Een organisatie (noem haar)"


class AfspraakStatus(models.TextChoices):
    OPEN = "open", "Open"
    BEZIG = "bezig", "Bezig"
    GEDAAN = "gedaan", "Gedaan"
    VERVALLEN = "vervallen", "Vervallen"


LOPEND = (AfspraakStatus.OPEN, AfspraakStatus.BEZIG)
