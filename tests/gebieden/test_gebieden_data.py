import pytest

from participatiepunt.gebieden.models import Gebied, Wijk


@pytest.mark.django_db
def test_groningen_gebieden_are_loaded_with_wijken_and_dorpen():
    assert (
        Gebied.objects.filter(naam__in=["Centrum", "Oude Wijken", "Haren", "Ten Boer"]).count() == 4
    )
    assert Wijk.objects.get(naam="Hoogkerk").is_dorp
    assert not Wijk.objects.get(naam="Selwerd").is_dorp
    assert Wijk.objects.get(naam="Thesinge").gebied.naam == "Ten Boer"
