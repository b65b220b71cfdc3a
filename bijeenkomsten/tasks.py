"""Celery tasks of bijeenkomsten; periodic ones in periodiek.py."""

from datetime import timedelta

from celery import shared_task
from django.conf import settings
from django.db import transaction
from django.utils import timezone

from participatiepunt.portal.tekst import schone_kopregels

from . import mails, services
from .models import Aanmelding, Aanmeldingsmail

OPNIEUW_NA = timedelta(minutes=2)


@shared_task(bind=True, max_retries=5)
def verstuur_mail(self, rij_id: int) -> bool:
    """Send one outbox row, once (_verstuur). An SMTP failure is retried; the sweep takes what
    stays unsent."""
    try:
        return _verstuur(rij_id)
    except OSError as fout:
        raise self.retry(exc=fout, countdown=30) from fout


@shared_task(bind=True, max_retries=5)
def verstuur_mails(self, rij_ids: list[int]) -> int:
    """The rows of one transaction (a sign-up and those it moved up), each sent once: one
    message to the broker for all. An SMTP failure retries the rows from the one that failed
    (those before it are marked sent, and would be skipped anyway)."""
    verstuurd, rest, fout = _verstuur_tot_fout(rij_ids)
    if fout:
        raise self.retry(args=(rest,), exc=fout, countdown=30) from fout
    return verstuurd


@shared_task
def verstuur_gemelde() -> int:
    """Every row on the wake-up list (mails.TE_VERSTUREN), in one go. After an SMTP failure
    the rest goes on as verstuur_mails, with its retries."""
    verstuurd, rest, fout = _verstuur_tot_fout(mails.TE_VERSTUREN.neem_alle())
    if fout:
        verstuur_mails.apply_async((rest,), countdown=30)
    return verstuurd


def _verstuur_tot_fout(rij_ids) -> tuple[int, list[int], OSError | None]:
    """Each row in turn until SMTP fails: (sent, the rows from the one that failed, the
    failure)."""
    verstuurd = 0
    for plek, rij_id in enumerate(rij_ids):
        try:
            verstuurd += _verstuur(rij_id)
        except OSError as fout:
            return verstuurd, rij_ids[plek:], fout
    return verstuurd, [], None


def _verstuur(rij_id: int) -> bool:
    """The row is locked and its sent mark checked and set in the transaction that sends it,
    so a retried or duplicated task never sends twice."""
    with transaction.atomic():
        rij = (
            Aanmeldingsmail.objects.select_for_update(of=("self",))
            .select_related("aanmelding__bijeenkomst")
            .filter(pk=rij_id, verstuurd_op__isnull=True)
            .first()
        )
        if rij is None:
            return False  # sent before, or its sign-up was erased
        schone_kopregels(mails.bericht(rij)).send()
        rij.verstuurd_op = timezone.now()
        rij.save(update_fields=["verstuurd_op"])
    return True


@shared_task
def veeg_mails() -> int:
    """Re-send what no task sent (its task was lost, its retries spent)."""
    grens = timezone.now() - OPNIEUW_NA
    ids = list(
        Aanmeldingsmail.objects.filter(verstuurd_op__isnull=True, aangemaakt_op__lt=grens)
        .order_by("pk")
        .values_list("pk", flat=True)[:1000]
    )
    for rij_id in ids:
        verstuur_mail.delay(rij_id)
    return len(ids)


@shared_task
def ruim_verlopen_op() -> int:
    return services.ruim_verlopen_op()


@shared_task
def bewaartermijn() -> int:
    """Sign-ups (names, addresses) go BIJEENKOMST_BEWAAR_DAGEN after their bijeenkomst."""
    grens = timezone.now() - timedelta(days=settings.BIJEENKOMST_BEWAAR_DAGEN)
    verwijderd, _ = Aanmelding.objects.filter(bijeenkomst__eind__lt=grens).delete()
    return verwijderd
