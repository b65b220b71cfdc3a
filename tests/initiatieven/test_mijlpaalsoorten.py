"""Mijlpalen with a kind: what a resident can do and until when, besluiten, the data migration."""

import datetime
import importlib

import pytest
from django.apps import apps
from django.urls import reverse

from initiatieven import mijlpaalsoorten
from initiatieven.forms.beheer import MijlpaalForm
from initiatieven.models import Mijlpaal
from tests.factories.initiatieven import InitiatiefFactory, MijlpaalFactory

pytestmark = pytest.mark.django_db

MIGRATIE = importlib.import_module("initiatieven.migrations.0008_mijlpaal_soort_uit_titel")
JULI = datetime.date(2027, 7, 5)


def test_every_kind_says_what_a_resident_can_do():
    for soort in mijlpaalsoorten.SOORTEN:
        tekst = soort.actie_tekst(JULI)
        assert tekst.startswith(("U ", "Het ", "De ", "Bent ", "Wat ")), soort.code
        assert "{" not in tekst, soort.code


def test_zienswijzetermijn_lasts_six_weeks_from_the_day_it_opens():
    mijlpaal = MijlpaalFactory(soort="zienswijzetermijn", verwachte_datum=JULI)
    assert mijlpaal.einddatum == datetime.date(2027, 8, 15)
    assert mijlpaal.laatste_dag == datetime.date(2027, 8, 15)
    assert mijlpaal.actie == "U kunt een zienswijze indienen tot en met 15 augustus 2027."


def test_bezwaartermijn_ends_six_weeks_after_the_bekendmaking():
    mijlpaal = MijlpaalFactory(soort="bezwaartermijn", verwachte_datum=datetime.date(2027, 6, 1))
    assert mijlpaal.laatste_dag == datetime.date(2027, 7, 13)
    assert "tot en met 13 juli 2027" in mijlpaal.actie


def test_a_term_given_by_staff_wins_over_the_legal_six_weeks():
    eind = datetime.date(2027, 9, 30)
    mijlpaal = MijlpaalFactory(soort="inspraakreactie", verwachte_datum=JULI, einddatum=eind)
    assert mijlpaal.laatste_dag == eind


def test_a_kind_without_term_has_no_einddatum_even_when_changed_to_it():
    mijlpaal = MijlpaalFactory(soort="zienswijzetermijn", verwachte_datum=JULI)
    mijlpaal.soort = "informatieavond"
    mijlpaal.save(update_fields=["soort"])
    mijlpaal.refresh_from_db()
    assert mijlpaal.einddatum is None
    assert mijlpaal.laatste_dag == JULI
    assert (
        mijlpaal.actie
        == "U kunt op 5 juli 2027 naar de informatieavond komen en daar uw vragen stellen."
    )


def test_news_asks_nothing_and_has_no_last_day():
    mijlpaal = MijlpaalFactory(soort="oplevering", verwachte_datum=JULI)
    assert mijlpaal.laatste_dag is None
    assert not mijlpaal.is_besluit


def test_besluiten_are_college_and_raad():
    assert set(mijlpaalsoorten.BESLUITEN) == {"collegebesluit", "raadsbesluit"}
    initiatief = InitiatiefFactory(in_gesprek=True)
    raad = MijlpaalFactory(initiatief=initiatief, soort="raadsbesluit")
    MijlpaalFactory(initiatief=initiatief, soort="informatieavond")
    assert list(Mijlpaal.objects.besluiten()) == [raad]
    assert raad.is_besluit


def test_met_reactie_in_finds_a_term_that_opened_before_the_period():
    initiatief = InitiatiefFactory(in_gesprek=True)
    termijn = MijlpaalFactory(
        initiatief=initiatief, soort="zienswijzetermijn", verwachte_datum=datetime.date(2027, 6, 20)
    )
    MijlpaalFactory(initiatief=initiatief, soort="informatieavond", verwachte_datum=JULI)
    MijlpaalFactory(initiatief=initiatief, soort="start_uitvoering", verwachte_datum=JULI)
    avond = Mijlpaal.objects.get(soort="informatieavond")
    gevonden = Mijlpaal.objects.met_reactie_in(
        datetime.date(2027, 7, 1), datetime.date(2027, 7, 31)
    )
    assert set(gevonden) == {termijn, avond}
    assert not Mijlpaal.objects.met_reactie_in(
        datetime.date(2027, 8, 16), datetime.date(2027, 9, 1)
    )


@pytest.mark.parametrize(
    ("titel", "soort"),
    [
        ("Einde bezwaartermijn", "bezwaartermijn"),
        ("Collegebesluit over het ontwerp", "collegebesluit"),
        ("Raadsbesluit", "raadsbesluit"),
        ("Bewonersavond in De Wending", "informatieavond"),
        ("Ontwerp ter inzage", "zienswijzetermijn"),
        ("Plantdag met de basisschool", "overig"),
    ],
)
def test_migration_recognises_the_kind_by_title(titel, soort):
    assert MIGRATIE.soort_uit_titel(titel) == soort


def test_migration_fills_kinds_and_keeps_the_sequence():
    gewoon = MijlpaalFactory(titel="Plantdag", soort="overig")
    einde = MijlpaalFactory(titel="Einde bezwaartermijn", soort="overig", verwachte_datum=JULI)
    Mijlpaal.objects.update(sequence=3, einddatum=None)
    MIGRATIE.vul_soorten(apps, None)
    einde.refresh_from_db()
    gewoon.refresh_from_db()
    assert (einde.soort, einde.einddatum, einde.sequence) == ("bezwaartermijn", JULI, 3)
    assert (gewoon.soort, gewoon.sequence) == ("overig", 3)


def test_form_rejects_a_term_on_a_kind_without_one():
    data = {"soort": "raadsbesluit", "titel": "Raad", "verwachte_datum": "2027-07-05",
            "einddatum": "2027-08-01"}  # fmt: skip
    form = MijlpaalForm(data)
    assert not form.is_valid()
    assert form.errors["einddatum"] == ["Een raadsbesluit heeft geen termijn: laat dit veld leeg."]


def test_form_rejects_a_term_ending_before_it_starts():
    data = {"soort": "zienswijzetermijn", "titel": "Ter inzage", "verwachte_datum": "2027-07-05",
            "einddatum": "2027-07-01"}  # fmt: skip
    form = MijlpaalForm(data)
    assert not form.is_valid()
    assert "vóór de verwachte datum" in form.errors["einddatum"][0]


def test_staff_add_a_typed_mijlpaal(client, medewerker):
    initiatief = InitiatiefFactory(in_gesprek=True)
    client.force_login(medewerker)
    url = reverse("initiatieven:beheer_actie", args=[initiatief.pk, "mijlpaal"])
    data = {"soort": "zienswijzetermijn", "titel": "Ontwerp ter inzage",
            "verwachte_datum": "2027-07-05", "einddatum": ""}  # fmt: skip
    assert client.post(url, data).status_code == 302
    mijlpaal = initiatief.mijlpalen.get()
    assert (mijlpaal.soort, mijlpaal.einddatum) == ("zienswijzetermijn", datetime.date(2027, 8, 15))


def test_a_post_without_kind_is_overig(client, medewerker):
    initiatief = InitiatiefFactory(in_gesprek=True)
    client.force_login(medewerker)
    url = reverse("initiatieven:beheer_actie", args=[initiatief.pk, "mijlpaal"])
    client.post(url, {"titel": "Plantdag", "verwachte_datum": "2027-07-05"})
    assert initiatief.mijlpalen.get().soort == "overig"
