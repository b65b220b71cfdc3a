import re

import pytest

pytestmark = pytest.mark.e2e


def _verification_link(mailoutbox, email):
    message = next(m for m in mailoutbox if email in m.to)
    return re.search(r"https?://\S+/account/confirm-email/\S+/", message.body).group(0)


def test_resident_signs_up_verifies_and_logs_in(page, live_server, mailoutbox):
    email = "nieuwe.inwoner@voorbeeld.nl"
    password = "Stadspark-wandeling-42"
    page.goto("/account/signup/")
    page.get_by_label("Naam").fill("Noor Veenstra")
    page.get_by_label("E-mailadres").fill(email)
    page.locator("#id_password1").fill(password)
    page.locator("#id_password2").fill(password)
    page.get_by_role("button", name="Registreren").click()
    page.wait_for_url("**/account/confirm-email/")

    link = _verification_link(mailoutbox, email)
    page.goto(link.replace("http://testserver", live_server.url))
    page.get_by_role("button", name="Bevestigen").click()

    page.goto("/account/login/")
    page.get_by_label("E-mailadres").fill(email)
    page.locator("#id_password").fill(password)
    page.get_by_role("button", name="Aanmelden").click()
    page.wait_for_url(live_server.url + "/")
    assert "Welkom, Noor Veenstra" in page.content()
    assert page.get_by_role("button", name="Uitloggen").is_visible()
