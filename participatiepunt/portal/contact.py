"""Contact questions: stored, forwarded to the gemeente's participatiepunt mailbox, and a receipt
to the sender. The question row is the outbox (a mailbox and an anonymous sender are no accounts,
which the notification outbox needs): each of the two mails is marked sent under a row lock in
the transaction that sends it, so a retried task, the sweep and a second worker never send it
twice. The receipt never repeats the question: the form must not become a way to send any text
to any address."""

from datetime import timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone

from . import mail
from .models import Contactvraag
from .tekst import schone_kopregels

# A question unsent this long after it was asked is planned again by the sweep.
HERPLAN_NA = timedelta(minutes=2)
VEEG_MAX = 200


def stel_vraag(*, gemeente, afzender, naam, email, onderwerp, vraag, formulier_token):
    """Stores the question once per form (a second post of the same form finds the first) and
    sends both mails after commit."""
    try:
        with transaction.atomic():
            contactvraag = Contactvraag.objects.create(
                gemeente=gemeente,
                afzender=afzender if afzender and afzender.is_authenticated else None,
                naam=naam,
                email=email,
                onderwerp=onderwerp,
                vraag=vraag,
                formulier_token=formulier_token,
            )
            _plan(contactvraag.pk)
    except IntegrityError:
        return Contactvraag.objects.get(formulier_token=formulier_token)
    return contactvraag


def _plan(contactvraag_id: int) -> None:
    from .tasks import bezorg_contactvraag

    transaction.on_commit(lambda: bezorg_contactvraag.delay(contactvraag_id), robust=True)


def te_bezorgen():
    return Contactvraag.objects.filter(
        Q(doorgestuurd_op__isnull=True) | Q(bevestigd_op__isnull=True)
    )


def bezorg(contactvraag_id: int) -> None:
    _verstuur_eenmaal(contactvraag_id, "doorgestuurd_op", _doorsturen)
    _verstuur_eenmaal(contactvraag_id, "bevestigd_op", _bevestiging)


def _verstuur_eenmaal(contactvraag_id, kolom, maak_bericht) -> None:
    """Marks and sends in one transaction: a concurrent task waits on the row and then finds
    it sent; a failure before COMMIT undoes the mark."""
    with transaction.atomic():
        rijen = Contactvraag.objects.filter(pk=contactvraag_id, **{f"{kolom}__isnull": True})
        contactvraag = rijen.select_for_update().select_related("gemeente").first()
        if contactvraag is None:
            return
        rijen.update(**{kolom: timezone.now()})
        schone_kopregels(maak_bericht(contactvraag)).send(fail_silently=False)


def postbus(gemeente) -> str:
    """The participatiepunt's mailbox of this gemeente; the portal's own if it has none."""
    return gemeente.email or settings.PARTICIPATIEPUNT_EMAIL


def _doorsturen(contactvraag):
    context = {
        "contactvraag": contactvraag,
        "contact": mail.contact(contactvraag.gemeente),
        "knop_url": mail.absolute(
            reverse("admin:portal_contactvraag_change", args=[contactvraag.pk])
        ),
        "knop_tekst": "Bekijk de vraag in het beheer",
    }
    bericht = mail.bericht(
        onderwerp=f"Contactvraag: {contactvraag.onderwerp}",
        delen=mail.teksten("portal/mail/contactvraag", context),
        aan=postbus(contactvraag.gemeente),
    )
    bericht.reply_to = [contactvraag.email]  # answering the mail answers the sender
    return bericht


def _bevestiging(contactvraag):
    context = {
        "contactvraag": contactvraag,
        "contact": mail.contact(contactvraag.gemeente),
        "werkdagen": settings.PARTICIPATIEPUNT_ANTWOORD_WERKDAGEN,
        "knop_url": mail.absolute(reverse("portal:contact")),
        "knop_tekst": "Contactgegevens van het participatiepunt",
    }
    bericht = mail.bericht(
        onderwerp="Wij hebben uw vraag ontvangen",
        delen=mail.teksten("portal/mail/contactvraag_ontvangen", context),
        aan=contactvraag.email,
    )
    bericht.reply_to = [postbus(contactvraag.gemeente)]
    return bericht


def veeg() -> int:
    """Plans again what is still unsent a while after it was asked (its task was lost, or its
    retries were spent while SMTP was down)."""
    grens = timezone.now() - HERPLAN_NA
    ids = list(
        te_bezorgen()
        .filter(aangemaakt_op__lt=grens)
        .order_by("aangemaakt_op")
        .values_list("pk", flat=True)[:VEEG_MAX]
    )
    from .tasks import bezorg_contactvraag

    for pk in ids:
        bezorg_contactvraag.delay(pk)
    return len(ids)


def ruim_op() -> int:
    """AVG: questions past their retention go."""
    grens = timezone.now() - timedelta(days=settings.CONTACTVRAAG_BEWAARTERMIJN_DAGEN)
    verwijderd, _ = Contactvraag.objects.filter(aangemaakt_op__lt=grens).delete()
    return verwijderd
