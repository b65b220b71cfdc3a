import factory

from participatiepunt.gebieden.geometrie import Punt
from participatiepunt.gebieden.models import Gebied, Gemeente, Organisatie, Wijk


def zet_plek(obj, create, plek):
    """plek=(breedte, lengte) or a GeoJSON geometry, for factories of models with a locatie."""
    if plek is None:
        return
    obj.zet_locatie(plek if isinstance(plek, dict) else Punt(*plek).geojson)
    if create:
        obj.save()


class OrganisatieFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisatie
        django_get_or_create = ("slug",)

    naam = factory.Sequence(lambda n: f"Testorganisatie {n}")
    slug = factory.Sequence(lambda n: f"testorganisatie-{n}")


class GemeenteFactory(factory.django.DjangoModelFactory):
    """Groningen, the standaardgemeente the migrations create; `andere=True` for another one."""

    class Meta:
        model = Gemeente
        django_get_or_create = ("slug",)

    naam = "Groningen"
    slug = "groningen"
    is_standaard = True
    # The contact details the migration gives Groningen (a flushed database lost its row).
    adres = "Stadhuis, Grote Markt 1, 9711 LV Groningen"
    telefoon = "14 050"
    email = "participatiepunt@participatiepunt.local"
    openingstijden = "Maandag tot en met vrijdag 9.00–17.00 uur; donderdag tot 20.00 uur"

    class Params:
        andere = factory.Trait(
            naam=factory.Sequence(lambda n: f"Testgemeente {n}"),
            slug=factory.Sequence(lambda n: f"testgemeente-{n}"),
            is_standaard=False,
            hostnaam=factory.Sequence(lambda n: f"participatie.testgemeente{n}.nl"),
        )


class GebiedFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Gebied
        django_get_or_create = ("slug",)

    gemeente = factory.SubFactory(GemeenteFactory)
    naam = factory.Sequence(lambda n: f"Testgebied {n}")
    slug = factory.Sequence(lambda n: f"testgebied-{n}")


class WijkFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Wijk
        skip_postgeneration_save = True

    gebied = factory.SubFactory(GebiedFactory)
    naam = factory.Sequence(lambda n: f"Testwijk {n}")
    slug = factory.Sequence(lambda n: f"testwijk-{n}")
    is_dorp = False

    class Params:
        dorp = factory.Trait(is_dorp=True, naam=factory.Sequence(lambda n: f"Testdorp {n}"))

    @factory.post_generation
    def plek(obj, create, extracted, **kwargs):
        zet_plek(obj, create, extracted)


def gemeente_van(obj):
    """For a factory: the gemeente of the object's wijk, else Groningen."""
    return obj.wijk.gebied.gemeente if obj.wijk else GemeenteFactory()
