"""What the praatplaat pages say, read as text."""

import pytest
from django.urls import reverse

from tests.factories.wijkafspraken import PraatplaatFactory

pytestmark = pytest.mark.django_db


def test_the_working_page_prints_no_template_comment(client, rollen, wijk):
    praatplaat = PraatplaatFactory(wijk=wijk)
    client.force_login(rollen["gebiedsteam"])
    html = client.get(reverse("wijkafspraken:praatplaat", args=[praatplaat.pk])).content.decode()
    assert "{#" not in html and "#}" not in html
    assert "CSRF token" not in html
