"""The periodic tasks of wijkafspraken (participatiepunt.celery collects them)."""

SCHEMA = {
    # Reminders for afspraken and evaluations that fall due (each sent once).
    "wijkafspraken-termijnen": {
        "task": "wijkafspraken.tasks.herinner_termijnen",
        "schedule": 3600.0,
    },
}
