import datetime

import factory
from django.core.files.base import ContentFile

from initiatieven.choices import Kant, Oordeel, Participatieniveau, Soort, Status, Thema
from initiatieven.models import (
    AdresVolg,
    Belanghebbende,
    Bijlage,
    GevraagdeSteun,
    Initiatief,
    KadersReactie,
    KadersVersie,
    Mijlpaal,
    StatusWijziging,
    Update,
)
from participatiepunt.gebieden.geometrie import Punt, rond
from tests.factories.accounts import UserFactory
from tests.factories.gebieden import GemeenteFactory, WijkFactory, gemeente_van, zet_plek


class InitiatiefFactory(factory.django.DjangoModelFactory):
    """A submitted initiatief; Traits give the other states of the workflow."""

    class Meta:
        model = Initiatief
        skip_postgeneration_save = True

    titel = factory.Sequence(lambda n: f"Buurtmoestuin {n}")
    samenvatting = "Een moestuin op het grasveld achter de flat, samen met de buren."
    beschrijving = "We willen zes bakken plaatsen en een wateraansluiting regelen."
    thema = Thema.GROEN
    wijk = factory.SubFactory(WijkFactory)
    gemeente = factory.LazyAttribute(gemeente_van)
    soort_initiatiefnemer = Soort.INWONER
    verwacht_budget = 2500
    privacy_akkoord = True
    status = Status.INGEDIEND
    indiener = factory.SubFactory(UserFactory)
    ingediend_op = factory.Faker("date_time_this_year", tzinfo=datetime.UTC)

    class Params:
        concept = factory.Trait(status=Status.CONCEPT, ingediend_op=None, privacy_akkoord=False)
        in_gesprek = factory.Trait(status=Status.IN_GESPREK)
        kaders_vastgesteld = factory.Trait(status=Status.KADERS_VASTGESTELD)
        in_uitvoering = factory.Trait(status=Status.IN_UITVOERING)
        afgerond = factory.Trait(status=Status.AFGEROND)
        afgewezen = factory.Trait(
            status=Status.AFGEWEZEN, reden_afwijzing="Past niet binnen het beleid."
        )
        ingetrokken = factory.Trait(status=Status.INGETROKKEN)
        succesvoorbeeld = factory.Trait(status=Status.AFGEROND, is_succesvoorbeeld=True)

    @factory.post_generation
    def plek(obj, create, extracted, **kwargs):
        """plek=(breedte, lengte) or a GeoJSON geometry: where the traject is."""
        zet_plek(obj, create, extracted)


class GevraagdeSteunFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = GevraagdeSteun

    initiatief = factory.SubFactory(InitiatiefFactory)
    soort = "subsidie"


class BelanghebbendeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Belanghebbende

    initiatief = factory.SubFactory(InitiatiefFactory)
    naam = "Omwonenden van het grasveld"
    belang = "Uitzicht en rust"
    ervaart_hinder = True
    hoe_betrokken = "Bewonersavond in het buurthuis"


class KadersVersieFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = KadersVersie

    initiatief = factory.SubFactory(InitiatiefFactory, in_gesprek=True)
    versie = factory.Sequence(lambda n: n + 1)
    vast_en_niet_beinvloedbaar = "Het grasveld blijft openbaar toegankelijk."
    budgetruimte = "Maximaal 3.000 euro uit het wijkbudget."
    regels = "APV en de regels voor tijdelijk gebruik van openbare grond."
    participatieniveau = Participatieniveau.COPRODUCEREN
    wie_besluit = "De wijkwethouder"
    reden = "Eerste vastlegging na het intakegesprek."
    gewijzigd_door = factory.SubFactory(UserFactory, medewerker=True)

    class Params:
        van_initiatiefnemer = factory.Trait(
            kant=Kant.INITIATIEFNEMER, gewijzigd_door=factory.SelfAttribute("initiatief.indiener")
        )


class KadersReactieFactory(factory.django.DjangoModelFactory):
    """The initiator's answer to a version the gemeente proposed; Traits for the other side and
    for a contest."""

    class Meta:
        model = KadersReactie

    versie = factory.SubFactory(KadersVersieFactory)
    kant = Kant.INITIATIEFNEMER
    oordeel = Oordeel.AKKOORD
    toelichting = ""
    door = factory.SelfAttribute("versie.initiatief.indiener")

    class Params:
        betwist = factory.Trait(
            oordeel=Oordeel.BETWIST, toelichting="Het budget is te krap voor zes bakken."
        )
        van_gemeente = factory.Trait(
            kant=Kant.GEMEENTE, door=factory.SubFactory(UserFactory, medewerker=True)
        )


class MijlpaalFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Mijlpaal

    initiatief = factory.SubFactory(InitiatiefFactory, in_gesprek=True)
    soort = "raadsbesluit"
    titel = "Raadsbesluit"
    verwachte_datum = factory.Faker("date_this_year", before_today=False, after_today=True)


class UpdateFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Update

    initiatief = factory.SubFactory(InitiatiefFactory, in_gesprek=True)
    tekst = "Het intakegesprek heeft plaatsgevonden."
    openbaar = True
    auteur = factory.SubFactory(UserFactory, medewerker=True)


class StatusWijzigingFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = StatusWijziging

    initiatief = factory.SubFactory(InitiatiefFactory)
    van = Status.CONCEPT
    naar = Status.INGEDIEND
    door = factory.SelfAttribute("initiatief.indiener")


class BijlageFactory(factory.django.DjangoModelFactory):
    """A stored attachment; `grootte` may say more than its content (quota tests)."""

    class Meta:
        model = Bijlage

    initiatief = factory.SubFactory(InitiatiefFactory, concept=True)
    bestand = factory.LazyFunction(lambda: ContentFile(b"%PDF-1.4\n%%EOF\n", name="plan.pdf"))
    naam = "plan.pdf"
    content_type = "application/pdf"
    grootte = 15


class AdresVolgFactory(factory.django.DjangoModelFactory):
    """A resident follows the Oude Boteringestraat in Groningen with 500 m around it."""

    class Meta:
        model = AdresVolg

    gebruiker = factory.SubFactory(UserFactory)
    gemeente = factory.SubFactory(GemeenteFactory)
    breedte = 53.22061
    lengte = 6.56493
    straal_m = 500
    min_breedte = factory.LazyAttribute(
        lambda a: rond(Punt(a.breedte, a.lengte), a.straal_m).min_breedte
    )
    max_breedte = factory.LazyAttribute(
        lambda a: rond(Punt(a.breedte, a.lengte), a.straal_m).max_breedte
    )
    min_lengte = factory.LazyAttribute(
        lambda a: rond(Punt(a.breedte, a.lengte), a.straal_m).min_lengte
    )
    max_lengte = factory.LazyAttribute(
        lambda a: rond(Punt(a.breedte, a.lengte), a.straal_m).max_lengte
    )
