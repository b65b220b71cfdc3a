from django.urls import path

from .views import agenda, griffie, kalender, leren, onderwerpen, planning, sessies

app_name = "reflectie"

sessie = "sessies/<int:pk>/"
punt = sessie + "agenda/punten/<int:punt_pk>/"
urlpatterns = [
    path("", sessies.lijst, name="lijst"),
    path("sessies/nieuw/", sessies.nieuw, name="nieuw"),
    path(sessie, sessies.detail, name="sessie"),
    path(sessie + "wijzigen/", sessies.wijzig, name="wijzig"),
    path(sessie + "verplaatsen/", sessies.verplaats, name="verplaats"),
    path(sessie + "annuleren/", sessies.annuleer, name="annuleer"),
    path(sessie + "gehouden/", sessies.gehouden, name="gehouden"),
    path(sessie + "agenda/", agenda.bewerk, name="agenda"),
    path(sessie + "agenda/publiceren/", agenda.publiceer, name="publiceer"),
    path(sessie + "agenda/afdrukken/", agenda.afdrukken, name="afdrukken"),
    path(sessie + "agenda/versies/<int:nummer>/", agenda.versie, name="agendaversie"),
    path(punt, agenda.punt, name="agendapunt"),
    path(punt + "verwijderen/", agenda.punt_verwijderen, name="agendapunt_verwijderen"),
    path(punt + "schuif-<str:richting>/", agenda.schuif, name="agendapunt_schuif"),
    path(punt + "documenten/", agenda.document_toevoegen, name="document_toevoegen"),
    path(
        sessie + "agenda/documenten/<int:document_pk>/verwijderen/",
        agenda.document_verwijderen,
        name="document_verwijderen",
    ),
    path(sessie + "verslag/", leren.verslag, name="verslag"),
    path(
        sessie + "lessen/<int:les_pk>/verwijderen/", leren.les_verwijderen, name="les_verwijderen"
    ),
    path("onderwerpen/", onderwerpen.lijst, name="onderwerpen"),
    path("terras/", onderwerpen.terras, name="terras"),
    path("onderwerpen/voorstellen/", onderwerpen.voorstellen, name="voorstellen"),
    path("onderwerpen/mijn/", onderwerpen.mijn, name="mijn_onderwerpen"),
    path("onderwerpen/<int:pk>/", onderwerpen.detail, name="onderwerp"),
    path("griffie/", griffie.overzicht, name="griffie"),
    path("leren/", leren.zoeken, name="leren"),
    path("planning/", planning.overzicht, name="planning"),
    path("planning/activiteiten/<int:pk>/", planning.activiteit, name="activiteit"),
    path("kalender/", kalender.pagina, name="kalender"),
    path("kalender/vernieuwen/", kalender.vernieuwen, name="kalender_vernieuwen"),
    path("kalender/openbaar.ics", kalender.openbaar, name="feed_openbaar"),
    path("kalender/<slug:token>.ics", kalender.persoonlijk, name="feed_persoonlijk"),
]
