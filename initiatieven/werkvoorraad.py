"""Initiatieven in the werkvoorraad (participatiepunt.portal.werkvoorraad): new intakes for the
participatiepunt and the gebiedsteam of their wijk; kaders waiting for the gemeente's answer or
a revised proposal (kadersoverleg.py); mijlpalen past their date; for bestuur what stalls:
overdue mijlpalen of public initiatives, kaders in heroverleg, and refusals (not public: no
title, no link)."""

from datetime import timedelta

from django.db.models import Exists, OuterRef, Q
from django.urls import reverse
from django.utils import formats, timezone

from participatiepunt.accounts.predicates import (
    gebied_ids,
    is_beheerder,
    is_bestuur,
    is_gebiedsteam,
)
from participatiepunt.portal.vastequery import VasteQuery
from participatiepunt.portal.werkvoorraad import MAX_REGELS, Regel, Taak

from . import gesprek
from .caches import (
    WERKVOORRAAD,
    WERKVOORRAAD_BERICHTEN,
    WERKVOORRAAD_KADERS,
    WERKVOORRAAD_MIJLPALEN,
)
from .choices import Kant, Oordeel, Status
from .models import Initiatief, KadersReactie, KadersVersie, Mijlpaal
from .statussen import OPEN_STATUSSEN, OPENBARE_STATUSSEN

AFGEWEZEN_TERUG = timedelta(days=90)


def _datum(waarde) -> str:
    return formats.date_format(waarde, "j F Y")


def _in_gemeente(qs, gemeente, initiatief=""):
    """Of this gemeente, by the initiative's own gemeente (one without a wijk has one too);
    `initiatief` is the path from the rows to their initiative."""
    return qs.filter(**{f"{initiatief}gemeente": gemeente})


def _van_gebruiker(qs, user, wijk="wijk"):
    """All for the participatiepunt; the gebiedsteam only its gebieden."""
    if is_beheerder(user):
        return qs
    return qs.filter(**{f"{wijk}__gebied__in": gebied_ids(user)})


def _nieuwe_intakes(gemeente):
    qs = Initiatief.objects.filter(status=Status.INGEDIEND).select_related("wijk")
    return _in_gemeente(qs, gemeente).order_by("ingediend_op", "pk")


# Every submission renews the participatiepunt's section: its SQL built once per process.
NIEUWE_INTAKES = VasteQuery(
    lambda gemeente: _nieuwe_intakes(gemeente)[: MAX_REGELS + 1], "gemeente"
)


def _intakes(user, gemeente):
    if is_beheerder(user):
        return NIEUWE_INTAKES.rijen(gemeente=gemeente.pk)
    return _van_gebruiker(_nieuwe_intakes(gemeente), user)


def _intake_regel(initiatief) -> Regel:
    waar = f"{initiatief.wijk}, " if initiatief.wijk_id else ""
    return Regel(
        initiatief.titel,
        reverse("initiatieven:beheer", kwargs={"pk": initiatief.pk}),
        f"{waar}ingediend op {_datum(initiatief.ingediend_op)}"
        + ("" if initiatief.casemanager_id else ", nog geen casemanager"),
    )


def _mijlpalen_over_tijd(user, gemeente):
    qs = Mijlpaal.objects.filter(
        gereed=False,
        verwachte_datum__lt=timezone.localdate(),
        initiatief__status__in=OPEN_STATUSSEN,
    ).select_related("initiatief")
    qs = _in_gemeente(qs, gemeente, "initiatief__")
    if is_bestuur(user):
        qs = qs.filter(initiatief__status__in=OPENBARE_STATUSSEN)
    else:
        qs = _van_gebruiker(qs, user, "initiatief__wijk")
    return qs.order_by("verwachte_datum", "pk")


def _mijlpaal_regel_voor(naam):
    def regel(mijlpaal) -> Regel:
        return Regel(
            f"{mijlpaal.titel}: {mijlpaal.initiatief.titel}",
            reverse(naam, kwargs={"pk": mijlpaal.initiatief_id}),
            f"verwacht op {_datum(mijlpaal.verwachte_datum)}",
        )

    return regel


