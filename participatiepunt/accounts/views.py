import json

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from rules.contrib.views import permission_required

from .forms import AccountVerwijderenForm, ProfielForm
from .privacy import erase_account, export_data


@login_required
def profiel(request):
    form = ProfielForm(request.POST or None, initial={"naam": request.user.naam})
    if request.method == "POST" and form.is_valid():
        request.user.naam = form.cleaned_data["naam"]
        request.user.save(update_fields=["naam"])
        messages.success(request, "Uw gegevens zijn opgeslagen.")
        return redirect("accounts:profiel")
    return render(request, "accounts/profiel.html", {"form": form})


@login_required
@permission_required("accounts.export_own_data", raise_exception=True)
def gegevens(request):
    """All data about the logged-in user as a JSON download (there is no id: only one's own)."""
    body = json.dumps(
        export_data(request.user), cls=DjangoJSONEncoder, indent=2, ensure_ascii=False
    )
    response = HttpResponse(body, content_type="application/json; charset=utf-8")
    filename = f"mijn-gegevens-participatiepunt-{timezone.localdate():%Y-%m-%d}.json"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@login_required
@permission_required("accounts.delete_own_account", raise_exception=True)
def verwijderen(request):
    form = AccountVerwijderenForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        erase_account(request.user)
        logout(request)
        messages.success(request, "Uw account en persoonsgegevens zijn verwijderd.")
        return redirect("portal:home")
    return render(request, "accounts/verwijderen.html", {"form": form})
