"""The one entry point for every app:

    from participatiepunt.meldingen.events import publish
    publish("initiatief.status", initiatief, titel="…", url=initiatief.get_absolute_url(),
            tekst="…", ontvangers=[initiatief.indiener], ook_volgers_van=[initiatief.wijk],
            verplicht=True)

Call it inside the transaction of the change. It writes the event and one outbox row per
recipient (in batches, no query per follower) and sends the delivery task after commit.
- followers of `onderwerp` and of each object in `ook_volgers_van` get it by their preferences;
- `ontvangers` get it whatever they follow; with verplicht=True they get it even when they
  switched this kind off (followers never get a kind they switched off);
- with alleen_ontvangers=True only `ontvangers` get it, not the followers;
- `volgen_voortaan` (accounts) follow `onderwerp` from this event on, written with it; they do
  not hear this event as followers (the followers are read first).
Never put other people's personal data in titel or tekst: every recipient sees the same text."""

import logging

from django.contrib.contenttypes.models import ContentType
from django.db import transaction

from . import fanout, kinds, volgen
from .models import Gebeurtenis

logger = logging.getLogger(__name__)


def publish(
    soort,
    onderwerp,
    *,
    titel,
    url,
    tekst="",
    ontvangers=(),
    ook_volgers_van=(),
    verplicht=False,
    alleen_ontvangers=False,
    volgen_voortaan=(),
):
    kinds.get(soort)
    objecten = [onderwerp, *(obj for obj in ook_volgers_van if obj is not None)]
    if alleen_ontvangers:
        objecten = []
    # Part of the caller's transaction when there is one (no savepoint: if publishing fails,
    # what was published about must not commit either); its own transaction otherwise.
    with transaction.atomic(savepoint=False):
        gebeurtenis = Gebeurtenis(
            soort=soort,
            content_type=ContentType.objects.get_for_model(onderwerp),
            object_id=onderwerp.pk,
            onderwerp_naam=str(onderwerp)[:200],
            titel=titel[:200],
            tekst=tekst,
            url=url,
            verplicht=verplicht,
            gemeente_id=getattr(onderwerp, "gemeente_id", None),
        )
        if fanout.schrijf(gebeurtenis, objecten, ontvangers, volgen_voortaan):  # any followers
            volgen.markeer_gehoord(objecten)
        plan_bezorging(gebeurtenis.pk)
    return gebeurtenis


def plan_bezorging(gebeurtenis_id: int) -> None:
    """After commit; if the broker is down the sweep delivers later, the change still stands."""
    from .tasks import wek_bezorging

    transaction.on_commit(lambda: wek_bezorging(gebeurtenis_id), robust=True)
