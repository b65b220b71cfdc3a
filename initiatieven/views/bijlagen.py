from django.contrib.auth.decorators import login_required
from django.http import FileResponse
from django.shortcuts import get_object_or_404

from ..models import Bijlage
from .access import initiatief_of_404


@login_required
def download(request, pk, bijlage_pk):
    """Attachments are never served from a public URL: only here, to whoever may see them."""
    initiatief = initiatief_of_404(request, pk, "initiatieven.view_details")
    bijlage = get_object_or_404(Bijlage, pk=bijlage_pk, initiatief=initiatief)
    response = FileResponse(
        bijlage.bestand.open("rb"),
        as_attachment=True,
        filename=bijlage.naam,
        content_type=bijlage.content_type,
    )
    response["Cache-Control"] = "private, no-store"
    return response
