"""A batch goes out over MELDINGEN_BEZORG_VERBINDINGEN SMTP connections at once, each part in a
thread with its own database connection (so the rows must be committed: transactional_db).
Every recipient still gets exactly one mail, and an outage stops the batch."""

import smtplib
from collections import Counter
from types import SimpleNamespace

import pytest

from participatiepunt.meldingen import bezorging
from participatiepunt.meldingen.models import Melding
from tests.factories.meldingen import GebeurtenisFactory, MeldingFactory

pytestmark = pytest.mark.django_db(transaction=True)


class PerVerbinding:
    """Wraps a sink: remembers over which connection (the client's port) each message came."""

    def __init__(self, sink, storing_voor=None):
        self.sink, self.storing_voor, self.verbindingen = sink, storing_voor, set()

    async def handle_DATA(self, server, session, envelope):
        if self.storing_voor in envelope.rcpt_tos:
            return "421 4.3.2 Even niet"
        self.verbindingen.add(session.peer)
        return await self.sink.handle_DATA(server, session, envelope)


@pytest.fixture
def per_verbinding(smtp_server):
    def start(**kwargs):
        return smtp_server.met_handler(PerVerbinding(smtp_server.sink, **kwargs))

    return start


def _meldingen(aantal):
    gebeurtenis = GebeurtenisFactory()
    return [MeldingFactory(gebeurtenis=gebeurtenis) for _ in range(aantal)]


def test_a_batch_goes_out_over_several_connections_once_per_recipient(
    smtp_server, per_verbinding, settings
):
    settings.MELDINGEN_BEZORG_VERBINDINGEN = 3
    handler = per_verbinding()
    meldingen = _meldingen(9)
    ids = [m.pk for m in meldingen]
    assert bezorging.verstuur(ids) == 9
    assert smtp_server.sink.per_ontvanger() == Counter({m.ontvanger.email: 1 for m in meldingen})
    assert len(handler.verbindingen) == 3
    assert not bezorging.te_bezorgen().exists()
    assert bezorging.verstuur(ids) == 0  # a duplicate task sends nothing


def test_an_outage_in_one_part_stops_the_batch_and_marks_only_what_went_out(
    smtp_server, per_verbinding, settings
):
    settings.MELDINGEN_BEZORG_VERBINDINGEN = 3
    meldingen = _meldingen(30)
    per_verbinding(storing_voor=meldingen[4].ontvanger.email)
    with pytest.raises(smtplib.SMTPResponseException):
        bezorging.verstuur([m.pk for m in meldingen])
    ontvangen = set(smtp_server.sink.per_ontvanger())
    verstuurd = Melding.objects.filter(email_verstuurd_op__isnull=False)
    assert set(verstuurd.values_list("ontvanger__email", flat=True)) == ontvangen
    assert meldingen[4].ontvanger.email not in ontvangen
    assert bezorging.te_bezorgen().exists()  # left for the retry


def test_each_readers_rows_stay_in_one_part():
    rijen = [SimpleNamespace(pk=pk, ontvanger_id=pk % 5) for pk in range(40)]
    delen = bezorging.per_verbinding(rijen, 3)
    assert len(delen) == 3
    assert sorted(r.pk for deel in delen for r in deel) == list(range(40))
    for deel in delen:
        lezers = {r.ontvanger_id for r in deel}
        assert all(
            r.ontvanger_id not in lezers for ander in delen if ander is not deel for r in ander
        )
