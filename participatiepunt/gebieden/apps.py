from django.apps import AppConfig


class GebiedenConfig(AppConfig):
    name = "participatiepunt.gebieden"
    label = "gebieden"
    verbose_name = "Gebieden, wijken en dorpen"
    # Its rows are on public pages: saving one renews the page cache (portal.paginacache).
    op_openbare_paginas = True

    def ready(self):
        from . import huidige  # noqa: F401  (its signals forget the gemeenten when one changes)
