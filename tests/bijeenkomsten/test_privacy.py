import pytest

from bijeenkomsten import privacy
from bijeenkomsten.models import Aanmelding, Status
from tests.factories.accounts import UserFactory
from tests.factories.bijeenkomsten import AanmeldingFactory, BijeenkomstFactory

pytestmark = pytest.mark.django_db


def test_export_and_erase_also_take_sign_ups_made_without_an_account_with_that_address():
    inwoner = UserFactory(email="joke@example.nl")
    bijeenkomst = BijeenkomstFactory(capaciteit=1)
    AanmeldingFactory(bijeenkomst=bijeenkomst, email="joke@example.nl")
    wachtend = AanmeldingFactory(bijeenkomst=bijeenkomst, wachtend=True)
    ander = AanmeldingFactory()
    export = privacy.export(inwoner)["aanmeldingen_bijeenkomsten"]
    assert [a["email"] for a in export] == ["joke@example.nl"]
    privacy.erase(inwoner)
    assert set(Aanmelding.objects.all()) == {wachtend, ander}
    wachtend.refresh_from_db()
    assert wachtend.status == Status.GEPLAATST  # the place went to the waiting list


def test_erase_by_address_for_a_guest():
    AanmeldingFactory(email="gast@example.nl")
    AanmeldingFactory(email="gast@example.nl", status=Status.AFGEMELD)
    blijft = AanmeldingFactory()
    assert privacy.wis_adres("Gast@Example.nl ") == 2
    assert list(Aanmelding.objects.all()) == [blijft]


def test_sign_ups_go_after_the_retention_period():
    from bijeenkomsten.tasks import bewaartermijn

    oud = BijeenkomstFactory(start="2020-01-01T19:00+01:00", eind="2020-01-01T21:00+01:00")
    AanmeldingFactory(bijeenkomst=oud)
    blijft = AanmeldingFactory()
    bewaartermijn()
    assert list(Aanmelding.objects.all()) == [blijft]
