from django.apps import AppConfig


class WijkafsprakenConfig(AppConfig):
    name = "wijkafspraken"
    # Its rows are on public pages: saving one renews the page cache (portal.paginacache).
    op_openbare_paginas = True

    def ready(self):
        from .caches import WIJKAFSPRAKEN

        WIJKAFSPRAKEN.verbind()
