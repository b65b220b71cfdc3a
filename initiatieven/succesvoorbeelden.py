"""Finished initiatieven that new initiators are pointed to: the public library
(/succesvoorbeelden/), how they did it, and a message to the initiators when they agree."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Exists, OuterRef, Q

from participatiepunt.meldingen.events import publish

from .models import GevraagdeSteun, Initiatief
from .statussen import SUCCESVOORBEELD_STATUSSEN
from .zoeken import in_gemeente

VERHAAL = ("rechtsvorm", "subsidie_ontvangen", "lessen", "gedeeld_binnen_organisatie")


def markeer(initiatief: Initiatief, is_succesvoorbeeld: bool, **verhaal) -> None:
    """Marks (or unmarks) a succesvoorbeeld, with how they did it (VERHAAL's fields)."""
    if is_succesvoorbeeld and not initiatief.kan_succesvoorbeeld_zijn:
        raise ValidationError("Alleen een afgerond initiatief kan een succesvoorbeeld zijn.")
    initiatief.is_succesvoorbeeld = is_succesvoorbeeld
    for veld in VERHAAL:
        if veld in verhaal:
            setattr(initiatief, veld, verhaal[veld])
    velden = ["is_succesvoorbeeld", *(v for v in VERHAAL if v in verhaal), "gewijzigd_op"]
    initiatief.save(update_fields=velden)


def alle(gemeente):
    """The library: the succesvoorbeelden of the gemeente and those the other gemeenten of its
    ambtelijke organisatie share with it."""
    qs = Initiatief.objects.filter(is_succesvoorbeeld=True, status__in=SUCCESVOORBEELD_STATUSSEN)
    zichtbaar = in_gemeente(gemeente)
    if gemeente is not None and gemeente.organisatie_id:
        zichtbaar |= Q(
            gedeeld_binnen_organisatie=True, gemeente__organisatie=gemeente.organisatie_id
        )
    return qs.filter(zichtbaar)


def met_steun(queryset, soort: str):
    """Those that asked this kind of support (one EXISTS, no duplicates from a join)."""
    steun = GevraagdeSteun.objects.filter(initiatief=OuterRef("pk"), soort=soort)
    return queryset.filter(Exists(steun))


def passend_bij(initiatief: Initiatief, aantal: int = 3):
    """Succesvoorbeelden of the same gemeente in the same wijk, on the same thema or with the
    same kind of support asked: shown while drafting. The newest first, read along the partial
    index of succesvoorbeelden until enough fit (support as EXISTS: no join to deduplicate)."""
    codes = initiatief.steun_codes
    fits = Q(wijk_id=initiatief.wijk_id) if initiatief.wijk_id else Q(pk__in=[])
    if initiatief.thema:
        fits |= Q(thema=initiatief.thema)
    if codes:
        steun = GevraagdeSteun.objects.filter(initiatief=OuterRef("pk"), soort__in=codes)
        fits |= Q(Exists(steun))
    qs = Initiatief.objects.filter(is_succesvoorbeeld=True, status__in=SUCCESVOORBEELD_STATUSSEN)
    qs = qs.filter(fits, gemeente_id=initiatief.gemeente_id).exclude(pk=initiatief.pk)
    return qs.select_related("wijk").order_by("-aangemaakt_op")[:aantal]


def zet_contact_toestemming(initiatief: Initiatief, *, toegestaan: bool) -> None:
    initiatief.contact_toegestaan = toegestaan
    initiatief.save(update_fields=["contact_toegestaan", "gewijzigd_op"])


@transaction.atomic
def stuur_contactverzoek(voorbeeld: Initiatief, *, afzender, bericht: str) -> None:
    """A message to the initiators through the portal (a melding, by their preferences); they
    read who wrote and the sender's e-mail address, which the sender agreed to give. The
    initiators' own address is never shown to anyone."""
    if not voorbeeld.contact_toegestaan:
        raise ValidationError("De initiatiefnemers willen op dit moment niet benaderd worden.")
    publish(
        "initiatief.contactverzoek",
        voorbeeld,
        titel=f"Een bericht over uw succesvoorbeeld ‘{voorbeeld.titel}’",
        url=voorbeeld.get_absolute_url(),
        tekst=f"{afzender.naam or 'Een inwoner'} ({afzender.email}) schrijft u via het "
        f"participatiepunt:\n\n{bericht}\n\nAntwoorden kan per e-mail aan {afzender.email}. "
        "Wilt u geen berichten meer? Zet dat uit op de pagina van uw initiatief.",
        ontvangers=[voorbeeld.indiener],
        alleen_ontvangers=True,
    )
