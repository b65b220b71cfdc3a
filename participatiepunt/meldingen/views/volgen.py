from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST

from .. import volgen


def _terug(request, onderwerp):
    volgende = request.POST.get("next", "")
    if url_has_allowed_host_and_scheme(volgende, {request.get_host()}, request.is_secure()):
        return redirect(volgende)
    return redirect(onderwerp.get_absolute_url())


@login_required
@require_POST
def volg(request):
    """One click: follow or stop following (the button posts which)."""
    onderwerp = volgen.uit_sleutel(request.POST.get("onderwerp", ""))
    if onderwerp is None or not request.user.has_perm("meldingen.volgen", onderwerp):
        raise Http404
    if request.POST.get("actie") == "ontvolgen":
        volgen.ontvolg(request.user, onderwerp)
        messages.success(request, f"U volgt ‘{onderwerp}’ niet meer.")
    else:
        volgen.volg(request.user, onderwerp)
        messages.success(request, f"U volgt nu ‘{onderwerp}’. U krijgt bericht als er nieuws is.")
    return _terug(request, onderwerp)
