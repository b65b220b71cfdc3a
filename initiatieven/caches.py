"""The versions of initiatieven's data (participatiepunt.portal.cacheversie) for the kept bodies
of the logged-in pages, each renewed only by the changes that alter what its pages show:

- PER_INITIATIEF (beheer, gesprek): per initiative, whatever hangs off it; every part by a wijk,
  a gemeente or an account (names, the casemanagers to choose from).
- PER_INDIENER (mijn initiatieven): per initiator, their initiatives with the mijlpalen,
  kaders and updates their cards show; every part by a wijk or gemeente, or by a save of an
  initiative that may have changed its initiator (a full save: only the admin does that).
- INTAKE (the intake queue): submitted initiatives, their mijlpalen and support asked, wijken,
  accounts (names, a team's gebieden). A draft is not in it.
- ADRESSEN (follow your address): per resident their followed addresses; every part by a
  public initiative (the trajecten around them) or a wijk.
- WERKVOORRAAD (initiatieven's tasks in the werkvoorraad), one version per kind of line: the
  initiatives themselves (new intakes, refusals), mijlpalen over tijd, kaders, messages. Each
  counts its own rows, wijken, a deleted account, and the saves of an initiative that has rows
  of its kind (a submission without messages, kaders or mijlpalen is in no list but the
  intakes). Who sees which lines is in the section's key.
- VAKANTIECHECK (the answer to a selection, for anyone who opens its URL): public initiatives,
  mijlpalen, wijken. A draft's or a just-submitted initiative's saves are in no answer.

What no kept body shows renews none of them: how far a reader has read a conversation
(GesprekGelezen: the 'nieuw' marks are filled in per request), a draft's saves outside its own
initiator's page and its own part, a login."""

from django.db import connection
from django.db.models.signals import post_delete, post_save
from django.middleware.csrf import get_token
from django.utils.safestring import mark_safe

from participatiepunt.portal.cacheversie import ALLE, CacheVersie, langs

from .choices import Status
from .models import Bericht, GevraagdeSteun, Initiatief, KadersVersie, Mijlpaal, regel_kolom

# Every model of initiatieven that a page of one initiative shows, with the way from a row to
# the initiative.
NAAR_INITIATIEF = {
    "initiatieven.Initiatief": "pk",
    "initiatieven.GevraagdeSteun": "initiatief_id",
    "initiatieven.Belanghebbende": "initiatief_id",
    "initiatieven.Bijlage": "initiatief_id",
    "initiatieven.KadersVersie": "initiatief_id",
    "initiatieven.KadersReactie": "versie.initiatief_id",
    "initiatieven.Mijlpaal": "initiatief_id",
    "initiatieven.Terugkoppeling": "mijlpaal.initiatief_id",
    "initiatieven.MijlpaalVerschuiving": "mijlpaal.initiatief_id",
    "initiatieven.Update": "initiatief_id",
    "initiatieven.StatusWijziging": "initiatief_id",
    "initiatieven.ConceptWaarschuwing": "initiatief_id",
    "initiatieven.GegevensCorrectie": "initiatief_id",
    "initiatieven.Bericht": "initiatief_id",
}
# What an initiator's cards show, with the way from a row to the initiator.
NAAR_INDIENER = {
    "initiatieven.Initiatief": "indiener_id",
    "initiatieven.Mijlpaal": "initiatief.indiener_id",
    "initiatieven.KadersVersie": "initiatief.indiener_id",
    "initiatieven.Update": "initiatief.indiener_id",
}
NAAR_BEWONER = {"initiatieven.AdresVolg": "gebruiker_id"}
# What every line of the werkvoorraad shows (who sees which lines is in their key); an account
# only when it is deleted (the initiatives it managed are left without a casemanager).
IN_DE_WERKVOORRAAD = ("initiatieven.Initiatief", "gebieden", "accounts.User")


def _is_initiatief(sender) -> bool:
    return sender is Initiatief


def _blijft_concept(sender, instance, signal=None, created=False, update_fields=None, **kwargs):
    """A draft that stays one: made, its steps saved (named fields, never the status), or
    deleted. A save that writes the status (or every field) may have made it one."""
    if not _is_initiatief(sender) or instance.status != Status.CONCEPT:
        return False
    if signal is not post_save:
        return True
    return created or (update_fields is not None and "status" not in update_fields)


def _geen_concept(sender, instance, **kwargs) -> bool:
    """For pages of submitted initiatives only: a draft's changes do not count, nor the support
    asked of one (a step of the draft)."""
    if sender is GevraagdeSteun:
        return not Initiatief.objects.filter(
            pk=instance.initiatief_id, status=Status.CONCEPT
        ).exists()
    return not _blijft_concept(sender, instance, **kwargs)


def _in_de_werkvoorraad(sender, instance, signal=None, **kwargs) -> bool:
    if sender._meta.app_label == "accounts":
        return signal is post_delete
    return _geen_concept(sender, instance, signal=signal, **kwargs)


# The kinds of werkvoorraad lines that hang off an initiative, by the labels of their models.
SOORTEN_VAN_REGELS = {
    "initiatieven.Mijlpaal": Mijlpaal,
    "initiatieven.KadersVersie": KadersVersie,
    "initiatieven.Bericht": Bericht,
}
# Written in SQL: the ORM took longer to build the three EXISTS than PostgreSQL to answer them,
# and every save of a submitted initiative (a submission too) asks it.
HEEFT_REGELS = "SELECT " + ", ".join(
    f"EXISTS (SELECT 1 FROM {model._meta.db_table} WHERE initiatief_id = %(pk)s)"
    for model in SOORTEN_VAN_REGELS.values()
)


