"""A mail carries the gemeente of what it is about: its name, colour, address, telephone,
reply address and site; not the standaardgemeente's (issue 16)."""

import pytest

from participatiepunt.meldingen.events import publish
from tests.factories.gebieden import GebiedFactory, GemeenteFactory, WijkFactory
from tests.factories.initiatieven import InitiatiefFactory
from tests.factories.meldingen import VolgFactory
from tests.meldingen.test_mail_opmaak import delen, van

pytestmark = pytest.mark.django_db


def test_a_mail_about_another_gemeente_s_initiative_is_in_its_name(
    smtp_server, django_capture_on_commit_callbacks
):
    dijkmeer = GemeenteFactory(
        andere=True,
        naam="Dijkmeer",
        hostnaam="participatie.dijkmeer.example",
        primaire_kleur="#6a1b4d",
        telefoon="0599 123 456",
        email="participatie@dijkmeer.example",
        adres="Raadhuisplein 1, Dijkmeer",
    )
    initiatief = InitiatiefFactory(wijk=WijkFactory(gebied=GebiedFactory(gemeente=dijkmeer)))
    volger = VolgFactory(onderwerp=initiatief).gebruiker
    with django_capture_on_commit_callbacks(execute=True):
        publish(
            "initiatief.status",
            initiatief,
            titel="Nieuws over de steiger",
            url=initiatief.get_absolute_url(),
        )
    bericht = van(smtp_server, volger.email)
    teksten = delen(bericht)
    for deel in teksten.values():
        assert "Dijkmeer" in deel and "Groningen" not in deel
        assert "0599 123 456" in deel and "Raadhuisplein 1, Dijkmeer" in deel
        assert f"https://participatie.dijkmeer.example{initiatief.get_absolute_url()}" in deel
    assert "background-color:#6a1b4d" in teksten["text/html"]
    assert bericht["Reply-To"] == "participatie@dijkmeer.example"
