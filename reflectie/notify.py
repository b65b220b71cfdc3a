"""What invitees and proposers hear. Called inside the transaction of the change; the
notifications app delivers after commit. Texts carry no one's personal data."""

from django.utils import formats, timezone

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


def _tijd(start, eind) -> str:
    """maandag 7 december 2026, 19:00 tot 21:00 uur (in mails: never 07-12-2026)."""
    start, eind = timezone.localtime(start), timezone.localtime(eind)
    dag = formats.date_format(start, "l j F Y")
    if start.date() != eind.date():
        return (
            f"{dag}, {start:%H:%M} uur tot {formats.date_format(eind, 'l j F Y')}, {eind:%H:%M} uur"
        )
    return f"{dag}, {start:%H:%M} tot {eind:%H:%M} uur"


def _wanneer(sessie) -> str:
    return f"Wanneer: {_tijd(sessie.start, sessie.eind)}\nWaar: {sessie.locatie}"


AGENDA_BIJLAGE = "De uitnodiging zit als agenda-item (.ics) bij deze e-mail."


def gepland(sessie, ontvangers=None) -> None:
    titel = f"Uitnodiging: {sessie.get_soort_display()} – {sessie.titel}"
    _sessie("sessie.gepland", sessie, titel, f"{_wanneer(sessie)}\n\n{AGENDA_BIJLAGE}", ontvangers)


def agenda_gepubliceerd(sessie, versie) -> None:
    titel = f"Agenda gepubliceerd: {sessie.titel} (versie {versie.nummer})"
    _sessie("sessie.agenda", sessie, titel, _wanneer(sessie))


def verplaatst(sessie, verplaatsing) -> None:
    titel = f"Verplaatst: {sessie.titel}"
    regels = [
        f"Nieuwe tijd: {_tijd(sessie.start, sessie.eind)}",
        f"Eerder gepland: {_tijd(verplaatsing.oude_start, verplaatsing.oude_eind)}",
        f"Waar: {sessie.locatie}",
    ]
    if verplaatsing.reden:
        regels.append(f"Reden: {verplaatsing.reden}")
    tekst = (
        "\n".join(regels)
        + "\n\nHet agenda-item (.ics) bij deze e-mail zet de nieuwe tijd in uw agenda."
    )
    _sessie("sessie.verplaatst", sessie, titel, tekst)


def geannuleerd(sessie) -> None:
    datum = formats.date_format(timezone.localtime(sessie.start), "j F Y")
    titel = f"Geannuleerd: {sessie.titel} van {datum}"
    tekst = f"De sessie van {_tijd(sessie.start, sessie.eind)} ({sessie.locatie}) gaat niet door."
    if sessie.reden_wijziging:
        tekst += f"\nReden: {sessie.reden_wijziging}"
    tekst += "\n\nHet agenda-item (.ics) bij deze e-mail haalt de sessie uit uw agenda."
    _sessie("sessie.geannuleerd", sessie, titel, tekst)


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
