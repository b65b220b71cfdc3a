from celery import shared_task

from . import bewaartermijn


@shared_task
def bewaartermijn_concepten() -> dict:
    """Daily: warn about drafts past the retention period, delete those warned long enough ago.
    One transaction per draft, each re-checked under a lock, so a rerun does no harm."""
    ids = list(bewaartermijn.te_waarschuwen().values_list("pk", flat=True))
    gewaarschuwd = sum(bewaartermijn.waarschuw(pk) for pk in ids)
    ids = list(bewaartermijn.te_verwijderen().values_list("pk", flat=True))
    verwijderd = sum(bewaartermijn.verwijder(pk) for pk in ids)
    return {"gewaarschuwd": gewaarschuwd, "verwijderd": verwijderd}
