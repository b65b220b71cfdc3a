"""What the participatiepunt does with a submitted initiatief: casemanager, kaders, mijlpalen,
updates. Every change that concerns the initiator is told through notify."""

from django.core.exceptions import ValidationError
from django.db import transaction

from . import adresvolgen, notify
from .choices import Kant
from .models import (
    GegevensCorrectie,
    Initiatief,
    KadersVersie,
    Mijlpaal,
    MijlpaalVerschuiving,
    Terugkoppeling,
    Update,
)
from .services import bewaar_gegevens

KADER_VELDEN = [
    "waarvoor",
    "vast_en_niet_beinvloedbaar",
    "per_fase",
    "budgetruimte",
    "regels",
    "participatieniveau",
    "wie_besluit",
]


def huidige_kaders(initiatief: Initiatief) -> KadersVersie | None:
    return initiatief.kaders_versies.order_by("-versie").first()


def wijs_casemanager_toe(initiatief: Initiatief, casemanager) -> None:
    initiatief.casemanager = casemanager
    initiatief.save(update_fields=["casemanager", "gewijzigd_op"])


def gewijzigde_velden(vorige: KadersVersie | None, nieuw: dict) -> list[str]:
    """The verbose names of the kaders that differ from the previous version."""
    return [
        str(KadersVersie._meta.get_field(veld).verbose_name)
        for veld in KADER_VELDEN
        if vorige is None or getattr(vorige, veld) != nieuw[veld]
    ]


@transaction.atomic
def leg_kaders_vast(
    initiatief: Initiatief, door, reden: str, *, kant: str = Kant.GEMEENTE, **kaders
) -> KadersVersie | None:
    """Store the kaders one side proposes as a new version, which the other side then answers
    (kadersoverleg); nothing is stored when nothing changed."""
    kaders.setdefault("per_fase", {})  # a phase nobody described stays open
    initiatief = Initiatief.objects.select_for_update().get(pk=initiatief.pk)
    vorige = huidige_kaders(initiatief)
    gewijzigd = gewijzigde_velden(vorige, kaders)
    if not gewijzigd:
        return None
    versie = KadersVersie.objects.create(
        initiatief=initiatief,
        versie=(vorige.versie + 1) if vorige else 1,
        reden=reden,
        kant=kant,
        gewijzigd_door=door,
        **{veld: kaders[veld] for veld in KADER_VELDEN},
    )
    notify.kaders_gewijzigd(initiatief, versie, gewijzigd)
    return versie


@transaction.atomic
def voeg_mijlpaal_toe(
    initiatief: Initiatief, titel: str, verwachte_datum, *, soort="overig", einddatum=None
) -> Mijlpaal:
    mijlpaal = Mijlpaal.objects.create(
        initiatief=initiatief,
        titel=titel,
        verwachte_datum=verwachte_datum,
        soort=soort,
        einddatum=einddatum,
    )
    notify.mijlpaal_gepland(initiatief, mijlpaal)
    return mijlpaal


@transaction.atomic
def verplaats_mijlpaal(
    mijlpaal: Mijlpaal, *, naar, reden: str, door
) -> MijlpaalVerschuiving | None:
    """Move a mijlpaal (its term moves along) and tell the initiator and the followers why. The
    row is read locked: a second click with the same date finds it moved and tells nobody."""
    mijlpaal = Mijlpaal.objects.select_for_update().select_related("initiatief").get(pk=mijlpaal.pk)
    van = mijlpaal.verwachte_datum
    if naar == van:
        return None
    if mijlpaal.einddatum:
        mijlpaal.einddatum += naar - van
    mijlpaal.verwachte_datum = naar
    mijlpaal.save(update_fields=["verwachte_datum", "einddatum"])
    verschuiving = MijlpaalVerschuiving.objects.create(
        mijlpaal=mijlpaal, van=van, naar=naar, reden=reden, door=door
    )
    notify.mijlpaal_verplaatst(mijlpaal.initiatief, mijlpaal, verschuiving)
    return verschuiving


