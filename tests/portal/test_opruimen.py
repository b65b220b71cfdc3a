from datetime import timedelta

import pytest
from axes.models import AccessAttempt, AccessLog
from django.contrib.sessions.models import Session
from django.utils import timezone

from participatiepunt.portal.tasks import ruim_op

pytestmark = pytest.mark.django_db


def _attempt(model, uur_geleden, **fields):
    username = f"persoon{model.objects.count()}"
    row = model.objects.create(username=username, ip_address="10.0.0.1", user_agent="t", **fields)
    model.objects.filter(pk=row.pk).update(
        attempt_time=timezone.now() - timedelta(hours=uur_geleden)
    )


def test_expired_sessions_and_old_login_attempts_are_deleted_daily(settings):
    nu = timezone.now()
    Session.objects.create(session_key="verlopen", session_data="", expire_date=nu - timedelta(1))
    Session.objects.create(session_key="geldig", session_data="", expire_date=nu + timedelta(1))
    _attempt(AccessAttempt, uur_geleden=2, failures_since_start=5)
    _attempt(AccessAttempt, uur_geleden=0, failures_since_start=1)
    _attempt(AccessLog, uur_geleden=24 * (settings.INLOGLOG_BEWAARTERMIJN_DAGEN + 1))
    _attempt(AccessLog, uur_geleden=1)

    assert ruim_op.apply().get() == {"inlogpogingen": 2, "contactvragen": 0}

    assert list(Session.objects.values_list("session_key", flat=True)) == ["geldig"]
    assert AccessAttempt.objects.count() == AccessLog.objects.count() == 1
    assert ruim_op.apply().get()["inlogpogingen"] == 0  # again: harmless
