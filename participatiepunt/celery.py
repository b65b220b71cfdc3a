"""The Celery app. Its configuration lives in settings (CELERY_* names): acks_late, prefetch 1
and time limits; the beat schedule is what every app declares in its own `<app>/periodiek.py`
(`SCHEMA = {name: entry}`), set when Django's apps are ready (portal's ready())."""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "participatiepunt.settings.base")

app = Celery("participatiepunt")
app.config_from_object("participatiepunt.celeryconfig:instellingen", namespace="CELERY")
app.autodiscover_tasks()


def beat_schedule() -> dict:
    from participatiepunt.discovery import modules

    return {naam: taak for module in modules("periodiek") for naam, taak in module.SCHEMA.items()}
