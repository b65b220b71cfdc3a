"""The wijken a form offers, kept in memory: read once, and a saved wijk or gebied shows at once
in the process that saved it."""

import pytest

from participatiepunt.gebieden.wijkkeuzes import wijkkeuzes
from tests.factories.gebieden import GebiedFactory, GemeenteFactory, WijkFactory

pytestmark = pytest.mark.django_db


def test_the_wijken_of_a_gemeente_are_read_once(django_assert_num_queries):
    dijkmeer = GemeenteFactory(naam="Dijkmeer", slug="dijkmeer", is_standaard=False)
    wijk = WijkFactory(naam="Beijum", gebied=GebiedFactory(gemeente=dijkmeer))
    WijkFactory(
        gebied=GebiedFactory(
            gemeente=GemeenteFactory(naam="Elders", slug="elders", is_standaard=False)
        )
    )
    assert wijkkeuzes(dijkmeer) == ((wijk.pk, wijk.slug, "Beijum"),)
    with django_assert_num_queries(0):
        assert wijkkeuzes(dijkmeer) == ((wijk.pk, wijk.slug, "Beijum"),)


def test_a_saved_wijk_or_gebied_shows_at_once():
    dijkmeer = GemeenteFactory(naam="Dijkmeer", slug="dijkmeer", is_standaard=False)
    wijk = WijkFactory(naam="Beijum", gebied=GebiedFactory(gemeente=dijkmeer))
    wijkkeuzes(dijkmeer)
    wijk.naam = "Lewenborg"
    wijk.save()
    assert wijkkeuzes(dijkmeer) == ((wijk.pk, wijk.slug, "Lewenborg"),)
    wijk.gebied.gemeente = GemeenteFactory(naam="Elders", slug="elders", is_standaard=False)
    wijk.gebied.save()
    assert wijkkeuzes(dijkmeer) == ()
