from celery import shared_task

from . import health, opruimen


@shared_task(expires=50)
def hartslag() -> None:
    """Every minute from beat: a worker ran it, so a worker is alive (beat's own heartbeat is
    written when it sends this task, participatiepunt/celery.py)."""
    health.sla(health.WORKER)


@shared_task
def ruim_op() -> dict:
    """Daily: expired sessions and old login attempts. Deleting again is harmless."""
    opruimen.verlopen_sessies()
    return {"inlogpogingen": opruimen.oude_inlogpogingen()}
