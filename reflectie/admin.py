from django.contrib import admin

from .models import Activiteit, AgendaVersie, Onderwerp, Sessie, Spoor


@admin.register(Sessie)
class SessieAdmin(admin.ModelAdmin):
    list_display = ["titel", "soort", "start", "status", "openbaar", "sequence"]
    list_filter = ["soort", "status", "openbaar"]
    search_fields = ["titel", "locatie"]
    readonly_fields = ["uid", "sequence"]
    raw_id_fields = ["wijk", "voorzitter", "aangemaakt_door"]
    filter_horizontal = ["genodigden"]


@admin.register(Onderwerp)
class OnderwerpAdmin(admin.ModelAdmin):
    list_display = ["titel", "status", "voorgesteld_op"]
    list_filter = ["status"]
    search_fields = ["titel", "waarom"]
    raw_id_fields = ["wijk", "initiatief", "voorgesteld_door", "besloten_door"]


@admin.register(AgendaVersie)
class AgendaVersieAdmin(admin.ModelAdmin):
    list_display = ["sessie", "nummer", "gepubliceerd_op"]

    def has_change_permission(self, request, obj=None):
        return False  # a published version is frozen


class ActiviteitInline(admin.TabularInline):
    model = Activiteit
    fields = ["omschrijving", "volgorde", "maanden"]
    extra = 0


@admin.register(Spoor)
class SpoorAdmin(admin.ModelAdmin):
    list_display = ["nummer", "titel"]
    inlines = [ActiviteitInline]
