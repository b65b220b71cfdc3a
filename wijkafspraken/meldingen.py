"""What the notifications app needs from wijkafspraken: its kinds, the reminders of afspraken
and evaluations that fall due (their gebiedsteam and the wijk's followers hear it) and the next
step of a followed wijk (found by participatiepunt.discovery)."""

from django.contrib.auth import get_user_model
from django.utils import formats

from participatiepunt.accounts.models import Rol
from participatiepunt.meldingen.herinneringen import Regel
from participatiepunt.meldingen.kinds import Soort
from participatiepunt.meldingen.volgen import Volgbaar

from .services import volgende_stap

SOORTEN = [
    Soort("praatplaat.vastgesteld", "De praatplaat van een wijk of dorp is vastgesteld"),
    Soort("praatplaat.gewijzigd", "De praatplaat van een wijk of dorp is gewijzigd"),
    Soort(
        "praatplaat.ondertekenen",
        "De praatplaat van uw wijk of dorp wacht op medeondertekening door uw bewonersorganisatie",
    ),
    Soort("praatplaat.raad", "Wijkafspraken zijn voorgelegd aan de gemeenteraad"),
    Soort("afspraak.termijn", "Een afspraak in een wijk moet worden uitgevoerd"),
    Soort("evaluatie.termijn", "Een evaluatie van wijkafspraken staat gepland"),
]


def _datum(waarde) -> str:
    """7 december 2026, as every mail says a date."""
    return formats.date_format(waarde, "j F Y")


def gebiedsteam_van(wijk):
    gebruikers = get_user_model().objects.filter(rol=Rol.GEBIEDSTEAM, is_active=True)
    return list(gebruikers.filter(gebieden=wijk.gebied_id))


def _afspraken(qs):
    """Lopende afspraken of a praatplaat that is vastgesteld and not archived."""
    qs = qs.lopend().filter(
        praatplaat__gearchiveerd_op__isnull=True, praatplaat__versies__isnull=False
    )
    return qs.distinct().select_related("praatplaat__wijk")


def _afspraak_melding(afspraak, dagen):
    wijk = afspraak.praatplaat.wijk
    return {
        "soort": "afspraak.termijn",
        "onderwerp": wijk,
        "titel": f"Afspraak in {wijk} klaar op {_datum(afspraak.wanneer)}",
        "url": afspraak.praatplaat.get_absolute_url(),
        "tekst": afspraak.wat,
        "ontvangers": gebiedsteam_van(wijk),
    }


def _evaluaties(qs):
    return qs.lopend().select_related("wijk")


EVALUATIE_TEKST = (
    "Loop met de wijk de vragen van de praatplaat opnieuw langs en leg de lessen vast."
)


def _evaluatie_melding(praatplaat, dagen):
    wijk = praatplaat.wijk
    return {
        "soort": "evaluatie.termijn",
        "onderwerp": wijk,
        "titel": f"Evaluatie van de wijkafspraken van {wijk} op {_datum(praatplaat.evaluatie_op)}",
        "url": praatplaat.get_absolute_url(),
        "tekst": EVALUATIE_TEKST,
        "ontvangers": gebiedsteam_van(wijk),
    }


# A date already past is reminded too (once), as an afspraak can be added after its date.
HERINNERINGEN = [
    Regel(
        model="wijkafspraken.Afspraak",
        datum_veld="wanneer",
        dagen_setting="MELDINGEN_AFSPRAAK_DAGEN",
        selectie=_afspraken,
        melding=_afspraak_melding,
        ook_verlopen=True,
    ),
    Regel(
        model="wijkafspraken.Praatplaat",
        datum_veld="evaluatie_op",
        dagen_setting="MELDINGEN_EVALUATIE_DAGEN",
        selectie=_evaluaties,
        melding=_evaluatie_melding,
        ook_verlopen=True,
    ),
]

VOLGBAAR = [Volgbaar("gebieden.wijk", volgende_stap=volgende_stap)]
