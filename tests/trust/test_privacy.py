"""AVG: a privacy statement, the owner's data download, and deleting an account."""

import json

import pytest
from django.test import Client
from django.urls import reverse

from initiatieven.models import Initiatief
from initiatieven.notify import status_gewijzigd
from participatiepunt.accounts.models import User
from participatiepunt.meldingen.events import publish
from participatiepunt.meldingen.models import Melding, Volg
from tests.factories.accounts import PASSWORD, UserFactory
from tests.factories.initiatieven import InitiatiefFactory
from tests.factories.meldingen import VolgFactory


@pytest.mark.django_db
@pytest.mark.parametrize("name", ["portal:privacy", "portal:toegankelijkheid"])
def test_privacy_and_accessibility_statements_are_public_and_linked_everywhere(client, name):
    response = client.get(reverse(name))
    assert response.status_code == 200
    assert f'href="{reverse(name)}"' in client.get(reverse("portal:home")).content.decode()


@pytest.fixture
def resident(db):
    user = UserFactory(naam="Gerda Uniekenaam", email="gerda.uniek@voorbeeld.nl")
    openbaar = InitiatiefFactory(indiener=user, in_uitvoering=True, naam_tonen=True)
    concept = InitiatiefFactory(indiener=user, concept=True, titel="Mijn geheime concept")
    VolgFactory(gebruiker=user, onderwerp=openbaar)
    VolgFactory(gebruiker=user, onderwerp=openbaar.wijk)
    return user, openbaar, concept


def test_resident_downloads_all_their_data_as_json(client, resident):
    user, openbaar, concept = resident
    client.force_login(user)
    response = client.get(reverse("accounts:gegevens"))
    assert response["Content-Type"].startswith("application/json")
    assert response["Content-Disposition"].startswith("attachment;")
    data = json.loads(response.content)
    assert data["account"]["e-mailadres"] == "gerda.uniek@voorbeeld.nl"
    assert data["account"]["naam"] == "Gerda Uniekenaam"
    titels = [i["titel"] for i in data["initiatieven"]["ingediend_of_concept"]]
    assert sorted(titels) == sorted([openbaar.titel, concept.titel])
    assert len(data["meldingen"]["volgt"]) == 2


def test_the_download_holds_only_ones_own_data(client, resident):
    user, _openbaar, concept = resident
    client.force_login(UserFactory())
    body = client.get(reverse("accounts:gegevens")).content.decode()
    assert user.email not in body and concept.titel not in body


@pytest.mark.django_db
def test_anonymous_visitors_get_no_data(client):
    response = client.get(reverse("accounts:gegevens"))
    assert response.status_code == 302
    assert response.url.startswith(reverse("account_login"))


def _delete(client, password=PASSWORD, bevestig="on"):
    return client.post(
        reverse("accounts:verwijderen"), {"wachtwoord": password, "bevestig": bevestig}
    )


def test_wrong_password_keeps_the_account_and_says_why(client, resident):
    user, *_ = resident
    client.force_login(user)
    response = _delete(client, password="niet-mijn-wachtwoord")
    assert "Dit wachtwoord klopt niet." in response.content.decode()
    user.refresh_from_db()
    assert user.is_active and user.email == "gerda.uniek@voorbeeld.nl"


def test_deleting_the_account_blanks_personal_data(client, resident, mailoutbox):
    user, openbaar, concept = resident
    client.force_login(user)
    response = _delete(client)
    assert response.status_code == 302
    assert "_auth_user_id" not in client.session
    user.refresh_from_db()
    assert (user.naam, user.is_active, user.has_usable_password()) == ("", False, False)
    assert "gerda" not in user.email
    assert not Initiatief.objects.filter(pk=concept.pk).exists()
    assert not Volg.objects.filter(gebruiker=user).exists()
    assert not Melding.objects.filter(ontvanger=user).exists()
    assert not Client().login(email="gerda.uniek@voorbeeld.nl", password=PASSWORD)


def test_public_initiatives_remain_without_the_name(client, resident):
    user, openbaar, _concept = resident
    client.force_login(user)
    _delete(client)
    openbaar.refresh_from_db()
    assert openbaar.publieke_naam == ""
    html = Client().get(openbaar.get_absolute_url()).content.decode()
    assert openbaar.titel in html and "Gerda" not in html


