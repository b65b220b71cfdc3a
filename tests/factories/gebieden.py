import factory

from participatiepunt.gebieden.models import Gebied, Wijk


class GebiedFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Gebied
        django_get_or_create = ("slug",)

    naam = factory.Sequence(lambda n: f"Testgebied {n}")
    slug = factory.Sequence(lambda n: f"testgebied-{n}")


class WijkFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Wijk

    gebied = factory.SubFactory(GebiedFactory)
    naam = factory.Sequence(lambda n: f"Testwijk {n}")
    slug = factory.Sequence(lambda n: f"testwijk-{n}")
    is_dorp = False

    class Params:
        dorp = factory.Trait(is_dorp=True, naam=factory.Sequence(lambda n: f"Testdorp {n}"))
