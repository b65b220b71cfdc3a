import factory
from django.utils import timezone

from kennisbank import services
from kennisbank.models import Categorie, Pagina
from tests.factories.gebieden import GemeenteFactory


class PaginaFactory(factory.django.DjangoModelFactory):
    """A kennisbank page saved as staff save it: with its first version."""

    class Meta:
        model = Pagina

    gemeente = factory.SubFactory(GemeenteFactory)
    categorie = Categorie.RECHTSVORM
    titel = factory.Sequence(lambda n: f"Stichting of vereniging {n}")
    samenvatting = "Wat past bij uw initiatief?"
    tekst = "## Stichting\n\nEen stichting heeft een **bestuur** en geen leden."
    gewijzigd_op = factory.LazyFunction(timezone.now)

    class Params:
        subsidie = factory.Trait(categorie=Categorie.SUBSIDIE)

    @classmethod
    def _create(cls, model_class, *args, gemeente, **kwargs):
        kwargs.pop("gewijzigd_op", None)
        return services.maak_pagina(gemeente=gemeente, door=None, **kwargs)
