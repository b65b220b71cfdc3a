"""The Celery app. Its configuration lives in settings (CELERY_* names): acks_late, prefetch 1
and time limits; the beat schedule is what every app declares in its own `<app>/periodiek.py`
(`SCHEMA = {name: entry}`), set when Django's apps are ready (portal's ready())."""

import os

from celery import Celery
from celery.signals import beat_init, before_task_publish

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "participatiepunt.settings.base")

app = Celery("participatiepunt")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()


def beat_schedule() -> dict:
    from participatiepunt.discovery import modules

    return {naam: taak for module in modules("periodiek") for naam, taak in module.SCHEMA.items()}


HARTSLAG_TAAK = "participatiepunt.portal.tasks.hartslag"
_in_beat = False


@beat_init.connect
def _markeer_beat(**kwargs):
    global _in_beat
    _in_beat = True


@before_task_publish.connect
def _beat_hartslag(sender=None, **kwargs):
    """Beat is alive when it sends the heartbeat task (/gezondheid/ reports it as stale
    otherwise, even while a worker runs)."""
    if _in_beat and sender == HARTSLAG_TAAK:
        from participatiepunt.portal import health

        health.sla(health.BEAT)
