"""What the notifications app needs from initiatieven: its kinds, its reminders and where the
heartbeat finds an initiative's next step (found by participatiepunt.discovery)."""

from django.utils import formats

from participatiepunt.meldingen.herinneringen import Regel, wanneer
from participatiepunt.meldingen.kinds import Email, Soort
from participatiepunt.meldingen.volgen import Volgbaar

from .statussen import OPEN_STATUSSEN

SOORTEN = [
    Soort("initiatief.ontvangen", "Uw initiatief is ontvangen of als concept bewaard"),
    Soort("initiatief.status", "De status van een initiatief verandert"),
    Soort("initiatief.kaders", "De kaders van een initiatief veranderen"),
    Soort("initiatief.gegevens", "Het participatiepunt corrigeert de gegevens van uw initiatief"),
    Soort("initiatief.update", "Een nieuwe update bij een initiatief", Email.WEKELIJKS),
    Soort("initiatief.mijlpaal", "Een mijlpaal van een initiatief komt eraan"),
    Soort("initiatief.bewaartermijn", "Uw concept wordt binnenkort verwijderd (bewaartermijn)"),
]


def _mijlpalen(qs):
    return qs.filter(gereed=False, initiatief__status__in=OPEN_STATUSSEN).select_related(
        "initiatief__indiener", "initiatief__wijk"
    )


def _mijlpaal_melding(mijlpaal, dagen):
    initiatief = mijlpaal.initiatief
    datum = formats.date_format(mijlpaal.verwachte_datum, "l j F Y")
    return {
        "soort": "initiatief.mijlpaal",
        "onderwerp": initiatief,
        "titel": f"{wanneer(dagen).capitalize()}: {mijlpaal.titel} ({initiatief.titel})",
        "url": initiatief.get_absolute_url(),
        "tekst": f"De mijlpaal ‘{mijlpaal.titel}’ van ‘{initiatief.titel}’ staat gepland op "
        f"{datum}.",
        "ontvangers": [initiatief.indiener],
        "verplicht": True,
    }


HERINNERINGEN = [
    Regel(
        model="initiatieven.Mijlpaal",
        datum_veld="verwachte_datum",
        dagen_setting="MELDINGEN_MIJLPAAL_DAGEN",
        selectie=_mijlpalen,
        melding=_mijlpaal_melding,
    ),
]


def _volgende_stap(initiatief):
    if not initiatief.is_open:
        return None
    return initiatief.volgende_stap()


VOLGBAAR = [
    Volgbaar(
        "initiatieven.initiatief",
        volgende_stap=_volgende_stap,
        perm="initiatieven.view_initiatief",
        laden=("mijlpalen",),
    )
]
