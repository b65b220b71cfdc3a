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
