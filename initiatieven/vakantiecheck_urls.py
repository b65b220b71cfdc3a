from django.urls import path

from .views import vakantiecheck

app_name = "vakantiecheck"
urlpatterns = [
    path("", vakantiecheck.vakantiecheck_pagina, name="vakantiecheck"),
    path("agenda.ics", vakantiecheck.vakantiecheck_ics, name="ics"),
]
