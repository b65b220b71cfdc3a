from django.contrib import admin

from .models import Aanmelding, Bijeenkomst


class AanmeldingInline(admin.TabularInline):
    model = Aanmelding
    extra = 0
    fields = ("naam", "email", "status", "aangemeld_op", "bevestigd_op")
    readonly_fields = fields
    can_delete = False


@admin.register(Bijeenkomst)
class BijeenkomstAdmin(admin.ModelAdmin):
    list_display = ("titel", "soort", "doelgroep", "start", "capaciteit", "gemeente")
    list_filter = ("soort", "doelgroep", "gemeente")
    search_fields = ("titel",)
    inlines = [AanmeldingInline]
