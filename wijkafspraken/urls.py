from django.urls import include, path

from .views import afspraken, dashboard, praatplaat, publiek, vaststellen

app_name = "wijkafspraken"

praatplaat_urls = [
    path("", praatplaat.detail, name="praatplaat"),
    path("gegevens/", praatplaat.gegevens, name="gegevens"),
    path("vragen/<str:onderdeel>/", praatplaat.vragen, name="vragen"),
    path("witte-vlek/<str:key>/", praatplaat.witte_vlek, name="witte_vlek"),
    path("afspraken/nieuw/", afspraken.nieuw, name="afspraak_nieuw"),
    path("afspraken/<int:afspraak>/", afspraken.bewerken, name="afspraak"),
    path("vaststellen/", vaststellen.vaststellen, name="vaststellen"),
    path("versies/<int:nummer>/", publiek.versie, name="versie"),
    path("evaluatie/", vaststellen.evaluatie, name="evaluatie"),
    path("evaluaties/<int:evaluatie>/", vaststellen.evaluatie_detail, name="evaluatie_detail"),
]

urlpatterns = [
    path("", publiek.gemeente, name="overzicht"),
    path("mijn-gebieden/", dashboard.dashboard, name="dashboard"),
    path("praatplaat/<int:pk>/", include(praatplaat_urls)),
    path("<slug:slug>/", publiek.wijk, name="wijk"),
    path("<slug:slug>/afdrukken/", publiek.afdrukken, name="afdrukken"),
    path("<slug:slug>/praatplaat-openen/", praatplaat.openen, name="openen"),
]
