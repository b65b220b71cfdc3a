from django.urls import path

from .views import succesvoorbeelden

app_name = "succesvoorbeelden"
urlpatterns = [
    path("", succesvoorbeelden.bibliotheek, name="lijst"),
    path("<int:pk>/", succesvoorbeelden.voorbeeld, name="voorbeeld"),
    path("<int:pk>/contact/", succesvoorbeelden.contact, name="contact"),
]
