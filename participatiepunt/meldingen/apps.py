from django.apps import AppConfig


class MeldingenConfig(AppConfig):
    name = "participatiepunt.meldingen"
    label = "meldingen"
    verbose_name = "Meldingen"

    def ready(self):
        from participatiepunt.discovery import modules

        modules("meldingen")  # each app's kinds, reminders and followables, found at start-up
