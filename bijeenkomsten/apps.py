from django.apps import AppConfig


class BijeenkomstenConfig(AppConfig):
    name = "bijeenkomsten"
    verbose_name = "bijeenkomsten en trainingen"
    # The catalogue and the wijk pages show its bijeenkomsten (portal.paginacache); sign-ups
    # and their mails are outside it (the catalogue fills in its free places: plaatsen.py).
    op_openbare_paginas = True

    def ready(self):
        from .caches import VERSIES

        for versie in VERSIES:
            versie.verbind()
