"""What followers of a wijk (and its gebiedsteam) hear about its praatplaat. Called inside the
transaction of the change; participatiepunt.meldingen delivers after commit. Texts name the wijk
and the agreements, never people."""

from participatiepunt.meldingen.events import publish


def vastgesteld(versie, *, eerste: bool) -> None:
    wijk = versie.praatplaat.wijk
    if eerste:
        soort, titel = "praatplaat.vastgesteld", f"De wijkafspraken van {wijk} zijn vastgesteld"
    else:
        soort, titel = "praatplaat.gewijzigd", f"De wijkafspraken van {wijk} zijn gewijzigd"
    tekst = f"Versie {versie.nummer}." + (f" Reden: {versie.reden}" if versie.reden else "")
    publish(soort, wijk, titel=titel, url=versie.get_absolute_url(), tekst=tekst)
