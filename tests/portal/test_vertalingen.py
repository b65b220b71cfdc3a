"""allauth's texts in the formal "u" of the portal (locale/nl), and the compiled catalogue
(django.mo, which Django reads) as the .po says."""

import ast
import gettext
from pathlib import Path

import pytest
from django.conf import settings
from django.urls import reverse

PO = settings.BASE_DIR / "locale" / "nl" / "LC_MESSAGES" / "django.po"
INFORMEEL = (" je ", "Je ", " jij ", " jou ", " jouw ")


def _entries():
    """(msgctxt, msgid, msgid_plural, [msgstr, ...]) of each entry of our own .po."""
    entries, huidig, veld = [], None, None
    for regel in PO.read_text(encoding="utf-8").splitlines() + [""]:
        if regel.startswith("msgctxt") or (regel.startswith("msgid ") and veld != "msgctxt"):
            if huidig and huidig.get("msgid"):
                entries.append(huidig)
            huidig = {}
        if regel.startswith("#") or not regel.strip():
            continue
        if regel.startswith('"'):
            huidig[veld] += ast.literal_eval(regel)
            continue
        veld, _, waarde = regel.partition(" ")
        huidig[veld] = ast.literal_eval(waarde)
    return entries


def test_the_compiled_catalogue_is_the_po():
    with open(PO.with_suffix(".mo"), "rb") as bestand:
        mo = gettext.GNUTranslations(bestand)
    entries = _entries()
    assert len(entries) > 50
    for entry in entries:
        if "msgid_plural" in entry:
            for n, index in ((1, "msgstr[0]"), (2, "msgstr[1]")):
                assert mo.ngettext(entry["msgid"], entry["msgid_plural"], n) == entry[index]
        elif "msgctxt" in entry:
            assert mo.pgettext(entry["msgctxt"], entry["msgid"]) == entry["msgstr"]
        else:
            assert mo.gettext(entry["msgid"]) == entry["msgstr"], entry["msgid"]


def test_none_of_them_says_je():
    for entry in _entries():
        teksten = [waarde for veld, waarde in entry.items() if veld.startswith("msgstr")]
        assert not any(woord in f" {tekst} " for tekst in teksten for woord in INFORMEEL)


@pytest.mark.django_db
def test_the_login_page_says_u(client):
    from tests.factories.accounts import UserFactory

    user = UserFactory()
    response = client.post(reverse("account_login"), {"login": user.email, "password": "fout"})
    html = response.content.decode()
    assert "Het e-mailadres en/of het wachtwoord dat u opgaf, klopt niet." in html
    assert "Heeft u nog geen account?" in html


def _allauth_informeel() -> list[str]:
    """msgids of allauth's account and second-factor texts whose Dutch says 'je'."""
    import re

    import allauth

    po = Path(allauth.__file__).parent / "locale" / "nl" / "LC_MESSAGES" / "django.po"
    onderdelen = ("templates/account/", "templates/mfa/", "account/", "mfa/")
    informeel = re.compile(r"\b(je|Je|jij|jou|jouw|Jouw|jezelf)\b")
    msgids = []
    for blok in po.read_text(encoding="utf-8").split("\n\n"):
        verwijzingen = re.findall(r"^#: (\S+)", blok, re.M)
        if blok.startswith("#~") or not any(v.startswith(onderdelen) for v in verwijzingen):
            continue
        msgid, _, msgstr = blok.partition("msgstr")
        if informeel.search(msgstr) and "msgid_plural" not in msgid and "msgctxt" not in blok:
            delen = re.findall(r'^(?:msgid )?(".*")$', msgid, re.M)
            msgids.append("".join(ast.literal_eval(deel) for deel in delen))
    return msgids


def test_every_informal_allauth_text_of_account_and_second_factor_says_u():
    """The unknown-account mail (a password reset for an address without an account) still said
    'Je kunt deze mail gerust negeren': allauth's own Dutch, not overridden."""
    with open(PO.with_suffix(".mo"), "rb") as bestand:
        eigen = gettext.GNUTranslations(bestand)._catalog
    missend = [msgid for msgid in _allauth_informeel() if msgid and msgid not in eigen]
    assert len(_allauth_informeel()) > 50
    assert not missend, missend
