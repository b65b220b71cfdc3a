"""The versions of bijeenkomsten' data (participatiepunt.portal.cacheversie):

- BIJEENKOMSTEN: the coming bijeenkomsten with how full they are, for the werkvoorraad (the
  catalogue fills in its free places per request: plaatsen.py). Every saved or deleted
  bijeenkomst or sign-up renews it; a mail sent from the outbox shows nowhere and does not.
- PER_BIJEENKOMST: one bijeenkomst's row with its places taken and its wijk, kept for its
  detail page; per bijeenkomst, renewed by its own changes and sign-ups (every part by a wijk
  or gemeente)."""

from participatiepunt.portal.cacheversie import CacheVersie, langs

BIJEENKOMSTEN = CacheVersie(
    "bijeenkomsten", ("bijeenkomsten.Bijeenkomst", "bijeenkomsten.Aanmelding")
)
NAAR_BIJEENKOMST = {
    "bijeenkomsten.Bijeenkomst": "pk",
    "bijeenkomsten.Aanmelding": "bijeenkomst_id",
}
PER_BIJEENKOMST = CacheVersie(
    "bijeenkomsten:bijeenkomst",
    (*NAAR_BIJEENKOMST, "gebieden"),
    deel=langs(NAAR_BIJEENKOMST),
)
VERSIES = (BIJEENKOMSTEN, PER_BIJEENKOMST)
