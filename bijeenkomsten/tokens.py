"""The links in a sign-up's mails: signed (Django's signing with its own salt per purpose), so
only who got the mail can confirm or cancel, without an account. A confirmation link expires
with the time an unconfirmed sign-up holds its place."""

from django.core import signing

from .models import Aanmelding, bevestig_binnen

BEVESTIGEN = "bijeenkomsten.bevestigen"
AFMELDEN = "bijeenkomsten.afmelden"


def maak(aanmelding, doel: str) -> str:
    return signing.dumps({"a": aanmelding.pk, "e": aanmelding.email}, salt=doel, compress=True)


def lees(token: str, doel: str) -> Aanmelding | None:
    """The sign-up the token names, or None for a forged, expired or outdated one."""
    max_age = bevestig_binnen() if doel == BEVESTIGEN else None
    try:
        inhoud = signing.loads(token, salt=doel, max_age=max_age)
    except signing.BadSignature:
        return None
    if not isinstance(inhoud, dict):
        return None
    aanmelding = Aanmelding.objects.select_related("bijeenkomst").filter(pk=inhoud.get("a"))
    return aanmelding.filter(email=inhoud.get("e")).first()
