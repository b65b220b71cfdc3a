"""Periodic sweep (CELERY_BEAT_SCHEDULE): reminders for afspraken and evaluations that fall due.
One task per item, by id; each is guarded so a retry or a second sweep sends nothing twice."""

from celery import shared_task
from django.db import transaction

from . import herinneringen


@shared_task
def herinner_termijnen() -> int:
    afspraken = herinneringen.afspraken_te_herinneren()
    evaluaties = herinneringen.evaluaties_te_herinneren()
    for afspraak_id in afspraken:
        transaction.on_commit(lambda i=afspraak_id: herinner_afspraak.delay(i))
    for praatplaat_id in evaluaties:
        transaction.on_commit(lambda i=praatplaat_id: herinner_evaluatie.delay(i))
    return len(afspraken) + len(evaluaties)


@shared_task
def herinner_afspraak(afspraak_id: int) -> bool:
    return herinneringen.herinner_afspraak(afspraak_id)


@shared_task
def herinner_evaluatie(praatplaat_id: int) -> bool:
    return herinneringen.herinner_evaluatie(praatplaat_id)
