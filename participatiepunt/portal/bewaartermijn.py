"""Retention (AVG): a draft initiative untouched for CONCEPT_BEWAARTERMIJN_DAGEN is deleted,
but only CONCEPT_WAARSCHUWING_DAGEN after its initiator was warned by e-mail. Editing the draft
in between (gewijzigd_op moves) voids the warning: the clock starts again."""

from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone

from initiatieven.choices import Status
from initiatieven.models import Initiatief
from initiatieven.services import verwijder_bijlage

from . import mail
from .models import ConceptWaarschuwing


def _verouderd():
    grens = timezone.now() - timedelta(days=settings.CONCEPT_BEWAARTERMIJN_DAGEN)
    return Initiatief.objects.filter(status=Status.CONCEPT, gewijzigd_op__lt=grens)


def te_waarschuwen():
    geldig = Q(bewaarwaarschuwing__verstuurd_op__gte=F("gewijzigd_op"))
    return _verouderd().exclude(geldig).filter(indiener__is_active=True)


def te_verwijderen():
    grens = timezone.now() - timedelta(days=settings.CONCEPT_WAARSCHUWING_DAGEN)
    return _verouderd().filter(
        bewaarwaarschuwing__verstuurd_op__gte=F("gewijzigd_op"),
        bewaarwaarschuwing__verstuurd_op__lte=grens,
    )


def waarschuw(initiatief_id: int) -> bool:
    """Send the warning once: the row is locked and re-checked, the mark set with the send."""
    with transaction.atomic():
        initiatief = te_waarschuwen().select_for_update(of=("self",)).filter(pk=initiatief_id)
        initiatief = initiatief.select_related("indiener").first()
        if initiatief is None:
            return False
        ConceptWaarschuwing.objects.update_or_create(
            initiatief=initiatief, defaults={"verstuurd_op": timezone.now()}
        )
        _mail(initiatief)
    return True


def _mail(initiatief) -> None:
    dagen = settings.CONCEPT_WAARSCHUWING_DAGEN
    context = {
        "initiatief": initiatief,
        "knop_url": mail.absolute(reverse("initiatieven:verder", kwargs={"pk": initiatief.pk})),
        "knop_tekst": "Open uw concept",
        "dagen": dagen,
        "verwijderdatum": mail.datum(timezone.localdate() + timedelta(days=dagen)),
    }
    mail.bericht(
        onderwerp=f"Uw concept ‘{initiatief.titel}’ wordt over {dagen} dagen verwijderd",
        delen=mail.teksten("portal/mail/concept_bewaartermijn", context),
        aan=initiatief.indiener.email,
    ).send()


def verwijder(initiatief_id: int) -> bool:
    with transaction.atomic():
        initiatief = te_verwijderen().select_for_update(of=("self",)).filter(pk=initiatief_id)
        initiatief = initiatief.first()
        if initiatief is None:
            return False
        for bijlage in initiatief.bijlagen.all():
            verwijder_bijlage(bijlage)
        initiatief.delete()
    return True
