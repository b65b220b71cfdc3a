from axes.utils import reset as reset_lockout
from django.contrib import admin, messages
from django.contrib.auth.admin import UserAdmin

from .models import Bewonersorganisatie, User


@admin.register(User)
class PortalUserAdmin(UserAdmin):
    """Staff assign roles (and gebieden for gebiedsteam members) here."""

    ordering = ("email",)
    list_display = ("email", "naam", "rol", "bestuursfunctie", "is_active")
    list_filter = ("rol", "bestuursfunctie", "is_active", "gemeenten", "gebieden")
    search_fields = ("email", "naam")
    filter_horizontal = ("gemeenten", "gebieden", "groups", "user_permissions")
    fieldsets = (
        (None, {"fields": ("email", "password", "naam")}),
        ("Rol", {"fields": ("rol", "bestuursfunctie", "gemeenten", "gebieden")}),
        ("Rechten", {"fields": ("is_active", "is_staff", "is_superuser")}),
        ("Data", {"fields": ("last_login", "date_joined")}),
    )
    add_fieldsets = ((None, {"fields": ("email", "password1", "password2", "rol")}),)
    actions = ["inlogblokkade_opheffen"]

    @admin.action(description="Inlogblokkade opheffen (na te veel verkeerde wachtwoorden)")
    def inlogblokkade_opheffen(self, request, queryset):
        users = list(queryset)
        for user in users:
            reset_lockout(username=user.email.strip().lower())
        self.message_user(
            request, f"Blokkade opgeheven voor {len(users)} account(s).", messages.SUCCESS
        )


@admin.register(Bewonersorganisatie)
class BewonersorganisatieAdmin(admin.ModelAdmin):
    list_display = ("naam", "soort", "gemeente")
    list_filter = ("soort", "gemeente")
    search_fields = ("naam",)
    filter_horizontal = ("wijken",)
    autocomplete_fields = ("leden",)
