from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db.models import OuterRef, Subquery
from django.shortcuts import redirect, render
from django.template.loader import render_to_string

from .. import workflow
from ..caches import PER_INDIENER
from ..choices import Participatieniveau, Status
from ..models import Initiatief, KadersVersie, Update
from .access import initiatief_of_404

PER_PAGINA = 10


def _ingediend(user, gemeente):
    """Per initiative only what the page shows, as columns of one query: the next open mijlpaal,
    the current kaders' version and level, the latest public update (not their histories, and
    no rows of them: three prefetches cost ~4.5 ms of Python per page)."""
    kaders = KadersVersie.objects.filter(initiatief=OuterRef("pk")).order_by("-versie")
    updates = Update.objects.filter(initiatief=OuterRef("pk"), openbaar=True)
    updates = updates.order_by("-geplaatst_op", "-pk")
    return (
        Initiatief.objects.voor_gemeente(gemeente)
        .ingediend()
        .filter(indiener=user)
        .select_related("wijk")
        .only("titel", "status", "is_succesvoorbeeld", "wijk__naam")
        .met_volgende_mijlpaal()
        .annotate(
            kaders_versie=Subquery(kaders.values("versie")[:1]),
            kaders_niveau=Subquery(kaders.values("participatieniveau")[:1]),
            update_tekst=Subquery(updates.values("tekst")[:1]),
            update_op=Subquery(updates.values("geplaatst_op")[:1]),
        )
        .order_by("-aangemaakt_op", "-pk")
    )


def _kaart(initiatief):
    """What a card shows that is not a column: the next step and the level's label."""
    initiatief.stap = workflow.volgende_stap_uit_kolommen(initiatief)
    niveau = initiatief.kaders_niveau
    initiatief.kaders_niveau_label = Participatieniveau(niveau).label if niveau else ""
    return initiatief


def _concepten(user, gemeente):
    qs = Initiatief.objects.voor_gemeente(gemeente).filter(indiener=user, status=Status.CONCEPT)
    return qs.only("titel", "concept_stap", "gewijzigd_op").order_by("-aangemaakt_op", "-pk")


def _lijst(request, qs, param, rij=None):
    """One page of a list and the query string of its links (the other list keeps its page)."""
    querystring = request.GET.copy()
    querystring.pop(param, None)
    pagina = Paginator(qs, PER_PAGINA).get_page(request.GET.get(param))
    if rij:
        pagina.object_list = [rij(item) for item in pagina]
    return {"pagina": pagina, "param": param, "querystring": querystring.urlencode()}


@login_required
def mijn(request):
    """The body is the user's own, kept until their initiatives change (caches.py)."""
    naam = f"mijn:{request.gemeente.slug}:{request.user.pk}:{request.GET.urlencode()}"
    inhoud = PER_INDIENER.bewaard(naam, lambda: _inhoud(request), deel=request.user.pk)
    return render(request, "initiatieven/mijn.html", {"inhoud": inhoud})


def _inhoud(request) -> str:
    context = {
        "concepten": _lijst(request, _concepten(request.user, request.gemeente), "concepten"),
        "ingediend": _lijst(request, _ingediend(request.user, request.gemeente), "pagina", _kaart),
    }
    return render_to_string("initiatieven/_mijn_inhoud.html", context)


@login_required
def intrekken(request, pk):
    initiatief = initiatief_of_404(request, pk, "initiatieven.withdraw_initiatief")
    if request.method == "POST":
        try:
            workflow.wijzig_status(
                initiatief, Status.INGETROKKEN, request.user, request.POST.get("toelichting", "")
            )
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, "Uw initiatief is ingetrokken.")
        return redirect("initiatieven:mijn")
    return render(request, "initiatieven/intrekken.html", {"initiatief": initiatief})
