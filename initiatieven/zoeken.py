"""What the search finds of initiatieven: the public initiatives and the succesvoorbeelden of
the current gemeente, by title, samenvatting and thema (Initiatief.zoekvector, GIN-indexed)
and by the name of their wijk."""

from django.contrib.postgres.search import SearchRank, SearchVector
from django.db.models import Case, F, FloatField, Q, Value, When
from django.urls import reverse
from django.utils.http import urlencode

from participatiepunt.gebieden.models import Wijk
from participatiepunt.portal.zoeken import CONFIG, Bron, Treffer, gemarkeerd, markering

from .models import Initiatief
from .statussen import SUCCESVOORBEELD_STATUSSEN

WIJK_BONUS = 0.1  # found by its wijk's name: behind a hit in its own title, before none


def in_gemeente(gemeente) -> Q:
    """Initiatives of the gemeente, by their own gemeente column:
    one without a wijk belongs to a gemeente too."""
    if gemeente is None:
        return Q(pk__in=[])
    return Q(gemeente=gemeente)


def _wijken_met(vraag) -> list[int]:
    """The wijken whose name the question names (a few hundred rows at most)."""
    wijken = Wijk.objects.annotate(v=SearchVector("naam", config=CONFIG)).filter(v=vraag)
    return list(wijken.values_list("pk", flat=True))


def gevonden(queryset, vraag, gemeente):
    """The initiatives of `queryset` in the gemeente that match, annotated with `rang`."""
    wijken = _wijken_met(vraag)
    treft, rang = Q(zoekvector=vraag), SearchRank(F("zoekvector"), vraag)
    if wijken:
        treft |= Q(wijk_id__in=wijken)
        bonus = Case(
            When(wijk_id__in=wijken, then=Value(WIJK_BONUS)),
            default=Value(0.0),
            output_field=FloatField(),
        )
        rang = rang + bonus
    return queryset.filter(in_gemeente(gemeente)).filter(treft).annotate(rang=rang)


def _treffers(queryset, vraag, gemeente, limiet, url) -> list[Treffer]:
    # Only what a hit shows: the row's other columns (zoekvector, beschrijving) are wide.
    qs = queryset.select_related("wijk").only("thema", "wijk__naam")
    qs = gevonden(qs, vraag, gemeente)
    qs = qs.annotate(
        titel_gemarkeerd=markering("titel", vraag, alles=True),
        fragment=markering("samenvatting", vraag),
    ).order_by("-rang", "-pk")[:limiet]
    return [
        Treffer(
            titel=gemarkeerd(i.titel_gemarkeerd),
            url=url(i),
            fragment=gemarkeerd(i.fragment),
            rang=i.rang,
            kenmerken=tuple(k for k in (str(i.wijk or ""), i.get_thema_display()) if k),
        )
        for i in qs
    ]


def zoek_initiatieven(request, vraag, limiet):
    qs = Initiatief.objects.openbaar()
    return _treffers(qs, vraag, request.gemeente, limiet, lambda i: i.get_absolute_url())


def zoek_succesvoorbeelden(request, vraag, limiet):
    qs = Initiatief.objects.filter(is_succesvoorbeeld=True, status__in=SUCCESVOORBEELD_STATUSSEN)
    url = lambda i: reverse("succesvoorbeelden:voorbeeld", args=[i.pk])  # noqa: E731
    return _treffers(qs, vraag, request.gemeente, limiet, url)


def _lijst_met(tekst: str) -> str:
    return f"{reverse('initiatieven:lijst')}?{urlencode({'q': tekst})}"


BRONNEN = [
    Bron("initiatieven", "Initiatieven en trajecten", zoek_initiatieven, meer_url=_lijst_met),
    Bron("succesvoorbeelden", "Succesvoorbeelden", zoek_succesvoorbeelden),
]
