"""The conversation of an initiative: who reads and writes in which state, a notification each
way (the initiator's verplicht, the participatiepunt's by its preferences), unread markers per
reader, attachments through the checks of bijlagen, the gebiedsteam only when the initiator
allows, AVG, one message per double click, and a bounded number of queries."""

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from initiatieven import gesprek
from initiatieven.models import Bericht
from participatiepunt.accounts.privacy import erase_account, export_data
from participatiepunt.meldingen.kinds import Email
from participatiepunt.meldingen.models import Melding
from tests.factories.accounts import UserFactory
from tests.factories.initiatieven import InitiatiefFactory
from tests.factories.meldingen import VoorkeurFactory
from tests.gebouwd import gebouwde_queries, tabellen
from tests.portal.test_eenmalig import twee_keer

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("posts_committen")]
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def _url(initiatief, naam="gesprek"):
    return reverse(f"initiatieven:{naam}", args=[initiatief.pk])


@pytest.fixture
def casemanager():
    return UserFactory(medewerker=True, naam="Femke Hoekstra")


@pytest.fixture
def initiatief(casemanager):
    return InitiatiefFactory(in_gesprek=True, casemanager=casemanager)


def _rollen(initiatief):
    return {
        "initiatiefnemer": initiatief.indiener,
        "andere inwoner": UserFactory(),
        "medewerker": UserFactory(medewerker=True),
        "gebiedsteam van de wijk": UserFactory(gebiedsteam=True, gebieden=[initiatief.wijk.gebied]),
        "griffie": UserFactory(griffie=True),
    }


LEZEN = {  # role: (not shared with the gebiedsteam, shared)
    "initiatiefnemer": (200, 200),
    "andere inwoner": (404, 404),
    "medewerker": (200, 200),
    "gebiedsteam van de wijk": (404, 200),
    "griffie": (404, 404),
}


@pytest.mark.parametrize("status", ["ingediend", "in_gesprek", "afgerond", "ingetrokken"])
@pytest.mark.parametrize("gedeeld", [False, True])
def test_who_reads_the_conversation_in_each_state(client, status, gedeeld):
    initiatief = InitiatiefFactory(
        **({} if status == "ingediend" else {status: True}),
        gesprek_delen_met_gebiedsteam=gedeeld,
    )
    for rol, user in _rollen(initiatief).items():
        client.force_login(user)
        assert client.get(_url(initiatief)).status_code == LEZEN[rol][gedeeld], rol


def test_a_draft_has_no_conversation_for_anyone(client):
    concept = InitiatiefFactory(concept=True, gesprek_delen_met_gebiedsteam=True)
    for rol, user in _rollen(concept).items():
        client.force_login(user)
        assert client.get(_url(concept)).status_code == 404, rol
        assert client.post(_url(concept), {"tekst": "Hallo"}).status_code == 404, rol
    assert not Bericht.objects.exists()


def test_a_gebiedsteam_that_may_read_cannot_write(client):
    initiatief = InitiatiefFactory(gesprek_delen_met_gebiedsteam=True)
    client.force_login(UserFactory(gebiedsteam=True, gebieden=[initiatief.wijk.gebied]))
    html = client.get(_url(initiatief)).content.decode()
    assert "Bericht versturen" not in html
    assert client.post(_url(initiatief), {"tekst": "Meelezer"}).status_code == 403
    assert not Bericht.objects.exists()


def test_initiator_writes_and_the_casemanager_is_told_by_their_preferences(
    client, initiatief, casemanager
):
    client.force_login(initiatief.indiener)
    response = client.post(_url(initiatief), {"tekst": "Wanneer is het intakegesprek?"})
    assert response.status_code == 302
    bericht = Bericht.objects.get()
    assert bericht.van_initiatiefnemer and bericht.afzender == initiatief.indiener
    [melding] = Melding.objects.all()
    assert melding.ontvanger == casemanager and melding.email == Email.DIRECT
    [verstuurd] = mail.outbox
    assert verstuurd.to == [casemanager.email]
    assert "intakegesprek" not in verstuurd.body  # the message stays in the portal


def test_a_casemanager_who_switched_the_kind_off_gets_no_mail(client, initiatief, casemanager):
    VoorkeurFactory(gebruiker=casemanager, soort="initiatief.bericht_initiatiefnemer")
    client.force_login(initiatief.indiener)
    client.post(_url(initiatief), {"tekst": "Hallo"})
    assert not mail.outbox
    assert Melding.objects.get().in_portaal


