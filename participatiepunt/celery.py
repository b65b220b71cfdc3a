"""The Celery app. Its configuration lives in settings (CELERY_* names): acks_late, prefetch 1,
time limits and the beat schedule."""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "participatiepunt.settings.base")

app = Celery("participatiepunt")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
