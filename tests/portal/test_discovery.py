"""What the shared apps find in the apps' own folders (participatiepunt.discovery)."""

from participatiepunt.celery import app
from participatiepunt.discovery import modules
from participatiepunt.meldingen import herinneringen, kinds, volgen


def test_beat_runs_what_every_app_declares_in_its_periodiek_module():
    declared = {naam for module in modules("periodiek") for naam in module.SCHEMA}
    assert {"meldingen-veeg", "meldingen-hartslag"} <= declared
    assert set(app.conf.beat_schedule) == declared


def test_kinds_reminders_and_followables_come_from_each_apps_meldingen_module():
    found = {module.__name__ for module in modules("meldingen")}
    assert {"initiatieven.meldingen", "wijkafspraken.meldingen", "reflectie.meldingen"} <= found
    assert kinds.get("initiatief.status").label
    assert kinds.get("sessie.herinnering").label
    assert kinds.soorten()[-1].key == "volgen.geen_nieuws"
    assert {regel.model for regel in herinneringen.regels()} >= {
        "initiatieven.Mijlpaal",
        "reflectie.Sessie",
    }
    assert set(volgen.volgbaar()) == {"initiatieven.initiatief", "gebieden.wijk"}


def test_the_page_cache_follows_the_apps_that_say_their_rows_are_public():
    from django.apps import apps

    from participatiepunt.portal.paginacache import PAGINAS

    assert set(PAGINAS.labels) == {
        "accounts",
        "bijeenkomsten",
        "gebieden",
        "kennisbank",
        "initiatieven",
        "wijkafspraken",
        "reflectie",
    }
    assert not getattr(apps.get_app_config("meldingen"), "op_openbare_paginas", False)
