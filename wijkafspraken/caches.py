"""The version of wijkafspraken's data (participatiepunt.portal.cacheversie) for the cached
bodies of the dashboard and the praatplaat page: every saved or deleted praatplaat, answer,
afspraak, vastgestelde versie, evaluation, wijk or gebied renews them. Saving answers in bulk
also saves the praatplaat."""

from participatiepunt.portal.cacheversie import CacheVersie

WIJKAFSPRAKEN = CacheVersie("wijkafspraken", ("wijkafspraken", "gebieden"))
