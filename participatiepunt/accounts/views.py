from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render

from .forms import ProfielForm


@login_required
def profiel(request):
    form = ProfielForm(request.POST or None, initial={"naam": request.user.naam})
    if request.method == "POST" and form.is_valid():
        request.user.naam = form.cleaned_data["naam"]
        request.user.save(update_fields=["naam"])
        messages.success(request, "Uw gegevens zijn opgeslagen.")
        return redirect("accounts:profiel")
    return render(request, "accounts/profiel.html", {"form": form})
