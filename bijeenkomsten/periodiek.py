"""The periodic tasks of bijeenkomsten (participatiepunt.celery collects them)."""

from celery.schedules import crontab

SCHEMA = {
    "bijeenkomsten-veeg-mails": {
        "task": "bijeenkomsten.tasks.veeg_mails",
        "schedule": 120.0,
    },
    "bijeenkomsten-verlopen-aanmeldingen": {
        "task": "bijeenkomsten.tasks.ruim_verlopen_op",
        "schedule": 600.0,
    },
    "bijeenkomsten-bewaartermijn": {
        "task": "bijeenkomsten.tasks.bewaartermijn",
        "schedule": crontab(minute=15, hour=4),
    },
}
