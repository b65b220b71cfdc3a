import datetime

import factory
from django.utils import timezone

from reflectie.choices import OnderwerpStatus, Soort, Status
from reflectie.models import Agendapunt, GroepUitnodiging, Les, Onderwerp, Sessie, Verslag

from .accounts import UserFactory
from .gebieden import gemeente_van


def over(dagen: int, uur: int = 19) -> datetime.datetime:
    datum = timezone.localdate() + datetime.timedelta(days=dagen)
    return timezone.make_aware(datetime.datetime.combine(datum, datetime.time(uur, 30)))


class SessieFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Sessie
        skip_postgeneration_save = True

    soort = Soort.REFLECTIEGROEP
    wijk = None
    gemeente = factory.LazyAttribute(gemeente_van)
    titel = factory.Sequence(lambda n: f"Reflectiesessie {n}")
    start = factory.Sequence(lambda n: over(10 + n))
    eind = factory.LazyAttribute(lambda s: s.start + datetime.timedelta(hours=2))
    locatie = "Stadhuis, Grote Markt 1, Groningen"
    status = Status.GEPLAND
    openbaar = False

    class Params:
        openbare = factory.Trait(openbaar=True)
        geannuleerd = factory.Trait(status=Status.GEANNULEERD)
        voorbij = factory.Trait(
            start=factory.Sequence(lambda n: over(-10 - n)), status=Status.GEHOUDEN
        )

    @factory.post_generation
    def genodigden(self, create, extracted, **kwargs):
        if create and extracted:
            self.genodigden.set(extracted)

    @factory.post_generation
    def groepen(self, create, extracted, **kwargs):
        if create and extracted:
            GroepUitnodiging.objects.bulk_create(
                GroepUitnodiging(sessie=self, groep=key) for key in extracted
            )


class OnderwerpFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Onderwerp

    titel = factory.Sequence(lambda n: f"Onderwerp {n}")
    waarom = "Omdat bewoners pas laat werden betrokken."
    voorgesteld_door = factory.SubFactory(UserFactory)
    status = OnderwerpStatus.VOORGESTELD
    wijk = None
    gemeente = factory.LazyAttribute(gemeente_van)

    class Params:
        geselecteerd = factory.Trait(status=OnderwerpStatus.GESELECTEERD)
        afgewezen = factory.Trait(
            status=OnderwerpStatus.AFGEWEZEN, toelichting_besluit="Past niet."
        )


class AgendapuntFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Agendapunt

    sessie = factory.SubFactory(SessieFactory)
    titel = factory.Sequence(lambda n: f"Agendapunt {n}")
    duur = 30
    volgorde = factory.Sequence(lambda n: n)


class VerslagFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Verslag

    sessie = factory.SubFactory(SessieFactory, voorbij=True)
    tekst = "Besproken: de rol van de wijkwethouder."


class LesFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Les

    sessie = factory.SubFactory(SessieFactory, voorbij=True)
    titel = factory.Sequence(lambda n: f"Les {n}")
    toelichting = "Begin bij de casus."
