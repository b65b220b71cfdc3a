"""What invitees and proposers hear. Called inside the transaction of the change; the
notifications app delivers after commit. Texts carry no one's personal data."""

from django.utils import timezone

from participatiepunt.meldingen.events import publish

from .choices import OnderwerpStatus


def _sessie(soort, sessie, titel, tekst="", ontvangers=None):
    ontvangers = list(sessie.genodigde_gebruikers()) if ontvangers is None else ontvangers
    publish(
        soort,
        sessie,
        titel=titel,
        url=sessie.get_absolute_url(),
        tekst=tekst,
        ontvangers=ontvangers,
    )


def _wanneer(sessie) -> str:
    start = timezone.localtime(sessie.start)
    return f"{start:%d-%m-%Y} om {start:%H:%M} uur, {sessie.locatie}"


def gepland(sessie, ontvangers=None) -> None:
    titel = f"Uitnodiging: {sessie.get_soort_display()} – {sessie.titel}"
    _sessie("sessie.gepland", sessie, titel, _wanneer(sessie), ontvangers)


def agenda_gepubliceerd(sessie, versie) -> None:
    titel = f"Agenda gepubliceerd: {sessie.titel} (versie {versie.nummer})"
    _sessie("sessie.agenda", sessie, titel, _wanneer(sessie))


def verplaatst(sessie) -> None:
    titel = f"Verplaatst: {sessie.titel}"
    _sessie("sessie.verplaatst", sessie, titel, f"Nieuwe tijd: {_wanneer(sessie)}")


def geannuleerd(sessie) -> None:
    titel = f"Geannuleerd: {sessie.titel}"
    _sessie("sessie.geannuleerd", sessie, titel, sessie.reden_wijziging)


def onderwerp_besluit(onderwerp) -> None:
    uitkomst = (
        "is gekozen voor reflectie"
        if onderwerp.status == OnderwerpStatus.GESELECTEERD
        else "is niet gekozen voor reflectie"
    )
    publish(
        "onderwerp.besluit",
        onderwerp,
        titel=f"Uw onderwerp '{onderwerp.titel}' {uitkomst}",
        url=onderwerp.get_absolute_url(),
        tekst=onderwerp.toelichting_besluit,
        ontvangers=[onderwerp.voorgesteld_door],
        verplicht=True,
    )
