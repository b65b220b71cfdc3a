from django.db import models


class ConceptWaarschuwing(models.Model):
    """The retention warning sent for a draft initiative that nobody touched for a long time.
    A warning counts only while the draft stays untouched after it (see bewaartermijn.py)."""

    initiatief = models.OneToOneField(
        "initiatieven.Initiatief", on_delete=models.CASCADE, related_name="bewaarwaarschuwing"
    )
    verstuurd_op = models.DateTimeField("gewaarschuwd op")

    class Meta:
        verbose_name = "waarschuwing bewaartermijn concept"
        verbose_name_plural = "waarschuwingen bewaartermijn concepten"

    def __str__(self):
        return f"Waarschuwing concept {self.initiatief_id}"