def _laatste_kaders(user, gemeente):
    """The current kaders version of every running initiative: one row per initiative."""
    # No later version of the same initiative (versie is unique per initiative): an anti-join
    # PostgreSQL hashes once, where "pk = (the latest)" ran a subquery per version.
    later = KadersVersie.objects.filter(
        initiatief=OuterRef("initiatief"), versie__gt=OuterRef("versie")
    )
    qs = KadersVersie.objects.filter(
        ~Exists(later), initiatief__status__in=OPEN_STATUSSEN
    ).select_related("initiatief")
    return _in_gemeente(qs, gemeente, "initiatief__").order_by("gewijzigd_op", "pk")


def _beantwoord_door(kant, **filters) -> Q:
    """The version in the outer query has a reaction of `kant`: `IN (the reacted versions)`,
    which PostgreSQL hashes once, where EXISTS ran a subplan for every version tested."""
    reacties = KadersReactie.objects.filter(kant=kant, **filters)
    return Q(pk__in=reacties.values("versie_id"))


def _beantwoord_door_de_ander(**filters) -> Q:
    """A reaction of the side that did not write the version."""
    return (Q(kant=Kant.INITIATIEFNEMER) & _beantwoord_door(Kant.GEMEENTE, **filters)) | (
        Q(kant=Kant.GEMEENTE) & _beantwoord_door(Kant.INITIATIEFNEMER, **filters)
    )


def _kaders_wachten_op_gemeente(user, gemeente):
    """The initiator proposed and the gemeente has not answered, or the initiator contested
    the gemeente's version (the gemeente revises): kadersoverleg.stand's wacht_op GEMEENTE.
    Found from the few versions that can wait (the initiator's proposals, by a partial index,
    and the contested ones), not by testing every version of the gemeente."""
    voorstellen = KadersVersie.objects.filter(kant=Kant.INITIATIEFNEMER)
    onbeantwoord = voorstellen.exclude(_beantwoord_door(Kant.GEMEENTE)).order_by().values("pk")
    betwist = (
        KadersReactie.objects.filter(
            kant=Kant.INITIATIEFNEMER, oordeel=Oordeel.BETWIST, versie__kant=Kant.GEMEENTE
        )
        .order_by()
        .values("versie_id")
    )
    qs = _laatste_kaders(user, gemeente).filter(pk__in=onbeantwoord.union(betwist))
    return _van_gebruiker(qs, user, "initiatief__wijk")


def _kaders_in_heroverleg(user, gemeente):
    """A changed version not yet answered, or one the other side contested."""
    heroverleg = (Q(versie__gt=1) & ~_beantwoord_door_de_ander()) | _beantwoord_door_de_ander(
        oordeel=Oordeel.BETWIST
    )
    qs = _laatste_kaders(user, gemeente).filter(heroverleg)
    return qs.filter(initiatief__status__in=OPENBARE_STATUSSEN)


def _kaders_regel_voor(naam, toelichting):
    def regel(versie) -> Regel:
        return Regel(
            versie.initiatief.titel,
            reverse(naam, kwargs={"pk": versie.initiatief_id}),
            f"versie {versie.versie}, {toelichting} sinds {_datum(versie.gewijzigd_op)}",
        )

    return regel


def _afgewezen(user, gemeente):
    sinds = timezone.now() - AFGEWEZEN_TERUG
    qs = Initiatief.objects.filter(status=Status.AFGEWEZEN, gewijzigd_op__gte=sinds)
    return _in_gemeente(qs.select_related("wijk"), gemeente).order_by("-gewijzigd_op", "-pk")


