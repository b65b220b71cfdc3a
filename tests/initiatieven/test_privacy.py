import os

import pytest
from django.core.files.base import ContentFile

from initiatieven import privacy
from initiatieven.models import Bijlage, Initiatief
from tests.factories.initiatieven import BelanghebbendeFactory, InitiatiefFactory

pytestmark = pytest.mark.django_db


def test_export_holds_own_initiatieven_only(inwoner):
    eigen = InitiatiefFactory(indiener=inwoner)
    BelanghebbendeFactory(initiatief=eigen)
    InitiatiefFactory(titel="Van een ander")
    data = privacy.export(inwoner)["ingediend_of_concept"]
    assert [i["titel"] for i in data] == [eigen.titel]
    assert data[0]["belanghebbenden"][0]["naam"] == "Omwonenden van het grasveld"


def test_erase_deletes_drafts_with_files_and_hides_the_name(inwoner):
    concept = InitiatiefFactory(indiener=inwoner, concept=True)
    bijlage = Bijlage.objects.create(
        initiatief=concept, bestand=ContentFile(b"%PDF-1.4", name="a.pdf"), naam="a.pdf",
        content_type="application/pdf", grootte=8,
    )  # fmt: skip
    pad = bijlage.bestand.path
    openbaar = InitiatiefFactory(indiener=inwoner, in_gesprek=True, naam_tonen=True)
    privacy.erase(inwoner)
    assert not Initiatief.objects.filter(pk=concept.pk).exists()
    assert not Bijlage.objects.exists()
    assert not os.path.exists(pad)
    openbaar.refresh_from_db()
    assert not openbaar.naam_tonen


def test_a_followed_address_is_exported_and_erased_of_its_owner_only(inwoner):
    from initiatieven.models import AdresVolg
    from tests.factories.initiatieven import AdresVolgFactory

    AdresVolgFactory(gebruiker=inwoner, straal_m=1000, adres="Oude Boteringestraat 12")
    ander = AdresVolgFactory()
    data = privacy.export(inwoner)["gevolgde_adressen"]
    assert [(a["straal_m"], a["adres"]) for a in data] == [(1000, "Oude Boteringestraat 12")]
    privacy.erase(inwoner)
    assert list(AdresVolg.objects.all()) == [ander]


def test_export_holds_own_kaders_positions_and_erase_unlinks_them(inwoner):
    from initiatieven.models import KadersReactie
    from tests.factories.initiatieven import KadersReactieFactory, KadersVersieFactory

    eigen = InitiatiefFactory(indiener=inwoner, in_gesprek=True)
    KadersVersieFactory(initiatief=eigen, versie=1, van_initiatiefnemer=True, reden="Mijn plan")
    reactie = KadersReactieFactory(
        versie=KadersVersieFactory(initiatief=eigen, versie=2), betwist=True
    )
    KadersReactieFactory(betwist=True, toelichting="Van een ander")
    data = privacy.export(inwoner)
    assert [v["reden"] for v in data["voorgestelde_kaders"]] == ["Mijn plan"]
    assert [r["toelichting"] for r in data["reacties_op_kaders"]] == [reactie.toelichting]
    privacy.erase(inwoner)
    reactie.refresh_from_db()
    assert reactie.door is None and reactie.toelichting  # the public record stays, unlinked
    assert KadersReactie.objects.exclude(door=None).count() == 1
