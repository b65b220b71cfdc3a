from django.contrib import admin

from .models import Afspraak, Antwoord, ArchetypeKeuze, Deelnemer, Evaluatie, Praatplaat, Versie


class DeelnemerInline(admin.TabularInline):
    model = Deelnemer
    extra = 0


class ArchetypeInline(admin.TabularInline):
    model = ArchetypeKeuze
    extra = 0


class AfspraakInline(admin.TabularInline):
    model = Afspraak
    extra = 0
    fields = ["wat", "wie", "organisatie", "wanneer", "vraag_key", "status"]


@admin.register(Praatplaat)
class PraatplaatAdmin(admin.ModelAdmin):
    list_display = ["wijk", "editie", "geopend_op", "evaluatie_op", "gearchiveerd_op"]
    list_filter = ["wijk__gebied"]
    search_fields = ["wijk__naam"]
    list_select_related = ["wijk"]
    inlines = [DeelnemerInline, ArchetypeInline, AfspraakInline]


@admin.register(Antwoord)
class AntwoordAdmin(admin.ModelAdmin):
    list_display = ["praatplaat", "vraag_key", "witte_vlek", "openbaar"]
    list_select_related = ["praatplaat__wijk"]


@admin.register(Versie)
class VersieAdmin(admin.ModelAdmin):
    """Vastgestelde versions are frozen: read-only here as well."""

    list_display = ["praatplaat", "nummer", "vastgesteld_op"]
    list_select_related = ["praatplaat__wijk"]

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Evaluatie)
class EvaluatieAdmin(admin.ModelAdmin):
    list_display = ["praatplaat", "gehouden_op"]
    list_select_related = ["praatplaat__wijk"]
