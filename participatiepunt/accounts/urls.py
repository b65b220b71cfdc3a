from django.urls import path

from . import views

app_name = "accounts"
urlpatterns = [
    path("profiel/", views.profiel, name="profiel"),
    path("gegevens/", views.gegevens, name="gegevens"),
    path("verwijderen/", views.verwijderen, name="verwijderen"),
]
