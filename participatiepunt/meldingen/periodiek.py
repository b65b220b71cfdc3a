"""The periodic tasks of the notifications app (participatiepunt.celery collects them)."""

from celery.schedules import crontab
from django.conf import settings

SCHEMA = {
    "meldingen-veeg": {
        "task": "participatiepunt.meldingen.tasks.veeg_uitgaande_meldingen",
        "schedule": float(settings.MELDINGEN_VEEG_INTERVAL),
    },
    "meldingen-weekoverzichten": {
        "task": "participatiepunt.meldingen.tasks.stuur_weekoverzichten",
        "schedule": crontab(minute=5),
    },
    "meldingen-herinneringen": {
        "task": "participatiepunt.meldingen.tasks.stuur_herinneringen",
        "schedule": crontab(minute=20, hour="7-20"),
    },
    "meldingen-hartslag": {
        "task": "participatiepunt.meldingen.tasks.stuur_hartslag",
        "schedule": crontab(minute=40, hour=9),
    },
}