def _rijen_van(initiatief, samen) -> set[str]:
    """Which kinds of lines (by the labels of their models) this initiative has rows for: as
    read with the row (InitiatiefQuerySet.met_regels_bekend), or one query for all the
    versions one save is tested for."""
    if "rijen" not in samen:
        rij = _gelezen(initiatief) or _gevraagd(initiatief)
        samen["rijen"] = {
            soort for soort, er_zijn in zip(SOORTEN_VAN_REGELS, rij, strict=True) if er_zijn
        }
    return samen["rijen"]


def _gelezen(initiatief):
    rij = [getattr(initiatief, regel_kolom(model), None) for model in SOORTEN_VAN_REGELS.values()]
    return None if None in rij else rij


def _gevraagd(initiatief):
    with connection.cursor() as cursor:
        cursor.execute(HEEFT_REGELS, {"pk": initiatief.pk})
        return cursor.fetchone()


def _werkvoorraad_met(soort: str):
    """telt_mee for the lines of rows of `soort`: its rows' changes, and those of the
    initiatives that have such rows (its own lines show the initiative: title, status, wijk)."""

    def telt_mee(sender, instance, signal=None, samen=None, **kwargs) -> bool:
        if not _in_de_werkvoorraad(sender, instance, signal=signal, **kwargs):
            return False
        if not _is_initiatief(sender) or signal is post_delete:
            return True
        return soort in _rijen_van(instance, {} if samen is None else samen)

    return telt_mee


_naar_indiener = langs(NAAR_INDIENER)


def _van_indiener(sender, instance, signal=None, created=False, update_fields=None, **kwargs):
    """The initiator's part; every part for a full save of an existing initiative (the admin's,
    which may give it another initiator, whose old page showed it)."""
    volledig = signal is post_save and not created and update_fields is None
    if _is_initiatief(sender) and volledig:
        return ALLE
    return _naar_indiener(sender, instance, signal=signal, **kwargs)


def _openbaar_of_eigen(sender, instance, **kwargs) -> bool:
    """Follow your address and the vakantiecheck show public trajecten only (and the rows that
    hang off them: the resident's own addresses, mijlpalen, wijken)."""
    return not _is_initiatief(sender) or not instance.buiten_openbare_paginas


PER_INITIATIEF = CacheVersie(
    "initiatieven:initiatief",
    (*NAAR_INITIATIEF, "gebieden", "accounts"),
    deel=langs(NAAR_INITIATIEF),
)
PER_INDIENER = CacheVersie(
    "initiatieven:indiener", (*NAAR_INDIENER, "gebieden"), deel=_van_indiener
)
INTAKE = CacheVersie(
    "initiatieven:intake",
    ("initiatieven.Initiatief", "initiatieven.Mijlpaal", "initiatieven.GevraagdeSteun",
     "gebieden", "accounts"),
    telt_mee=_geen_concept,
)  # fmt: skip
ADRESSEN = CacheVersie(
    "initiatieven:adressen",
    ("initiatieven.Initiatief", *NAAR_BEWONER, "gebieden"),
    telt_mee=_openbaar_of_eigen,
    deel=langs(NAAR_BEWONER),
)
WERKVOORRAAD = CacheVersie(
    "initiatieven:werkvoorraad", IN_DE_WERKVOORRAAD, telt_mee=_in_de_werkvoorraad
)
WERKVOORRAAD_MIJLPALEN = CacheVersie(
    "initiatieven:werkvoorraad:mijlpalen",
    (*IN_DE_WERKVOORRAAD, "initiatieven.Mijlpaal"),
    telt_mee=_werkvoorraad_met("initiatieven.Mijlpaal"),
)
WERKVOORRAAD_KADERS = CacheVersie(
    "initiatieven:werkvoorraad:kaders",
    (*IN_DE_WERKVOORRAAD, "initiatieven.KadersVersie", "initiatieven.KadersReactie"),
    telt_mee=_werkvoorraad_met("initiatieven.KadersVersie"),
)
WERKVOORRAAD_BERICHTEN = CacheVersie(
    "initiatieven:werkvoorraad:berichten",
    (*IN_DE_WERKVOORRAAD, "initiatieven.Bericht"),
    telt_mee=_werkvoorraad_met("initiatieven.Bericht"),
)
VAKANTIECHECK = CacheVersie(
    "initiatieven:vakantiecheck",
    ("initiatieven.Initiatief", "initiatieven.Mijlpaal", "gebieden"),
    telt_mee=_openbaar_of_eigen,
)
VERSIES = (
    PER_INITIATIEF, PER_INDIENER, INTAKE, ADRESSEN,
    WERKVOORRAAD, WERKVOORRAAD_MIJLPALEN, WERKVOORRAAD_KADERS, WERKVOORRAAD_BERICHTEN,
    VAKANTIECHECK,
)  # fmt: skip

# Kept HTML with forms holds this instead of the CSRF token, filled in per request (private-use
# characters: no token or text on a page holds them).
CSRF_PLEK = "\ue002csrf\ue003"


def met_csrf(html: str, request) -> str:
    return mark_safe(html.replace(CSRF_PLEK, get_token(request)))  # noqa: S308 (our templates' HTML)
