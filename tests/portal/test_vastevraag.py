"""A query built once per process: the same dicts as its QuerySet, with other values each time;
a stand-in that is not one of the compiled query's parameters is refused when it is built."""

from datetime import UTC, datetime
from unittest import mock

import pytest
from django.db.models import F
from django.db.models.sql.compiler import SQLCompiler

from participatiepunt.meldingen.models import Melding
from participatiepunt.portal.vastevraag import VasteVraag
from tests.factories.accounts import UserFactory
from tests.factories.meldingen import MeldingFactory

pytestmark = pytest.mark.django_db


def _van(ontvanger, na):
    meldingen = Melding.objects.filter(ontvanger=ontvanger, aangemaakt_op__gt=na).order_by("pk")
    return meldingen.values("pk", "gelezen_op", titel=F("gebeurtenis__titel"))


def _na_pk(ontvanger, pk):
    return Melding.objects.filter(ontvanger=ontvanger, pk__gt=pk).values("pk")


def test_the_same_rows_as_the_queryset_for_each_value():
    vraag = VasteVraag(_van, -1, datetime(1971, 1, 1, tzinfo=UTC))
    for gebruiker in UserFactory.create_batch(2):
        MeldingFactory.create_batch(3, ontvanger=gebruiker)
        MeldingFactory(ontvanger=gebruiker, gelezen=True)
        na = datetime(2000, 1, 1, tzinfo=UTC)
        assert vraag.rijen(gebruiker.pk, na) == list(_van(gebruiker.pk, na))
        assert len(vraag.rijen(gebruiker.pk, na)) == 4


def test_built_once(django_assert_num_queries):
    vraag = VasteVraag(_van, -1, datetime(1971, 1, 1, tzinfo=UTC))
    vraag.rijen(1, datetime(2000, 1, 1, tzinfo=UTC))
    with (
        mock.patch.object(
            SQLCompiler, "as_sql", autospec=True, side_effect=SQLCompiler.as_sql
        ) as gebouwd,
        django_assert_num_queries(1),
    ):
        vraag.rijen(2, datetime(2000, 1, 1, tzinfo=UTC))
    assert gebouwd.call_count == 0


def test_a_stand_in_must_be_exactly_one_parameter():
    with pytest.raises(ValueError):  # the same value twice: which one is the parameter?
        VasteVraag(_na_pk, -1, -1).rijen(1, 1)
    with pytest.raises(ValueError):  # a parameter that no stand-in gives
        VasteVraag(lambda ontvanger: _van(ontvanger, datetime(2000, 1, 1, tzinfo=UTC)), -1).rijen(1)
