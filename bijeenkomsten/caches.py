"""The version of bijeenkomsten' data (participatiepunt.portal.cacheversie): the coming
bijeenkomsten with how full they are, for the werkvoorraad and the catalogue's page cache (its
free places; a sign-up renews the catalogue, not every public page). Every saved or deleted
bijeenkomst or sign-up renews it; a mail sent from the outbox shows nowhere and does not."""

from participatiepunt.portal.cacheversie import CacheVersie

BIJEENKOMSTEN = CacheVersie(
    "bijeenkomsten", ("bijeenkomsten.Bijeenkomst", "bijeenkomsten.Aanmelding")
)
