from django.apps import AppConfig


class ReflectieConfig(AppConfig):
    name = "reflectie"
    # Its rows are on public pages: saving one renews the page cache (portal.paginacache).
    op_openbare_paginas = True

    def ready(self):
        from .caches import AGENDAS, SESSIES, WERKVOORRAAD

        SESSIES.verbind()
        AGENDAS.verbind()
        WERKVOORRAAD.verbind()