def markeer_mijlpaal(mijlpaal: Mijlpaal, gereed: bool) -> None:
    """A besluit counts as done only after the terugkoppeling is published (seed 002:
    "Terugkoppelen naar betrokken inwoners/organisaties")."""
    if gereed and mijlpaal.is_besluit and not Terugkoppeling.objects.filter(mijlpaal=mijlpaal):
        raise ValidationError(
            f"Publiceer eerst de terugkoppeling bij ‘{mijlpaal.titel}’: wat is er met de inbreng "
            "van inwoners gedaan?"
        )
    mijlpaal.gereed = gereed
    mijlpaal.save(update_fields=["gereed"])


@transaction.atomic
def plaats_update(initiatief: Initiatief, auteur, tekst: str, openbaar: bool) -> Update:
    update = Update.objects.create(
        initiatief=initiatief, auteur=auteur, tekst=tekst, openbaar=openbaar
    )
    if openbaar:
        notify.update_geplaatst(initiatief, update)
    return update


def _weergave(initiatief, veld: str) -> str:
    waarde = getattr(initiatief, veld)
    weergave = getattr(initiatief, f"get_{veld}_display", None)
    return str(weergave() if weergave else (waarde if waarde is not None else ""))


@transaction.atomic
def corrigeer_gegevens(initiatief, *, door, reden: str, **velden) -> GegevensCorrectie | None:
    """Staff's correction of a submitted initiatief (only these columns, as bewaar_gegevens),
    keeping the initiator's text as it was and telling them why; nothing is stored and nobody
    is told when nothing changed. The row is read locked, so 'was' is what it really was."""
    oud = Initiatief.objects.select_for_update().get(pk=initiatief.pk)
    veranderd = [veld for veld, waarde in velden.items() if getattr(oud, veld) != waarde]
    if not veranderd:
        return None
    was = {veld: _weergave(oud, veld) for veld in veranderd}
    initiatief = bewaar_gegevens(oud, **{veld: velden[veld] for veld in veranderd})
    wijzigingen = {
        veld: {
            "label": str(Initiatief._meta.get_field(veld).verbose_name),
            "oud": was[veld],
            "nieuw": _weergave(initiatief, veld),
        }
        for veld in veranderd
    }
    correctie = GegevensCorrectie.objects.create(
        initiatief=initiatief, wijzigingen=wijzigingen, reden=reden, door=door
    )
    notify.gegevens_gecorrigeerd(initiatief, correctie)
    return correctie


def zet_locatie(initiatief: Initiatief, *, locatie: dict | None) -> bool:
    """Stores where the traject is (a validated GeoJSON geometry; None removes it). Returns
    whether it changed. Residents following an address near it start following it."""
    if initiatief.locatie == locatie:
        return False
    with transaction.atomic():
        initiatief.zet_locatie(locatie)
        initiatief.save(update_fields=[*Initiatief.LOCATIE_VELDEN, "gewijzigd_op"])
        adresvolgen.nieuw_in_de_buurt(initiatief)
    return True


@transaction.atomic
def publiceer_terugkoppeling(mijlpaal: Mijlpaal, *, door, tekst: str) -> Terugkoppeling | None:
    """What was done with the residents' input, before the besluit counts as done; the
    initiator and the followers receive it. Once per mijlpaal: None when it was published."""
    Mijlpaal.objects.select_for_update().filter(pk=mijlpaal.pk).first()
    if Terugkoppeling.objects.filter(mijlpaal=mijlpaal).exists():
        return None
    terugkoppeling = Terugkoppeling.objects.create(mijlpaal=mijlpaal, tekst=tekst, door=door)
    notify.terugkoppeling_gepubliceerd(mijlpaal.initiatief, mijlpaal, terugkoppeling)
    return terugkoppeling


@transaction.atomic
def leg_raadsbesluit_vast(versie: KadersVersie, *, op, url: str) -> None:
    """The raad adopted this version of the kaders (its place on the timeline)."""
    versie.raad_vastgesteld_op, versie.raadsbesluit_url = op, url
    versie.save(update_fields=["raad_vastgesteld_op", "raadsbesluit_url"])
    notify.kaders_door_raad(versie.initiatief, versie)
