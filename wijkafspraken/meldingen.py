"""What the notifications app needs from wijkafspraken: its kinds and the next step of a
followed wijk (found by participatiepunt.discovery)."""

from participatiepunt.meldingen.kinds import Soort
from participatiepunt.meldingen.volgen import Volgbaar

from .services import volgende_stap

SOORTEN = [
    Soort("praatplaat.vastgesteld", "De praatplaat van een wijk of dorp is vastgesteld"),
    Soort("praatplaat.gewijzigd", "De praatplaat van een wijk of dorp is gewijzigd"),
    Soort("afspraak.termijn", "Een afspraak in een wijk moet worden uitgevoerd"),
    Soort("evaluatie.termijn", "Een evaluatie van wijkafspraken staat gepland"),
]

HERINNERINGEN = []

VOLGBAAR = [Volgbaar("gebieden.wijk", volgende_stap=volgende_stap)]
