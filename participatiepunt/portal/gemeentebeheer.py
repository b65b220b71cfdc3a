"""A beheerder keeps the settings of the gemeente they work for in the portal itself: name, host
name, house colour and logo, contact details, opening hours, the participatieverordening and
the praatplaat's edition. The colour is refused when white text on it is hard to read."""

import filetype
from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect, render
from django.template.defaultfilters import filesizeformat

from participatiepunt.gebieden.models import Gemeente

from .eenmalig import eenmalig
from .tekst import SchoneTekstMixin

LOGO_SOORTEN = {"image/png": "PNG", "image/jpeg": "JPEG", "image/webp": "WebP"}


class GemeenteForm(SchoneTekstMixin, forms.ModelForm):
    class Meta:
        model = Gemeente
        fields = [
            "naam", "hostnaam", "primaire_kleur", "logo", "adres", "postadres", "telefoon",
            "email", "openingstijden", "verordening_titel", "verordening_url",
            "verordening_tekst", "praatplaat_editie",
        ]  # fmt: skip
        widgets = {"primaire_kleur": forms.TextInput(attrs={"type": "color"})}
        error_messages = {"naam": {"required": "Geef de naam van de gemeente."}}

    def clean_hostnaam(self):
        return self.cleaned_data["hostnaam"].strip().lower()

    def clean_logo(self):
        logo = self.cleaned_data.get("logo")
        if not logo or not hasattr(logo, "content_type"):  # unchanged or removed
            return logo
        if getattr(logo, "te_groot", False) or logo.size > settings.UPLOAD_MAX_BYTES:
            raise ValidationError(
                f"Dit bestand is {filesizeformat(logo.size)}; een logo mag hoogstens "
                f"{filesizeformat(settings.UPLOAD_MAX_BYTES)} zijn."
            )
        logo.seek(0)
        soort = filetype.guess(logo.read(8192))
        logo.seek(0)
        if soort is None or soort.mime not in LOGO_SOORTEN:
            raise ValidationError(
                "Dit bestand is geen afbeelding die wij als logo tonen. "
                f"Toegestaan: {', '.join(LOGO_SOORTEN.values())}."
            )
        return logo


@login_required
@eenmalig
def instellingen(request):
    gemeente = Gemeente.objects.get(pk=request.gemeente.pk)
    if not request.user.has_perm("gebieden.change_gemeente", gemeente):
        raise PermissionDenied
    form = GemeenteForm(request.POST or None, request.FILES or None, instance=gemeente)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, f"De instellingen van gemeente {gemeente.naam} zijn bewaard.")
        return redirect("portal:gemeente_instellingen")
    return render(request, "portal/gemeente_instellingen.html", {"form": form})
