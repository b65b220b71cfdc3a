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


class Contactvraag(models.Model):
    """A question sent with the contact form, to one gemeente's participatiepunt. It is its own
    outbox: the forward to the participatiepunt's mailbox and the receipt to the sender are
    each marked sent in the transaction that sends them (portal.contact). Kept for
    CONTACTVRAAG_BEWAARTERMIJN_DAGEN, then deleted (AVG)."""

    gemeente = models.ForeignKey(
        "gebieden.Gemeente", on_delete=models.CASCADE, related_name="contactvragen"
    )
    afzender = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="contactvragen",
    )
    naam = models.CharField("naam", max_length=100)
    email = models.EmailField("e-mailadres")
    onderwerp = models.CharField("onderwerp", max_length=150)
    vraag = models.TextField("vraag")
    # The signed start of the form it came from: the same form posted twice is one question.
    formulier_token = models.CharField(max_length=200, unique=True)
    aangemaakt_op = models.DateTimeField(auto_now_add=True, db_index=True)
    doorgestuurd_op = models.DateTimeField("doorgestuurd naar het participatiepunt", null=True)
    bevestigd_op = models.DateTimeField("ontvangstbevestiging verstuurd", null=True)

    class Meta:
        verbose_name = "contactvraag"
        verbose_name_plural = "contactvragen"
        ordering = ["-aangemaakt_op"]
        indexes = [
            models.Index(
                fields=["aangemaakt_op"],
                condition=models.Q(doorgestuurd_op__isnull=True)
                | models.Q(bevestigd_op__isnull=True),
                name="contactvraag_te_bezorgen",
            )
        ]

    def __str__(self):
        return f"Contactvraag {self.pk}: {self.onderwerp}"
