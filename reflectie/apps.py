from django.apps import AppConfig


class ReflectieConfig(AppConfig):
    name = "reflectie"

    def ready(self):
        from .caches import AGENDAS, SESSIES

        SESSIES.verbind()
        AGENDAS.verbind()
