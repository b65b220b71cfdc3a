"""A resident without an account signs up for a training that is full, confirms through the
link in the mail, lands on the waiting list and moves up when the one with the place cancels
through the link in their mail; the mail that says so carries the training as .ics."""

import re

import pytest

from bijeenkomsten import tokens
from tests.factories.bijeenkomsten import AanmeldingFactory, BijeenkomstFactory

pytestmark = pytest.mark.e2e


def _link(bericht, pad: str) -> str:
    return re.search(rf"https?://\S+?({pad}\S+?/)\s", bericht.body).group(1)


def _meld_aan_op_de_wachtlijst(page, titel):
    page.goto("/bijeenkomsten/")
    page.get_by_role("link", name=titel).click()
    assert page.get_by_text("Vol").first.is_visible()
    page.get_by_label("Uw naam").fill("Noor Veenstra")
    page.get_by_label("Uw e-mailadres").fill("noor.veenstra@example.nl")
    page.get_by_role("button", name="Op de wachtlijst").click()
    assert page.get_by_text("Bijna klaar").is_visible()


def test_full_training_waiting_list_and_moving_up(page, mailoutbox):
    training = BijeenkomstFactory(titel="Training: subsidie aanvragen", training=True, capaciteit=1)
    houder = AanmeldingFactory(bijeenkomst=training, naam="Pieter Smit")

    _meld_aan_op_de_wachtlijst(page, training.titel)
    assert [m.to for m in mailoutbox] == [["noor.veenstra@example.nl"]]
    page.goto(_link(mailoutbox[0], "/bijeenkomsten/bevestigen/"))
    page.get_by_role("button", name="Bevestig mijn aanmelding").click()
    assert page.get_by_text("u staat op de wachtlijst").is_visible()
    assert "wachtlijst" in mailoutbox[1].subject

    page.context.clear_cookies()  # the one with the place, from the link in their own mail
    page.goto(f"/bijeenkomsten/afmelden/{tokens.maak(houder, tokens.AFMELDEN)}/")
    page.get_by_role("button", name="Ja, meld mij af").click()
    assert page.get_by_text("U bent afgemeld").is_visible()

    doorgeschoven = [m for m in mailoutbox if "plaats vrij" in m.subject]
    assert [m.to for m in doorgeschoven] == [["noor.veenstra@example.nl"]]
    ics = doorgeschoven[0].attachments[0].get_payload(decode=True).decode()
    assert "SUMMARY:Training: subsidie aanvragen" in ics
    page.goto(_link(doorgeschoven[0], "/bijeenkomsten/afmelden/"))
    assert page.get_by_role("button", name="Ja, meld mij af").is_visible()
