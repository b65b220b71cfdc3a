from django.apps import AppConfig


class KennisbankConfig(AppConfig):
    name = "kennisbank"
    verbose_name = "kennisbank"
    # Its pages are public: saving one renews the page cache (portal.paginacache).
    op_openbare_paginas = True
