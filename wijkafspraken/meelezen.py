"""The bewonersorganisatie at the table (seed 001: "Uiteraard zitten de bewonersorganisaties en
bestaande bewonerscollectieven daarbij aan tafel"): it comments per question, marks answers
complete from its side, and co-signs the content as it stands; the gebiedsteam puts the
praatplaat before it for signing. Views call these; each owns its transaction."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from participatiepunt.accounts.models import Bewonersorganisatie

from . import notify
from .models import Antwoord, Ondertekening, Opmerking, Praatplaat
from .services import met_inhoud
from .toets import toets
from .versies import snapshot


def organisaties_aan_tafel(praatplaat):
    return Bewonersorganisatie.objects.filter(wijken=praatplaat.wijk_id)


def organisatie_van(user, praatplaat) -> Bewonersorganisatie:
    organisatie = user.bewonersorganisaties.filter(wijken=praatplaat.wijk_id).first()
    if organisatie is None:
        raise ValidationError("U spreekt niet namens een bewonersorganisatie van deze wijk.")
    return organisatie


def _vergrendeld(praatplaat) -> Praatplaat:
    """The praatplaat with its content, locked: signing and vaststellen see the same state."""
    Praatplaat.objects.select_for_update().filter(pk=praatplaat.pk).first()
    praatplaat = met_inhoud().get(pk=praatplaat.pk)
    if praatplaat.is_gearchiveerd:
        raise ValidationError("Deze praatplaat is gearchiveerd.")
    return praatplaat


@transaction.atomic
def plaats_opmerking(praatplaat, *, door, vraag_key: str, tekst: str) -> Opmerking:
    if praatplaat.vragenset.vraag(vraag_key) is None:
        raise ValidationError({"vraag": "Kies een vraag van deze praatplaat."})
    return Opmerking.objects.create(
        praatplaat=praatplaat,
        vraag_key=vraag_key,
        bewonersorganisatie=organisatie_van(door, praatplaat),
        door=door,
        tekst=tekst.strip(),
    )


@transaction.atomic
def markeer_compleet(praatplaat, *, door, vraag_key: str, compleet: bool) -> Antwoord:
    """The bewonersorganisatie's side of 'this answer is complete'. Only an answer with text
    can be; a changed text clears the mark again (services.sla_antwoorden_op)."""
    organisatie_van(door, praatplaat)
    antwoord = praatplaat.antwoorden.select_for_update().filter(vraag_key=vraag_key).first()
    if antwoord is None or not antwoord.tekst.strip():
        raise ValidationError("Op deze vraag staat nog geen antwoord om compleet te noemen.")
    if antwoord.compleet_bewoners != compleet:
        antwoord.compleet_bewoners = compleet
        antwoord.save(update_fields=["compleet_bewoners", "gewijzigd_op"])
    return antwoord


@transaction.atomic
def leg_ter_ondertekening_voor(praatplaat, *, door) -> Praatplaat:
    """The gebiedsteam asks the organisations at the table to co-sign the content as it
    stands; their leden are told (a preference they can switch off)."""
    praatplaat = _vergrendeld(praatplaat)
    if not toets(praatplaat).voldaan:
        raise ValidationError(
            "Leg de praatplaat pas ter ondertekening voor als de congruentietoets voldaan is."
        )
    organisaties = list(organisaties_aan_tafel(praatplaat).prefetch_related("leden"))
    if not organisaties:
        raise ValidationError(
            f"{praatplaat.wijk} heeft nog geen bewonersorganisatie in het portaal. Laat het "
            "gebiedsteam of een beheerder er een aanmaken en leden toevoegen."
        )
    praatplaat.ter_ondertekening_op = timezone.now()
    praatplaat.save(update_fields=["ter_ondertekening_op", "gewijzigd_op"])
    leden = {lid for organisatie in organisaties for lid in organisatie.leden.all()}
    notify.ter_ondertekening(praatplaat, leden=[lid for lid in leden if lid.is_active])
    return praatplaat


@transaction.atomic
def onderteken(praatplaat, *, door) -> Ondertekening:
    """Co-sign the content as it stands now. Signing the same content again changes nothing;
    an earlier, unused signature of other content is replaced."""
    organisatie = organisatie_van(door, praatplaat)
    praatplaat = _vergrendeld(praatplaat)
    inhoud = snapshot(praatplaat)
    eerdere = praatplaat.ondertekeningen.filter(versie=None, bewonersorganisatie=organisatie)
    for ondertekening in eerdere:
        if ondertekening.inhoud == inhoud:
            return ondertekening
    eerdere.delete()
    return Ondertekening.objects.create(
        praatplaat=praatplaat, bewonersorganisatie=organisatie, door=door, inhoud=inhoud
    )
