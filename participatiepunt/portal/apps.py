from django.apps import AppConfig


class PortalConfig(AppConfig):
    name = "participatiepunt.portal"
    label = "portal"
    verbose_name = "Portaal"

    def ready(self):
        from . import paginacache

        paginacache.PAGINAS.verbind()
