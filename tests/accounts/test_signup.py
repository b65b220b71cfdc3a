import pytest
from django.urls import reverse

from participatiepunt.accounts.models import Rol, User


@pytest.mark.django_db
def test_signup_makes_an_unverified_inwoner_and_sends_a_dutch_link(client, mailoutbox):
    response = client.post(
        reverse("account_signup"),
        {
            "email": "a@voorbeeld.nl",
            "password1": "Martinitoren-1482",
            "password2": "Martinitoren-1482",
        },
    )
    assert response.status_code == 302
    user = User.objects.get(email="a@voorbeeld.nl")
    assert user.rol == Rol.INWONER
    assert len(mailoutbox) == 1
    assert "/account/confirm-email/" in mailoutbox[0].body


@pytest.mark.django_db
def test_short_or_common_password_is_refused_in_dutch(client):
    response = client.post(
        reverse("account_signup"),
        {"email": "b@voorbeeld.nl", "password1": "kort", "password2": "kort"},
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "minstens 12 tekens" in html
    assert 'value="b@voorbeeld.nl"' in html
    assert not User.objects.filter(email="b@voorbeeld.nl").exists()


@pytest.mark.django_db
def test_unverified_user_cannot_log_in(client):
    from tests.factories.accounts import PASSWORD, UserFactory

    user = UserFactory(verified_email__off=True)
    response = client.post(reverse("account_login"), {"login": user.email, "password": PASSWORD})
    assert response.status_code == 302
    assert response.url == reverse("account_email_verification_sent")


@pytest.mark.django_db
def test_a_wrong_password_is_said_once(client):
    from tests.factories.accounts import UserFactory

    user = UserFactory()
    response = client.post(reverse("account_login"), {"login": user.email, "password": "fout"})
    fout = str(response.context["form"].non_field_errors()[0])
    assert response.content.decode().count(fout) == 1