def test_no_email_after_deletion(client, resident, mailoutbox):
    user, openbaar, _concept = resident
    client.force_login(user)
    _delete(client)
    mailoutbox.clear()
    publish("initiatief.update", openbaar, titel="Nieuws", url=openbaar.get_absolute_url())
    publish("praatplaat.gewijzigd", openbaar.wijk, titel="Nieuws", url="/")
    openbaar = Initiatief.objects.get(pk=openbaar.pk)
    status_gewijzigd(openbaar, van="in_gesprek")  # the initiator is a direct recipient
    user.refresh_from_db()
    assert not any(user.email in m.to or "gerda" in str(m.to) for m in mailoutbox)
    assert not Melding.objects.filter(ontvanger=user).exists()


@pytest.mark.django_db
@pytest.mark.parametrize("traits", [{"medewerker": True}, {"raadslid": True}])
def test_staff_and_bestuur_accounts_are_removed_by_beheer_not_by_themselves(client, traits):
    user = UserFactory(**traits)
    client.force_login(user)
    assert client.get(reverse("accounts:verwijderen")).status_code == 403
    assert _delete(client).status_code == 403
    assert User.objects.get(pk=user.pk).is_active


def test_reflectie_topics_are_exported_and_pending_ones_erased(client, resident):
    from reflectie.models import Onderwerp
    from tests.factories.reflectie import OnderwerpFactory

    user, *_ = resident
    pending = OnderwerpFactory(voorgesteld_door=user, titel="Te laat betrokken")
    decided = OnderwerpFactory(voorgesteld_door=user, geselecteerd=True)
    client.force_login(user)
    data = json.loads(client.get(reverse("accounts:gegevens")).content)
    titels = {o["titel"] for o in data["reflectie"]["voorgestelde_onderwerpen"]}
    assert titels == {"Te laat betrokken", decided.titel}
    _delete(client)
    assert not Onderwerp.objects.filter(pk=pending.pk).exists()
    assert Onderwerp.objects.filter(pk=decided.pk).exists()


def test_bewonersorganisatie_membership_is_exported_and_ended_on_erase(client, resident):
    from tests.factories.accounts import BewonersorganisatieFactory

    user, *_ = resident
    organisatie = BewonersorganisatieFactory(naam="Wijkraad De Hoogte", leden=[user])
    client.force_login(user)
    data = json.loads(client.get(reverse("accounts:gegevens")).content)
    assert data["account"]["lid_van_bewonersorganisaties"] == ["Wijkraad De Hoogte"]
    _delete(client)
    assert not organisatie.leden.exists()


def test_remarks_and_signatures_for_a_bewonersorganisatie_are_exported_and_erased(client, resident):
    from tests.factories.wijkafspraken import PraatplaatFactory
    from wijkafspraken import meelezen

    user, *_ = resident
    praatplaat = PraatplaatFactory(compleet=True, archetype=1)
    organisatie = praatplaat.wijk.bewonersorganisaties.get()
    organisatie.leden.add(user)
    meelezen.plaats_opmerking(praatplaat, door=user, vraag_key="b1.dna", tekst="Mijn buurman Piet")
    ondertekening = meelezen.onderteken(praatplaat, door=user)
    client.force_login(user)
    data = json.loads(client.get(reverse("accounts:gegevens")).content)["wijkafspraken"]
    assert data["opmerkingen_bij_praatplaten"][0]["tekst"] == "Mijn buurman Piet"
    assert data["medeondertekeningen"][0]["bewonersorganisatie__naam"] == organisatie.naam
    _delete(client)
    assert not praatplaat.opmerkingen.exists()
    ondertekening.refresh_from_db()
    assert ondertekening.door is None and ondertekening.bewonersorganisatie == organisatie


@pytest.mark.django_db
def test_a_raadslids_reactions_are_exported_and_erased():
    from reflectie import privacy
    from reflectie.models import Raadsreactie
    from tests.factories.reflectie import OnderwerpFactory

    raadslid = UserFactory(raadslid=True)
    Raadsreactie.objects.create(
        onderwerp=OnderwerpFactory(), raadslid=raadslid, advies="selecteren", tekst="Graag"
    )
    assert privacy.export(raadslid)["reacties_als_raadslid"][0]["tekst"] == "Graag"
    privacy.erase(raadslid)
    assert not Raadsreactie.objects.exists()
