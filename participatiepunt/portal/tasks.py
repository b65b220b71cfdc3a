import smtplib

from celery import shared_task

from . import contact, health, opruimen


@shared_task(expires=50)
def hartslag() -> None:
    """Every minute from beat: a worker ran it, so a worker is alive (beat's own heartbeat is
    written when it sends this task, participatiepunt/celery.py)."""
    health.sla(health.WORKER)


@shared_task
def ruim_op() -> dict:
    """Daily: expired sessions and old login attempts. Deleting again is harmless."""
    opruimen.verlopen_sessies()
    return {
        "inlogpogingen": opruimen.oude_inlogpogingen(),
        "contactvragen": contact.ruim_op(),
    }


@shared_task(
    autoretry_for=(smtplib.SMTPException, OSError),
    retry_backoff=5,
    retry_backoff_max=30,
    max_retries=5,
)
def bezorg_contactvraag(contactvraag_id: int) -> None:
    """Idempotent: each mail is marked sent under a row lock (contact.bezorg). When its retries
    are spent, the sweep plans it again."""
    contact.bezorg(contactvraag_id)


@shared_task(expires=50)
def veeg_contactvragen() -> int:
    return contact.veeg()
