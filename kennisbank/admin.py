"""Back-office view for support; pages are written on the kennisbank's own pages, which keep
the version history (so versions are read-only here)."""

from django.contrib import admin

from .models import Pagina, PaginaVersie


class PaginaVersieInline(admin.TabularInline):
    model = PaginaVersie
    extra = 0
    can_delete = False
    fields = ["nummer", "titel", "op", "door", "toelichting"]
    readonly_fields = fields

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Pagina)
class PaginaAdmin(admin.ModelAdmin):
    list_display = ["titel", "categorie", "gemeente", "versie", "gewijzigd_op"]
    list_filter = ["categorie", "gemeente"]
    readonly_fields = ["versie", "gewijzigd_op"]
    inlines = [PaginaVersieInline]

    def has_change_permission(self, request, obj=None):
        return False
