"""Staff forms are processed once, however often they are posted: each rendered form carries a
token ({% eenmalig %}, a hidden field); the view (@eenmalig) claims it in the transaction of
the work it does. A second post of the same form (a double click, a reload, a resent request)
waits until the first has committed, does nothing and leads to where the first led.

A post without a valid token (a hand-made request) is processed as before. A post that does not
redirect (a form shown again with its errors) gives its token back, so the corrected form can be
sent with it."""

import re
import secrets
from datetime import timedelta
from functools import wraps

from django.contrib import messages
from django.db import IntegrityError, transaction
from django.shortcuts import redirect
from django.utils import timezone

from .models import Formulierverzending

VELD = "formulier_token"
BEWAARD = timedelta(days=1)  # long enough for any resent request; then the row goes
AL_VERWERKT = "Dit formulier was al verzonden en is één keer verwerkt."
_TOKEN = re.compile(r"[0-9a-f]{32}")


def nieuw_token() -> str:
    return secrets.token_hex(16)


def _token(request) -> str | None:
    token = request.POST.get(VELD, "") if request.method == "POST" else ""
    if request.user.is_authenticated and _TOKEN.fullmatch(token):
        return token
    return None


def _claim(request, token) -> Formulierverzending | None:
    """The row of this form, or None when another post of it was processed (after waiting for
    that post's transaction: the unique index holds this insert until it ends)."""
    try:
        with transaction.atomic():
            return Formulierverzending.objects.create(gebruiker=request.user, token=token)
    except IntegrityError:
        return None


def _al_verwerkt(request, token):
    eerder = Formulierverzending.objects.filter(gebruiker=request.user, token=token).first()
    messages.info(request, AL_VERWERKT)
    return redirect(eerder.resultaat if eerder and eerder.resultaat else request.path)


def eenmalig(view):
    @wraps(view)
    def verwerk_eenmaal(request, *args, **kwargs):
        token = _token(request)
        if token is None:
            return view(request, *args, **kwargs)
        with transaction.atomic():
            verzending = _claim(request, token)
            if verzending is None:
                return _al_verwerkt(request, token)
            response = view(request, *args, **kwargs)
            _onthoud(verzending, response)
        return response

    verwerk_eenmaal.eenmalig = True  # kept by the decorators around it (functools.wraps)
    return verwerk_eenmaal


def _onthoud(verzending, response) -> None:
    if not response.has_header("Location"):
        verzending.delete()  # not processed: the form is shown again, its token stays usable
        return
    verzending.resultaat = response["Location"][:2000]
    verzending.save(update_fields=["resultaat"])
    oud = timezone.now() - BEWAARD
    eerdere = Formulierverzending.objects.filter(gebruiker=verzending.gebruiker_id)
    eerdere.filter(verzonden_op__lt=oud).delete()
