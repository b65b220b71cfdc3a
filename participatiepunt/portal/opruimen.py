"""Daily cleanup of what Django and axes never delete themselves: expired sessions and login
attempts past their cool-off, and login logs past their retention (AVG: they hold addresses)."""

from datetime import timedelta
from importlib import import_module

from axes.helpers import get_cool_off
from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.conf import settings
from django.utils import timezone


def verlopen_sessies() -> None:
    import_module(settings.SESSION_ENGINE).SessionStore.clear_expired()


def oude_inlogpogingen() -> int:
    nu = timezone.now()
    pogingen, _ = AccessAttempt.objects.filter(attempt_time__lt=nu - get_cool_off()).delete()
    grens = nu - timedelta(days=settings.INLOGLOG_BEWAARTERMIJN_DAGEN)
    logs, _ = AccessLog.objects.filter(attempt_time__lt=grens).delete()
    fouten, _ = AccessFailureLog.objects.filter(attempt_time__lt=grens).delete()
    return pogingen + logs + fouten
