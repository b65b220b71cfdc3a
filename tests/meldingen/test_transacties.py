"""Each mail's sent mark in a transaction of its own, committed right after the server's 250 and
before the next mail goes out, in one database round trip per mail (transacties.PerMail), and
two SMTP round trips where the server offers PIPELINING (portal.smtp).
Outside a test's transaction (transactional_db): that is where a worker runs."""

import psycopg2
import pytest
from django.db import DEFAULT_DB_ALIAS, connection, connections
from psycopg2.extensions import TRANSACTION_STATUS_IDLE

from participatiepunt.meldingen import bezorging
from participatiepunt.meldingen.kinds import Email
from participatiepunt.meldingen.models import Melding
from tests.databank import database_url
from tests.factories.meldingen import GebeurtenisFactory, MeldingFactory

pytestmark = pytest.mark.django_db(transaction=True)


class Rondgangen:
    """Counts the round trips to PostgreSQL of this thread's connection: each statement string,
    the BEGIN psycopg2 sends by itself before the first statement of a Django transaction, and
    each commit or rollback of an open transaction."""

    def __init__(self, monkeypatch):
        self.aantal = 0
        wrapper = connections[DEFAULT_DB_ALIAS]  # not the proxy: monkeypatch restores on it
        for naam in ("_commit", "_rollback"):
            monkeypatch.setattr(wrapper, naam, self._tel_einde(getattr(wrapper, naam)))

    def _open(self) -> bool:
        psycopg = connection.connection
        return psycopg is not None and psycopg.info.transaction_status != TRANSACTION_STATUS_IDLE

    def _tel_einde(self, einde):
        def tel():
            self.aantal += self._open()
            return einde()

        return tel

    def __call__(self, execute, sql, params, many, context):
        if not connection.get_autocommit() and not self._open():
            self.aantal += 1  # psycopg2's own BEGIN
        self.aantal += 1
        return execute(sql, params, many, context)


def _meldingen(aantal):
    gebeurtenis = GebeurtenisFactory()
    return [MeldingFactory(gebeurtenis=gebeurtenis) for _ in range(aantal)]


def test_one_database_round_trip_per_mail(smtp_server, monkeypatch):
    teller = Rondgangen(monkeypatch)

    def rondgangen(aantal):
        ids = [melding.pk for melding in _meldingen(aantal)]
        teller.aantal = 0
        with connection.execute_wrapper(teller):
            assert bezorging.verstuur(ids) == aantal
        return teller.aantal

    assert rondgangen(10) - rondgangen(5) == 5  # was 15: BEGIN, UPDATE, COMMIT per mail
    assert not bezorging.te_bezorgen().exists()


def test_two_smtp_round_trips_per_mail_where_the_server_pipelines(smtp_server, monkeypatch):
    import smtplib

    schrijfacties, schrijf = [], smtplib.SMTP.send
    monkeypatch.setattr(
        smtplib.SMTP, "send", lambda self, s: schrijfacties.append(s) or schrijf(self, s)
    )

    def rondgangen(aantal):
        schrijfacties.clear()
        assert bezorging.verstuur([melding.pk for melding in _meldingen(aantal)]) == aantal
        return len(schrijfacties)

    assert rondgangen(10) - rondgangen(5) == 10  # was 20: MAIL, RCPT, DATA, the message
    assert smtp_server.sink.per_ontvanger() and set(smtp_server.sink.per_ontvanger().values()) == {
        1
    }


class ZietGecommitteerd:
    """A sink that, at each message's data, looks from a connection of its own which rows are
    committed as sent."""

    def __init__(self, sink, weiger=None):
        self.sink, self.weiger, self.gezien = sink, weiger, []
        self.verbinding = psycopg2.connect(database_url())
        self.verbinding.autocommit = True

    async def handle_DATA(self, server, session, envelope):
        with self.verbinding.cursor() as cursor:
            cursor.execute(
                "SELECT u.email FROM meldingen_melding m JOIN accounts_user u"
                " ON u.id = m.ontvanger_id WHERE m.email_verstuurd_op IS NOT NULL"
            )
            self.gezien.append((envelope.rcpt_tos[0], {email for (email,) in cursor}))
        if self.weiger in envelope.rcpt_tos:
            return "554 5.7.1 Bericht geweigerd"
        return await self.sink.handle_DATA(server, session, envelope)


@pytest.fixture
def ziet_gecommitteerd(smtp_server):
    def start(**kwargs):
        return smtp_server.met_handler(ZietGecommitteerd(smtp_server.sink, **kwargs))

    yield start


def test_each_mail_is_committed_before_the_next_goes_out_and_not_before_its_own(
    ziet_gecommitteerd,
):
    meldingen = _meldingen(4)
    adressen = [melding.ontvanger.email for melding in meldingen]
    handler = ziet_gecommitteerd(weiger=adressen[1])
    assert bezorging.verstuur([melding.pk for melding in meldingen]) == 3
    handler.verbinding.close()
    assert handler.gezien == [
        (adressen[0], set()),
        (adressen[1], {adressen[0]}),
        (adressen[2], {adressen[0]}),  # the refused one's mark was rolled back
        (adressen[3], {adressen[0], adressen[2]}),
    ]
    geweigerd = Melding.objects.get(pk=meldingen[1].pk)
    assert geweigerd.email == Email.DIRECT and geweigerd.email_verstuurd_op is None
    assert geweigerd.email_pogingen == 1
    assert Melding.objects.filter(email_verstuurd_op__isnull=False).count() == 3


def test_a_row_another_task_sent_is_skipped_and_the_next_goes_out(smtp_server):
    from django.utils import timezone

    eerste, tweede, derde = _meldingen(3)
    Melding.objects.filter(pk=tweede.pk).update(email_verstuurd_op=timezone.now())
    assert bezorging.verstuur([eerste.pk, tweede.pk, derde.pk]) == 2
    assert set(smtp_server.sink.per_ontvanger()) == {eerste.ontvanger.email, derde.ontvanger.email}
    assert not bezorging.te_bezorgen().exists()
