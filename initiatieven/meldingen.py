"""What the notifications app needs from initiatieven: its kinds, its reminders and where the
heartbeat finds an initiative's next step (found by participatiepunt.discovery)."""

from django.utils import formats

from participatiepunt.meldingen.herinneringen import Regel, wanneer
from participatiepunt.meldingen.kinds import Email, Soort
from participatiepunt.meldingen.volgen import Volgbaar

from . import mijlpaalsoorten, workflow
from .statussen import OPEN_STATUSSEN

SOORTEN = [
    Soort("initiatief.ontvangen", "Uw initiatief is ontvangen of als concept bewaard"),
    Soort("initiatief.status", "De status van een initiatief verandert"),
    Soort("initiatief.kaders", "De kaders van een initiatief worden voorgesteld of veranderen"),
    Soort(
        "initiatief.kaders_reactie",
        "Een partij gaat wel of niet akkoord met de kaders van een initiatief",
    ),
    Soort(
        "initiatief.terugkoppeling",
        "Terugkoppeling: wat is er met de inbreng van inwoners gedaan",
    ),
    Soort("initiatief.gegevens", "Het participatiepunt corrigeert de gegevens van uw initiatief"),
    Soort("initiatief.update", "Een nieuwe update bij een initiatief", Email.WEKELIJKS),
    Soort("initiatief.mijlpaal", "Een mijlpaal van een initiatief komt eraan"),
    Soort("initiatief.mijlpaal_verplaatst", "Een mijlpaal van een initiatief wordt verplaatst"),
    Soort("initiatief.termijn", "De laatste dag om te reageren (zienswijze, inspraak, bezwaar)"),
    Soort("initiatief.in_de_buurt", "Een traject begint in de buurt van een adres dat u volgt"),
    Soort(
        "initiatief.contactverzoek",
        "Een inwoner stuurt u een bericht over uw succesvoorbeeld",
    ),
    Soort("initiatief.bewaartermijn", "Uw concept wordt binnenkort verwijderd (bewaartermijn)"),
    Soort("initiatief.bericht", "Een nieuw bericht van het participatiepunt over uw initiatief"),
    Soort("initiatief.bericht_initiatiefnemer", "Een nieuw bericht van een initiatiefnemer"),
]


def _mijlpalen(qs):
    return qs.filter(gereed=False, initiatief__status__in=OPEN_STATUSSEN).select_related(
        "initiatief__indiener", "initiatief__wijk"
    )


def _termijnen(qs):
    return _mijlpalen(qs.filter(soort__in=mijlpaalsoorten.MET_TERMIJN))


def _mijlpaal_melding(mijlpaal, dagen):
    initiatief = mijlpaal.initiatief
    datum = formats.date_format(mijlpaal.verwachte_datum, "l j F Y")
    return {
        "soort": "initiatief.mijlpaal",
        "onderwerp": initiatief,
        "titel": f"{wanneer(dagen).capitalize()}: {mijlpaal.titel} ({initiatief.titel})",
        "url": initiatief.get_absolute_url(),
        "tekst": f"De mijlpaal ‘{mijlpaal.titel}’ ({mijlpaal.get_soort_display().lower()}) van "
        f"‘{initiatief.titel}’ staat gepland op {datum}.\n\n{mijlpaal.actie}",
        "ontvangers": [initiatief.indiener],
        "verplicht": True,
    }


def _termijn_melding(mijlpaal, dagen):
    """Before the last day of a term: what to do, while there is still time to do it."""
    initiatief = mijlpaal.initiatief
    laatste = formats.date_format(mijlpaal.laatste_dag, "l j F Y")
    naam = mijlpaal.get_soort_display().lower()
    return {
        "soort": "initiatief.termijn",
        "onderwerp": initiatief,
        "titel": f"Laatste dag {wanneer(dagen)}: {naam} van ‘{initiatief.titel}’",
        "url": initiatief.get_absolute_url(),
        "tekst": f"De {naam} bij ‘{mijlpaal.titel}’ van ‘{initiatief.titel}’ loopt af op "
        f"{laatste}.\n\n{mijlpaal.actie}",
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
    Regel(
        model="initiatieven.Mijlpaal",
        datum_veld="einddatum",
        dagen_setting="MELDINGEN_TERMIJN_DAGEN",
        selectie=_termijnen,
        melding=_termijn_melding,
        standaard_dagen=(7, 2),
    ),
]


def _met_volgende_stap(initiatieven):
    """What the heartbeat reads of an open initiative: its title, status and gemeente, and the
    next open mijlpaal as two columns instead of every mijlpaal as an object."""
    open_ = initiatieven.filter(status__in=OPEN_STATUSSEN)
    return open_.met_volgende_mijlpaal().only("titel", "status", "gemeente")


def _volgende_stap(initiatief):
    if not initiatief.is_open:
        return None
    return workflow.volgende_stap_uit_kolommen(initiatief)


VOLGBAAR = [
    Volgbaar(
        "initiatieven.initiatief",
        volgende_stap=_volgende_stap,
        perm="initiatieven.view_initiatief",
        laden=_met_volgende_stap,
    )
]
