"""Insight into the outbox for staff: what was published, what is still unsent, and what was
parked after failing again and again (with its error), which a beheerder can send again."""

from django.contrib import admin, messages
from django.utils import timezone

from .kinds import Email
from .models import GEPARKEERD, Gebeurtenis, Melding


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
    list_display = [
        "gebeurtenis",
        "email",
        "in_portaal",
        "email_verstuurd_op",
        "ingepland_op",
        "email_pogingen",
        "email_fout",
    ]
    list_filter = ["email", "in_portaal"]
    list_select_related = ["gebeurtenis"]
    raw_id_fields = ["gebeurtenis", "ontvanger", "overzicht"]
    show_full_result_count = False
    actions = ["opnieuw_bezorgen"]

    @admin.action(description="Geparkeerde e-mail opnieuw bezorgen", permissions=["bezorg"])
    def opnieuw_bezorgen(self, request, queryset):
        from .tasks import plan

        ids = list(queryset.filter(email=GEPARKEERD).values_list("pk", flat=True))
        Melding.objects.filter(pk__in=ids).update(
            email=Email.DIRECT, email_pogingen=0, ingepland_op=timezone.now()
        )
        plan(ids)
        messages.success(request, f"{len(ids)} e-mail(s) worden opnieuw bezorgd.")

    def has_bezorg_permission(self, request):
        return request.user.has_perm("meldingen.change_melding")
