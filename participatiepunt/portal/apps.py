from django.apps import AppConfig


class PortalConfig(AppConfig):
    name = "participatiepunt.portal"
    label = "portal"
    verbose_name = "Portaal"

    def ready(self):
        from participatiepunt.celery import app, beat_schedule

        from . import levensteken, paginacache  # noqa: F401 (levensteken: beat's signals)

        paginacache.PAGINAS.verbind()
        app.conf.beat_schedule = beat_schedule()
