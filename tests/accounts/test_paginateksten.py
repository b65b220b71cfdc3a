"""The sign-up and log-out pages speak Dutch with 'u', their errors too."""

import pytest
from django.urls import reverse

from tests.factories.accounts import UserFactory

pytestmark = pytest.mark.django_db
INFORMEEL = (" je ", ">Je ", " jij ", " jouw ", "Heb je")


def _main(response) -> str:
    html = response.content.decode()
    return html[html.index("<main") : html.index("</main>")]


def test_a_short_password_is_refused_in_dutch(client):
    response = client.post(
        reverse("account_signup"),
        {"email": "nieuw@example.nl", "password1": "kort", "password2": "kort"},
    )
    main = _main(response)
    assert "Dit wachtwoord is te kort. Het moet minstens 12 tekens bevatten." in main
    assert "This password" not in main and "It must" not in main


def test_the_sign_up_page_says_u(client):
    main = _main(client.get(reverse("account_signup")))
    assert "Heeft u al een account?" in main
    assert not any(woord in main for woord in INFORMEEL)


def test_the_log_out_page_says_u(client):
    client.force_login(UserFactory())
    main = _main(client.get(reverse("account_logout")))
    assert "Weet u zeker dat u wilt uitloggen?" in main
    assert not any(woord in main for woord in INFORMEEL)
