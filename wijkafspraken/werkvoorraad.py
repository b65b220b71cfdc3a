"""Wijkafspraken in the werkvoorraad (participatiepunt.portal.werkvoorraad): afspraken and
evaluations past their date, for the participatiepunt and the gebiedsteam of the wijk, and for
bestuur as what stalls in the gemeente; praatplaten put before the bewonersorganisaties for
co-signing (meelezen.py) that are not vastgesteld since. A gebiedsteam lands on its gebieden
after logging in."""

from django.db.models import Exists, F, OuterRef
from django.utils import formats, timezone

from participatiepunt.accounts.models import Rol
from participatiepunt.accounts.predicates import (
    gebied_ids,
    is_beheerder,
    is_bestuur,
    is_gebiedsteam,
)
from participatiepunt.portal.werkvoorraad import Regel, Taak

from .caches import WIJKAFSPRAKEN
from .models import Afspraak, Ondertekening, Praatplaat, Versie

THUIS = {Rol.GEBIEDSTEAM: "wijkafspraken:dashboard"}


def _datum(waarde) -> str:
    return formats.date_format(waarde, "j F Y")


def _van(qs, user, gemeente, wijk):
    qs = qs.filter(**{f"{wijk}__gebied__gemeente": gemeente})
    if is_beheerder(user) or is_bestuur(user):
        return qs
    return qs.filter(**{f"{wijk}__gebied__in": gebied_ids(user)})


def _afspraken(user, gemeente):
    # EXISTS, not a join on the versions with DISTINCT over every column (the wijk's shape too).
    vastgesteld = Versie.objects.filter(praatplaat=OuterRef("praatplaat"))
    qs = Afspraak.objects.lopend().filter(
        Exists(vastgesteld),
        wanneer__lt=timezone.localdate(),
        praatplaat__gearchiveerd_op__isnull=True,
    )
    qs = _van(qs, user, gemeente, "praatplaat__wijk")
    return qs.select_related("praatplaat__wijk").order_by("wanneer", "pk")


def _afspraak_regel(afspraak) -> Regel:
    wijk = afspraak.praatplaat.wijk
    return Regel(
        f"{wijk}: {afspraak}",
        wijk.get_absolute_url(),
        f"{afspraak.wie_tekst}, klaar op {_datum(afspraak.wanneer)}",
    )


def _evaluaties(user, gemeente):
    qs = Praatplaat.objects.lopend().filter(evaluatie_op__lt=timezone.localdate())
    return _van(qs, user, gemeente, "wijk").select_related("wijk").order_by("evaluatie_op", "pk")


def _evaluatie_regel(praatplaat) -> Regel:
    return Regel(
        f"Evaluatie van de wijkafspraken van {praatplaat.wijk}",
        praatplaat.wijk.get_absolute_url(),
        f"gepland op {_datum(praatplaat.evaluatie_op)}",
    )


def _ter_ondertekening(user, gemeente):
    """Put before the organisations at the table and not vastgesteld since; `ondertekend`
    says whether one of them signed after it was put before them."""
    sinds_voorgelegd = {
        "praatplaat": OuterRef("pk"),
        "getekend_op__gte": OuterRef("ter_ondertekening_op"),
    }
    ondertekend = Ondertekening.objects.filter(versie__isnull=True, **sinds_voorgelegd)
    vastgesteld = Versie.objects.filter(
        praatplaat=OuterRef("pk"), vastgesteld_op__gte=OuterRef("ter_ondertekening_op")
    )
    qs = Praatplaat.objects.lopend().filter(ter_ondertekening_op__isnull=False)
    qs = qs.exclude(Exists(vastgesteld)).annotate(ondertekend=Exists(ondertekend))
    qs = _van(qs, user, gemeente, "wijk").select_related("wijk")
    return qs.order_by(F("ter_ondertekening_op").asc(), "pk")


def _ondertekening_regel(praatplaat) -> Regel:
    voorgelegd = _datum(timezone.localtime(praatplaat.ter_ondertekening_op))
    stand = (
        "ondertekend: klaar om vast te stellen"
        if praatplaat.ondertekend
        else f"wacht op medeondertekening sinds {voorgelegd}"
    )
    return Regel(f"Praatplaat van {praatplaat.wijk}", praatplaat.get_absolute_url(), stand)


WIE = is_beheerder | is_gebiedsteam | is_bestuur

TAKEN = [
    Taak(
        titel="Praatplaten ter ondertekening",
        uitleg="Voorgelegd aan de bewonersorganisaties aan tafel en nog niet vastgesteld.",
        voor=is_beheerder | is_gebiedsteam,
        zaken=_ter_ondertekening,
        regel=_ondertekening_regel,
        volgorde=33,
        versies=(WIJKAFSPRAKEN,),
    ),
    Taak(
        titel="Wijkafspraken over tijd",
        uitleg="Lopende afspraken van vastgestelde praatplaten waarvan de datum voorbij is.",
        voor=WIE,
        zaken=_afspraken,
        regel=_afspraak_regel,
        volgorde=35,
        versies=(WIJKAFSPRAKEN,),
    ),
    Taak(
        titel="Evaluaties over tijd",
        uitleg="Praatplaten waarvan de evaluatie met de wijk had moeten plaatsvinden.",
        voor=WIE,
        zaken=_evaluaties,
        regel=_evaluatie_regel,
        volgorde=36,
        versies=(WIJKAFSPRAKEN,),
    ),
]
