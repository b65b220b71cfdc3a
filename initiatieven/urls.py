from django.urls import path

from .views import (
    adres,
    beheer,
    bijlagen,
    brief,
    concept,
    intake,
    kaders,
    kalender,
    mijn,
    publiek,
    succesvoorbeelden,
)

app_name = "initiatieven"
urlpatterns = [
    path("", publiek.lijst, name="lijst"),
    path("<int:pk>/", publiek.detail, name="detail"),
    path("jaarkalender/", kalender.jaarkalender, name="jaarkalender"),
    path("jaarkalender.ics", kalender.jaarkalender_ics, name="jaarkalender_ics"),
    path("mijn/", mijn.mijn, name="mijn"),
    path("adres/", adres.adres, name="adres"),
    path("adres/<int:pk>/stoppen/", adres.adres_stoppen, name="adres_stoppen"),
    path("nieuw/", concept.nieuw, name="nieuw"),
    path("<int:pk>/concept/", concept.verder, name="verder"),
    path("<int:pk>/concept/stap/<int:nummer>/", concept.concept_stap, name="stap"),
    path(
        "<int:pk>/concept/bijlagen/<int:bijlage_pk>/verwijderen/",
        concept.bijlage_verwijderen,
        name="bijlage_verwijderen",
    ),
    path("<int:pk>/ingediend/", concept.ingediend, name="ingediend"),
    path("<int:pk>/intrekken/", mijn.intrekken, name="intrekken"),
    path(
        "<int:pk>/contact-toestemming/",
        succesvoorbeelden.contact_toestemming,
        name="contact_toestemming",
    ),
    path("<int:pk>/bijlagen/<int:bijlage_pk>/", bijlagen.download, name="bijlage"),
    path("<int:pk>/kaders/voorstellen/", kaders.voorstellen, name="kaders_voorstellen"),
    path("<int:pk>/kaders/reageren/", kaders.reageren, name="kaders_reageren"),
    path("intake/", intake.intake, name="intake"),
    path("<int:pk>/beheer/", beheer.beheer, name="beheer"),
    path("<int:pk>/beheer/kaders/", beheer.kaders, name="beheer_kaders"),
    path("<int:pk>/beheer/gegevens/", beheer.gegevens, name="beheer_gegevens"),
    path("<int:pk>/beheer/locatie/", beheer.locatie, name="beheer_locatie"),
    path("<int:pk>/bewonersbrief/", brief.bewonersbrief, name="bewonersbrief"),
    path("<int:pk>/beheer/<slug:naam>/", beheer.actie, name="beheer_actie"),
    path(
        "<int:pk>/beheer/mijlpalen/<int:mijlpaal_pk>/gereed/",
        beheer.mijlpaal_gereed,
        name="mijlpaal_gereed",
    ),
    path(
        "<int:pk>/beheer/mijlpalen/<int:mijlpaal_pk>/verplaatsen/",
        beheer.mijlpaal_verplaatsen,
        name="mijlpaal_verplaatsen",
    ),
]
