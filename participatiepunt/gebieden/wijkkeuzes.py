"""The wijken a form offers for a gemeente, in short (pk, slug, naam), kept in each process's
memory: a kept empty form (portal formulieren) is keyed on them, and reading 150 wijken and
building their objects on every visit was most of what such a page still cost.

Saving or deleting a wijk or gebied empties the memory of the process that saved it at once;
the other processes (gunicorn workers, Celery) read them again after WIJKEN_VERS seconds, as
they do the gemeenten (huidige.py)."""

import time

from django.db.models.signals import post_delete, post_save

from .models import Gebied, Wijk

WIJKEN_VERS = 30
_geheugen: dict = {}


def wijkkeuzes(gemeente) -> tuple[tuple[int, str, str], ...]:
    """(pk, slug, naam) of the wijken of `gemeente`, by naam."""
    gemeente_id = getattr(gemeente, "pk", None)
    gelezen_op, keuzes = _geheugen.get(gemeente_id, (None, ()))
    if gelezen_op is None or time.monotonic() - gelezen_op > WIJKEN_VERS:
        wijken = Wijk.objects.filter(gebied__gemeente_id=gemeente_id).order_by("naam", "pk")
        keuzes = tuple(wijken.values_list("pk", "slug", "naam"))
        _geheugen[gemeente_id] = (time.monotonic(), keuzes)
    return keuzes


def vergeet_wijkkeuzes(**kwargs):
    _geheugen.clear()


for _model in (Wijk, Gebied):
    post_save.connect(vergeet_wijkkeuzes, sender=_model, dispatch_uid=f"vergeet_{_model.__name__}")
    post_delete.connect(
        vergeet_wijkkeuzes, sender=_model, dispatch_uid=f"vergeet_{_model.__name__}_delete"
    )
