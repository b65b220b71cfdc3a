from celery import shared_task
from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone

from .models import Initiatief


@shared_task
def stuur_ontvangstbevestiging(initiatief_id: int) -> None:
    with transaction.atomic():
        initiatief = (
            Initiatief.objects.select_for_update()
            .select_related("indiener")
            .filter(pk=initiatief_id, bevestiging_verstuurd_op__isnull=True)
            .first()
        )
        if initiatief is None:  # already sent (a retry) or gone
            return
        context = {"initiatief": initiatief, "site_url": settings.SITE_URL}
        send_mail(
            f"Uw initiatief ‘{initiatief.titel}’ is ontvangen",
            render_to_string("initiatieven/mail/ontvangen.txt", context),
            None,
            [initiatief.indiener.email],
        )
        initiatief.bevestiging_verstuurd_op = timezone.now()
        initiatief.save(update_fields=["bevestiging_verstuurd_op"])
