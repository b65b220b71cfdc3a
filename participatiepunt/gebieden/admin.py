from django.contrib import admin

from .models import Gebied, Wijk


class WijkInline(admin.TabularInline):
    model = Wijk
    prepopulated_fields = {"slug": ("naam",)}
    extra = 0


@admin.register(Gebied)
class GebiedAdmin(admin.ModelAdmin):
    list_display = ("naam",)
    prepopulated_fields = {"slug": ("naam",)}
    inlines = [WijkInline]


@admin.register(Wijk)
class WijkAdmin(admin.ModelAdmin):
    list_display = ("naam", "gebied", "is_dorp")
    list_filter = ("gebied", "is_dorp")
    search_fields = ("naam",)
