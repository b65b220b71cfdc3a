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
    Praatplaat,
    Versie,
)
from wijkafspraken.praatplaat import HUIDIGE_EDITIE

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
        """With compleet=True: archetype `extracted` (default 3), a deelnemer, and an answer to
        every question that archetype requires."""
        if not (create and self.rol_raad):
            return
        archetype = extracted or 3
        ArchetypeKeuzeFactory(praatplaat=self, archetype=archetype)
        DeelnemerFactory(praatplaat=self)
        for key in eisen_voor(archetype):
            AntwoordFactory(praatplaat=self, vraag_key=key)


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
