"""The kinds of message (soorten), declared once as data. Callers of publish() pass a key.

Each kind has a Dutch label for the preferences page and its defaults: how e-mail goes
(direct, in the weekly digest, or not at all) and whether it shows in the portal."""

from dataclasses import dataclass

from django.db import models


class Email(models.TextChoices):
    DIRECT = "direct", "Direct per e-mail"
    WEKELIJKS = "wekelijks", "In het wekelijkse overzicht"
    UIT = "uit", "Niet per e-mail"


@dataclass(frozen=True)
class Soort:
    key: str
    label: str
    email: str = Email.DIRECT
    portaal: bool = True


SOORTEN = [
    Soort("initiatief.ontvangen", "Uw initiatief is ontvangen of als concept bewaard"),
    Soort("initiatief.status", "De status van een initiatief verandert"),
    Soort("initiatief.kaders", "De kaders van een initiatief veranderen"),
    Soort("initiatief.update", "Een nieuwe update bij een initiatief", Email.WEKELIJKS),
    Soort("initiatief.mijlpaal", "Een mijlpaal van een initiatief komt eraan"),
    Soort("praatplaat.vastgesteld", "De praatplaat van een wijk of dorp is vastgesteld"),
    Soort("praatplaat.gewijzigd", "De praatplaat van een wijk of dorp is gewijzigd"),
    Soort("sessie.gepland", "U bent uitgenodigd voor een sessie"),
    Soort("sessie.agenda", "De agenda van een sessie is gepubliceerd"),
    Soort("sessie.verplaatst", "Een sessie is verplaatst"),
    Soort("sessie.geannuleerd", "Een sessie is geannuleerd"),
    Soort("sessie.herinnering", "Herinnering aan een sessie"),
    Soort("onderwerp.besluit", "Besluit over een onderwerp dat u voorstelde"),
    Soort("afspraak.termijn", "Een afspraak in een wijk moet worden uitgevoerd"),
    Soort("evaluatie.termijn", "Een evaluatie van wijkafspraken staat gepland"),
    Soort("volgen.geen_nieuws", "Nog geen nieuws over wat u volgt (met de volgende stap)"),
]

PER_KEY = {soort.key: soort for soort in SOORTEN}


def get(key: str) -> Soort:
    try:
        return PER_KEY[key]
    except KeyError:
        raise ValueError(f"Onbekende soort melding: {key!r} (zie meldingen/kinds.py)") from None
