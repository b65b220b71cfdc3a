"""Drafting and submitting an initiatief: the resident's side."""

from django.core.exceptions import ValidationError
from django.db import transaction

from . import notify, workflow
from .choices import Status
from .models import Bijlage, GevraagdeSteun, Initiatief
from .stappen import LAATSTE, nummer

# What a submission needs, with the step where the initiator fills it in.
VERPLICHT_BIJ_INDIENEN = [
    ("titel", "idee", "Geef uw initiatief een titel."),
    ("samenvatting", "idee", "Schrijf een korte samenvatting."),
    ("beschrijving", "idee", "Beschrijf uw initiatief."),
    ("wijk", "waar_en_wie", "Kies de wijk of het dorp."),
    ("soort_initiatiefnemer", "waar_en_wie", "Geef aan wie het initiatief neemt."),
]


@transaction.atomic
def maak_concept(*, indiener, gemeente, bereikt: int = 1, **velden) -> Initiatief:
    """Save the first step as a new draft of this account in the gemeente it was started in,
    with the step the initiator goes on to as reached, and confirm that it is kept."""
    initiatief = Initiatief.objects.create(
        indiener=indiener, gemeente=gemeente, concept_stap=min(bereikt, LAATSTE), **velden
    )
    notify.concept_bewaard(initiatief)
    return initiatief


@transaction.atomic
def bewaar_gegevens(initiatief: Initiatief, *, gevraagde_steun=None, **velden) -> Initiatief:
    """A step of the draft, or staff's correction: only these columns (never the status it
    read), and the support asked when the form asks it."""
    for veld, waarde in velden.items():
        setattr(initiatief, veld, waarde)
    initiatief.save(update_fields=[*velden, "gewijzigd_op"])
    if gevraagde_steun is not None:
        zet_gevraagde_steun(initiatief, gevraagde_steun)
    return initiatief


def bereik_stap(initiatief: Initiatief, stap: int) -> None:
    """Remember the furthest step reached, so the initiator continues there next time."""
    if stap > initiatief.concept_stap:
        initiatief.concept_stap = min(stap, LAATSTE)
        initiatief.save(update_fields=["concept_stap", "gewijzigd_op"])


@transaction.atomic
def zet_gevraagde_steun(initiatief: Initiatief, codes) -> None:
    initiatief.gevraagde_steun.exclude(soort__in=codes).delete()
    bestaand = set(initiatief.gevraagde_steun.values_list("soort", flat=True))
    GevraagdeSteun.objects.bulk_create(
        GevraagdeSteun(initiatief=initiatief, soort=code) for code in codes if code not in bestaand
    )


def ontbrekend(initiatief: Initiatief) -> list[tuple[int, str]]:
    """(step, message) for everything a submission still lacks."""
    missing = [
        (nummer(stap), melding)
        for veld, stap, melding in VERPLICHT_BIJ_INDIENEN
        if not getattr(initiatief, veld)
    ]
    if not _heeft_belanghebbenden(initiatief):
        missing.append((nummer("belanghebbenden"), "Noem minstens één belanghebbende."))
    return missing


def _heeft_belanghebbenden(initiatief: Initiatief) -> bool:
    """As read with the row (InitiatiefQuerySet.met_belanghebbenden_bekend), or asked now."""
    gelezen = getattr(initiatief, "heeft_belanghebbenden", None)
    return initiatief.belanghebbenden.exists() if gelezen is None else gelezen


def indienen(initiatief: Initiatief, *, door, privacy_akkoord: bool) -> Initiatief:
    """`initiatief` as read with workflow.vergrendeld() in the caller's transaction, so that
    nothing changes it between these checks and the submission."""
    if initiatief.status != Status.CONCEPT:
        raise ValidationError("Dit initiatief is al ingediend.")
    if not privacy_akkoord:
        raise ValidationError(
            {"privacy_akkoord": "Geef aan dat u akkoord gaat met de privacyverklaring."}
        )
    missing = ontbrekend(initiatief)
    if missing:
        raise ValidationError([melding for _, melding in missing])
    with transaction.atomic(savepoint=False):
        velden = {"privacy_akkoord": True}
        # notify.ontvangen: the initiator follows it from now on
        return workflow.wijzig_vergrendelde_status(
            initiatief, Status.INGEDIEND, door, velden=velden
        )


def voeg_bijlage_toe(initiatief: Initiatief, upload, content_type: str) -> Bijlage:
    return Bijlage.objects.create(
        initiatief=initiatief,
        bestand=upload,
        naam=upload.name[:200],
        content_type=content_type,
        grootte=upload.size,
    )


def verwijder_bijlage(bijlage: Bijlage) -> None:
    bijlage.bestand.delete(save=False)
    bijlage.delete()
