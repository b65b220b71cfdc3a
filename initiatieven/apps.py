from django.apps import AppConfig


class InitiatievenConfig(AppConfig):
    name = "initiatieven"

    def ready(self):
        from .caches import INITIATIEVEN

        INITIATIEVEN.verbind()
