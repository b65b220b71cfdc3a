"""Domain operations on praatplaten; views and tasks call these."""

import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from . import notify
from .choices import Wie
from .models import Afspraak, Antwoord, Evaluatie, Ondertekening, Praatplaat, Versie
from .toets import EVALUATIE_TERMIJN, toets
from .versies import snapshot

WITTE_VLEK_TERMIJN = datetime.timedelta(days=90)


INHOUD = ("antwoorden", "afspraken", "archetypen", "deelnemers")


def met_inhoud(queryset=None):
    queryset = Praatplaat.objects.all() if queryset is None else queryset
    return queryset.select_related("wijk__gebied").prefetch_related(*INHOUD)


def lopende_praatplaat(wijk) -> Praatplaat | None:
    return Praatplaat.objects.lopend().filter(wijk=wijk).first()


@transaction.atomic
def open_praatplaat(wijk, *, door) -> Praatplaat:
    """A new conversation for the wijk; a running praatplaat before it is archived (its
    vastgestelde versions stay readable)."""
    Praatplaat.objects.lopend().filter(wijk=wijk).update(gearchiveerd_op=timezone.now())
    return Praatplaat.objects.create(wijk=wijk, geopend_door=door)


VELDEN = ("tekst", "witte_vlek", "openbaar", "compleet_gebiedsteam")


def sla_antwoorden_op(praatplaat, *, invoer: dict[str, dict]) -> None:
    """invoer: {vraag_key: {"tekst", "witte_vlek", "openbaar", "compleet_gebiedsteam"}};
    saving part of it is normal. A changed text asks the bewonersorganisatie to look again."""
    bestaand = {a.vraag_key: a for a in praatplaat.antwoorden.filter(vraag_key__in=invoer)}
    nieuw, gewijzigd = [], []
    for key, velden in invoer.items():
        antwoord = bestaand.get(key)
        if antwoord is None:
            nieuw.append(Antwoord(praatplaat=praatplaat, vraag_key=key, **velden))
        elif any(getattr(antwoord, veld) != waarde for veld, waarde in velden.items()):
            if antwoord.tekst != velden.get("tekst", antwoord.tekst):
                antwoord.compleet_bewoners = False
            for veld, waarde in velden.items():
                setattr(antwoord, veld, waarde)
            antwoord.gewijzigd_op = timezone.now()
            gewijzigd.append(antwoord)
    with transaction.atomic():
        Antwoord.objects.bulk_create(nieuw)
        Antwoord.objects.bulk_update(gewijzigd, [*VELDEN, "compleet_bewoners", "gewijzigd_op"])
        praatplaat.save(update_fields=["gewijzigd_op"])


def witte_vlek_naar_afspraak(praatplaat, *, vraag_key: str) -> Afspraak:
    """One click: a witte vlek becomes an afspraak to fill it in (stap 2)."""
    vraag = praatplaat.vragenset.vraag(vraag_key)
    if vraag is None:
        raise ValidationError("Deze vraag hoort niet bij de praatplaat.")
    bestaand = praatplaat.afspraken.lopend().filter(vraag_key=vraag_key).first()
    if bestaand:
        return bestaand
    return Afspraak.objects.create(
        praatplaat=praatplaat,
        wat=f"Witte vlek inkleuren: {vraag.tekst}",
        wie=Wie.SAMEN,
        wanneer=timezone.localdate() + WITTE_VLEK_TERMIJN,
        vraag_key=vraag_key,
    )


def laatste_versie(praatplaat) -> Versie | None:
    return praatplaat.versies.order_by("-nummer").first()


