from django.apps import AppConfig


class WijkafsprakenConfig(AppConfig):
    name = "wijkafspraken"

    def ready(self):
        from .caches import WIJKAFSPRAKEN

        WIJKAFSPRAKEN.verbind()
