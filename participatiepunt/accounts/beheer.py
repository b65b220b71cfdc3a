"""The admin (/beheer/) without a login of its own: Django's admin login made a session with the
password alone, past allauth's second factor. Its login page sends to allauth's login instead."""

from urllib.parse import urlencode

from django.contrib import admin
from django.contrib.admin.apps import AdminConfig
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseNotAllowed
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme


class BeheerSite(admin.AdminSite):
    def login(self, request, extra_context=None):
        if request.method not in ("GET", "HEAD"):
            return HttpResponseNotAllowed(["GET", "HEAD"])
        if request.user.is_authenticated:
            if self.has_permission(request):
                return redirect(reverse("admin:index", current_app=self.name))
            raise PermissionDenied  # logged in, not an admin: logging in again changes nothing
        return redirect(f"{reverse('account_login')}?{urlencode({'next': _next(request)})}")


def _next(request) -> str:
    target = request.GET.get("next", "")
    if url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return reverse("admin:index")


class BeheerAdminConfig(AdminConfig):
    default_site = "participatiepunt.accounts.beheer.BeheerSite"
