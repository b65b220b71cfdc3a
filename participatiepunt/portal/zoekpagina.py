"""The combined search page: every app's sources (portal.zoeken), ranked within each. What a
source finds is kept per gemeente and question under the public pages' cache version (every
app that feeds the search renews it), and the whole page for anonymous visitors: ranking the
hits of a common word takes PostgreSQL tens of milliseconds."""

from django import forms
from django.shortcuts import render
from django.views.decorators.http import require_safe

from .filterformulier import Filterformulier
from .paginacache import PAGINAS, publiek_gecachet
from .zoeken import MAX_LENGTE, bronnen, zoekvraag

PER_BRON = 10


class ZoekFormulier(Filterformulier):
    q = forms.CharField(
        label="Zoeken naar",
        max_length=MAX_LENGTE,
        required=False,
        widget=forms.TextInput(attrs={"type": "search"}),
        error_messages={"max_length": "Gebruik hoogstens %(limit_value)d tekens."},
    )


def genormaliseerd(tekst: str) -> str:
    """The question as PostgreSQL reads it: case and spacing make no other tsquery."""
    return " ".join(tekst.lower().split())


def _treffers(request, bron, vraag, tekst):
    gemeente = getattr(request, "gemeente", None)
    naam = f"zoeken:{gemeente.pk if gemeente else ''}:{bron.sleutel}:{genormaliseerd(tekst)}"
    return PAGINAS.bewaard(naam, lambda: bron.zoek(request, vraag, PER_BRON))


def _resultaten(request, tekst):
    vraag = zoekvraag(tekst)
    if vraag is None:
        return []
    resultaten = []
    for bron in bronnen():
        treffers = _treffers(request, bron, vraag, tekst)
        meer = bron.meer_url(tekst) if bron.meer_url and len(treffers) == PER_BRON else None
        resultaten.append({"bron": bron, "treffers": treffers, "meer": meer})
    return resultaten


@require_safe
@publiek_gecachet
def zoeken(request):
    form = ZoekFormulier(request.GET or None)
    tekst = form.cleaned_data["q"] if form.is_valid() else ""
    resultaten = _resultaten(request, tekst)
    context = {
        "form": form,
        "tekst": tekst,
        "resultaten": resultaten,
        "aantal": sum(len(r["treffers"]) for r in resultaten),
    }
    return render(request, "portal/zoeken.html", context)
