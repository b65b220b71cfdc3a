"""The version of bijeenkomsten' data (participatiepunt.portal.cacheversie) for the werkvoorraad's
coming bijeenkomsten with how full they are: every saved or deleted bijeenkomst or sign-up
renews it."""

from participatiepunt.portal.cacheversie import CacheVersie

BIJEENKOMSTEN = CacheVersie("bijeenkomsten", ("bijeenkomsten",))
