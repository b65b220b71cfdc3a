"""Back-office view for support; day-to-day work happens on the management page, which keeps
the workflow and the kaders history intact (so kaders versions are read-only here)."""

from django.contrib import admin

from .models import Belanghebbende, Bijlage, Initiatief, KadersVersie, Mijlpaal, Update


class BelanghebbendeInline(admin.TabularInline):
    model = Belanghebbende
    extra = 0


class MijlpaalInline(admin.TabularInline):
    model = Mijlpaal
    extra = 0


class KadersVersieInline(admin.StackedInline):
    model = KadersVersie
    extra = 0
    can_delete = False

    def has_change_permission(self, request, obj=None):
        return False

    def has_add_permission(self, request, obj=None):
        return False


class UpdateInline(admin.StackedInline):
    model = Update
    extra = 0
    raw_id_fields = ["auteur"]


class BijlageInline(admin.TabularInline):
    model = Bijlage
    extra = 0
    fields = ["naam", "content_type", "grootte"]
    readonly_fields = fields


@admin.register(Initiatief)
class InitiatiefAdmin(admin.ModelAdmin):
    list_display = ["titel", "status", "wijk", "soort_initiatiefnemer", "casemanager"]
    list_filter = ["status", "soort_initiatiefnemer", "is_succesvoorbeeld", "wijk__gebied"]
    search_fields = ["titel", "samenvatting"]
    list_select_related = ["wijk", "casemanager"]
    raw_id_fields = ["indiener", "casemanager"]
    readonly_fields = ["status", "ingediend_op", "aangemaakt_op", "gewijzigd_op"]
    inlines = [
        BelanghebbendeInline,
        KadersVersieInline,
        MijlpaalInline,
        UpdateInline,
        BijlageInline,
    ]