def test_without_a_casemanager_every_medewerker_hears_of_it(client):
    initiatief = InitiatiefFactory()
    medewerkers = {UserFactory(medewerker=True).email for _ in range(2)}
    client.force_login(initiatief.indiener)
    client.post(_url(initiatief), {"tekst": "Is hier iemand?"})
    assert {bericht.to[0] for bericht in mail.outbox} == medewerkers


def test_the_reply_reaches_the_initiator_even_with_the_kind_switched_off(
    client, initiatief, casemanager
):
    VoorkeurFactory(gebruiker=initiatief.indiener, soort="initiatief.bericht")
    client.force_login(casemanager)
    client.post(_url(initiatief), {"tekst": "Donderdag om 10 uur?"})
    [verstuurd] = mail.outbox
    assert verstuurd.to == [initiatief.indiener.email]
    assert "Nieuw bericht over uw initiatief" in verstuurd.subject
    assert not Bericht.objects.get().van_initiatiefnemer


def test_followers_of_the_initiative_hear_nothing_of_the_conversation(
    client, initiatief, casemanager
):
    from participatiepunt.meldingen import volgen

    volgen.volg(UserFactory(), initiatief)
    client.force_login(casemanager)
    client.post(_url(initiatief), {"tekst": "Alleen voor de initiatiefnemer"})
    assert [m.ontvanger_id for m in Melding.objects.all()] == [initiatief.indiener_id]


def test_unread_markers_are_per_reader(client, initiatief, casemanager):
    gesprek.stuur_bericht(initiatief=initiatief, afzender=casemanager, tekst="Eerste")
    gesprek.stuur_bericht(initiatief=initiatief, afzender=casemanager, tekst="Tweede")
    collega = UserFactory(medewerker=True)
    assert gesprek.aantal_ongelezen(initiatief=initiatief, lezer=initiatief.indiener) == 2
    assert gesprek.aantal_ongelezen(initiatief=initiatief, lezer=casemanager) == 0
    assert gesprek.aantal_ongelezen(initiatief=initiatief, lezer=collega) == 2

    client.force_login(initiatief.indiener)
    assert "2 nieuw" in client.get(initiatief.get_absolute_url()).content.decode()
    assert client.get(_url(initiatief)).context["ongelezen"] == 2  # reading changes nothing
    client.post(_url(initiatief, "gesprek_gelezen"))
    assert gesprek.aantal_ongelezen(initiatief=initiatief, lezer=initiatief.indiener) == 0
    assert gesprek.aantal_ongelezen(initiatief=initiatief, lezer=collega) == 2
    assert client.get(_url(initiatief)).context["ongelezen"] == 0
    client.force_login(collega)
    assert client.get(_url(initiatief)).context["ongelezen"] == 2


def test_writing_marks_what_came_before_as_read(client, initiatief, casemanager):
    gesprek.stuur_bericht(initiatief=initiatief, afzender=casemanager, tekst="Vraag")
    client.force_login(initiatief.indiener)
    client.post(_url(initiatief), {"tekst": "Antwoord"})
    assert gesprek.aantal_ongelezen(initiatief=initiatief, lezer=initiatief.indiener) == 0
    assert gesprek.aantal_ongelezen(initiatief=initiatief, lezer=casemanager) == 1


def test_unanswered_conversations_for_the_werkvoorraad(initiatief, casemanager):
    ander = InitiatiefFactory(casemanager=UserFactory(medewerker=True))
    zonder = InitiatiefFactory()
    for item in (initiatief, ander, zonder):
        gesprek.stuur_bericht(initiatief=item, afzender=item.indiener, tekst="Vraag")
    assert set(gesprek.onbeantwoord_voor(casemanager)) == {initiatief, zonder}
    gesprek.stuur_bericht(initiatief=initiatief, afzender=casemanager, tekst="Antwoord")
    assert list(gesprek.onbeantwoord_voor(casemanager)) == [zonder]


def test_only_the_initiator_lets_the_gebiedsteam_read_along(client, initiatief, casemanager):
    client.force_login(casemanager)
    assert client.post(_url(initiatief, "gesprek_delen"), {"delen": "ja"}).status_code == 403
    client.force_login(initiatief.indiener)
    client.post(_url(initiatief, "gesprek_delen"), {"delen": "ja"})
    initiatief.refresh_from_db()
    assert initiatief.gesprek_delen_met_gebiedsteam
    client.post(_url(initiatief, "gesprek_delen"), {"delen": "nee"})
    initiatief.refresh_from_db()
    assert not initiatief.gesprek_delen_met_gebiedsteam


