from django.db import models


class Status(models.TextChoices):
    CONCEPT = "concept", "Concept"
    INGEDIEND = "ingediend", "Ingediend"
    IN_GESPREK = "in_gesprek", "In gesprek"
    KADERS_VASTGESTELD = "kaders_vastgesteld", "Kaders vastgesteld"
    IN_UITVOERING = "in_uitvoering", "In uitvoering"
    AFGEROND = "afgerond", "Afgerond"
    AFGEWEZEN = "afgewezen", "Afgewezen"
    INGETROKKEN = "ingetrokken", "Ingetrokken"


class Soort(models.TextChoices):
    INWONER = "inwoner", "Inwoner(s)"
    ONDERNEMER = "ondernemer", "Ondernemer"
    INSTELLING = "instelling", "Instelling of organisatie"
    GEMEENTE = "gemeente", "Gemeente"
    OVERHEID = "overheid", "Andere overheid"


# Only staff register trajecten started by the gemeente or another overheid.
SOORTEN_VOOR_MEDEWERKERS = (Soort.GEMEENTE, Soort.OVERHEID)


class Steun(models.TextChoices):
    RECHTSVORM = "rechtsvorm", "Advies over rechtsvorm (coöperatie, stichting)"
    SUBSIDIE = "subsidie", "Subsidie"
    PROCESBEGELEIDING = "procesbegeleiding", "Procesbegeleiding"
    SUCCESVOORBEELDEN = "succesvoorbeelden", "Contact met succesvoorbeelden"
    RUIMTE = "ruimte", "Ruimte of locatie"
    COMMUNICATIE = "communicatie", "Communicatie"


class Rechtsvorm(models.TextChoices):
    """How a succesvoorbeeld organised itself (the kennisbank's rechtsvorm wijzer explains)."""

    INFORMEEL = "informeel", "Informeel collectief"
    STICHTING = "stichting", "Stichting"
    VERENIGING = "vereniging", "Vereniging"
    COOPERATIE = "cooperatie", "Coöperatie"
    ANDERS = "anders", "Anders (bijvoorbeeld via een bestaande organisatie)"


class Thema(models.TextChoices):
    GROEN = "groen", "Groen en buitenruimte"
    ZORG = "zorg", "Zorg en welzijn"
    ENERGIE = "energie", "Energie en duurzaamheid"
    WONEN = "wonen", "Wonen"
    VERKEER = "verkeer", "Verkeer en veiligheid"
    CULTUUR = "cultuur", "Cultuur en ontmoeting"
    SPORT = "sport", "Sport en spel"
    ECONOMIE = "economie", "Werk en ondernemen"


class Participatieniveau(models.TextChoices):
    INFORMEREN = "informeren", "Informeren"
    RAADPLEGEN = "raadplegen", "Raadplegen"
    ADVISEREN = "adviseren", "Adviseren"
    COPRODUCEREN = "coproduceren", "Coproduceren"
    MEEBESLISSEN = "meebeslissen", "Meebeslissen"


class Kant(models.TextChoices):
    """The two sides that hold the kaders together (seed 002: "alleen bestaan als beide partijen
    achter de kaders staan")."""

    INITIATIEFNEMER = "initiatiefnemer", "De initiatiefnemer"
    GEMEENTE = "gemeente", "De gemeente (participatiepunt)"


class Oordeel(models.TextChoices):
    AKKOORD = "akkoord", "Akkoord: wij staan achter deze kaders"
    BETWIST = "betwist", "Niet akkoord: wij willen opnieuw overleggen"
