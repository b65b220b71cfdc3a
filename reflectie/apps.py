from django.apps import AppConfig


class ReflectieConfig(AppConfig):
    name = "reflectie"
