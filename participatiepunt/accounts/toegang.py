"""This object, if you may: the one idiom every view uses to look up an object it shows or
changes. Whoever may not see it gets a 404, the same as for an object that does not exist, so
nobody learns that someone else's draft, closed session or proposal exists. An object of
another gemeente than the request's does not exist here either (every domain queryset scopes
with voor_gemeente)."""

from django.http import Http404
from django.shortcuts import get_object_or_404


def in_gemeente(queryset, gemeente):
    """The queryset's rows of this gemeente: by its voor_gemeente, else by a `gemeente` column."""
    if hasattr(queryset, "voor_gemeente"):
        return queryset.voor_gemeente(gemeente)
    if any(veld.name == "gemeente" for veld in queryset.model._meta.concrete_fields):
        return queryset.filter(gemeente=gemeente)
    return queryset


def object_of_404(request, queryset, perm: str, **lookup):
    obj = get_object_or_404(in_gemeente(queryset, request.gemeente), **lookup)
    return toegestaan_of_404(request, obj, perm, queryset.model)


def toegestaan_of_404(request, obj, perm: str, model):
    """The same for an object already read (None: none found) of the request's gemeente."""
    if obj is None:  # what get_object_or_404 says
        raise Http404(f"No {model._meta.object_name} matches the given query.")
    if not request.user.has_perm(perm, obj):
        raise Http404(f"Geen {model._meta.verbose_name} gevonden.")
    return obj


def vast_object_of_404(request, query, perm: str, model, **waarden):
    """object_of_404 through a VasteQuery whose bouw(gemeente=..., **waarden) scopes to the
    gemeente (in_gemeente) and finds at most one row."""
    gemeente = request.gemeente.pk if request.gemeente is not None else None
    rijen = query.rijen(gemeente=gemeente, **waarden)
    return toegestaan_of_404(request, rijen[0] if rijen else None, perm, model)
