"""What is made from plain values, kept under a key of those values themselves: a list that
shows many rows (the intake) renders only the rows whose values it has not seen yet. Nothing
is renewed and nothing stale is shown: a changed value is another key. The values must be all
that is made from them, as plain data (str, numbers, dates, tuples, lists, dicts) whose repr
shows them: no lazy strings, no model instances."""

from hashlib import sha256

from django.core.cache import cache

from .cacheversie import TIMEOUT


def sleutel(naam: str, waarden) -> str:
    return f"{naam}:{sha256(repr(waarden).encode()).hexdigest()}"


def bewaard_per_invoer(*soorten, timeout: int = TIMEOUT) -> list[list]:
    """soorten: (naam, invoer, maak) each. Per soort, maak(waarden) for each entry of its
    invoer, in order; one round trip reads what is kept of all, one keeps what had to be
    made."""
    per_soort = [[sleutel(naam, w) for w in invoer] for naam, invoer, _ in soorten]
    alle = [s for sleutels in per_soort for s in sleutels]
    gevonden = cache.get_many(alle) if alle else {}
    nieuw = {}
    for (_, invoer, maak), sleutels in zip(soorten, per_soort, strict=True):
        for s, waarden in zip(sleutels, invoer, strict=True):
            if s not in gevonden and s not in nieuw:
                nieuw[s] = maak(waarden)
    if nieuw:
        cache.set_many(nieuw, timeout=timeout)
    kept = gevonden | nieuw
    return [[kept[s] for s in sleutels] for sleutels in per_soort]
