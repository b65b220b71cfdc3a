"""The periodic tasks of the portal (participatiepunt.celery collects them)."""

from celery.schedules import crontab

SCHEMA = {
    # Beat marks itself alive when it sends this, a worker when it runs it (/gezondheid/).
    "portal-hartslag": {
        "task": "participatiepunt.portal.tasks.hartslag",
        "schedule": 60.0,
    },
    # Contact questions whose mails are still unsent (their task was lost, SMTP was down).
    "portal-contactvragen": {
        "task": "participatiepunt.portal.tasks.veeg_contactvragen",
        "schedule": 60.0,
    },
    "portal-opruimen": {
        "task": "participatiepunt.portal.tasks.ruim_op",
        "schedule": crontab(minute=45, hour=3),
    },
}
