from django.apps import AppConfig


class BijeenkomstenConfig(AppConfig):
    name = "bijeenkomsten"
    verbose_name = "bijeenkomsten en trainingen"

    def ready(self):
        from .caches import BIJEENKOMSTEN

        BIJEENKOMSTEN.verbind()
