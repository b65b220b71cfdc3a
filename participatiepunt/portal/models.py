from django.conf import settings
from django.db import models


class Hartslag(models.Model):
    """When a Celery worker and beat last showed they were alive (portal/health.py)."""

    naam = models.CharField(max_length=20, primary_key=True)
    op = models.DateTimeField()

    class Meta:
        verbose_name = "hartslag"
        verbose_name_plural = "hartslagen"

    def __str__(self):
        return f"{self.naam}: {self.op:%Y-%m-%d %H:%M:%S}"


class Formulierverzending(models.Model):
    """A staff form that was processed, by the token it was rendered with (portal.eenmalig):
    the same form posted again does nothing and leads to where the first post led."""

    # Looked up by (gebruiker, token): the unique index serves it, no index of its own.
    gebruiker = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, db_index=False
    )
    token = models.CharField(max_length=32)
    resultaat = models.CharField("doorgestuurd naar", max_length=2000, blank=True)
    verzonden_op = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "verwerkt formulier"
        verbose_name_plural = "verwerkte formulieren"
        constraints = [
            models.UniqueConstraint(fields=["gebruiker", "token"], name="formulier_eenmaal")
        ]

    def __str__(self):
        return f"Formulier {self.token[:8]}… van {self.gebruiker_id}"
