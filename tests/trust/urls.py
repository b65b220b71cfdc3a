"""A concrete URL for every route of the project, with the world's objects (world.py)."""

from django.urls import reverse

KWARGS = {
    "account_confirm_email": lambda w: {"key": "onbekende-sleutel"},
    "account_reset_password_from_key": lambda w: {"uidb36": "1", "key": "onbekend"},
    "meldingen:afmelden": lambda w: {"token": "ongeldig-token"},
    "succesvoorbeelden:voorbeeld": lambda w: {"pk": w.succesvoorbeeld.pk},
    "succesvoorbeelden:contact": lambda w: {"pk": w.succesvoorbeeld.pk},
    "initiatieven:contact_toestemming": lambda w: {"pk": w.succesvoorbeeld.pk},
    "kennisbank:categorie": lambda w: {"categorie": w.kennisbankpagina.categorie},
    "kennisbank:pagina": lambda w: {"pk": w.kennisbankpagina.pk},
    "kennisbank:bewerken": lambda w: {"pk": w.kennisbankpagina.pk},
    "kennisbank:versies": lambda w: {"pk": w.kennisbankpagina.pk},
    "kennisbank:versie": lambda w: {"pk": w.kennisbankpagina.pk, "nummer": 1},
    "initiatieven:detail": lambda w: {"pk": w.openbaar.pk},
    "initiatieven:verder": lambda w: {"pk": w.concept.pk},
    "initiatieven:stap": lambda w: {"pk": w.concept.pk, "nummer": 1},
    "initiatieven:bijlage_verwijderen": lambda w: {
        "pk": w.concept.pk,
        "bijlage_pk": w.concept_bijlage.pk,
    },
    "initiatieven:ingediend": lambda w: {"pk": w.ingediend.pk},
    "initiatieven:intrekken": lambda w: {"pk": w.ingediend.pk},
    "initiatieven:bijlage": lambda w: {"pk": w.openbaar.pk, "bijlage_pk": w.bijlage.pk},
    "initiatieven:kaders_voorstellen": lambda w: {"pk": w.openbaar.pk},
    "initiatieven:kaders_reageren": lambda w: {"pk": w.openbaar.pk},
    "initiatieven:beheer": lambda w: {"pk": w.ingediend.pk},
    "initiatieven:bewonersbrief": lambda w: {"pk": w.ingediend.pk},
    "wijkafspraken:bewonersbrief": lambda w: {"slug": w.wijk_x.slug},
    "initiatieven:adres_stoppen": lambda w: {"pk": w.adresvolg.pk},
    "initiatieven:beheer_kaders": lambda w: {"pk": w.ingediend.pk},
    "initiatieven:beheer_gegevens": lambda w: {"pk": w.ingediend.pk},
    "initiatieven:beheer_locatie": lambda w: {"pk": w.ingediend.pk},
    "initiatieven:beheer_actie": lambda w: {"pk": w.ingediend.pk, "naam": "casemanager"},
    "initiatieven:mijlpaal_gereed": lambda w: {"pk": w.openbaar.pk, "mijlpaal_pk": w.mijlpaal.pk},
    "initiatieven:mijlpaal_verplaatsen": lambda w: {
        "pk": w.openbaar.pk,
        "mijlpaal_pk": w.mijlpaal.pk,
    },
    "wijkafspraken:praatplaat": lambda w: {"pk": w.praatplaat_x.pk},
    "wijkafspraken:gegevens": lambda w: {"pk": w.praatplaat_x.pk},
    "wijkafspraken:vragen": lambda w: {"pk": w.praatplaat_x.pk, "onderdeel": "b1"},
    "wijkafspraken:witte_vlek": lambda w: {"pk": w.praatplaat_x.pk, "key": "b1.dna"},
    "wijkafspraken:afspraak_nieuw": lambda w: {"pk": w.praatplaat_x.pk},
    "wijkafspraken:afspraak": lambda w: {"pk": w.praatplaat_x.pk, "afspraak": w.afspraak.pk},
    "wijkafspraken:vaststellen": lambda w: {"pk": w.praatplaat_x.pk},
    "wijkafspraken:versie": lambda w: {"pk": w.praatplaat_x.pk, "nummer": w.versie.nummer},
    "wijkafspraken:evaluatie": lambda w: {"pk": w.praatplaat_x.pk},
    "wijkafspraken:evaluatie_detail": lambda w: {
        "pk": w.praatplaat_x.pk,
        "evaluatie": w.evaluatie.pk,
    },
    "wijkafspraken:meelezen": lambda w: {"pk": w.praatplaat_x.pk},
    "wijkafspraken:compleet": lambda w: {"pk": w.praatplaat_x.pk, "key": "b1.dna"},
    "wijkafspraken:ondertekenen": lambda w: {"pk": w.praatplaat_x.pk},
    "wijkafspraken:ter_ondertekening": lambda w: {"pk": w.praatplaat_x.pk},
    "wijkafspraken:raad": lambda w: {"pk": w.praatplaat_x.pk, "nummer": w.versie.nummer},
    "wijkafspraken:overdrachten": lambda w: {"pk": w.praatplaat_x.pk},
    "wijkafspraken:bewonersorganisatie": lambda w: {"organisatie": w.bewonersorganisatie.pk},
    "wijkafspraken:wijk": lambda w: {"slug": w.wijk_x.slug},
    "wijkafspraken:afdrukken": lambda w: {"slug": w.wijk_x.slug},
    "wijkafspraken:openen": lambda w: {"slug": w.wijk_y.slug},
    "reflectie:agendaversie": lambda w: {"pk": w.sessie.pk, "nummer": 1},
    "reflectie:agendapunt": lambda w: {"pk": w.sessie.pk, "punt_pk": w.agendapunt.pk},
    "reflectie:agendapunt_verwijderen": lambda w: {"pk": w.sessie.pk, "punt_pk": w.agendapunt.pk},
    "reflectie:agendapunt_schuif": lambda w: {
        "pk": w.sessie.pk,
        "punt_pk": w.agendapunt.pk,
        "richting": "omhoog",
    },
    "reflectie:document_toevoegen": lambda w: {"pk": w.sessie.pk, "punt_pk": w.agendapunt.pk},
    "reflectie:document_verwijderen": lambda w: {"pk": w.sessie.pk, "document_pk": w.document.pk},
    "reflectie:verslag": lambda w: {"pk": w.les.sessie.pk},
    "reflectie:les_verwijderen": lambda w: {"pk": w.les.sessie.pk, "les_pk": w.les.pk},
    "reflectie:onderwerp": lambda w: {"pk": w.onderwerp.pk},
    "reflectie:activiteit": lambda w: {"pk": w.activiteit.pk},
    "reflectie:feed_persoonlijk": lambda w: {"token": w.feed.token},
    "bijeenkomsten:detail": lambda w: {"pk": w.bijeenkomst.pk},
    "bijeenkomsten:aanmelden": lambda w: {"pk": w.bijeenkomst.pk},
    "bijeenkomsten:presentielijst": lambda w: {"pk": w.bijeenkomst.pk},
    "bijeenkomsten:annuleren": lambda w: {"pk": w.bijeenkomst.pk},
    "bijeenkomsten:bevestigen": lambda w: {"token": "ongeldig-token"},
    "bijeenkomsten:afmelden": lambda w: {"token": "ongeldig-token"},
}
SESSIE_ROUTES = {"sessie", "wijzig", "verplaats", "annuleer", "gehouden", "agenda", "publiceer"}


def url_for(name: str, world) -> str:
    if name.startswith("reflectie:") and name.split(":")[1] in SESSIE_ROUTES | {"afdrukken"}:
        return reverse(name, kwargs={"pk": world.sessie.pk})
    kwargs = KWARGS.get(name)
    return reverse(name, kwargs=kwargs(world) if kwargs else None)
