"""Which gemeente a request is for: by its host name, else the standaardgemeente.

The few gemeenten of an installation are read once per process and kept in memory (a page
costs no query for them); saving or deleting one empties that memory."""

from functools import cache

from django.db.models.signals import post_delete, post_save

from .models import Gemeente


@cache
def _gemeenten() -> tuple[Gemeente, ...]:
    return tuple(Gemeente.objects.select_related("organisatie"))


def vergeet_gemeenten(**kwargs):
    _gemeenten.cache_clear()


post_save.connect(vergeet_gemeenten, sender=Gemeente, dispatch_uid="vergeet_gemeenten_save")
post_delete.connect(vergeet_gemeenten, sender=Gemeente, dispatch_uid="vergeet_gemeenten_delete")


def standaardgemeente() -> Gemeente | None:
    return next((g for g in _gemeenten() if g.is_standaard), None)


def gemeente_voor_host(host: str) -> Gemeente | None:
    """The gemeente whose hostnaam is `host` (without port), else the standaardgemeente."""
    naam = host.rsplit(":", 1)[0].lower()
    gevonden = next((g for g in _gemeenten() if g.hostnaam and g.hostnaam.lower() == naam), None)
    return gevonden or standaardgemeente()


class GemeenteMiddleware:
    """Sets request.gemeente before any view runs."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.gemeente = gemeente_voor_host(request.get_host())
        return self.get_response(request)


def gemeente(request):
    """Context processor: {{ gemeente }} on every page."""
    return {"gemeente": getattr(request, "gemeente", None) or standaardgemeente()}
