from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from participatiepunt.portal.eenmalig import eenmalig

from .. import agenda
from ..forms.agenda import AgendapuntForm, DocumentForm
from ..models import Document
from .access import sessie_of_404
from .context import agenda_context


def _punt(sessie, punt_pk):
    return get_object_or_404(sessie.agendapunten, pk=punt_pk)


@login_required
@eenmalig
def bewerk(request, pk):
    sessie = sessie_of_404(request, pk, "reflectie.change_agenda")
    form = AgendapuntForm(request.POST or None, gemeente=sessie.gemeente_id)
    if request.method == "POST" and form.is_valid():
        form.instance.sessie = sessie
        form.instance.volgorde = agenda.volgende_volgorde(sessie)
        form.save()
        messages.success(request, "Het agendapunt is toegevoegd.")
        return redirect("reflectie:agenda", pk=sessie.pk)
    context = {"sessie": sessie, "form": form, **agenda_context(request.user, sessie)}
    return render(request, "reflectie/agenda/bewerk.html", context)


@login_required
@eenmalig
def punt(request, pk, punt_pk):
    sessie = sessie_of_404(request, pk, "reflectie.change_agenda")
    agendapunt = _punt(sessie, punt_pk)
    form = AgendapuntForm(
        request.POST or None, instance=agendapunt, prefix="punt", gemeente=sessie.gemeente_id
    )
    document_form = DocumentForm(prefix="document")
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, "Het agendapunt is gewijzigd.")
        return redirect("reflectie:agenda", pk=sessie.pk)
    context = {"sessie": sessie, "punt": agendapunt, "form": form, "document_form": document_form}
    return render(request, "reflectie/agenda/punt.html", context)


@login_required
@eenmalig
def document_toevoegen(request, pk, punt_pk):
    sessie = sessie_of_404(request, pk, "reflectie.change_agenda")
    agendapunt = _punt(sessie, punt_pk)
    document_form = DocumentForm(request.POST or None, prefix="document")
    if request.method == "POST" and document_form.is_valid():
        document_form.instance.agendapunt = agendapunt
        document_form.save()
        messages.success(request, "Het document is toegevoegd.")
        return redirect("reflectie:agendapunt", pk=sessie.pk, punt_pk=agendapunt.pk)
    form = AgendapuntForm(instance=agendapunt, prefix="punt", gemeente=sessie.gemeente_id)
    context = {"sessie": sessie, "punt": agendapunt, "form": form, "document_form": document_form}
    return render(request, "reflectie/agenda/punt.html", context)


@login_required
@require_POST
def document_verwijderen(request, pk, document_pk):
    sessie = sessie_of_404(request, pk, "reflectie.change_agenda")
    document = get_object_or_404(Document, pk=document_pk, agendapunt__sessie=sessie)
    document.delete()
    messages.success(request, "Het document is van het agendapunt gehaald.")
    return redirect("reflectie:agendapunt", pk=sessie.pk, punt_pk=document.agendapunt_id)


@login_required
@require_POST
def punt_verwijderen(request, pk, punt_pk):
    sessie = sessie_of_404(request, pk, "reflectie.change_agenda")
    _punt(sessie, punt_pk).delete()
    messages.success(request, "Het agendapunt is verwijderd.")
    return redirect("reflectie:agenda", pk=sessie.pk)


@login_required
@require_POST
@eenmalig  # a double click moves the item one place, not two
def schuif(request, pk, punt_pk, richting):
    sessie = sessie_of_404(request, pk, "reflectie.change_agenda")
    if richting not in ("omhoog", "omlaag"):
        raise Http404("Onbekende richting.")
    agenda.schuif(_punt(sessie, punt_pk), omhoog=richting == "omhoog")
    return redirect("reflectie:agenda", pk=sessie.pk)


@login_required
@require_POST
@eenmalig
def publiceer(request, pk):
    sessie = sessie_of_404(request, pk, "reflectie.change_agenda")
    if not sessie.agendapunten.exists():
        messages.error(request, "Een lege agenda kan niet worden gepubliceerd.")
        return redirect("reflectie:agenda", pk=sessie.pk)
    laatste = agenda.laatste_versie(sessie)
    if laatste and not agenda.wijzigingen(agenda.snapshot(sessie), laatste):
        messages.info(
            request, f"Geen wijzigingen sinds versie {laatste.nummer}: niets gepubliceerd."
        )
        return redirect("reflectie:agenda", pk=sessie.pk)
    versie = agenda.publiceer(sessie, request.user)
    messages.success(request, f"Versie {versie.nummer} van de agenda is gepubliceerd.")
    return redirect(sessie)


def versie(request, pk, nummer):
    sessie = sessie_of_404(request, pk)
    gekozen = get_object_or_404(sessie.agendaversies, nummer=nummer)
    context = {
        "sessie": sessie,
        "versie": gekozen,
        "punten": agenda.met_tijden(sessie, gekozen.inhoud),
        "versies": sessie.agendaversies.order_by("-nummer"),
    }
    return render(request, "reflectie/agenda/versie.html", context)


def afdrukken(request, pk):
    sessie = sessie_of_404(request, pk)
    context = {
        "sessie": sessie,
        "afdruktitel": afdruktitel(sessie),
        **agenda_context(request.user, sessie),
    }
    if request.user.has_perm("reflectie.view_werkversie", sessie):  # as on the session's page
        context["genodigden"] = sessie.genodigde_gebruikers()
    return render(request, "reflectie/agenda/afdrukken.html", context)


def afdruktitel(sessie) -> str:
    """The title without the kind it often starts with: the print says the kind above it."""
    soort = sessie.get_soort_display()
    if sessie.titel.lower().startswith(f"{soort.lower()}:"):
        return sessie.titel[len(soort) + 1 :].strip()
    return sessie.titel
