import pytest

from kennisbank import privacy, services
from kennisbank.models import PaginaVersie
from tests.factories.accounts import UserFactory
from tests.factories.kennisbank import PaginaFactory

pytestmark = pytest.mark.django_db


def test_the_versions_someone_saved_are_exported_and_lose_their_author_on_erase():
    medewerker, ander = UserFactory(medewerker=True), UserFactory(medewerker=True)
    pagina = PaginaFactory(titel="Subsidiewijzer")
    services.wijzig_pagina(pagina, door=medewerker, toelichting="Bedragen 2027")
    services.wijzig_pagina(pagina, door=ander)
    versies = privacy.export(medewerker)["opgeslagen_versies"]
    assert [(v["pagina"], v["versie"], v["toelichting"]) for v in versies] == [
        ("Subsidiewijzer", 2, "Bedragen 2027")
    ]
    privacy.erase(medewerker)
    assert not PaginaVersie.objects.filter(door=medewerker).exists()
    assert PaginaVersie.objects.filter(pagina=pagina).count() == 3  # the history stays
    assert PaginaVersie.objects.filter(door=ander).exists()
