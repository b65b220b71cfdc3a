from django.urls import path

from .views import afmelden, centrum, volgen, voorkeuren

app_name = "meldingen"
urlpatterns = [
    path("", centrum.lijst, name="lijst"),
    path("alles-gelezen/", centrum.alles_gelezen, name="alles_gelezen"),
    path("volgen/", volgen.volg, name="volgen"),
    path("voorkeuren/", voorkeuren.voorkeuren, name="voorkeuren"),
    path("afmelden/<str:token>/", afmelden.afmelden, name="afmelden"),
]
