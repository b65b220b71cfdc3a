from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("", include("participatiepunt.portal.urls")),
    path("account/", include("allauth.urls")),
    path("account/", include("participatiepunt.accounts.urls")),
    path("meldingen/", include("participatiepunt.meldingen.urls")),
    path("initiatieven/", include("initiatieven.urls")),
    path("succesvoorbeelden/", include("initiatieven.urls_succesvoorbeelden")),
    path("kennisbank/", include("kennisbank.urls")),
    path("vakantiecheck/", include("initiatieven.vakantiecheck_urls")),
    path("wijken/", include("wijkafspraken.urls")),
    path("reflectie/", include("reflectie.urls")),
    path("bijeenkomsten/", include("bijeenkomsten.urls")),
    path("beheer/", admin.site.urls),
]

handler403 = "participatiepunt.portal.views.forbidden"
handler404 = "participatiepunt.portal.views.not_found"
handler500 = "participatiepunt.portal.views.server_error"
