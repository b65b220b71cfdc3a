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
    "waarvoor": "Samen de inrichting kiezen.",
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
    services.indienen(initiatief, door=inwoner, privacy_akkoord=True)
    assert _soorten(initiatief) == ["initiatief.ontvangen"]


def test_the_initiator_follows_their_submitted_initiative(inwoner):
    initiatief = InitiatiefFactory(concept=True, indiener=inwoner)
    initiatief.belanghebbenden.create(naam="Buren", belang="Rust")
    services.indienen(initiatief, door=inwoner, privacy_akkoord=True)
    assert volgen.volgt(inwoner, initiatief)


def test_status_mail_includes_the_medewerkers_toelichting(medewerker):
    initiatief = InitiatiefFactory()
    toelichting = "We spreken u graag op het stadhuis; u krijgt een uitnodiging."
    workflow.wijzig_status(initiatief, Status.IN_GESPREK, medewerker, toelichting)
    gebeurtenis = Gebeurtenis.objects.get(soort="initiatief.status")
    assert f"Toelichting van het participatiepunt: {toelichting}" in gebeurtenis.tekst


def test_receipt_has_reference_date_summary_and_when_to_expect_an_answer(time_machine):
    time_machine.move_to("2026-12-04 10:00:00+01:00", tick=False)  # a Friday
    concept = InitiatiefFactory(concept=True, titel="Pluktuin", samenvatting="Fruit voor de wijk.")
    workflow.wijzig_status(concept, Status.INGEDIEND, concept.indiener)
    gebeurtenis = Gebeurtenis.objects.get(soort="initiatief.ontvangen")
    kenmerk = f"PP-{concept.pk:06d}"
    assert kenmerk in gebeurtenis.titel
    assert f"Kenmerk: {kenmerk}" in gebeurtenis.tekst
    assert "Ingediend op: 4 december 2026" in gebeurtenis.tekst
    assert "Samenvatting: Fruit voor de wijk." in gebeurtenis.tekst
    # Ten working days after Friday 4 December: Friday 18 December.
    assert "Binnen 10 werkdagen, uiterlijk 18 december 2026" in gebeurtenis.tekst


def test_dates_in_mails_are_dutch(medewerker):
    initiatief = InitiatiefFactory(in_gesprek=True)
    import datetime

    casemanagement.voeg_mijlpaal_toe(initiatief, "Raadsbesluit", datetime.date(2026, 12, 7))
    gebeurtenis = Gebeurtenis.objects.get(soort="initiatief.mijlpaal")
    assert "7 december 2026" in gebeurtenis.tekst and "07-12-2026" not in gebeurtenis.tekst
