"""The conversation of an initiative: messages between its initiator and the participatiepunt,
unread markers per reader, and a notification to the other side.

Other apps send a message through stuur_bericht (it checks nothing: the caller has checked
initiatieven.add_bericht); the werkvoorraad asks onbeantwoord_voor(user)."""

from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import OuterRef, Q, Subquery
from django.urls import reverse
from django.utils import timezone

from participatiepunt.accounts.models import Rol
from participatiepunt.meldingen.events import publish

from .choices import Status
from .models import Bericht, GesprekGelezen, Initiatief


def url(initiatief) -> str:
    return reverse("initiatieven:gesprek", kwargs={"pk": initiatief.pk})


def stuur_bericht(*, initiatief, afzender, tekst, bijlage=None, content_type=""):
    """One message, and one notification to the other side, in one transaction. The sender
    has read everything up to their own message."""
    with transaction.atomic():
        bericht = Bericht.objects.create(
            initiatief=initiatief,
            afzender=afzender,
            van_initiatiefnemer=afzender.pk == initiatief.indiener_id,
            tekst=tekst,
            bijlage=bijlage or "",
            bijlage_naam=bijlage.name[:200] if bijlage else "",
            bijlage_content_type=content_type if bijlage else "",
            bijlage_grootte=bijlage.size if bijlage else 0,
        )
        markeer_gelezen(initiatief=initiatief, lezer=afzender, tot=bericht.geplaatst_op)
        _meld(bericht)
    return bericht


def _meld(bericht) -> None:
    """The message itself stays in the portal: the mail says there is one, never what it says
    (a notification's text goes to every recipient alike)."""
    initiatief = bericht.initiatief
    if bericht.van_initiatiefnemer:
        publish(
            "initiatief.bericht_initiatiefnemer",
            bericht,
            titel=f"Nieuw bericht van de initiatiefnemer van ‘{initiatief.titel}’",
            url=url(initiatief),
            tekst=f"Er staat een nieuw bericht in het gesprek over ‘{initiatief.titel}’ "
            f"({initiatief.kenmerk}).",
            ontvangers=_participatiepunt_voor(initiatief),
        )
        return
    publish(
        "initiatief.bericht",
        bericht,
        titel=f"Nieuw bericht over uw initiatief ‘{initiatief.titel}’",
        url=url(initiatief),
        tekst="Het participatiepunt heeft u een bericht gestuurd over uw initiatief "
        f"‘{initiatief.titel}’ ({initiatief.kenmerk}). Lees en beantwoord het in het portaal.",
        ontvangers=[initiatief.indiener],
        verplicht=True,
    )


def _participatiepunt_voor(initiatief):
    """Its casemanager; while it has none, every medewerker of the participatiepunt."""
    if initiatief.casemanager_id:
        return [initiatief.casemanager]
    return list(get_user_model().objects.filter(rol=Rol.MEDEWERKER, is_active=True))


def markeer_gelezen(*, initiatief, lezer, tot=None) -> None:
    tot = tot or timezone.now()
    GesprekGelezen.objects.update_or_create(
        gebruiker=lezer, initiatief=initiatief, defaults={"tot": tot}
    )


def gelezen_tot(*, initiatief, lezer):
    rij = GesprekGelezen.objects.filter(gebruiker=lezer, initiatief=initiatief).first()
    return rij.tot if rij else None


def met_gelezen_tot(queryset, lezer):
    """gelezen_tot of each initiative for this reader (None: never read), as a column of the
    same query rather than a query of its own."""
    rij = GesprekGelezen.objects.filter(gebruiker=lezer, initiatief=OuterRef("pk"))
    return queryset.annotate(gelezen_tot=Subquery(rij.values("tot")[:1]))


def aantal_ongelezen(*, initiatief, lezer) -> int:
    tot = gelezen_tot(initiatief=initiatief, lezer=lezer)
    berichten = initiatief.berichten.exclude(afzender=lezer)
    if tot is not None:
        berichten = berichten.filter(geplaatst_op__gt=tot)
    return berichten.count()


def onbeantwoord_voor(user):
    """Initiatives whose last message is the initiator's, for this medewerker: theirs as
    casemanager and those without one (for the werkvoorraad). Newest question first."""
    laatste = Bericht.objects.filter(initiatief=OuterRef("pk")).order_by("-geplaatst_op", "-pk")
    # A draft has no conversation (rules: in_gesprek), and drafts are most of those without a
    # casemanager: leaving them out keeps the last-message lookups to this medewerker's
    # initiatives and the few submitted ones without one (38 -> 15 ms at bench scale 1).
    return (
        Initiatief.objects.filter(Q(casemanager=user) | Q(casemanager__isnull=True))
        .exclude(status=Status.CONCEPT)
        .annotate(
            laatste_van_initiatiefnemer=Subquery(laatste.values("van_initiatiefnemer")[:1]),
            laatste_bericht_op=Subquery(laatste.values("geplaatst_op")[:1]),
        )
        .filter(laatste_van_initiatiefnemer=True)
        .order_by("-laatste_bericht_op")
    )


def deel_met_gebiedsteam(*, initiatief, delen: bool) -> None:
    """The initiator's choice; a stand, not a toggle (a second post changes nothing)."""
    Initiatief.objects.filter(pk=initiatief.pk).update(gesprek_delen_met_gebiedsteam=delen)
