"""Which gemeente a request is for: a gemeente's own host name decides; on a host that several
gemeenten share, the visitor's choice (the chooser, or a medewerker's switcher, kept in the
session), else for a medewerker the first gemeente they work for, else the standaardgemeente.
An installation of one gemeente never asks: it looks exactly as before there were several.

The few gemeenten of an installation are kept in each process's memory (a page costs no query
for them). Saving or deleting one empties the memory of the process that saved it at once; the
other processes (gunicorn workers, Celery) read them again after GEMEENTEN_VERS seconds."""

import time

from django.db.models.signals import post_delete, post_save

from .models import Gemeente

GEMEENTEN_VERS = 30
_geheugen: dict = {}


def _gemeenten() -> tuple[Gemeente, ...]:
    gelezen_op, gemeenten = _geheugen.get("gemeenten", (None, ()))
    if gelezen_op is None or time.monotonic() - gelezen_op > GEMEENTEN_VERS:
        gemeenten = tuple(Gemeente.objects.select_related("organisatie"))
        _geheugen["gemeenten"] = (time.monotonic(), gemeenten)
    return gemeenten


def vergeet_gemeenten(**kwargs):
    _geheugen.clear()


post_save.connect(vergeet_gemeenten, sender=Gemeente, dispatch_uid="vergeet_gemeenten_save")
post_delete.connect(vergeet_gemeenten, sender=Gemeente, dispatch_uid="vergeet_gemeenten_delete")


def alle_gemeenten() -> tuple[Gemeente, ...]:
    return _gemeenten()


def standaardgemeente() -> Gemeente | None:
    return next((g for g in _gemeenten() if g.is_standaard), None)


SESSIE_SLEUTEL = "gemeente"


def gemeente_met_host(host: str) -> Gemeente | None:
    """The gemeente whose own hostnaam is `host` (without port)."""
    naam = host.rsplit(":", 1)[0].lower()
    return next((g for g in _gemeenten() if g.hostnaam and g.hostnaam.lower() == naam), None)


def op_gedeelde_host() -> tuple[Gemeente, ...]:
    """The gemeenten served on a host that is no gemeente's own: the standaardgemeente and
    every gemeente without a host name of its own."""
    return tuple(g for g in _gemeenten() if g.is_standaard or not g.hostnaam)


def met_pk(pk) -> Gemeente | None:
    """A gemeente from memory (no query), else the standaardgemeente."""
    return next((g for g in _gemeenten() if g.pk == pk), None) or standaardgemeente()


def met_slug(slug, gemeenten) -> Gemeente | None:
    return next((g for g in gemeenten if g.slug == slug), None)


def gemeente_ids(user) -> frozenset[int]:
    """The gemeenten a member of staff, raad or college works for (none for a resident): kept
    on the user's row (accounts.User.bediende_gemeenten), so asking costs no query."""
    return frozenset(getattr(user, "bediende_gemeenten", ()))


def _gekozen(request) -> Gemeente | None:
    keuzes = op_gedeelde_host()
    if len(keuzes) < 2:
        return None
    gekozen = met_slug(request.session.get(SESSIE_SLEUTEL), keuzes)
    if gekozen or not request.user.is_authenticated:
        return gekozen
    eigen = [g for g in keuzes if g.pk in gemeente_ids(request.user)]
    if eigen and standaardgemeente() not in eigen:
        return eigen[0]
    return None


def gemeente_van(request) -> Gemeente | None:
    return gemeente_met_host(request.get_host()) or _gekozen(request) or standaardgemeente()


class GemeenteMiddleware:
    """Sets request.gemeente before any view runs, and on the logged-in user the gemeente its
    permissions are checked for (accounts.predicates.bedient_gemeente)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.gemeente = gemeente_van(request)
        if request.user.is_authenticated and request.gemeente is not None:
            request.user.huidige_gemeente_id = request.gemeente.pk
        return self.get_response(request)


def kan_wisselen(request) -> bool:
    """Whether the navigation offers another gemeente: on a host several gemeenten share, or to
    whoever works for more than one."""
    if len(gemeente_ids(request.user)) > 1:
        return True
    return len(op_gedeelde_host()) > 1 and gemeente_met_host(request.get_host()) is None


def gemeente(request):
    """Context processor: {{ gemeente }} on every page, and whether one may choose another."""
    return {
        "gemeente": getattr(request, "gemeente", None) or standaardgemeente(),
        "gemeente_wisselen": lambda: kan_wisselen(request),
    }
