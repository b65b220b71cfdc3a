"""What followers of a wijk (and its gebiedsteam) hear about its praatplaat. Called inside the
transaction of the change; participatiepunt.meldingen delivers after commit. Texts name the wijk
and the agreements, never people."""

from django.urls import reverse

from participatiepunt.meldingen.events import publish


def vastgesteld(versie, *, eerste: bool) -> None:
    wijk = versie.praatplaat.wijk
    if eerste:
        soort, titel = "praatplaat.vastgesteld", f"De wijkafspraken van {wijk} zijn vastgesteld"
    else:
        soort, titel = "praatplaat.gewijzigd", f"De wijkafspraken van {wijk} zijn gewijzigd"
    tekst = f"Versie {versie.nummer}." + (f" Reden: {versie.reden}" if versie.reden else "")
    publish(soort, wijk, titel=titel, url=versie.get_absolute_url(), tekst=tekst)


def ter_ondertekening(praatplaat, *, leden) -> None:
    """The leden of the organisations at the table: a version awaits their signature."""
    wijk = praatplaat.wijk
    publish(
        "praatplaat.ondertekenen",
        wijk,
        titel=f"De praatplaat van {wijk} wacht op uw medeondertekening",
        url=reverse("wijkafspraken:meelezen", kwargs={"pk": praatplaat.pk}),
        tekst="Lees de antwoorden en afspraken na, plaats zo nodig opmerkingen per vraag en "
        "onderteken namens uw bewonersorganisatie als u het ermee eens bent.",
        ontvangers=leden,
    )


def voorgelegd_aan_raad(versie) -> None:
    wijk = versie.praatplaat.wijk
    publish(
        "praatplaat.raad",
        wijk,
        titel=f"De wijkafspraken van {wijk} zijn voorgelegd aan de gemeenteraad",
        url=versie.get_absolute_url(),
        tekst=f"Versie {versie.nummer}.",
    )
