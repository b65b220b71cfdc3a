"""A newcomer follows their wijk with one click; news about it arrives in the portal (unread
count in the navigation) and by e-mail; they mark it read and switch a kind off."""

import pytest
from django.db import transaction

from participatiepunt.meldingen.events import publish
from tests.factories.accounts import UserFactory
from tests.factories.gebieden import WijkFactory

pytestmark = pytest.mark.e2e


def test_newcomer_follows_a_wijk_and_sees_news_arrive(page, browser_login, mailoutbox):
    nieuwkomer = UserFactory(naam="Noor Veenstra")
    wijk = WijkFactory(naam="Paddepoel", slug="paddepoel-e2e")
    browser_login(page, nieuwkomer)
    page.goto(wijk.get_absolute_url())
    page.get_by_role("button", name="Volgen").click()
    assert page.get_by_text("U volgt nu ‘Paddepoel’").is_visible()
    assert page.get_by_role("button", name="Niet meer volgen").is_visible()

    with transaction.atomic():
        publish(
            "praatplaat.vastgesteld",
            wijk,
            titel="De wijkafspraken van Paddepoel zijn vastgesteld",
            url=wijk.get_absolute_url(),
            tekst="Versie 1.",
        )
    assert [m.to for m in mailoutbox] == [[nieuwkomer.email]]
    assert "Paddepoel" in mailoutbox[0].subject

    page.goto("/")
    meldingen = page.get_by_role("link", name="Meldingen 1 ongelezen")
    assert meldingen.is_visible()
    meldingen.click()
    assert page.get_by_role("heading", name="De wijkafspraken van Paddepoel zijn vastgesteld")
    page.get_by_role("button", name="Alles als gelezen markeren").click()
    assert page.get_by_role("link", name="Meldingen", exact=True).is_visible()

    page.get_by_role("link", name="Kies hoe en wanneer u berichten krijgt").click()
    page.get_by_label(
        "De praatplaat van een wijk of dorp is vastgesteld: per e-mail"
    ).select_option("uit")
    page.get_by_role("button", name="Instellingen opslaan").click()
    assert page.get_by_text("Uw instellingen voor meldingen zijn opgeslagen.").is_visible()
