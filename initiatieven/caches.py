"""The version of initiatieven's data (participatiepunt.portal.cacheversie) for the cached
bodies of mijn initiatieven and the intake queue, kept per user: every saved or deleted
initiative, mijlpaal, update, kaders version, wijk or account (casemanagers' names, a team's
gebieden) renews them."""

from participatiepunt.portal.cacheversie import CacheVersie

INITIATIEVEN = CacheVersie("initiatieven", ("initiatieven", "gebieden", "accounts"))
