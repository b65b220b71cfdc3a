"""Delivering direct e-mails: one SMTP connection per batch; per message the row is locked,
its sent mark checked, the mail sent and the mark set in one short transaction, so a retried,
duplicated or restarted task never sends a message twice."""

import logging
import smtplib

from django.conf import settings
from django.core.mail import get_connection
from django.db import transaction
from django.utils import timezone

from . import berichten
from .kinds import Email
from .models import Melding

logger = logging.getLogger(__name__)


def te_bezorgen():
    return Melding.objects.filter(email=Email.DIRECT, email_verstuurd_op__isnull=True)


def verstuur(melding_ids) -> int:
    verstuurd = 0
    with get_connection(fail_silently=False) as verbinding:
        for melding_id in melding_ids:
            verstuurd += _verstuur_een(melding_id, verbinding)
    return verstuurd


def _verstuur_een(melding_id, verbinding) -> int:
    with transaction.atomic():
        melding = (
            te_bezorgen()
            .select_for_update(skip_locked=True, of=("self",))
            .select_related("gebeurtenis", "ontvanger")
            .filter(pk=melding_id)
            .first()
        )
        if melding is None:  # sent already, or another task holds it right now
            return 0
        try:
            verbinding.send_messages([berichten.voor_melding(melding)])
        except smtplib.SMTPRecipientsRefused as fout:
            # Permanent for this address: retrying would block the rest of every batch.
            logger.warning("Melding %s: adres geweigerd (%s)", melding_id, fout)
            _weiger(melding_id, fout)
            return 0
        Melding.objects.filter(pk=melding_id).update(email_verstuurd_op=timezone.now())
    return 1


def _weiger(melding_id, fout) -> None:
    Melding.objects.filter(pk=melding_id).update(email=Email.UIT, email_fout=str(fout)[:300])


def in_batches(ids):
    grootte = settings.MELDINGEN_BEZORG_BATCH
    for start in range(0, len(ids), grootte):
        yield ids[start : start + grootte]
