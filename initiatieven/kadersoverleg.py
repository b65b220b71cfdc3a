"""Kaders both sides hold (seed 002: "kan er geen sprake zijn van eenzijdige aanpassing in
afspraken"; "Dan zou er opnieuw overleg moeten zijn"). Either side proposes a version; the
other side answers it, akkoord or betwist with a reason. A version stands as agreed only when
the other side said akkoord; until then it is "in heroverleg" (a change or a contested
version) and the page says whose turn it is."""

from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import transaction

from . import notify
from .choices import Kant, Oordeel, Soort
from .models import Initiatief, KadersReactie, KadersVersie

KANT_GEMEENTETRAJECT = "de bewonersorganisaties aan tafel"


@dataclass(frozen=True)
class Stand:
    """Where the overleg on the current version is, and whose turn it is (None: nobody's)."""

    code: str  # "gedragen", "voorstel", "heroverleg"
    wacht_op: str | None

    @property
    def in_heroverleg(self) -> bool:
        return self.code == "heroverleg"

    @property
    def gedragen(self) -> bool:
        return self.code == "gedragen"


def kant_naam(kant: str, initiatief: Initiatief) -> str:
    """'de initiatiefnemer', or for a traject the gemeente started its bewonersorganisaties."""
    if kant == Kant.INITIATIEFNEMER and is_gemeentetraject(initiatief):
        return KANT_GEMEENTETRAJECT
    return Kant(kant).label[0].lower() + Kant(kant).label[1:]


def is_gemeentetraject(initiatief: Initiatief) -> bool:
    return initiatief.soort_initiatiefnemer in (Soort.GEMEENTE, Soort.OVERHEID)


def stand(versie: KadersVersie) -> Stand:
    reactie = versie.reactie()
    if reactie is None:
        code = "voorstel" if versie.versie == 1 else "heroverleg"
        return Stand(code, wacht_op=versie.andere_kant)
    if reactie.is_akkoord:
        return Stand("gedragen", wacht_op=None)
    # Contested: the side that proposed it revises (either side may propose a new version).
    return Stand("heroverleg", wacht_op=versie.kant)


def volgende_stap(versie: KadersVersie) -> str:
    """The next expected step of the overleg, in words, for the detail and management pages."""
    huidige = stand(versie)
    initiatief = versie.initiatief
    if huidige.gedragen:
        return f"De kaders (versie {versie.versie}) worden door beide partijen gedragen."
    wie = kant_naam(huidige.wacht_op, initiatief)
    if huidige.wacht_op == versie.andere_kant:
        return f"Wacht op reactie van {wie} op versie {versie.versie} van de kaders."
    return f"Wacht op een herzien voorstel voor de kaders van {wie}."


def context(versies: list[KadersVersie]) -> dict:
    """What the pages that show the kaders say about the overleg on the current version."""
    if not versies:
        return {"kaders_stand": None, "kaders_volgende_stap": ""}
    return {"kaders_stand": stand(versies[0]), "kaders_volgende_stap": volgende_stap(versies[0])}


def _vergrendelde_versie(versie: KadersVersie) -> KadersVersie:
    """The initiatief's row first, as leg_kaders_vast locks it: a new version and an answer to
    the old one wait for each other."""
    Initiatief.objects.select_for_update().filter(pk=versie.initiatief_id).first()
    return KadersVersie.objects.select_related("initiatief").get(pk=versie.pk)


def controleer_reactie(versie: KadersVersie, kant: str, oordeel: str, toelichting: str) -> None:
    laatste = versie.initiatief.kaders_versies.order_by("-versie").first()
    if laatste.pk != versie.pk:
        raise ValidationError("Er is intussen een nieuwere versie van de kaders voorgesteld.")
    if kant == versie.kant:
        raise ValidationError("Op een eigen voorstel reageert de andere partij.")
    if not versie.initiatief.is_open:
        raise ValidationError("Dit initiatief loopt niet meer; de kaders liggen vast.")
    if oordeel == Oordeel.BETWIST and not toelichting.strip():
        raise ValidationError({"toelichting": "Schrijf op waarom u niet akkoord gaat."})


def reageer(versie: KadersVersie, *, door, kant: str, oordeel: str, toelichting: str = ""):
    """One side's answer to the other side's version; told to the proposing side and, while
    the kaders are in heroverleg, to the followers. Refused (ValidationError) on a version that
    is no longer the latest, on one's own version, or when this side answered already."""
    with transaction.atomic():
        versie = _vergrendelde_versie(versie)
        controleer_reactie(versie, kant, oordeel, toelichting)
        if versie.reacties.filter(kant=kant).exists():
            raise ValidationError("Op deze versie van de kaders is al gereageerd.")
        reactie = KadersReactie.objects.create(
            versie=versie, kant=kant, oordeel=oordeel, toelichting=toelichting.strip(), door=door
        )
        notify.kaders_beantwoord(versie.initiatief, versie, reactie)
    return reactie
