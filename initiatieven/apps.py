from django.apps import AppConfig


class InitiatievenConfig(AppConfig):
    name = "initiatieven"
    # Its rows are on public pages: saving one renews the page cache (portal.paginacache).
    op_openbare_paginas = True

    def ready(self):
        from .caches import VERSIES

        for versie in VERSIES:
            versie.verbind()
