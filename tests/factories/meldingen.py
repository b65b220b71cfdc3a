import factory
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone

from participatiepunt.meldingen.kinds import Email
from participatiepunt.meldingen.models import Gebeurtenis, Melding, Volg, Voorkeur

from .accounts import UserFactory
from .gebieden import WijkFactory


class VolgFactory(factory.django.DjangoModelFactory):
    """A user following a wijk (pass onderwerp=... for anything else)."""

    class Meta:
        model = Volg
        exclude = ["onderwerp"]

    gebruiker = factory.SubFactory(UserFactory)
    onderwerp = factory.SubFactory(WijkFactory)
    content_type = factory.LazyAttribute(lambda o: ContentType.objects.get_for_model(o.onderwerp))
    object_id = factory.LazyAttribute(lambda o: o.onderwerp.pk)


class GebeurtenisFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Gebeurtenis
        exclude = ["onderwerp"]

    soort = "initiatief.status"
    onderwerp = factory.SubFactory(WijkFactory)
    content_type = factory.LazyAttribute(lambda o: ContentType.objects.get_for_model(o.onderwerp))
    object_id = factory.LazyAttribute(lambda o: o.onderwerp.pk)
    onderwerp_naam = factory.LazyAttribute(lambda o: str(o.onderwerp))
    titel = factory.Sequence(lambda n: f"Nieuws nummer {n}")
    tekst = "Er is iets veranderd."
    url = "/"


class MeldingFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Melding

    gebeurtenis = factory.SubFactory(GebeurtenisFactory)
    ontvanger = factory.SubFactory(UserFactory)
    email = Email.DIRECT
    in_portaal = True

    class Params:
        gelezen = factory.Trait(gelezen_op=factory.LazyFunction(timezone.now))
        wekelijks = factory.Trait(email=Email.WEKELIJKS)


class VoorkeurFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Voorkeur

    gebruiker = factory.SubFactory(UserFactory)
    soort = "initiatief.status"
    email = Email.UIT
    portaal = True
