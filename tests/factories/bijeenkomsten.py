import datetime

import factory
from django.utils import timezone

from bijeenkomsten.models import Aanmelding, Bijeenkomst, Doelgroep, Soort, Status

from .gebieden import GemeenteFactory


def over(dagen: int, uur: int = 19) -> datetime.datetime:
    datum = timezone.localdate() + datetime.timedelta(days=dagen)
    return timezone.make_aware(datetime.datetime.combine(datum, datetime.time(uur, 30)))


class BijeenkomstFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Bijeenkomst

    gemeente = factory.SubFactory(GemeenteFactory)
    soort = Soort.INFORMATIEBIJEENKOMST
    doelgroep = Doelgroep.INWONERS
    titel = factory.Sequence(lambda n: f"Informatieavond {n}")
    start = factory.Sequence(lambda n: over(10 + n % 30))
    eind = factory.LazyAttribute(lambda b: b.start + datetime.timedelta(hours=2))
    locatie = "Participatiepunt, Oude Boteringestraat 7, Groningen"
    capaciteit = 20

    class Params:
        training = factory.Trait(soort=Soort.TRAINING)
        voor_ambtenaren = factory.Trait(doelgroep=Doelgroep.AMBTENAREN)
        voorbij = factory.Trait(start=factory.Sequence(lambda n: over(-10 - n)))


class AanmeldingFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Aanmelding

    bijeenkomst = factory.SubFactory(BijeenkomstFactory)
    naam = factory.Sequence(lambda n: f"Deelnemer {n}")
    email = factory.Sequence(lambda n: f"deelnemer{n}@example.nl")
    status = Status.GEPLAATST
    bevestigd_op = factory.LazyFunction(timezone.now)

    class Params:
        onbevestigd = factory.Trait(bevestigd_op=None)
        wachtend = factory.Trait(status=Status.WACHTLIJST)
