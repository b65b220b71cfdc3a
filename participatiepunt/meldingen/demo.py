"""Demo: the demo resident follows Beijum and has an unread notification about it; the apps add
theirs with melding() (initiatieven: the resident's own Pluktuin). Written directly, as already
delivered, so loading the demo sends no mail. Idempotent: an event that exists (same kind,
object and title) is left alone.

A newcomer sees the rest happen live: sign up, press "Volgen" on a wijk page, and whatever the
gebiedsteam or the participatiepunt publishes about it appears under Meldingen and in the
console (or Mailpit) mail."""

from datetime import timedelta

from django.contrib.contenttypes.models import ContentType
from django.utils import timezone

from participatiepunt.gebieden.models import Wijk

from . import hartslag, stappen, volgen
from .kinds import Email
from .models import Gebeurtenis, Melding, Reden


def load(accounts: dict) -> None:
    inwoner = accounts["inwoner"]
    beijum = Wijk.objects.filter(slug="beijum").first()
    if beijum is None:
        return
    volgen.volg(inwoner, beijum)
    titel = f"Nog geen nieuws over ‘{beijum}’"
    tekst = hartslag.tekst(stappen.volgende_stap(beijum))
    melding(inwoner, beijum, "volgen.geen_nieuws", titel, tekst, dagen=3)


def melding(gebruiker, onderwerp, soort, titel, tekst, *, dagen, gelezen=False, reden=Reden.VOLGER):
    """One notification, written as already delivered (no mail); left alone when it exists."""
    content_type = ContentType.objects.get_for_model(onderwerp)
    bestaat = Gebeurtenis.objects.filter(
        soort=soort, content_type=content_type, object_id=onderwerp.pk, titel=titel
    )
    if bestaat.exists():
        return
    moment = timezone.now() - timedelta(days=dagen)
    gebeurtenis = Gebeurtenis.objects.create(
        soort=soort,
        content_type=content_type,
        object_id=onderwerp.pk,
        onderwerp_naam=str(onderwerp),
        titel=titel,
        tekst=tekst,
        url=onderwerp.get_absolute_url(),
        aangemaakt_op=moment,
    )
    Melding.objects.create(
        gebeurtenis=gebeurtenis,
        ontvanger=gebruiker,
        reden=reden,
        email=Email.DIRECT,
        aangemaakt_op=moment,
        ingepland_op=moment,
        email_verstuurd_op=moment + timedelta(minutes=1),
        gelezen_op=moment + timedelta(hours=5) if gelezen else None,
    )
