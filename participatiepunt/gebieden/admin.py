from django.contrib import admin

from .models import Gebied, Gemeente, Organisatie, Wijk


class WijkInline(admin.TabularInline):
    model = Wijk
    prepopulated_fields = {"slug": ("naam",)}
    extra = 0


@admin.register(Gebied)
class GebiedAdmin(admin.ModelAdmin):
    list_display = ("naam", "gemeente")
    list_filter = ("gemeente",)
    prepopulated_fields = {"slug": ("naam",)}
    inlines = [WijkInline]


@admin.register(Wijk)
class WijkAdmin(admin.ModelAdmin):
    list_display = ("naam", "gebied", "is_dorp")
    list_filter = ("gebied", "is_dorp")
    search_fields = ("naam",)


@admin.register(Organisatie)
class OrganisatieAdmin(admin.ModelAdmin):
    list_display = ("naam",)
    prepopulated_fields = {"slug": ("naam",)}


@admin.register(Gemeente)
class GemeenteAdmin(admin.ModelAdmin):
    list_display = ("naam", "hostnaam", "is_standaard", "organisatie")
    prepopulated_fields = {"slug": ("naam",)}
