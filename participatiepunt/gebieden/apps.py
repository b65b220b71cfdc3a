from django.apps import AppConfig


class GebiedenConfig(AppConfig):
    name = "participatiepunt.gebieden"
    label = "gebieden"
    verbose_name = "Gebieden, wijken en dorpen"