def test_an_attachment_is_kept_and_served_only_to_readers(client, initiatief):
    client.force_login(initiatief.indiener)
    bestand = SimpleUploadedFile("schets.pdf", PDF, content_type="application/pdf")
    client.post(_url(initiatief), {"tekst": "Zie de schets", "bijlage": bestand})
    bericht = Bericht.objects.get()
    assert bericht.bijlage_naam == "schets.pdf" and bericht.bijlage_grootte == len(PDF)
    url = reverse("initiatieven:gesprek_bijlage", args=[initiatief.pk, bericht.pk])
    response = client.get(url)
    assert response.status_code == 200 and b"".join(response.streaming_content) == PDF
    client.force_login(UserFactory())
    assert client.get(url).status_code == 404


def test_an_attachment_that_is_not_what_it_says_is_refused_and_the_text_kept(client, initiatief):
    client.force_login(initiatief.indiener)
    nep = SimpleUploadedFile("factuur.pdf", b"MZ\x90\x00 dit is geen pdf", "application/pdf")
    response = client.post(_url(initiatief), {"tekst": "Mijn tekst blijft", "bijlage": nep})
    assert response.status_code == 400
    assert response.context["form"].errors["bijlage"]
    assert "Mijn tekst blijft" in response.content.decode()
    assert not Bericht.objects.exists() and not mail.outbox


def test_attachments_count_for_the_quota_of_the_initiative(client, initiatief, settings):
    settings.UPLOAD_QUOTUM_INITIATIEF = len(PDF) + 10
    client.force_login(initiatief.indiener)
    for _ in range(2):
        bestand = SimpleUploadedFile("schets.pdf", PDF, content_type="application/pdf")
        response = client.post(_url(initiatief), {"tekst": "Schets", "bijlage": bestand})
    assert response.status_code == 400
    assert "Bij dit initiatief staat al" in str(response.context["form"].errors["bijlage"])
    assert Bericht.objects.count() == 1


def test_an_empty_message_is_refused_at_its_field(client, initiatief):
    client.force_login(initiatief.indiener)
    response = client.post(_url(initiatief), {"tekst": "  \r\n "})
    assert response.status_code == 400
    assert response.context["form"].errors["tekst"] == ["Schrijf een bericht."]


def test_a_double_click_sends_one_message(client, initiatief, casemanager):
    client.force_login(casemanager)
    eerste, tweede = twee_keer(client, _url(initiatief), _url(initiatief), {"tekst": "Eén keer"})
    assert eerste.status_code == tweede.status_code == 302
    assert Bericht.objects.count() == 1 and len(mail.outbox) == 1


