import pytest

from bijeenkomsten import demo
from bijeenkomsten.models import Aanmelding, Bijeenkomst, Soort, Status
from participatiepunt.accounts import demo as account_demo

pytestmark = pytest.mark.django_db


def test_demo_has_a_full_training_with_a_waiting_list_and_is_idempotent():
    accounts = account_demo.load()
    demo.load(accounts)
    demo.load(accounts)
    assert Bijeenkomst.objects.count() == len(demo.BIJEENKOMSTEN)
    training = Bijeenkomst.objects.filter(soort=Soort.TRAINING).first()
    geplaatst = training.aanmeldingen.filter(status=Status.GEPLAATST).count()
    assert geplaatst == training.capaciteit
    wachtend = Aanmelding.objects.get(gebruiker=accounts["inwoner"])
    assert wachtend.status == Status.WACHTLIJST
    college = Bijeenkomst.objects.get(soort=Soort.COLLEGE_OP_LOCATIE)
    assert college.wijk is not None
