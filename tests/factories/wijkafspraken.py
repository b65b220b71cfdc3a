import datetime

import factory
from django.utils import timezone

from wijkafspraken.choices import AfspraakStatus, RolRaad, SoortDeelnemer, Wie
from wijkafspraken.congruentie import eisen_voor
from wijkafspraken.models import (
    Afspraak,
    Antwoord,
    ArchetypeKeuze,
    Deelnemer,
    Evaluatie,
    Ondertekening,
    Praatplaat,
    Versie,
)
from wijkafspraken.praatplaat import HUIDIGE_EDITIE

from .accounts import BewonersorganisatieFactory
from .gebieden import WijkFactory


class PraatplaatFactory(factory.django.DjangoModelFactory):
    """A praatplaat in gesprek. Traits: compleet (archetype, raad, deelnemer and every answer
    the archetype requires), archetype=N with compleet, gearchiveerd."""

    class Meta:
        model = Praatplaat
        skip_postgeneration_save = True

    wijk = factory.SubFactory(WijkFactory)
    editie = HUIDIGE_EDITIE

    class Params:
        compleet = factory.Trait(rol_raad=RolRaad.PROCES)
        gearchiveerd = factory.Trait(gearchiveerd_op=factory.LazyFunction(timezone.now))

    @factory.post_generation
    def archetype(self, create, extracted, **kwargs):
        """With compleet=True: archetype `extracted` (default 3), a bewonersorganisatie of the
        wijk at the table, and an answer to every question that archetype requires, marked
        complete by both sides."""
        if not (create and self.rol_raad):
            return
        archetype = extracted or 3
        ArchetypeKeuzeFactory(praatplaat=self, archetype=archetype)
        organisatie = BewonersorganisatieFactory(
            gemeente=self.wijk.gebied.gemeente, wijken=[self.wijk]
        )
        DeelnemerFactory(praatplaat=self, naam=organisatie.naam)
        for key in eisen_voor(archetype):
            AntwoordFactory(praatplaat=self, vraag_key=key, door_beide_compleet=True)


class ArchetypeKeuzeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ArchetypeKeuze

    praatplaat = factory.SubFactory(PraatplaatFactory)
    archetype = 1


class DeelnemerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Deelnemer

    praatplaat = factory.SubFactory(PraatplaatFactory)
    naam = factory.Sequence(lambda n: f"Bewonersvereniging {n}")
    soort = SoortDeelnemer.BEWONERSORGANISATIE


class AntwoordFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Antwoord

    praatplaat = factory.SubFactory(PraatplaatFactory)
    vraag_key = "b1.dna"
    tekst = "Een hecht dorp met een actieve dorpsvereniging en een eigen dorpshuis."
    openbaar = True

    class Params:
        door_beide_compleet = factory.Trait(compleet_gebiedsteam=True, compleet_bewoners=True)


class AfspraakFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Afspraak

    praatplaat = factory.SubFactory(PraatplaatFactory)
    wat = factory.Sequence(lambda n: f"Wijkpanel samenstellen, ronde {n}")
    wie = Wie.SAMEN
    wanneer = factory.LazyFunction(lambda: timezone.localdate() + datetime.timedelta(days=60))
    status = AfspraakStatus.OPEN

    class Params:
        te_laat = factory.Trait(
            wanneer=factory.LazyFunction(lambda: timezone.localdate() - datetime.timedelta(days=10))
        )


class VersieFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Versie

    praatplaat = factory.SubFactory(PraatplaatFactory, compleet=True)
    nummer = 1
    inhoud = factory.LazyFunction(dict)


class EvaluatieFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Evaluatie

    praatplaat = factory.SubFactory(PraatplaatFactory)
    gehouden_op = factory.LazyFunction(timezone.localdate)
    lessen = "Meer jongeren betrekken via de school."


def medeondertekend(praatplaat, organisatie=None) -> Ondertekening:
    """The content as it stands, co-signed by a bewonersorganisatie of the wijk (the first one
    unless given): what vaststellen needs."""
    from wijkafspraken.services import met_inhoud
    from wijkafspraken.versies import snapshot

    organisatie = organisatie or praatplaat.wijk.bewonersorganisaties.first()
    if organisatie is None:
        organisatie = BewonersorganisatieFactory(
            gemeente=praatplaat.wijk.gebied.gemeente, wijken=[praatplaat.wijk]
        )
    return Ondertekening.objects.create(
        praatplaat=praatplaat,
        bewonersorganisatie=organisatie,
        inhoud=snapshot(met_inhoud().get(pk=praatplaat.pk)),
    )
