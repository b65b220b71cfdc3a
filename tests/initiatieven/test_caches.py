"""The kept bodies of the logged-in pages of initiatieven (initiatieven/caches.py): every change
that alters what a page shows shows at once, per page and per kind of change; what a page does
not show (another initiator's initiative, a draft on a page of submitted ones, a read marker)
leaves what is kept for it alone."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from initiatieven import casemanagement, gesprek, services, workflow
from initiatieven.caches import (
    ADRESSEN,
    INTAKE,
    PER_INDIENER,
    PER_INITIATIEF,
    WERKVOORRAAD,
    WERKVOORRAAD_BERICHTEN,
    WERKVOORRAAD_KADERS,
    WERKVOORRAAD_MIJLPALEN,
)
from initiatieven.choices import Status
from initiatieven.models import Initiatief
from tests.factories.accounts import UserFactory
from tests.factories.gebieden import WijkFactory
from tests.factories.initiatieven import (
    AdresVolgFactory,
    GevraagdeSteunFactory,
    InitiatiefFactory,
    KadersReactieFactory,
    KadersVersieFactory,
    MijlpaalFactory,
    UpdateFactory,
)
from tests.initiatieven.test_concept import INDIENEN, _compleet_concept, _stap

pytestmark = pytest.mark.django_db
MIJN = reverse("initiatieven:mijn")
INTAKE_URL = reverse("initiatieven:intake")
WERKVOORRAAD_URL = reverse("portal:werkvoorraad")
ADRES = reverse("initiatieven:adres")
GROTE_MARKT = (53.21917, 6.56750)


def _html(client, user, url):
    client.force_login(user)
    return client.get(url).content.decode()


def _vernieuwt(versie, deel, wijziging) -> bool:
    """Whether the change renews what is kept under this version for this part."""
    voor = versie.stand(deel)
    wijziging()
    return versie.stand(deel) != voor


def _beheer(pk):
    return reverse("initiatieven:beheer", args=[pk])


def _gesprek(pk):
    return reverse("initiatieven:gesprek", args=[pk])


# Mijn initiatieven: the initiator's drafts and cards (PER_INDIENER, per initiator).


def test_mijn_initiatieven_is_kept_per_user(client):
    anna, bram = UserFactory(), UserFactory()
    InitiatiefFactory(indiener=anna, titel="Annas moestuin", in_gesprek=True)
    assert "Annas moestuin" in _html(client, anna, MIJN)
    assert "Annas moestuin" not in _html(client, bram, MIJN)


def test_a_change_shows_at_once(client):
    anna = UserFactory()
    initiatief = InitiatiefFactory(indiener=anna, in_gesprek=True)
    _html(client, anna, MIJN)
    InitiatiefFactory(indiener=anna, concept=True, titel="Nieuw concept", wijk=initiatief.wijk)
    UpdateFactory(initiatief=initiatief, tekst="De bakken staan er.", openbaar=True)
    html = _html(client, anna, MIJN)
    assert "Nieuw concept" in html and "De bakken staan er." in html


def test_mijn_a_draft_step_and_its_submission_show_at_once(client):
    anna = UserFactory()
    concept = InitiatiefFactory(indiener=anna, concept=True, titel="Eerste idee")
    assert "Eerste idee" in _html(client, anna, MIJN)
    services.bewaar_gegevens(concept, titel="Beter idee")
    assert "Beter idee" in _html(client, anna, MIJN)
    workflow.wijzig_status(concept, Status.INGEDIEND, anna)
    html = _html(client, anna, MIJN)
    assert "U heeft geen concepten." in html and "Ingediend (1)" in html


def test_mijn_mijlpalen_kaders_and_the_wijk_show_at_once(client):
    anna = UserFactory()
    initiatief = InitiatiefFactory(indiener=anna, in_gesprek=True)
    _html(client, anna, MIJN)
    mijlpaal = MijlpaalFactory(initiatief=initiatief, titel="Schouw met de buurt", soort="overig")
    assert "Schouw met de buurt" in _html(client, anna, MIJN)
    casemanagement.markeer_mijlpaal(mijlpaal, True)
    assert "Schouw met de buurt" not in _html(client, anna, MIJN)
    KadersVersieFactory(initiatief=initiatief, versie=4)
    assert "vastgelegd, versie 4" in _html(client, anna, MIJN)
    initiatief.wijk.naam = "Nieuwe Wijknaam"
    initiatief.wijk.save()
    assert "Nieuwe Wijknaam" in _html(client, anna, MIJN)


def test_mijn_a_deleted_or_reassigned_initiative_leaves_at_once(client):
    anna, bram = UserFactory(), UserFactory()
    weg = InitiatiefFactory(indiener=anna, titel="Gaat weg", in_gesprek=True)
    over = InitiatiefFactory(indiener=anna, titel="Gaat over", in_gesprek=True)
    html = _html(client, anna, MIJN)
    assert "Gaat weg" in html and "Gaat over" in html
    assert "Gaat over" not in _html(client, bram, MIJN)  # kept for bram too
    weg.delete()
    assert "Gaat weg" not in _html(client, anna, MIJN)
    over.indiener = bram
    over.save()  # as the admin does: every field
    assert "Gaat over" not in _html(client, anna, MIJN)
    assert "Gaat over" in _html(client, bram, MIJN)


def test_mijn_is_kept_through_what_it_does_not_show():
    anna, bram = UserFactory(), UserFactory()
    van_bram = InitiatiefFactory(indiener=bram, in_gesprek=True)
    van_anna = InitiatiefFactory(indiener=anna, in_gesprek=True, wijk=van_bram.wijk)
    assert not _vernieuwt(
        PER_INDIENER, anna.pk, lambda: InitiatiefFactory(indiener=bram, wijk=van_bram.wijk)
    )
    assert not _vernieuwt(PER_INDIENER, anna.pk, lambda: MijlpaalFactory(initiatief=van_bram))
    assert not _vernieuwt(
        PER_INDIENER,
        anna.pk,
        lambda: gesprek.markeer_gelezen(initiatief=van_anna, lezer=anna),
    )
    assert not _vernieuwt(PER_INDIENER, anna.pk, lambda: UserFactory(naam="Iemand anders"))
    assert _vernieuwt(PER_INDIENER, anna.pk, lambda: MijlpaalFactory(initiatief=van_anna))


def test_a_kept_page_costs_fewer_queries(client, django_assert_max_num_queries):
    anna = UserFactory()
    InitiatiefFactory(indiener=anna, in_gesprek=True)
    client.force_login(anna)
    client.get(MIJN)
    with django_assert_max_num_queries(3):
        assert client.get(MIJN).status_code == 200


# The intake queue: submitted initiatives (INTAKE, one version; kept per user and filters).


def test_the_intake_queue_is_kept_per_user(client):
    medewerker = UserFactory(medewerker=True)
    team = UserFactory(gebiedsteam=True)
    team.gebieden.add(WijkFactory().gebied)
    InitiatiefFactory(titel="Elders ingediend")
    assert "Elders ingediend" in _html(client, medewerker, INTAKE_URL)
    assert "Elders ingediend" not in _html(client, team, INTAKE_URL)


def test_an_assignment_shows_at_once_in_the_intake_queue(client):
    medewerker = UserFactory(medewerker=True)
    initiatief = InitiatiefFactory(titel="Nog toe te wijzen")
    assert "Nog toe te wijzen" not in _html(client, medewerker, INTAKE_URL + "?toegewezen=mij")
    initiatief.casemanager = medewerker
    initiatief.save()
    assert "Nog toe te wijzen" in _html(client, medewerker, INTAKE_URL + "?toegewezen=mij")


def test_intake_a_submission_and_a_status_show_at_once(client):
    medewerker = UserFactory(medewerker=True)
    concept = InitiatiefFactory(concept=True, titel="Net ingediend")
    assert "Net ingediend" not in _html(client, medewerker, INTAKE_URL)
    workflow.wijzig_status(concept, Status.INGEDIEND, concept.indiener)
    assert "Net ingediend" in _html(client, medewerker, INTAKE_URL)
    workflow.wijzig_status(concept, Status.IN_GESPREK, medewerker)
    assert "In gesprek" in _html(client, medewerker, INTAKE_URL + "?status=in_gesprek")


def test_intake_names_and_a_teams_gebieden_show_at_once(client):
    medewerker = UserFactory(medewerker=True)
    casemanager = UserFactory(medewerker=True, naam="Oude Naam")
    initiatief = InitiatiefFactory(titel="Met casemanager", casemanager=casemanager)
    indiener = initiatief.indiener
    assert "Oude Naam" in _html(client, medewerker, INTAKE_URL)
    casemanager.naam, indiener.naam = "Nieuwe Naam", "Indiener Nieuw"
    casemanager.save(update_fields=["naam"])
    indiener.save(update_fields=["naam"])
    html = _html(client, medewerker, INTAKE_URL)
    assert "Nieuwe Naam" in html and "Indiener Nieuw" in html
    team = UserFactory(gebiedsteam=True)
    assert "Met casemanager" not in _html(client, team, INTAKE_URL)
    team.gebieden.add(initiatief.wijk.gebied)
    assert "Met casemanager" in _html(client, team, INTAKE_URL)


def test_intake_mijlpalen_support_and_the_wijk_show_at_once(client):
    medewerker = UserFactory(medewerker=True)
    initiatief = InitiatiefFactory(titel="Met steun")
    assert "Schouw met de buurt" not in _html(client, medewerker, INTAKE_URL)
    MijlpaalFactory(initiatief=initiatief, titel="Schouw met de buurt", soort="overig")
    assert "Schouw met de buurt" in _html(client, medewerker, INTAKE_URL)
    assert "Met steun" not in _html(client, medewerker, INTAKE_URL + "?steun=subsidie")
    services.bewaar_gegevens(initiatief, gevraagde_steun=["subsidie"])  # staff's correction
    assert "Met steun" in _html(client, medewerker, INTAKE_URL + "?steun=subsidie")
    initiatief.wijk.naam = "Hernoemde Wijk"
    initiatief.wijk.save()
    assert "Hernoemde Wijk" in _html(client, medewerker, INTAKE_URL)


def test_intake_and_werkvoorraad_are_kept_through_drafts():
    anna, gemeente = UserFactory(), WijkFactory().gebied.gemeente

    def concept_werk():
        concept = services.maak_concept(indiener=anna, gemeente=gemeente)
        services.bewaar_gegevens(concept, titel="Stap twee", gevraagde_steun=["subsidie"])
        services.bereik_stap(concept, 3)
        GevraagdeSteunFactory(initiatief=concept, soort="ruimte")
        concept.delete()

    for versie in (INTAKE, WERKVOORRAAD):
        assert not _vernieuwt(versie, None, concept_werk)
    assert _vernieuwt(PER_INDIENER, anna.pk, concept_werk)  # anna's own page shows drafts


def test_intake_counts_a_full_save_of_a_draft():
    """The admin may put an initiative back to draft: a save of every field counts."""
    initiatief = InitiatiefFactory(titel="Terug naar concept")
    initiatief.status = Status.CONCEPT
    assert _vernieuwt(INTAKE, None, initiatief.save)


# The werkvoorraad's sections of initiatieven (WERKVOORRAAD; see also tests/portal).


def _sectie(client, user, titel) -> str:
    inhoud = _html(client, user, WERKVOORRAAD_URL)
    return inhoud.split(titel)[1].split("</section>")[0] if titel in inhoud else ""


def test_werkvoorraad_a_submission_a_wijk_and_a_deleted_casemanager_show_at_once(client):
    medewerker = UserFactory(medewerker=True)
    casemanager = UserFactory(medewerker=True)
    concept = InitiatiefFactory(concept=True, titel="Nieuw in de intake")
    assert "Nieuw in de intake" not in _sectie(client, medewerker, "Nieuwe intakes")
    concept = workflow.wijzig_status(concept, Status.INGEDIEND, concept.indiener)
    assert "Nieuw in de intake" in _sectie(client, medewerker, "Nieuwe intakes")
    concept.wijk.naam = "Wijk Met Nieuwe Naam"
    concept.wijk.save()
    assert "Wijk Met Nieuwe Naam" in _sectie(client, medewerker, "Nieuwe intakes")
    casemanagement.wijs_casemanager_toe(concept, casemanager)
    assert "nog geen casemanager" not in _sectie(client, medewerker, "Nieuwe intakes")
    casemanager.delete()
    assert "nog geen casemanager" in _sectie(client, medewerker, "Nieuwe intakes")


def test_werkvoorraad_kaders_waiting_show_and_leave_at_once(client):
    medewerker = UserFactory(medewerker=True)
    initiatief = InitiatiefFactory(in_gesprek=True, titel="Voorstel van bewoners")
    titel = "Kaders die op de gemeente wachten"
    assert "Voorstel van bewoners" not in _sectie(client, medewerker, titel)
    versie = KadersVersieFactory(initiatief=initiatief, van_initiatiefnemer=True, versie=1)
    assert "Voorstel van bewoners" in _sectie(client, medewerker, titel)
    KadersReactieFactory(versie=versie, van_gemeente=True)
    assert "Voorstel van bewoners" not in _sectie(client, medewerker, titel)


SOORTEN = (WERKVOORRAAD_MIJLPALEN, WERKVOORRAAD_KADERS, WERKVOORRAAD_BERICHTEN)


def test_werkvoorraad_a_submission_renews_only_the_lines_of_what_it_has():
    """A submitted draft without mijlpalen, kaders or messages is in none of their lists: it
    renews the intakes only (the bench's mixed run submits all the time)."""
    concept = InitiatiefFactory(concept=True)
    indienen = lambda: workflow.wijzig_status(concept, Status.INGEDIEND, concept.indiener)  # noqa: E731
    stand = {versie: versie.stand() for versie in SOORTEN}
    assert _vernieuwt(WERKVOORRAAD, None, indienen)
    assert {versie: versie.stand() for versie in SOORTEN} == stand


@pytest.mark.parametrize("versie", SOORTEN, ids=["mijlpalen", "kaders", "berichten"])
def test_werkvoorraad_a_save_of_an_initiative_renews_the_lines_of_its_rows(versie):
    initiatief = InitiatiefFactory(in_gesprek=True)
    if versie is WERKVOORRAAD_MIJLPALEN:
        MijlpaalFactory(initiatief=initiatief)
    elif versie is WERKVOORRAAD_KADERS:
        KadersVersieFactory(initiatief=initiatief)
    else:
        gesprek.stuur_bericht(initiatief=initiatief, afzender=initiatief.indiener, tekst="Hoi")
    anders = [v for v in SOORTEN if v is not versie]
    stand = {v: v.stand() for v in anders}
    initiatief.titel = "Nieuwe titel"
    assert _vernieuwt(versie, None, lambda: initiatief.save(update_fields=["titel"]))
    assert {v: v.stand() for v in anders} == stand


def test_werkvoorraad_a_submitted_draft_with_a_mijlpaal_over_tijd_shows_at_once(client):
    medewerker = UserFactory(medewerker=True)
    concept = InitiatiefFactory(concept=True, titel="Laat plan")
    gisteren = timezone.localdate() - timedelta(days=1)
    MijlpaalFactory(initiatief=concept, titel="Vergunning", verwachte_datum=gisteren)
    assert "Laat plan" not in _sectie(client, medewerker, "Mijlpalen over tijd")
    workflow.wijzig_status(concept, Status.INGEDIEND, concept.indiener)
    assert "Vergunning: Laat plan" in _sectie(client, medewerker, "Mijlpalen over tijd")


def test_werkvoorraad_a_renamed_initiative_with_messages_shows_at_once(client):
    medewerker = UserFactory(medewerker=True)
    initiatief = InitiatiefFactory(in_gesprek=True, titel="Oude naam")
    gesprek.stuur_bericht(initiatief=initiatief, afzender=initiatief.indiener, tekst="Vraag")
    assert "Oude naam" in _sectie(client, medewerker, "Onbeantwoorde berichten")
    services.bewaar_gegevens(initiatief, titel="Nieuwe naam")
    assert "Nieuwe naam" in _sectie(client, medewerker, "Onbeantwoorde berichten")


def test_werkvoorraad_after_a_submission_remakes_one_section(client):
    """The kept visit's queries plus the one of the intakes' section (four before: the
    messages', kaders' and mijlpalen' sections too)."""
    medewerker = UserFactory(medewerker=True)
    MijlpaalFactory(verwachte_datum=timezone.localdate() - timedelta(days=1))
    concept = InitiatiefFactory(concept=True)
    client.force_login(medewerker)
    client.get(WERKVOORRAAD_URL)
    with CaptureQueriesContext(connection) as bewaard:
        client.get(WERKVOORRAAD_URL)
    workflow.wijzig_status(concept, Status.INGEDIEND, concept.indiener)
    with CaptureQueriesContext(connection) as na_indienen:
        client.get(WERKVOORRAAD_URL)
    assert len(na_indienen) == len(bewaard) + 1


def test_werkvoorraad_a_submission_looks_up_its_rows_once():
    """One query for the three kinds of lines, however many versions ask."""
    concept = InitiatiefFactory(concept=True)
    concept.status = Status.INGEDIEND
    with CaptureQueriesContext(connection) as opslaan:
        concept.save(update_fields=["status"])
    assert len(opslaan) == 2  # the UPDATE and the one lookup


@pytest.mark.parametrize("met_mijlpaal", [True, False], ids=["met-mijlpaal", "zonder"])
def test_werkvoorraad_a_row_read_with_its_lines_asks_nothing_more(met_mijlpaal):
    """As the guided form reads its draft (InitiatiefQuerySet.met_regels_bekend): the save of
    the submission is its UPDATE alone, and renews the mijlpalen' lines only if it has one."""
    concept = InitiatiefFactory(concept=True)
    if met_mijlpaal:
        MijlpaalFactory(initiatief=concept)
    gelezen = Initiatief.objects.met_regels_bekend().get(pk=concept.pk)
    gelezen.status = Status.INGEDIEND
    with CaptureQueriesContext(connection) as opslaan:
        vernieuwd = _vernieuwt(
            WERKVOORRAAD_MIJLPALEN, None, lambda: gelezen.save(update_fields=["status"])
        )
    assert len(opslaan) == 1
    assert vernieuwd is met_mijlpaal


def test_werkvoorraad_a_draft_with_a_mijlpaal_submitted_in_the_form_shows_at_once(client):
    medewerker = UserFactory(medewerker=True)
    concept = _compleet_concept(titel="Laat plan")
    gisteren = timezone.localdate() - timedelta(days=1)
    MijlpaalFactory(initiatief=concept, titel="Vergunning", verwachte_datum=gisteren)
    assert "Laat plan" not in _sectie(client, medewerker, "Mijlpalen over tijd")
    client.force_login(concept.indiener)
    assert client.post(_stap(concept, 6), INDIENEN).status_code == 302
    assert "Vergunning: Laat plan" in _sectie(client, medewerker, "Mijlpalen over tijd")


def test_werkvoorraad_is_kept_through_read_markers_and_logins():
    initiatief = InitiatiefFactory(in_gesprek=True)
    lezer = UserFactory(medewerker=True)
    assert not _vernieuwt(
        WERKVOORRAAD, None, lambda: gesprek.markeer_gelezen(initiatief=initiatief, lezer=lezer)
    )
    for versie in (WERKVOORRAAD, *SOORTEN):
        assert not _vernieuwt(versie, None, lambda: lezer.save(update_fields=["naam"]))


# Follow your address: the resident's addresses and the public trajecten (ADRESSEN).


def test_adres_own_addresses_and_public_trajecten_show_at_once(client):
    inwoner = UserFactory()
    wijk = WijkFactory(naam="Binnenstad")
    volg = AdresVolgFactory(
        gebruiker=inwoner, breedte=GROTE_MARKT[0], lengte=GROTE_MARKT[1], wijk=wijk
    )
    assert "Binnenstad" in _html(client, inwoner, ADRES)
    wijk.naam = "Centrum"
    wijk.save()
    assert "Centrum" in _html(client, inwoner, ADRES)
    traject = InitiatiefFactory(in_gesprek=True, titel="Bankje", plek=GROTE_MARKT)
    assert "Bankje" in _html(client, inwoner, ADRES)
    workflow.wijzig_status(traject, Status.INGETROKKEN, traject.indiener, "Niet meer nodig")
    assert "Bankje" not in _html(client, inwoner, ADRES)
    tweede = AdresVolgFactory(gebruiker=inwoner, adres="Tweede adres", gemeente=volg.gemeente)
    assert "Tweede adres" in _html(client, inwoner, ADRES)
    tweede.delete()
    assert "Tweede adres" not in _html(client, inwoner, ADRES)


def test_adres_is_kept_through_others_addresses_and_drafts():
    inwoner, buur, wijk = UserFactory(), UserFactory(), WijkFactory()
    gemeente = wijk.gebied.gemeente
    assert not _vernieuwt(
        ADRESSEN, inwoner.pk, lambda: AdresVolgFactory(gebruiker=buur, gemeente=gemeente)
    )
    ingediend = InitiatiefFactory.build(indiener=buur, wijk=wijk, plek=GROTE_MARKT)
    assert not _vernieuwt(ADRESSEN, inwoner.pk, ingediend.save)  # not public yet
    assert _vernieuwt(
        ADRESSEN, inwoner.pk, lambda: AdresVolgFactory(gebruiker=inwoner, gemeente=gemeente)
    )


# Beheer and gesprek: one initiative's pages (PER_INITIATIEF, per initiative).


def test_beheer_reactions_terugkoppeling_moves_and_names_show_at_once(client):
    medewerker = UserFactory(medewerker=True)
    initiatief = InitiatiefFactory(in_gesprek=True)
    versie = KadersVersieFactory(initiatief=initiatief, van_initiatiefnemer=True, versie=1)
    mijlpaal = MijlpaalFactory(initiatief=initiatief, titel="Besluit", soort="raadsbesluit")
    html = _html(client, medewerker, _beheer(initiatief.pk))
    assert "Voorstel." in html and "Terugkoppeling publiceren" in html
    KadersReactieFactory(versie=versie, van_gemeente=True)
    assert "Gedragen door beide partijen." in _html(client, medewerker, _beheer(initiatief.pk))
    casemanagement.publiceer_terugkoppeling(mijlpaal, door=medewerker, tekst="Zo gedaan.")
    assert "Terugkoppeling publiceren" not in _html(client, medewerker, _beheer(initiatief.pk))
    nieuwe_datum = mijlpaal.verwachte_datum.replace(year=mijlpaal.verwachte_datum.year + 1)
    casemanagement.verplaats_mijlpaal(mijlpaal, door=medewerker, naar=nieuwe_datum, reden="Later")
    assert str(nieuwe_datum.year) in _html(client, medewerker, _beheer(initiatief.pk))
    indiener = initiatief.indiener
    indiener.naam = "Henk de Initiatiefnemer"
    indiener.save(update_fields=["naam"])
    assert "Henk de Initiatiefnemer" in _html(client, medewerker, _beheer(initiatief.pk))
    UserFactory(medewerker=True, naam="Nieuwe Collega")  # one more casemanager to choose
    assert "Nieuwe Collega" in _html(client, medewerker, _beheer(initiatief.pk))


def test_gesprek_a_message_and_a_senders_name_show_at_once(client):
    casemanager = UserFactory(medewerker=True, naam="Femke Hoekstra")
    initiatief = InitiatiefFactory(in_gesprek=True, casemanager=casemanager)
    lezer = UserFactory(medewerker=True)
    gesprek.stuur_bericht(initiatief=initiatief, afzender=casemanager, tekst="Eerste vraag")
    assert "Femke Hoekstra" in _html(client, lezer, _gesprek(initiatief.pk))
    casemanager.naam = "Femke de Vries"
    casemanager.save(update_fields=["naam"])
    assert "Femke de Vries" in _html(client, lezer, _gesprek(initiatief.pk))
    gesprek.stuur_bericht(initiatief=initiatief, afzender=initiatief.indiener, tekst="Antwoord")
    assert "Antwoord" in _html(client, lezer, _gesprek(initiatief.pk))


def test_one_initiatives_pages_are_kept_through_others_and_read_markers():
    dit = InitiatiefFactory(in_gesprek=True)
    ander = InitiatiefFactory(in_gesprek=True, wijk=dit.wijk)
    lezer = UserFactory(medewerker=True)
    kaders = {"gewijzigd_door": lezer, "van_initiatiefnemer": True}
    voorstel = KadersVersieFactory(initiatief=dit, versie=1, **kaders)
    for wijziging in (
        lambda: MijlpaalFactory(initiatief=ander),
        lambda: gesprek.stuur_bericht(initiatief=ander, afzender=ander.indiener, tekst="?"),
        lambda: KadersVersieFactory(initiatief=ander, **kaders),
        lambda: gesprek.markeer_gelezen(initiatief=dit, lezer=lezer),
        lambda: InitiatiefFactory(concept=True, wijk=dit.wijk, indiener=lezer),
    ):
        assert not _vernieuwt(PER_INITIATIEF, dit.pk, wijziging)
    for wijziging in (
        lambda: MijlpaalFactory(initiatief=dit),
        lambda: KadersVersieFactory(initiatief=dit, versie=2, **kaders),
        lambda: KadersReactieFactory(versie=voorstel, van_gemeente=True, door=lezer),
        lambda: gesprek.stuur_bericht(initiatief=dit, afzender=dit.indiener, tekst="?"),
        lambda: Initiatief.objects.get(pk=dit.pk).save(update_fields=["titel"]),
    ):
        assert _vernieuwt(PER_INITIATIEF, dit.pk, wijziging)
