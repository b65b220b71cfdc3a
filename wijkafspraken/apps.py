from django.apps import AppConfig


class WijkafsprakenConfig(AppConfig):
    name = "wijkafspraken"
