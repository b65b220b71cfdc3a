"""One message can never stop the others: a control character in a title is cleaned from the
headers, any failure of one message is recorded and the batch goes on, and a message that keeps
failing is parked for a beheerder instead of being retried for ever (issue 14)."""

import pytest
from django.urls import reverse

from participatiepunt.meldingen import tasks
from participatiepunt.meldingen.kinds import Email
from participatiepunt.meldingen.models import GEPARKEERD, Melding
from tests.factories.meldingen import GebeurtenisFactory, MeldingFactory

pytestmark = pytest.mark.django_db

VERGIF = "Nieuws\r\nBcc: aanvaller@example.org\r\n\r\nNep-inhoud"


def test_a_line_break_in_a_title_stops_no_mail(smtp_server):
    gebeurtenis = GebeurtenisFactory(titel=VERGIF)
    meldingen = [MeldingFactory(gebeurtenis=gebeurtenis) for _ in range(3)]
    assert tasks.bezorg_emails([m.pk for m in meldingen]) == 3
    ontvangers = {adres for adres, _ in smtp_server.sink.per_ontvanger().items()}
    assert ontvangers == {m.ontvanger.email for m in meldingen}
    _, bericht = smtp_server.sink.berichten[0]
    assert bericht["Subject"] == "[Participatiepunt] Nieuws Bcc: aanvaller@example.org Nep-inhoud"
    assert bericht["Bcc"] is None


class WeigertEen:
    """A sink that refuses the data of one recipient's message (554), like a content filter."""

    def __init__(self, sink, adres):
        self.sink, self.adres = sink, adres

    async def handle_DATA(self, server, session, envelope):
        if self.adres in envelope.rcpt_tos:
            return "554 5.7.1 Bericht geweigerd"
        return await self.sink.handle_DATA(server, session, envelope)


@pytest.fixture
def weigert_een(smtp_server):
    def weiger(adres):
        smtp_server.met_handler(WeigertEen(smtp_server.sink, adres))

    return weiger


def test_a_failing_message_is_recorded_and_the_batch_goes_on(smtp_server, weigert_een):
    eerste, tweede, derde = (MeldingFactory() for _ in range(3))
    weigert_een(tweede.ontvanger.email)
    assert tasks.bezorg_emails([eerste.pk, tweede.pk, derde.pk]) == 2
    assert set(smtp_server.sink.per_ontvanger()) == {eerste.ontvanger.email, derde.ontvanger.email}
    tweede.refresh_from_db()
    assert tweede.email == Email.DIRECT and tweede.email_verstuurd_op is None
    assert tweede.email_pogingen == 1
    assert "554" in tweede.email_fout and "geweigerd" in tweede.email_fout


def test_a_message_that_keeps_failing_is_parked_not_retried_for_ever(
    smtp_server, weigert_een, settings
):
    settings.MELDINGEN_PARKEER_NA = 3
    settings.MELDINGEN_HERPLAN_NA = 0
    melding = MeldingFactory()
    weigert_een(melding.ontvanger.email)
    for _ in range(5):
        tasks.veeg_uitgaande_meldingen()
    melding.refresh_from_db()
    assert (melding.email, melding.email_pogingen) == (GEPARKEERD, 3)
    assert tasks.veeg_uitgaande_meldingen() == 0
    assert len(smtp_server.sink) == 0


def test_a_beheerder_sees_a_parked_message_with_its_error_and_sends_it_again(
    admin_client, smtp_server
):
    melding = MeldingFactory(email=GEPARKEERD, email_pogingen=5, email_fout="SMTPDataError: 554")
    lijst = reverse("admin:meldingen_melding_changelist")
    pagina = admin_client.get(lijst, {"email__exact": GEPARKEERD})
    assert "Geparkeerd: bezorging mislukt" in pagina.text
    assert "SMTPDataError: 554" in pagina.text
    admin_client.post(
        lijst, {"action": "opnieuw_bezorgen", "_selected_action": [melding.pk]}, follow=True
    )
    melding.refresh_from_db()
    assert melding.email == Email.DIRECT and melding.email_verstuurd_op is not None
    assert list(smtp_server.sink.per_ontvanger()) == [melding.ontvanger.email]
    assert not Melding.objects.filter(email=GEPARKEERD).exists()


def test_a_failing_digest_is_recorded_and_the_others_go_out(smtp_server, weigert_een, settings):
    from tests.meldingen.test_overzicht import op

    settings.MELDINGEN_PARKEER_NA = 2
    with op(24):
        eerste, tweede = MeldingFactory(wekelijks=True), MeldingFactory(wekelijks=True)
    weigert_een(eerste.ontvanger.email)
    for dag in (30, 37):  # two Mondays: the failing digest is tried again, then parked
        with op(dag):
            tasks.stuur_overzichten([eerste.ontvanger_id, tweede.ontvanger_id])
    assert list(smtp_server.sink.per_ontvanger()) == [tweede.ontvanger.email]
    eerste.refresh_from_db()
    assert (eerste.email, eerste.email_pogingen) == (GEPARKEERD, 2)
    assert "554" in eerste.email_fout


def test_over_smtp_each_mail_is_its_events_template_filled_in(smtp_server, monkeypatch):
    """One render and one flattening per event; at the server each mail has its own address,
    Message-ID and unsubscribe link."""
    from participatiepunt.portal import mail

    gevuld = []
    bytes_voor = mail.Sjabloon.bytes_voor
    monkeypatch.setattr(
        mail.Sjabloon, "bytes_voor", lambda self, b: gevuld.append(b) or bytes_voor(self, b)
    )
    gebeurtenis = GebeurtenisFactory(titel="Nieuws uit Paddepoel")
    meldingen = [MeldingFactory(gebeurtenis=gebeurtenis) for _ in range(3)]
    assert tasks.bezorg_emails([m.pk for m in meldingen]) == 3
    assert len(gevuld) == 3 and len({b.sjabloon for b in gevuld}) == 1
    for melding in meldingen:
        [(ontvangers, bericht)] = [
            (aan, b) for aan, b in smtp_server.sink.berichten if melding.ontvanger.email in aan
        ]
        assert ontvangers == (melding.ontvanger.email,)
        assert bericht["To"] == melding.ontvanger.email
        assert bericht["Message-ID"] == f"<melding-{melding.pk}@testserver>"
        link = bericht["List-Unsubscribe"].strip().strip("<>")
        tekst = bericht.get_payload()[0].get_payload(decode=True).decode()
        assert link in tekst and "PLEK" not in bericht.as_string()
    assert len({b["List-Unsubscribe"] for _, b in smtp_server.sink.berichten}) == 3


def test_only_unsent_direct_rows_are_marked_sent(smtp_server):
    from django.utils import timezone

    verstuurd = MeldingFactory(email_verstuurd_op=timezone.now())
    wekelijks, uit = MeldingFactory(wekelijks=True), MeldingFactory(email=Email.UIT)
    assert tasks.bezorg_emails([verstuurd.pk, wekelijks.pk, uit.pk]) == 0
    assert len(smtp_server.sink) == 0
    for melding in (wekelijks, uit):
        melding.refresh_from_db()
        assert melding.email_verstuurd_op is None
