"""The retention warning is a mail like every other: both parts, the layout, a Dutch date."""

import re

import pytest
from django.conf import settings

from initiatieven import bewaartermijn
from participatiepunt.gebieden.huidige import standaardgemeente
from tests.factories.initiatieven import InitiatiefFactory

pytestmark = pytest.mark.django_db


def test_warning_has_html_text_and_a_dutch_date(
    mailoutbox, time_machine, django_capture_on_commit_callbacks
):
    time_machine.move_to("2026-11-07 10:00:00+01:00", tick=False)
    concept = InitiatiefFactory(concept=True, titel="Moestuin")
    with django_capture_on_commit_callbacks(execute=True):
        bewaartermijn._meld(concept)
    [bericht] = mailoutbox
    [(html, _)] = bericht.alternatives
    for deel in (bericht.body, html):
        assert "7 december 2026" in deel
        assert standaardgemeente().telefoon in deel
    assert not re.search(r"\d\d-\d\d-\d{4}", bericht.body)
    assert bericht.reply_to == [settings.PARTICIPATIEPUNT_EMAIL]
    assert f"/initiatieven/{concept.pk}/" in html
