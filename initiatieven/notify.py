"""What the initiator and the followers hear about an initiatief, through the notification
machinery (participatiepunt.meldingen). Called inside the transaction of the change; publish
delivers after commit. Texts never contain the initiator's personal data."""

from datetime import date, timedelta

from django.conf import settings
from django.utils import formats, timezone

from participatiepunt.accounts.models import User
from participatiepunt.meldingen.events import publish

from . import workflow
from .choices import SOORTEN_VOOR_MEDEWERKERS, Kant, Status


def _publish(
    soort, initiatief, titel, tekst, *, aan_indiener=True, volgers_wijk=True, volgers=True, **meer
):
    publish(
        soort,
        initiatief,
        titel=titel,
        url=initiatief.get_absolute_url(),
        tekst=tekst,
        ontvangers=[initiatief.indiener] if aan_indiener else [],
        ook_volgers_van=[initiatief.wijk] if volgers_wijk and initiatief.wijk else [],
        verplicht=aan_indiener,
        alleen_ontvangers=not volgers,
        **meer,
    )


# What is said about a draft (saved, or submitted: the event of leaving the concept status) has
# no followers to ask for: only its initiator may see a draft, so only they could follow it
# (rules: view_initiatief), and they hear it as its recipient. One query fewer per save.
ALLEEN_INDIENER = {"volgers_wijk": False, "volgers": False}


def _datum(waarde) -> str:
    """7 december 2026, as every mail says a date."""
    return formats.date_format(waarde, "j F Y")


def _volgende_stap_tekst(initiatief, stap=None) -> str:
    omschrijving, datum = stap or initiatief.volgende_stap()
    return f"Volgende stap: {omschrijving}" + (f" (verwacht {_datum(datum)})" if datum else "")


def antwoord_uiterlijk(ingediend: date) -> date:
    """PARTICIPATIEPUNT_ANTWOORD_WERKDAGEN working days (Monday to Friday) after `ingediend`."""
    dag, over = ingediend, settings.PARTICIPATIEPUNT_ANTWOORD_WERKDAGEN
    while over:
        dag += timedelta(days=1)
        over -= dag.weekday() < 5
    return dag


def _ontvangstbevestiging(initiatief, stap) -> str:
    ingediend = timezone.localdate(initiatief.ingediend_op or timezone.now())
    werkdagen = settings.PARTICIPATIEPUNT_ANTWOORD_WERKDAGEN
    return (
        f"Kenmerk: {initiatief.kenmerk}\n"
        f"Ingediend op: {_datum(ingediend)}\n"
        f"Titel: {initiatief.titel}\n"
        f"Samenvatting: {initiatief.samenvatting}\n\n"
        f"Binnen {werkdagen} werkdagen, uiterlijk {_datum(antwoord_uiterlijk(ingediend))}, "
        f"neemt een medewerker van het participatiepunt contact met u op. Noem bij vragen het "
        f"kenmerk {initiatief.kenmerk}.\n\n{_volgende_stap_tekst(initiatief, stap)}"
    )


def concept_bewaard(initiatief) -> None:
    _publish(
        "initiatief.ontvangen",
        initiatief,
        f"Uw concept ‘{initiatief.titel}’ is bewaard",
        "U kunt verder gaan waar u was via Mijn initiatieven. Niemand anders ziet uw concept.",
        **ALLEEN_INDIENER,
    )


def ontvangen(initiatief) -> None:
    # Just submitted, so no mijlpaal is planned yet (that happens on the management page, which
    # a draft does not have): the next step follows from the status, without asking for them.
    stap = workflow.volgende_stap_van(initiatief.status, None, None)
    _publish(
        "initiatief.ontvangen",
        initiatief,
        f"Uw initiatief ‘{initiatief.titel}’ is ontvangen ({initiatief.kenmerk})",
        _ontvangstbevestiging(initiatief, stap),
        **ALLEEN_INDIENER,
        # From now on the initiator follows their initiative, so the keep-informed heartbeat
        # reaches them: written with this event (one statement).
        volgen_voortaan=[initiatief.indiener],
    )


def status_gewijzigd(initiatief, van: str, toelichting: str = "") -> None:
    if initiatief.status == Status.INGEDIEND:
        ontvangen(initiatief)
        return
    tekst = f"De status is nu: {initiatief.get_status_display().lower()}."
    if initiatief.toont_reden:
        tekst += f"\n\nReden: {initiatief.reden_afwijzing}"
    elif toelichting.strip():
        tekst += f"\n\nToelichting van het participatiepunt: {toelichting.strip()}"
    _publish(
        "initiatief.status",
        initiatief,
        f"‘{initiatief.titel}’: {initiatief.get_status_display().lower()}",
        f"{tekst}\n\n{_volgende_stap_tekst(initiatief)}",
        volgers_wijk=initiatief.is_openbaar,
    )


def kant_ontvangers(initiatief, kant: str) -> list:
    """Who speaks for a side of the kaders: the gemeente's casemanager; the initiator, or for a
    traject the gemeente started, the members of the bewonersorganisaties at the table."""
    if kant == Kant.GEMEENTE:
        return [initiatief.casemanager] if initiatief.casemanager_id else []
    if initiatief.soort_initiatiefnemer in SOORTEN_VOOR_MEDEWERKERS:
        return list(User.objects.filter(bewonersorganisaties__initiatieven=initiatief).distinct())
    return [initiatief.indiener]


