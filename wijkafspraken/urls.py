from django.urls import include, path

from .views import (
    afspraken,
    bewonersorganisaties,
    dashboard,
    meelezen,
    praatplaat,
    publiek,
    raad,
    vaststellen,
)

app_name = "wijkafspraken"

praatplaat_urls = [
    path("", praatplaat.detail, name="praatplaat"),
    path("gegevens/", praatplaat.gegevens, name="gegevens"),
    path("vragen/<str:onderdeel>/", praatplaat.vragen, name="vragen"),
    path("witte-vlek/<str:key>/", praatplaat.witte_vlek, name="witte_vlek"),
    path("afspraken/nieuw/", afspraken.nieuw, name="afspraak_nieuw"),
    path("afspraken/<int:afspraak>/", afspraken.bewerken, name="afspraak"),
    path("vaststellen/", vaststellen.vaststellen, name="vaststellen"),
    path("ter-ondertekening/", meelezen.ter_ondertekening, name="ter_ondertekening"),
    path("meelezen/", meelezen.meelezen, name="meelezen"),
    path("meelezen/compleet/<str:key>/", meelezen.compleet, name="compleet"),
    path("ondertekenen/", meelezen.ondertekenen, name="ondertekenen"),
    path("versies/<int:nummer>/", publiek.versie, name="versie"),
    path("versies/<int:nummer>/raad/", raad.voorleggen, name="raad"),
    path("overdrachten/", raad.overdrachten, name="overdrachten"),
    path("evaluatie/", vaststellen.evaluatie, name="evaluatie"),
    path("evaluaties/<int:evaluatie>/", vaststellen.evaluatie_detail, name="evaluatie_detail"),
]

urlpatterns = [
    path("", publiek.gemeente, name="overzicht"),
    path("mijn-gebieden/", dashboard.dashboard, name="dashboard"),
    path("praatplaat/<int:pk>/", include(praatplaat_urls)),
    path("bewonersorganisaties/", bewonersorganisaties.overzicht, name="bewonersorganisaties"),
    path(
        "bewonersorganisaties/nieuw/",
        bewonersorganisaties.nieuw,
        name="bewonersorganisatie_nieuw",
    ),
    path(
        "bewonersorganisaties/<int:organisatie>/",
        bewonersorganisaties.bewerken,
        name="bewonersorganisatie",
    ),
    path(
        "mijn-bewonersorganisatie/",
        meelezen.mijn_bewonersorganisatie,
        name="mijn_bewonersorganisatie",
    ),
    path("<slug:slug>/", publiek.wijk, name="wijk"),
    path("<slug:slug>/afdrukken/", publiek.afdrukken, name="afdrukken"),
    path("<slug:slug>/bewonersbrief/", publiek.bewonersbrief, name="bewonersbrief"),
    path("<slug:slug>/praatplaat-openen/", praatplaat.openen, name="openen"),
]
