"""Retention (AVG): a draft initiative untouched for CONCEPT_BEWAARTERMIJN_DAGEN is deleted,
but only CONCEPT_WAARSCHUWING_DAGEN after its initiator was warned. The warning is a verplicht
notification (publish), so it is retried and swept like every other mail. Editing the draft in
between (gewijzigd_op moves) voids the warning: the clock starts again."""

from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import F, Q
from django.urls import reverse
from django.utils import formats, timezone

from participatiepunt.meldingen.events import publish

from .choices import Status
from .models import ConceptWaarschuwing, Initiatief
from .services import verwijder_bijlage

SOORT = "initiatief.bewaartermijn"


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
    """Warn once: the row is locked and re-checked, the mark written with the notification."""
    with transaction.atomic():
        initiatief = te_waarschuwen().select_for_update(of=("self",)).filter(pk=initiatief_id)
        initiatief = initiatief.select_related("indiener").first()
        if initiatief is None:
            return False
        ConceptWaarschuwing.objects.update_or_create(
            initiatief=initiatief, defaults={"verstuurd_op": timezone.now()}
        )
        _meld(initiatief)
    return True


def _meld(initiatief) -> None:
    dagen = settings.CONCEPT_WAARSCHUWING_DAGEN
    verwijderdatum = formats.date_format(timezone.localdate() + timedelta(days=dagen), "j F Y")
    publish(
        SOORT,
        initiatief,
        titel=f"Uw concept ‘{initiatief.titel}’ wordt op {verwijderdatum} verwijderd",
        url=reverse("initiatieven:verder", kwargs={"pk": initiatief.pk}),
        tekst=f"U begon bij het participatiepunt aan het initiatief ‘{initiatief.titel}’, maar "
        "heeft het concept al lange tijd niet meer aangepast en nog niet ingediend.\n\n"
        "Wij bewaren niet langer dan nodig is wat u invulde. Daarom verwijderen wij dit concept "
        f"op {verwijderdatum} (over {dagen} dagen), met de bijlagen.\n\n"
        "Wilt u het bewaren? Open het concept en sla het op, of dien het in. Dan begint de "
        "termijn opnieuw. Doet u niets, dan hoeft u verder niets te doen: wij verwijderen het "
        "concept vanzelf.",
        ontvangers=[initiatief.indiener],
        verplicht=True,
    )


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
