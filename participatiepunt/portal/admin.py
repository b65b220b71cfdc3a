from django.contrib import admin

from .models import Contactvraag


@admin.register(Contactvraag)
class ContactvraagAdmin(admin.ModelAdmin):
    """Read-only: a question is answered by mail (its Reply-To is the sender)."""

    list_display = ("onderwerp", "naam", "gemeente", "aangemaakt_op", "doorgestuurd_op")
    list_filter = ("gemeente",)
    search_fields = ("onderwerp", "naam", "email")
    readonly_fields = [
        "gemeente",
        "afzender",
        "naam",
        "email",
        "onderwerp",
        "vraag",
        "aangemaakt_op",
        "doorgestuurd_op",
        "bevestigd_op",
    ]
    exclude = ["formulier_token"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
