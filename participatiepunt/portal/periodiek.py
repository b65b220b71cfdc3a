"""The periodic tasks of the portal (participatiepunt.celery collects them)."""

from celery.schedules import crontab

SCHEMA = {
    "portal-bewaartermijn-concepten": {
        "task": "participatiepunt.portal.tasks.bewaartermijn_concepten",
        "schedule": crontab(minute=15, hour=3),
    },
}
