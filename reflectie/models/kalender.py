"""The secret of a user's personal calendar feed; resetting it makes the old address useless."""

import secrets

from django.conf import settings
from django.db import models


def nieuw_token() -> str:
    return secrets.token_urlsafe(32)


class FeedToken(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="reflectie_feed"
    )
    token = models.CharField(max_length=64, unique=True, default=nieuw_token)
    aangemaakt_op = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "agenda-abonnement"
        verbose_name_plural = "agenda-abonnementen"

    def __str__(self):
        return f"Agenda-abonnement van {self.user}"

    def vernieuw(self) -> None:
        self.token = nieuw_token()
        self.save(update_fields=["token", "aangemaakt_op"])
