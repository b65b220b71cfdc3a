from django.apps import AppConfig


class MeldingenConfig(AppConfig):
    name = "participatiepunt.meldingen"
    label = "meldingen"
    verbose_name = "Meldingen"
