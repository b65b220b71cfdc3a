"""The versions of reflectie's data for its caches (participatiepunt.portal.cacheversie): the
calendar feeds and session lists, and the griffie overview."""

from django.apps import apps
from django.db.models.signals import post_save

from participatiepunt.portal.cacheversie import CacheVersie

# What an agenda shows of an initiative (its title) or filters on (its wijk).
OP_DE_AGENDA = {"titel", "wijk", "wijk_id"}


def _op_een_agenda(sender, initiatief, created=False, update_fields=None, **kwargs) -> bool:
    """For initiatieven: a new one is on no agenda yet; a changed one matters only if it is,
    and not when the save names its fields and none an agenda shows (a status change).
    Saving initiatives is frequent, an initiative on an agenda rare. Deletes always count."""
    if sender._meta.label != "initiatieven.Initiatief" or kwargs.get("signal") is not post_save:
        return True
    if created or (update_fields is not None and not OP_DE_AGENDA & update_fields):
        return False
    Agendapunt = apps.get_model("reflectie", "Agendapunt")
    return Agendapunt.objects.filter(initiatief_id=initiatief.pk).exists()


# The calendar feeds and the session lists: sessions, who is invited, the wijk's name.
SESSIES = CacheVersie(
    "sessies",
    (
        "reflectie.Sessie", "reflectie.GroepUitnodiging", "reflectie.Sessie_genodigden",
        "gebieden.Wijk",
    ),
)  # fmt: skip
# The griffie overview: sessions with their agendas, versions and what the items are about.
AGENDAS = CacheVersie(
    "agendas",
    (
        "reflectie.Sessie", "gebieden.Wijk", "reflectie.Agendapunt", "reflectie.AgendaVersie",
        "reflectie.Onderwerp", "initiatieven.Initiatief", "wijkafspraken.Praatplaat",
    ),
    telt_mee=_op_een_agenda,
)  # fmt: skip
# The werkvoorraad's sessions: a session, its agenda's versions, who is invited (in person or
# through a group, which follows from the account's role and function).
WERKVOORRAAD = CacheVersie("reflectie-werkvoorraad", ("reflectie", "accounts"))
