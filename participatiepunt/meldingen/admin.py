"""Read-only insight into the outbox for staff: what was published and what is still unsent."""

from django.contrib import admin

from .models import Gebeurtenis, Melding


class AlleenLezen(admin.ModelAdmin):
    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(Gebeurtenis)
class GebeurtenisAdmin(AlleenLezen):
    list_display = ["titel", "soort", "onderwerp_naam", "aangemaakt_op"]
    list_filter = ["soort"]
    search_fields = ["titel", "onderwerp_naam"]
    date_hierarchy = "aangemaakt_op"


@admin.register(Melding)
class MeldingAdmin(AlleenLezen):
    list_display = ["gebeurtenis", "email", "in_portaal", "email_verstuurd_op", "ingepland_op"]
    list_filter = ["email", "in_portaal"]
    list_select_related = ["gebeurtenis"]
    raw_id_fields = ["gebeurtenis", "ontvanger", "overzicht"]
    show_full_result_count = False
