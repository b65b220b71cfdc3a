"""What the initiator (and followers) hear about an initiatief. Called inside the transaction of
the change; delivery happens after commit."""

from django.db import transaction

from . import tasks
from .choices import Status


def ontvangen(initiatief) -> None:
    transaction.on_commit(lambda: tasks.stuur_ontvangstbevestiging.delay(initiatief.pk))


def status_gewijzigd(initiatief, van: str) -> None:
    if initiatief.status == Status.INGEDIEND:
        ontvangen(initiatief)


def kaders_gewijzigd(initiatief, versie, gewijzigd: list[str]) -> None:
    pass


def mijlpaal_gepland(initiatief, mijlpaal) -> None:
    pass


def update_geplaatst(initiatief, update) -> None:
    pass
