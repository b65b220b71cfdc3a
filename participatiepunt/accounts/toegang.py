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
    if not request.user.has_perm(perm, obj):
        raise Http404(f"Geen {queryset.model._meta.verbose_name} gevonden.")
    return obj
