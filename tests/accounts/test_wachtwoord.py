import pytest
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.urls import reverse

from participatiepunt.accounts.wachtwoord import te_eenvoudig

TE_EENVOUDIG = [
    "aaaaaaaaaaaa",
    "AAAAAAaaaaaa",
    "abababababab",
    "Welkom1Welkom1",
    "abcdefghijklm",
    "xyzabcdefghij",
    "098765432109",
    "qwertyuiopasd",
    "aabbccddaabb",
]
GOED = ["Groningen-demo-2026", "Hunzeberg-wandeling-7", "correct paard batterij nietje"]


@pytest.mark.parametrize("wachtwoord", TE_EENVOUDIG)
def test_repeated_and_running_passwords_are_too_simple(wachtwoord):
    assert te_eenvoudig(wachtwoord)
    with pytest.raises(ValidationError, match="te eenvoudig"):
        validate_password(wachtwoord)


@pytest.mark.parametrize("wachtwoord", GOED)
def test_ordinary_passphrases_pass(wachtwoord):
    assert not te_eenvoudig(wachtwoord)
    validate_password(wachtwoord)


@pytest.mark.django_db
def test_signup_refuses_a_simple_password_at_the_field_in_dutch(client):
    response = client.post(
        reverse("account_signup"),
        {"email": "nieuw@voorbeeld.nl", "password1": "aaaaaaaaaaaa", "password2": "aaaaaaaaaaaa"},
    )
    page = response.content.decode()
    assert response.status_code == 200
    assert "Dit wachtwoord is te eenvoudig" in page
    assert 'value="nieuw@voorbeeld.nl"' in page
