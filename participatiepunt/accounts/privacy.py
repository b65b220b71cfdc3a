"""The AVG registry: a user's data, to download or to erase. Every app contributes its part
in `<app>/privacy.py` with two functions:

    def export(user) -> dict   # everything the app stores about the user (JSON-serialisable)
    def erase(user) -> None    # delete or anonymise it; runs inside erase_account's transaction

Public initiatives stay (they are part of the public record) without the person behind them."""

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from axes.models import AccessAttempt, AccessLog
from django.apps import apps
from django.db import transaction

from participatiepunt.discovery import modules


def _modules():
    """(app label, its privacy module) for every app but this registry itself."""
    for module in modules("privacy"):
        if module.__name__ != __name__:
            yield apps.get_containing_app_config(module.__name__).label, module


def _account(user) -> dict:
    return {
        "e-mailadres": user.email,
        "naam": user.naam,
        "rol": user.get_rol_display(),
        "account_aangemaakt_op": user.date_joined,
        "laatst_ingelogd_op": user.last_login,
        "e-mailadressen": list(EmailAddress.objects.filter(user=user).values("email", "verified")),
        "lid_van_bewonersorganisaties": list(
            user.bewonersorganisaties.values_list("naam", flat=True)
        ),
    }


def export_data(user) -> dict:
    return {"account": _account(user)} | {label: m.export(user) for label, m in _modules()}


def _anonymise(user) -> None:
    AccessAttempt.objects.filter(username=user.email).delete()
    AccessLog.objects.filter(username=user.email).delete()
    EmailAddress.objects.filter(user=user).delete()
    Authenticator.objects.filter(user=user).delete()
    user.gebieden.clear()
    user.bewonersorganisaties.clear()
    user.email = f"verwijderd-{user.pk}@verwijderd.invalid"
    user.naam = ""
    user.is_active = False
    user.set_unusable_password()  # also ends every session of the account
    user.save()


@transaction.atomic
def erase_account(user) -> None:
    for _label, module in _modules():
        module.erase(user)
    _anonymise(user)
