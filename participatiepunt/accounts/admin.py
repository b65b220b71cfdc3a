from django.contrib import admin
from django.contrib.auth.admin import UserAdmin

from .models import User


@admin.register(User)
class PortalUserAdmin(UserAdmin):
    """Staff assign roles (and gebieden for gebiedsteam members) here."""

    ordering = ("email",)
    list_display = ("email", "naam", "rol", "bestuursfunctie", "is_active")
    list_filter = ("rol", "bestuursfunctie", "is_active", "gebieden")
    search_fields = ("email", "naam")
    filter_horizontal = ("gebieden", "groups", "user_permissions")
    fieldsets = (
        (None, {"fields": ("email", "password", "naam")}),
        ("Rol", {"fields": ("rol", "bestuursfunctie", "gebieden")}),
        ("Rechten", {"fields": ("is_active", "is_staff", "is_superuser")}),
        ("Data", {"fields": ("last_login", "date_joined")}),
    )
    add_fieldsets = ((None, {"fields": ("email", "password1", "password2", "rol")}),)
