"""The body of a calendar feed, cached per circle of readers (issue 8: a calendar client asks for
the whole feed every hour, and every griffie member's feed is the same 860 sessions).

The key holds the version of the sessions (caches.SESSIES: every saved or deleted session,
group invitation, personal invitation or wijk raises it) and who reads: everyone who sees all
sessions shares one body, anyone else has their own (their invitations and groups). The
5 minute timeout bounds what signals cannot see (QuerySet.update, the one-month window
moving)."""

from participatiepunt.gebieden.huidige import gemeente_ids
from participatiepunt.portal import gzipbody

from . import ical
from .caches import SESSIES
from .choices import groepen_van
from .rules import ziet_alle_sessies

PERSOONLIJK = "Mijn sessies – Participatiepunt"
OPENBAAR = "Openbare reflectiesessies – Participatiepunt"


def _kring(user) -> str:
    gemeenten = ".".join(map(str, sorted(gemeente_ids(user))))
    if ziet_alle_sessies(user):
        return f"alle-{gemeenten}"
    # group invitations reach the members of the session's gemeente only
    return f"gebruiker-{user.pk}-{'.'.join(groepen_van(user))}-{gemeenten}"


def persoonlijk(user) -> bytes:
    """The feed gzip-packed (participatiepunt.portal.gzipbody): the griffie's is every session
    of the city, hundreds of KB that grow with it, so kept in each worker's memory too
    (CacheVersie.bewaard_groot)."""
    return SESSIES.bewaard_groot(
        f"feed:gz:{_kring(user)}",
        lambda: gzipbody.inpakken(ical.feed(ical.sessies_voor(user), PERSOONLIJK)),
    )


def openbaar(gemeente) -> bytes:
    return SESSIES.bewaard(
        f"feed:openbaar:{gemeente.slug}",
        lambda: ical.feed(ical.openbare_sessies(gemeente), OPENBAAR, gemeente),
    )
