"""What is published through the notification machinery, to whom."""

import pytest

from initiatieven import casemanagement, services, workflow
from initiatieven.choices import Status
from participatiepunt.meldingen import volgen
from participatiepunt.meldingen.models import Gebeurtenis, Melding
from tests.factories.accounts import UserFactory
from tests.factories.initiatieven import InitiatiefFactory

pytestmark = pytest.mark.django_db

KADERS = {
    "vast_en_niet_beinvloedbaar": "De locatie ligt vast.",
    "budgetruimte": "Maximaal 5.000 euro.",
    "regels": "APV",
    "participatieniveau": "raadplegen",
    "wie_besluit": "De raad",
}


def _soorten(initiatief):
    return list(
        Gebeurtenis.objects.filter(object_id=initiatief.pk)
        .order_by("pk")
        .values_list("soort", flat=True)
    )


def test_status_reaches_initiator_and_followers_of_the_wijk(medewerker):
    initiatief = InitiatiefFactory()
    buurman = UserFactory()
    volgen.volg(buurman, initiatief.wijk)
    workflow.wijzig_status(initiatief, Status.IN_GESPREK, medewerker)
    gebeurtenis = Gebeurtenis.objects.get(soort="initiatief.status")
    ontvangers = set(
        Melding.objects.filter(gebeurtenis=gebeurtenis).values_list("ontvanger", flat=True)
    )
    assert ontvangers == {initiatief.indiener.pk, buurman.pk}
    assert gebeurtenis.verplicht
    assert initiatief.indiener.email not in gebeurtenis.tekst


def test_refusal_is_not_broadcast_to_the_wijk_but_the_initiator_reads_why(medewerker):
    initiatief = InitiatiefFactory()
    volgen.volg(UserFactory(), initiatief.wijk)
    workflow.wijzig_status(initiatief, Status.AFGEWEZEN, medewerker, "Buiten ons gebied.")
    gebeurtenis = Gebeurtenis.objects.get(soort="initiatief.status")
    assert "Buiten ons gebied." in gebeurtenis.tekst
    ontvangers = Melding.objects.filter(gebeurtenis=gebeurtenis).values_list("ontvanger", flat=True)
    assert list(ontvangers) == [initiatief.indiener.pk]


def test_kaders_change_says_what_changed(medewerker):
    initiatief = InitiatiefFactory(in_gesprek=True)
    casemanagement.leg_kaders_vast(initiatief, medewerker, "Intake", **KADERS)
    casemanagement.leg_kaders_vast(
        initiatief, medewerker, "Extra geld", **{**KADERS, "budgetruimte": "8.000 euro"}
    )
    laatste = Gebeurtenis.objects.filter(soort="initiatief.kaders").latest("pk")
    assert "budgettaire ruimte" in laatste.tekst
    assert "Extra geld" in laatste.tekst
    assert "participatieniveau" not in laatste.tekst


def test_only_public_updates_are_published(medewerker):
    initiatief = InitiatiefFactory(in_gesprek=True)
    casemanagement.plaats_update(initiatief, medewerker, "Intern", openbaar=False)
    assert _soorten(initiatief) == []
    casemanagement.plaats_update(initiatief, medewerker, "Voor iedereen", openbaar=True)
    assert _soorten(initiatief) == ["initiatief.update"]


def test_draft_and_submission_are_confirmed(inwoner):
    initiatief = InitiatiefFactory(concept=True, indiener=inwoner)
    initiatief.belanghebbenden.create(naam="Buren", belang="Rust")
    services.indienen(initiatief, inwoner, privacy_akkoord=True)
    assert _soorten(initiatief) == ["initiatief.ontvangen"]


def test_the_initiator_follows_their_submitted_initiative(inwoner):
    initiatief = InitiatiefFactory(concept=True, indiener=inwoner)
    initiatief.belanghebbenden.create(naam="Buren", belang="Rust")
    services.indienen(initiatief, inwoner, privacy_akkoord=True)
    assert volgen.volgt(inwoner, initiatief)