@transaction.atomic
def vaststellen(praatplaat, *, door, reden: str = "") -> Versie:
    """Freeze answers and afspraken as the next numbered version. Only when the congruence
    check passes; a later version needs a reason and a change."""
    Praatplaat.objects.select_for_update().filter(pk=praatplaat.pk).first()
    praatplaat = met_inhoud().get(pk=praatplaat.pk)
    _controleer(praatplaat)
    vorige = laatste_versie(praatplaat)
    inhoud = snapshot(praatplaat)
    _controleer_wijziging(vorige, inhoud, reden)
    ondertekeningen = geldige_ondertekeningen(praatplaat, inhoud)
    if not ondertekeningen:
        raise ValidationError(ZONDER_ONDERTEKENING)
    if praatplaat.evaluatie_op is None:
        praatplaat.evaluatie_op = timezone.localdate() + EVALUATIE_TERMIJN
        praatplaat.save(update_fields=["evaluatie_op", "gewijzigd_op"])
    versie = Versie.objects.create(
        praatplaat=praatplaat,
        nummer=vorige.nummer + 1 if vorige else 1,
        reden=reden.strip(),
        inhoud=inhoud,
        vastgesteld_door=door,
    )
    Ondertekening.objects.filter(pk__in=[o.pk for o in ondertekeningen]).update(versie=versie)
    notify.vastgesteld(versie, eerste=vorige is None)
    return versie


ZONDER_ONDERTEKENING = (
    "Vaststellen kan pas als ten minste één bewonersorganisatie aan tafel deze inhoud heeft "
    "medeondertekend. Leg de praatplaat ter ondertekening voor; na elke wijziging tekent de "
    "bewonersorganisatie opnieuw."
)


def geldige_ondertekeningen(praatplaat, inhoud) -> list[Ondertekening]:
    """Co-signatures of this very content by an organisation of the wijk, not yet used."""
    kandidaten = praatplaat.ondertekeningen.filter(
        versie=None, bewonersorganisatie__wijken=praatplaat.wijk_id
    ).select_related("bewonersorganisatie")
    return [o for o in kandidaten if o.inhoud == inhoud]


def _controleer(praatplaat) -> None:
    if praatplaat.is_gearchiveerd:
        raise ValidationError("Deze praatplaat is gearchiveerd.")
    if not toets(praatplaat).voldaan:
        raise ValidationError(
            "De congruentietoets is nog niet voldaan: vul de ontbrekende antwoorden aan of maak "
            "er een afspraak van."
        )


def _controleer_wijziging(vorige, inhoud, reden) -> None:
    if vorige is None:
        return
    if not reden.strip():
        raise ValidationError({"reden": "Geef de reden van de wijziging."})
    if vorige.inhoud == inhoud:
        raise ValidationError(f"Er is niets gewijzigd sinds versie {vorige.nummer}.")


@transaction.atomic
def registreer_evaluatie(praatplaat, *, door, gehouden_op, lessen, opmerkingen, volgende=None):
    evaluatie = Evaluatie.objects.create(
        praatplaat=praatplaat,
        gehouden_op=gehouden_op,
        lessen=lessen,
        opmerkingen={key: tekst for key, tekst in opmerkingen.items() if tekst.strip()},
        door=door,
    )
    praatplaat.evaluatie_op = volgende or gehouden_op + EVALUATIE_TERMIJN
    praatplaat.save(update_fields=["evaluatie_op", "gewijzigd_op"])
    return evaluatie


def volgende_stap(wijk) -> tuple[str, "datetime.date | None"]:
    """The next expected step for this wijk's followers (heartbeat)."""
    praatplaat = Praatplaat.objects.lopend().filter(wijk=wijk).first()
    if praatplaat is None:
        return (f"Het gebiedsteam gaat met {wijk} in gesprek over de praatplaat.", None)
    if not praatplaat.versies.exists():
        return (
            "Het gesprek over de praatplaat loopt; daarna worden de afspraken vastgesteld.",
            None,
        )
    afspraak = praatplaat.afspraken.lopend().order_by("wanneer").first()
    if afspraak and (praatplaat.evaluatie_op is None or afspraak.wanneer < praatplaat.evaluatie_op):
        return (f"Afspraak klaar: {afspraak.wat[:120]}", afspraak.wanneer)
    return ("Evaluatie van de wijkafspraken met de wijk.", praatplaat.evaluatie_op)