def _afgewezen_regel(initiatief) -> Regel:
    waar = f"in {initiatief.wijk}" if initiatief.wijk_id else "van de gemeente zelf"
    thema = f" ({initiatief.get_thema_display().lower()})" if initiatief.thema else ""
    return Regel(
        f"Een initiatief {waar}{thema}",
        "",
        f"afgewezen, laatst gewijzigd op {_datum(initiatief.gewijzigd_op)}",
    )


def _onbeantwoorde_berichten(user, gemeente):
    """Conversations whose last message is the initiator's: the user's as casemanager and
    those without one (initiatieven.gesprek)."""
    return _in_gemeente(gesprek.onbeantwoord_voor(user).select_related("wijk"), gemeente)


def _bericht_regel(initiatief) -> Regel:
    return Regel(
        initiatief.titel,
        gesprek.url(initiatief),
        f"laatste bericht van de initiatiefnemer op {_datum(initiatief.laatste_bericht_op)}"
        + ("" if initiatief.casemanager_id else ", nog geen casemanager"),
    )


TAKEN = [
    Taak(
        titel="Nieuwe intakes",
        uitleg="Ingediend en nog niet in gesprek genomen, het oudste eerst.",
        voor=is_beheerder | is_gebiedsteam,
        zaken=_intakes,
        regel=_intake_regel,
        lijst="initiatieven:intake",
        volgorde=10,
        versies=(WERKVOORRAAD,),
    ),
    Taak(
        titel="Onbeantwoorde berichten",
        uitleg="Gesprekken waarin de initiatiefnemer het laatste bericht stuurde: de uwe als "
        "casemanager en die zonder casemanager, de nieuwste eerst.",
        voor=is_beheerder,
        zaken=_onbeantwoorde_berichten,
        regel=_bericht_regel,
        volgorde=12,
        versies=(WERKVOORRAAD_BERICHTEN,),
        per_gebruiker=True,  # the user's own as casemanager
    ),
    Taak(
        titel="Kaders die op de gemeente wachten",
        uitleg="Een voorstel van de initiatiefnemer zonder antwoord, of een versie van de "
        "gemeente die de initiatiefnemer betwist.",
        voor=is_beheerder,
        zaken=_kaders_wachten_op_gemeente,
        regel=_kaders_regel_voor("initiatieven:beheer", "wacht op de gemeente"),
        volgorde=15,
        versies=(WERKVOORRAAD_KADERS,),
    ),
    Taak(
        titel="Kaders in heroverleg",
        uitleg="Openbare initiatieven waarvan de kaders (nog) niet door beide partijen worden "
        "gedragen.",
        voor=is_bestuur,
        zaken=_kaders_in_heroverleg,
        regel=_kaders_regel_voor("initiatieven:detail", "in heroverleg"),
        volgorde=35,
        versies=(WERKVOORRAAD_KADERS,),
    ),
    Taak(
        titel="Mijlpalen over tijd",
        uitleg="Mijlpalen van lopende initiatieven waarvan de verwachte datum voorbij is.",
        voor=is_beheerder | is_gebiedsteam,
        zaken=_mijlpalen_over_tijd,
        regel=_mijlpaal_regel_voor("initiatieven:beheer"),
        volgorde=30,
        versies=(WERKVOORRAAD_MIJLPALEN,),
    ),
    Taak(
        titel="Initiatieven die stil liggen",
        uitleg="Openbare initiatieven met een mijlpaal waarvan de verwachte datum voorbij is.",
        voor=is_bestuur,
        zaken=_mijlpalen_over_tijd,
        regel=_mijlpaal_regel_voor("initiatieven:detail"),
        volgorde=30,
        versies=(WERKVOORRAAD_MIJLPALEN,),
    ),
    Taak(
        titel="Afgewezen initiatieven",
        uitleg="Afgewezen in de afgelopen drie maanden ('ja, tenzij': elke afwijzing heeft een "
        "geschreven reden). Niet openbaar: zonder titel.",
        voor=is_bestuur,
        zaken=_afgewezen,
        regel=_afgewezen_regel,
        volgorde=40,
        versies=(WERKVOORRAAD,),
    ),
]
