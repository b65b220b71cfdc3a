"""Beat's sign of life: beat marks itself alive when it sends the heartbeat task, so that
/gezondheid/ can report a stopped beat as stale even while a worker runs (portal/health.py).
Connected when the portal app is ready, which celery beat makes Django do before it starts."""

from celery.signals import beat_init, before_task_publish

from . import health

HARTSLAG_TAAK = "participatiepunt.portal.tasks.hartslag"
_in_beat = False


@beat_init.connect
def _markeer_beat(**kwargs):
    global _in_beat
    _in_beat = True


@before_task_publish.connect
def _beat_hartslag(sender=None, **kwargs):
    if _in_beat and sender == HARTSLAG_TAAK:
        health.sla(health.BEAT)
