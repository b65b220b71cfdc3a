"""The unread count in the navigation of every page (context_processors.ongelezen)."""

import pytest

from participatiepunt.meldingen.context_processors import aantal_ongelezen
from tests.factories.accounts import UserFactory
from tests.factories.meldingen import MeldingFactory

pytestmark = pytest.mark.django_db


def test_one_query_counts_the_unread_in_the_portal_only(django_assert_num_queries):
    inwoner = UserFactory()
    MeldingFactory.create_batch(2, ontvanger=inwoner)
    MeldingFactory(ontvanger=inwoner, gelezen=True)
    MeldingFactory(ontvanger=inwoner, in_portaal=False)
    MeldingFactory()
    with django_assert_num_queries(1):
        assert aantal_ongelezen(inwoner.pk) == 2
