"""The periodic tasks of initiatieven (participatiepunt.celery collects them)."""

from celery.schedules import crontab

SCHEMA = {
    "initiatieven-bewaartermijn-concepten": {
        "task": "initiatieven.tasks.bewaartermijn_concepten",
        "schedule": crontab(minute=15, hour=3),
    },
}
