import pytest
from django.core.management import call_command

from kennisbank.models import Categorie, Pagina
from kennisbank.opmaak import naar_html

pytestmark = pytest.mark.django_db


def test_demo_has_both_wijzers_and_is_idempotent():
    call_command("laad_demo")
    aantal = Pagina.objects.count()
    call_command("laad_demo")
    assert Pagina.objects.count() == aantal
    rechtsvorm = Pagina.objects.get(categorie=Categorie.RECHTSVORM)
    for woord in ("Stichting", "Vereniging", "Coöperatie", "Informeel collectief", "KvK"):
        assert woord in rechtsvorm.tekst
    for woord in ("Aansprakelijkheid", "Notaris", "Kosten", "Wanneer"):
        assert woord in rechtsvorm.tekst
    subsidie = Pagina.objects.get(categorie=Categorie.SUBSIDIE)
    for woord in ("Voor wie", "Hoeveel", "Aanvragen tot"):
        assert woord in subsidie.tekst
    assert "<table>" in naar_html(rechtsvorm.tekst)
    assert all(p.versies.count() == 1 for p in Pagina.objects.all())