def _over_kaders(soort, initiatief, titel, tekst, *, aan_kant) -> None:
    publish(
        soort,
        initiatief,
        titel=titel,
        url=initiatief.get_absolute_url() + "#kaders-kop",
        tekst=tekst,
        ontvangers=kant_ontvangers(initiatief, aan_kant),
        ook_volgers_van=[initiatief.wijk] if initiatief.is_openbaar and initiatief.wijk else [],
        verplicht=True,
    )


def kaders_gewijzigd(initiatief, versie, gewijzigd: list[str]) -> None:
    """A version one side proposed: the other side is asked to answer it."""
    eerste = versie.versie == 1
    wie = Kant(versie.kant).label
    wat = "zijn voorgesteld" if eerste else "zijn gewijzigd: " + ", ".join(gewijzigd)
    _over_kaders(
        "initiatief.kaders",
        initiatief,
        f"De kaders van ‘{initiatief.titel}’ {'zijn voorgesteld' if eerste else 'zijn gewijzigd'}"
        f" (versie {versie.versie})",
        f"De kaders {wat}, door: {wie.lower()}.\n\nWaarom: {versie.reden}\n\nDe kaders gelden "
        "pas als beide partijen erachter staan. Tot de andere partij heeft gereageerd, staan ze "
        "op de pagina van het initiatief als voorstel of ‘in heroverleg’.",
        aan_kant=versie.andere_kant,
    )


def kaders_beantwoord(initiatief, versie, reactie) -> None:
    """The other side's position on a version, to the side that proposed it."""
    if reactie.is_akkoord:
        titel = f"Akkoord met de kaders van ‘{initiatief.titel}’ (versie {versie.versie})"
        tekst = "Beide partijen staan nu achter deze versie van de kaders."
    else:
        titel = f"De kaders van ‘{initiatief.titel}’ zijn in heroverleg (versie {versie.versie})"
        tekst = (
            f"Niet akkoord. Toelichting: {reactie.toelichting}\n\nDe volgende stap is een "
            "herzien voorstel voor de kaders."
        )
    _over_kaders(
        "initiatief.kaders_reactie",
        initiatief,
        titel,
        f"Reactie van {Kant(reactie.kant).label.lower()}: {tekst}",
        aan_kant=versie.kant,
    )


def mijlpaal_gepland(initiatief, mijlpaal) -> None:
    _publish(
        "initiatief.mijlpaal",
        initiatief,
        f"Nieuwe mijlpaal bij ‘{initiatief.titel}’: {mijlpaal.titel}",
        f"Verwacht op {_datum(mijlpaal.verwachte_datum)}.",
        volgers_wijk=initiatief.is_openbaar,
    )


def mijlpaal_verplaatst(initiatief, mijlpaal, verschuiving) -> None:
    _publish(
        "initiatief.mijlpaal_verplaatst",
        initiatief,
        f"‘{mijlpaal.titel}’ van ‘{initiatief.titel}’ is verplaatst naar "
        f"{_datum(verschuiving.naar)}",
        f"{mijlpaal.get_soort_display()}: {mijlpaal.titel}\n"
        f"Was gepland op: {_datum(verschuiving.van)}\n"
        f"Nu gepland op: {_datum(verschuiving.naar)}\n\n"
        f"Waarom: {verschuiving.reden}\n\nWat u kunt doen: {mijlpaal.actie}",
        volgers_wijk=initiatief.is_openbaar,
    )


def update_geplaatst(initiatief, update) -> None:
    _publish(
        "initiatief.update",
        initiatief,
        f"Nieuws over ‘{initiatief.titel}’",
        update.tekst,
        volgers_wijk=initiatief.is_openbaar,
    )


def gegevens_gecorrigeerd(initiatief, correctie) -> None:
    """To the initiator only: their own text before and after, and why."""
    regels = [
        f"{w['label'].capitalize()}\nwas: {w['oud'] or '(leeg)'}\nis nu: {w['nieuw'] or '(leeg)'}"
        for w in correctie.wijzigingen.values()
    ]
    _publish(
        "initiatief.gegevens",
        initiatief,
        f"Het participatiepunt heeft de gegevens van ‘{initiatief.titel}’ gecorrigeerd",
        f"Waarom: {correctie.reden}\n\n" + "\n\n".join(regels) + "\n\nUw eerdere tekst is "
        "bewaard. Bent u het er niet mee eens? Neem contact op met het participatiepunt.",
        volgers_wijk=False,
    )


def terugkoppeling_gepubliceerd(initiatief, mijlpaal, terugkoppeling) -> None:
    _publish(
        "initiatief.terugkoppeling",
        initiatief,
        f"Wat is er met uw inbreng gedaan? ‘{initiatief.titel}’: {mijlpaal.titel}",
        terugkoppeling.tekst,
        volgers_wijk=initiatief.is_openbaar,
    )


def kaders_door_raad(initiatief, versie) -> None:
    tekst = f"De gemeenteraad heeft de kaders (versie {versie.versie}) vastgesteld op " + _datum(
        versie.raad_vastgesteld_op
    )
    if versie.raadsbesluit_url:
        tekst += f".\n\nHet raadsbesluit: {versie.raadsbesluit_url}"
    _publish(
        "initiatief.kaders",
        initiatief,
        f"De raad heeft de kaders van ‘{initiatief.titel}’ vastgesteld",
        tekst,
        volgers_wijk=initiatief.is_openbaar,
    )
