"""Which reminders exist, declared as data (see herinneringen.py for how they are sent).
A rule whose model is not installed is skipped."""

from django.utils import formats, timezone

from .herinneringen import Regel


def wanneer(dagen: int) -> str:
    return {0: "vandaag", 1: "morgen"}.get(dagen, f"over {dagen} dagen")


def _datum(waarde) -> str:
    return formats.date_format(waarde, "l j F Y")


def _mijlpalen(qs):
    from initiatieven.workflow import OPEN_STATUSSEN

    return qs.filter(gereed=False, initiatief__status__in=OPEN_STATUSSEN).select_related(
        "initiatief__indiener", "initiatief__wijk"
    )


def _mijlpaal_melding(mijlpaal, dagen):
    initiatief = mijlpaal.initiatief
    return {
        "soort": "initiatief.mijlpaal",
        "onderwerp": initiatief,
        "titel": f"{wanneer(dagen).capitalize()}: {mijlpaal.titel} ({initiatief.titel})",
        "url": initiatief.get_absolute_url(),
        "tekst": f"De mijlpaal ‘{mijlpaal.titel}’ van ‘{initiatief.titel}’ staat gepland op "
        f"{_datum(mijlpaal.verwachte_datum)}.",
        "ontvangers": [initiatief.indiener],
        "verplicht": True,
    }


def _sessies(qs):
    return qs.actief()


def _sessie_melding(sessie, dagen):
    start = timezone.localtime(sessie.start)
    return {
        "soort": "sessie.herinnering",
        "onderwerp": sessie,
        "titel": f"Herinnering: {sessie.titel} is {wanneer(dagen)}",
        "url": sessie.get_absolute_url(),
        "tekst": f"{_datum(start)} om {start:%H:%M} uur, {sessie.locatie}.",
        "ontvangers": list(sessie.genodigde_gebruikers()),
    }


REGELS = [
    Regel(
        model="initiatieven.Mijlpaal",
        datum_veld="verwachte_datum",
        dagen_setting="MELDINGEN_MIJLPAAL_DAGEN",
        selectie=_mijlpalen,
        melding=_mijlpaal_melding,
    ),
    Regel(
        model="reflectie.Sessie",
        datum_veld="start",
        dagen_setting="MELDINGEN_SESSIE_DAGEN",
        selectie=_sessies,
        melding=_sessie_melding,
    ),
]
