"""The CELERY_* settings as a plain object for the Celery app, read once when Celery first needs
its configuration (Django's settings are loaded by then). Celery looks up several settings for
every task it sends; through Django's lazy settings object each missing name cost an exception."""

from types import SimpleNamespace

from django.conf import settings

instellingen = SimpleNamespace(
    **{naam: getattr(settings, naam) for naam in dir(settings) if naam.startswith("CELERY_")}
)
