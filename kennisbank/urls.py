from django.urls import path

from . import views

app_name = "kennisbank"
urlpatterns = [
    path("", views.lijst, name="lijst"),
    path("categorie/<slug:categorie>/", views.categorie, name="categorie"),
    path("nieuw/", views.nieuw, name="nieuw"),
    path("<int:pk>/", views.pagina, name="pagina"),
    path("<int:pk>/bewerken/", views.bewerken, name="bewerken"),
    path("<int:pk>/versies/", views.versies, name="versies"),
    path("<int:pk>/versies/<int:nummer>/", views.versie, name="versie"),
]
