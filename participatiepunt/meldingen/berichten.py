"""The e-mails themselves, in the layout of every mail (portal/mail.py): a link to the object as
the button, why the reader gets it and, unless it cannot be switched off, how to stop it (a
link and the one-click List-Unsubscribe headers). Recipients share the event's text, which
callers keep free of other people's personal data."""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse

from participatiepunt.gebieden.huidige import met_pk
from participatiepunt.portal import mail
from participatiepunt.portal.tekst import schone_kopregels

from . import afmelden, bijlagen, kinds
from .models import Reden

absolute = mail.absolute

# Rendered once per event; each recipient's own unsubscribe link replaces this placeholder.
AFMELD_PLEK = "AFMELD-URL-PLEK"


def _teksten(template, context, gemeente=None) -> tuple[str, str]:
    context = {
        **context,
        "afmeld_url": AFMELD_PLEK,
        "voorkeuren_url": absolute(reverse("meldingen:voorkeuren"), gemeente),
    }
    return mail.teksten(template, context, gemeente)


def _mail(onderwerp, teksten, ontvanger, afmelding, message_id, gemeente=None):
    """`afmelding` is None for a mail that cannot be switched off: no link, no headers."""
    extra, ingevuld = {"Message-ID": message_id}, {}
    if afmelding is not None:
        afmeld_url = afmelden.url(ontvanger.pk, *afmelding)
        teksten = tuple(deel.replace(AFMELD_PLEK, afmeld_url) for deel in teksten)
        extra.update(afmelden.headers(afmeld_url))
        ingevuld = {AFMELD_PLEK: afmeld_url}
    bericht = mail.bericht(
        onderwerp=onderwerp,
        delen=teksten,
        aan=ontvanger.email,
        extra_headers=extra,
        gemeente=gemeente,
    )
    bericht.ingevuld = ingevuld
    return bericht


def _sjabloon(onderwerp, teksten, verplicht, gemeente):
    """The mail of _mail() with placeholders for what differs per recipient."""
    extra = {"Message-ID": "<ID-PLEK>"}
    if not verplicht:
        extra.update(afmelden.headers(AFMELD_PLEK))
    bericht = mail.bericht(
        onderwerp=onderwerp,
        delen=teksten,
        aan=mail.AAN_PLEK,
        extra_headers=extra,
        gemeente=gemeente,
    )
    kopregels = ["Message-ID"] if verplicht else ["Message-ID", "List-Unsubscribe"]
    plekken = [] if verplicht else [AFMELD_PLEK]
    return mail.Sjabloon(schone_kopregels(bericht), plekken, kopregels)


def _message_id(soort: str, pk: int) -> str:
    # Stable per row: a receiving system can recognise a message it already has.
    domein = settings.SITE_URL.split("//", 1)[-1].split("/", 1)[0].split(":", 1)[0]
    return f"<{soort}-{pk}@{domein}>"


def is_verplicht(melding) -> bool:
    """Sent to the reader because it is theirs (their initiative, their proposal), whatever
    they chose: nothing to unsubscribe from."""
    return melding.reden == Reden.ONTVANGER and melding.gebeurtenis.verplicht


def _afmelding(melding):
    """(kind, followed item) for the unsubscribe link, or None for a verplicht mail."""
    if is_verplicht(melding):
        return None
    gebeurtenis = melding.gebeurtenis
    if melding.reden != Reden.VOLGER:
        return (gebeurtenis.soort, "")
    model = ContentType.objects.get_for_id(gebeurtenis.content_type_id).model_class()
    return (gebeurtenis.soort, f"{model._meta.label_lower}:{gebeurtenis.object_id}")


def _in_een_wijk(gebeurtenis) -> bool:
    """About something that lies in a wijk (an initiative): its followers may follow the wijk."""
    model = ContentType.objects.get_for_id(gebeurtenis.content_type_id).model_class()
    return model is not None and any(veld.name == "wijk" for veld in model._meta.get_fields())


class Opmaak:
    """The e-mails of one batch: each event is rendered and flattened once per reason (a
    mail.Sjabloon), not once per recipient."""

    def __init__(self):
        self._teksten: dict[tuple, tuple[str, str]] = {}
        self._sjablonen: dict[tuple, mail.Sjabloon] = {}
        self._bijlagen: dict[int, list] = {}

    def voor_melding(self, melding):
        gebeurtenis = melding.gebeurtenis
        gemeente = met_pk(gebeurtenis.gemeente_id)  # from memory, not a query per mail
        verplicht = is_verplicht(melding)
        sleutel = (gebeurtenis.pk, melding.reden, verplicht)
        if sleutel not in self._teksten:
            context = {
                "gebeurtenis": gebeurtenis,
                "melding": melding,
                "verplicht": verplicht,
                "knop_url": absolute(gebeurtenis.url, gemeente),
                "knop_tekst": "Bekijk het op het participatiepunt",
                "soort_label": kinds.get(gebeurtenis.soort).label,
                "in_een_wijk": _in_een_wijk(gebeurtenis),
            }
            self._teksten[sleutel] = _teksten("meldingen/mail/melding", context, gemeente)
        bericht = _mail(
            gebeurtenis.titel,
            self._teksten[sleutel],
            melding.ontvanger,
            _afmelding(melding),
            _message_id("melding", melding.pk),
            gemeente,
        )
        if gebeurtenis.pk not in self._bijlagen:
            self._bijlagen[gebeurtenis.pk] = bijlagen.van(gebeurtenis)
        for bijlage in self._bijlagen[gebeurtenis.pk]:
            bericht.attach(bijlage(melding.ontvanger))
        if not bericht.attachments:  # an attachment is made per recipient: Django's way
            self._sjabloon(sleutel, gebeurtenis.titel, verplicht, gemeente).voor(bericht)
        return bericht

    def _sjabloon(self, sleutel, onderwerp, verplicht, gemeente) -> mail.Sjabloon:
        if sleutel not in self._sjablonen:
            teksten = self._teksten[sleutel]
            self._sjablonen[sleutel] = _sjabloon(onderwerp, teksten, verplicht, gemeente)
        return self._sjablonen[sleutel]

    def voor_meldingen(self, meldingen):
        """One mail for these notifications of one reader: one of them as itself, several
        (the heartbeat's quiet items) as one list with each item's next step."""
        if len(meldingen) == 1:
            return self.voor_melding(meldingen[0])
        eerste = meldingen[0]
        context = {
            "gebeurtenissen": [melding.gebeurtenis for melding in meldingen],
            "dagen": settings.MELDINGEN_HARTSLAG_DAGEN,
            "knop_url": absolute(reverse("meldingen:lijst")),
            "knop_tekst": "Bekijk uw meldingen",
        }
        return _mail(
            f"Nog geen nieuws over {len(meldingen)} dingen die u volgt",
            _teksten("meldingen/mail/hartslag", context),
            eerste.ontvanger,
            (eerste.gebeurtenis.soort, ""),
            _message_id("melding", eerste.pk),
        )


def voor_overzicht(overzicht, ontvanger, groepen):
    aantal = overzicht.aantal
    context = {
        "groepen": groepen,
        "aantal": aantal,
        "knop_url": absolute(reverse("meldingen:lijst")),
        "knop_tekst": "Alle meldingen bekijken",
    }
    return _mail(
        f"Uw weekoverzicht: {aantal} bericht{'en' if aantal != 1 else ''}",
        _teksten("meldingen/mail/overzicht", context),
        ontvanger,
        (afmelden.OVERZICHT, ""),
        _message_id("overzicht", overzicht.pk),
    )