def test_avg_export_and_erase(client, initiatief, casemanager, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    bestand = SimpleUploadedFile("schets.pdf", PDF, content_type="application/pdf")
    eigen = gesprek.stuur_bericht(
        initiatief=initiatief,
        afzender=initiatief.indiener,
        tekst="Mijn vraag",
        bijlage=bestand,
        content_type="application/pdf",
    )
    gesprek.stuur_bericht(initiatief=initiatief, afzender=casemanager, tekst="Ons antwoord")
    anders = InitiatiefFactory(casemanager=casemanager)
    gesprek.stuur_bericht(initiatief=anders, afzender=anders.indiener, tekst="Niet van haar")
    export = export_data(initiatief.indiener)["initiatieven"]["berichten"]
    assert [b["tekst"] for b in export] == ["Mijn vraag", "Ons antwoord"]
    pad = eigen.bijlage.path
    erase_account(initiatief.indiener)
    assert list(Bericht.objects.values_list("tekst", flat=True)) == ["Niet van haar"]
    assert not (tmp_path / pad).exists()


def _queries(client, url):
    with CaptureQueriesContext(connection) as context:
        assert client.get(url).status_code == 200
    return len(context)


def test_the_conversation_page_runs_a_bounded_number_of_queries(client, initiatief, casemanager):
    def schrijf(aantal):
        for n in range(aantal):
            gesprek.stuur_bericht(initiatief=initiatief, afzender=initiatief.indiener, tekst=f"{n}")
            gesprek.stuur_bericht(initiatief=initiatief, afzender=casemanager, tekst=f"re {n}")

    client.force_login(casemanager)
    schrijf(2)
    weinig = _queries(client, _url(initiatief))
    schrijf(20)
    # the session's user, the initiative with up to when this reader read (one column), the
    # messages, the unread notifications count
    assert _queries(client, _url(initiatief)) == weinig <= 4


def test_the_conversation_page_builds_the_initiatives_sql_once(client, initiatief, casemanager):
    """Its SQL (three joined tables and a subquery) took longer to build than to run: a visit
    after the first builds only the session user's."""
    client.force_login(casemanager)
    assert client.get(_url(initiatief)).status_code == 200
    with gebouwde_queries() as gebouwd:
        assert client.get(_url(initiatief)).status_code == 200
    assert "initiatieven_initiatief" not in tabellen(gebouwd)


def test_who_is_who_staff_see_the_initiator_the_gebiedsteam_and_the_public_do_not(
    client, initiatief, casemanager
):
    indiener = initiatief.indiener
    pagina = {
        "intake": reverse("initiatieven:intake"),
        "detail": initiatief.get_absolute_url(),
        "beheer": reverse("initiatieven:beheer", args=[initiatief.pk]),
        "gesprek": _url(initiatief),
    }
    client.force_login(UserFactory(medewerker=True))
    for naam, url in pagina.items():
        assert indiener.email in client.get(url).content.decode(), naam
    client.force_login(UserFactory(gebiedsteam=True, gebieden=[initiatief.wijk.gebied]))
    for naam in ("intake", "detail"):
        assert indiener.email not in client.get(pagina[naam]).content.decode(), naam
    client.force_login(UserFactory())
    assert indiener.email not in client.get(pagina["detail"]).content.decode()


def test_the_initiator_sees_how_to_reach_the_casemanager(client, initiatief):
    from participatiepunt.gebieden.huidige import standaardgemeente

    client.force_login(initiatief.indiener)
    html = client.get(initiatief.get_absolute_url()).content.decode()
    assert "Femke Hoekstra (casemanager)" in html
    assert standaardgemeente().telefoon in html and standaardgemeente().email in html
    assert f'href="{_url(initiatief)}"' in html


def test_the_werkvoorraad_lists_unanswered_conversations_of_this_gemeente(client, casemanager):
    from tests.factories.gebieden import GebiedFactory, GemeenteFactory, WijkFactory

    hier = InitiatiefFactory(titel="Vraag hier", casemanager=casemanager)
    elders = InitiatiefFactory(
        titel="Vraag elders",
        wijk=WijkFactory(gebied=GebiedFactory(gemeente=GemeenteFactory(andere=True))),
    )
    beantwoord = InitiatiefFactory(titel="Al beantwoord", casemanager=casemanager)
    for initiatief in (hier, elders, beantwoord):
        gesprek.stuur_bericht(initiatief=initiatief, afzender=initiatief.indiener, tekst="?")
    gesprek.stuur_bericht(initiatief=beantwoord, afzender=casemanager, tekst="Antwoord")
    client.force_login(casemanager)
    html = client.get(reverse("portal:werkvoorraad")).content.decode()
    assert "Onbeantwoorde berichten" in html and _url(hier) in html
    assert _url(elders) not in html and _url(beantwoord) not in html
    client.force_login(UserFactory(gebiedsteam=True, gebieden=[hier.wijk.gebied]))
    assert (
        "Onbeantwoorde berichten" not in client.get(reverse("portal:werkvoorraad")).content.decode()
    )


def test_the_kept_messages_show_a_new_one_at_once_with_each_readers_own_bits(
    client, initiatief, casemanager
):
    gesprek.stuur_bericht(initiatief=initiatief, afzender=casemanager, tekst="Eerste <b>vraag</b>")
    client.force_login(casemanager)
    pagina = client.get(_url(initiatief)).content.decode()
    # kept now: no query for the messages (the session's user, the initiative, notifications)
    assert _queries(client, _url(initiatief)) == 3
    assert "<strong>U</strong>" in pagina
    assert "Eerste &lt;b&gt;vraag&lt;/b&gt;" in pagina
    assert "<!--" not in pagina.split('class="list-unstyled gesprek"')[1].split("</ol>")[0]

    client.force_login(initiatief.indiener)
    pagina = client.get(_url(initiatief)).content.decode()
    assert "<strong>U</strong>" not in pagina
    assert "Femke Hoekstra (participatiepunt)" in pagina
    assert pagina.count('text-bg-primary">nieuw</span>') == 1
    client.post(_url(initiatief), {"tekst": "Mijn antwoord"})

    client.force_login(casemanager)
    pagina = client.get(_url(initiatief)).content.decode()
    assert "Mijn antwoord" in pagina
    assert "1 nieuw" in pagina
    assert "(initiatiefnemer)" in pagina  # staff see the initiator's name
