from django.apps import AppConfig


class ReflectieConfig(AppConfig):
    name = "reflectie"

    def ready(self):
        from . import versies

        versies.verbind()
