"""One mail over an open connection: pipelined (two round trips) where the server offers
PIPELINING, smtplib's sendmail (four) where it does not; the same bytes arrive, the same errors
are raised, and after a refusal the connection goes on with the next mail."""

import smtplib
import socket

import pytest
from aiosmtpd.controller import Controller

from participatiepunt.portal import smtp

AFZENDER = "noreply@participatiepunt.local"
INHOUD = b"Subject: Nieuws\r\n\r\nEen regel.\r\n.Een regel met een punt vooraan.\r\nEinde"


class Server:
    def __init__(self, pipelining):
        self.pipelining, self.ontvangen = pipelining, []
        self.weiger_ontvanger = self.weiger_data = None

    async def handle_EHLO(self, server, session, envelope, hostname, responses):
        session.host_name = hostname
        if self.pipelining:
            responses.insert(-1, "250-PIPELINING")
        return responses

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address == self.weiger_ontvanger:
            return "550 5.1.1 Onbekend adres"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        if self.weiger_data in envelope.rcpt_tos:
            return "554 5.7.1 Bericht geweigerd"
        self.ontvangen.append((envelope.mail_from, tuple(envelope.rcpt_tos), envelope.content))
        return "250 OK"


def _vrije_poort():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(params=[True, False], ids=["pipelining", "zonder"])
def verbinding(request):
    server = Server(pipelining=request.param)
    controller = Controller(server, hostname="127.0.0.1", port=_vrije_poort())
    controller.start()
    client = smtplib.SMTP("127.0.0.1", controller.port, timeout=5)
    client.schrijfacties = 0
    schrijf = client.send

    def tel(data):
        client.schrijfacties += 1
        return schrijf(data)

    client.send = tel
    yield server, client
    client.quit()
    controller.stop()


def test_a_mail_takes_two_round_trips_where_the_server_pipelines(verbinding):
    server, client = verbinding
    smtp.stuur(client, AFZENDER, "a@voorbeeld.nl", INHOUD)  # the EHLO is done once
    client.schrijfacties = 0
    for adres in ("b@voorbeeld.nl", "c@voorbeeld.nl"):
        smtp.stuur(client, AFZENDER, adres, INHOUD)
    assert client.schrijfacties == (2 if server.pipelining else 4) * 2
    assert server.ontvangen == [
        (AFZENDER, (adres,), INHOUD + b"\r\n")
        for adres in ("a@voorbeeld.nl", "b@voorbeeld.nl", "c@voorbeeld.nl")
    ]


def test_a_refused_recipient_raises_as_smtplib_and_the_next_mail_goes_out(verbinding):
    server, client = verbinding
    server.weiger_ontvanger = "weg@voorbeeld.nl"
    with pytest.raises(smtplib.SMTPRecipientsRefused) as fout:
        smtp.stuur(client, AFZENDER, "weg@voorbeeld.nl", INHOUD)
    assert fout.value.recipients == {"weg@voorbeeld.nl": (550, b"5.1.1 Onbekend adres")}
    smtp.stuur(client, AFZENDER, "b@voorbeeld.nl", INHOUD)
    assert [ontvangers for _, ontvangers, _ in server.ontvangen] == [("b@voorbeeld.nl",)]


def test_refused_data_raises_as_smtplib_and_the_next_mail_goes_out(verbinding):
    server, client = verbinding
    server.weiger_data = "filter@voorbeeld.nl"
    with pytest.raises(smtplib.SMTPDataError) as fout:
        smtp.stuur(client, AFZENDER, "filter@voorbeeld.nl", INHOUD)
    assert fout.value.smtp_code == 554
    smtp.stuur(client, AFZENDER, "b@voorbeeld.nl", INHOUD)
    assert [ontvangers for _, ontvangers, _ in server.ontvangen] == [("b@voorbeeld.nl",)]


def test_a_line_break_in_an_address_smuggles_no_command(verbinding):
    server, client = verbinding
    smtp.stuur(client, AFZENDER, "a@voorbeeld.nl\r\nRCPT TO:<b@voorbeeld.nl>", INHOUD)
    assert [ontvangers for _, ontvangers, _ in server.ontvangen] == [("a@voorbeeld.nl",)]
