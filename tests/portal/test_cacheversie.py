"""One version mechanism for every cache: which changes renew which version."""

import pytest
from django.db import transaction

from participatiepunt.portal.paginacache import PAGINAS
from reflectie.caches import AGENDAS, SESSIES
from tests.factories.accounts import UserFactory
from tests.factories.gebieden import WijkFactory
from tests.factories.initiatieven import InitiatiefFactory
from wijkafspraken.caches import WIJKAFSPRAKEN

pytestmark = pytest.mark.django_db


def _veranderd(wijziging) -> set[str]:
    versies = {"paginas": PAGINAS, "sessies": SESSIES, "agendas": AGENDAS}
    versies["wijkafspraken"] = WIJKAFSPRAKEN
    voor = {naam: versie() for naam, versie in versies.items()}
    wijziging()
    return {naam for naam, versie in versies.items() if versie() != voor[naam]}


def test_a_wijk_renews_every_version():
    assert _veranderd(WijkFactory) == {"paginas", "sessies", "agendas", "wijkafspraken"}


def test_a_public_initiative_renews_the_public_pages_only():
    wijk, indiener = WijkFactory(), UserFactory()
    nieuw = _veranderd(lambda: InitiatiefFactory(wijk=wijk, indiener=indiener, in_gesprek=True))
    assert nieuw == {"paginas"}


def test_a_submitted_initiative_renews_none_of_them():
    """Not public yet; it renews what the intake and mijn initiatieven show (not here)."""
    wijk, indiener = WijkFactory(), UserFactory()
    assert _veranderd(lambda: InitiatiefFactory(wijk=wijk, indiener=indiener)) == set()


def test_a_login_renews_nothing():
    user = UserFactory()
    assert _veranderd(lambda: user.save(update_fields=["last_login"])) == set()


def test_bewaard_makes_anew_after_a_change():
    gemaakt = []

    def maak():
        gemaakt.append(1)
        return len(gemaakt)

    assert WIJKAFSPRAKEN.bewaard("x", maak) == 1
    assert WIJKAFSPRAKEN.bewaard("x", maak) == 1
    WijkFactory()
    assert WIJKAFSPRAKEN.bewaard("x", maak) == 2


def test_a_kept_entry_is_read_with_its_version_in_one_round_trip(monkeypatch):
    from participatiepunt.portal import cacheversie

    WIJKAFSPRAKEN.bewaard("y", lambda: "inhoud")
    gelezen, binnen = [], []

    def geteld(methode, echt):
        def lees(*args, **kwargs):  # what a read does inside itself is no round trip
            if not binnen:
                gelezen.append(methode)
            binnen.append(methode)
            try:
                return echt(*args, **kwargs)
            finally:
                binnen.pop()

        return lees

    for methode in ("get", "get_many", "get_or_set"):
        echt = getattr(cacheversie.cache, methode)
        monkeypatch.setattr(cacheversie.cache, methode, geteld(methode, echt))
    assert WIJKAFSPRAKEN.bewaard("y", lambda: "anders") == "inhoud"
    assert gelezen == ["get_many"]


def test_several_kept_entries_are_read_in_one_round_trip_and_made_only_when_missing(monkeypatch):
    from participatiepunt.portal import cacheversie

    WIJKAFSPRAKEN.bewaard("a", lambda: "eerste", deel=7)
    gelezen = []
    echt = cacheversie.cache.get_many
    monkeypatch.setattr(
        cacheversie.cache, "get_many", lambda *a, **k: gelezen.append(a) or echt(*a, **k)
    )
    beide = WIJKAFSPRAKEN.lees(["a", "b"], deel=7)
    assert beide.bewaard("a", lambda: "anders") == "eerste"
    assert beide.bewaard("b", lambda: "tweede") == "tweede"
    assert len(gelezen) == 1
    assert WIJKAFSPRAKEN.bewaard("b", lambda: "anders", deel=7) == "tweede"
    WIJKAFSPRAKEN.gewijzigd(deel=7)
    assert WIJKAFSPRAKEN.lees(["a"], deel=7).bewaard("a", lambda: "nieuw") == "nieuw"


class _Fout(Exception):
    pass


@pytest.fixture
def gezet(monkeypatch):
    """The sets of version keys renewed, in order."""
    from participatiepunt.portal import cacheversie

    rondes = []
    echt = cacheversie._zet
    monkeypatch.setattr(
        cacheversie,
        "_zet",
        lambda sleutels: (rondes.append(set(sleutels)), echt(sleutels)),
    )
    return rondes


def test_one_change_renews_its_versions_in_one_round(gezet):
    user = UserFactory()
    PAGINAS()
    gezet.clear()
    user.save()
    PAGINAS()  # inside the test's transaction "now" is written when a version is read
    # One round trip, whatever other versions (the werkvoorraad's) an account counts for.
    assert len(gezet) == 1
    assert gezet[0] >= {"cacheversie:paginas", "cacheversie:initiatieven:intake"}


def test_a_transaction_that_reads_no_version_writes_once_after_commit(
    gezet, django_capture_on_commit_callbacks
):
    """Submitting an initiative saves two rows and reads no version: one MSET, not three."""
    with django_capture_on_commit_callbacks(execute=True):
        with transaction.atomic():
            UserFactory()
            WijkFactory()
        assert gezet == []
    assert len(gezet) == 1
    assert gezet[0] >= {
        "cacheversie:paginas",
        "cacheversie:initiatieven:intake",
        "cacheversie:sessies",
    }


def test_a_version_read_inside_the_transaction_is_renewed_already():
    voor = PAGINAS()
    with transaction.atomic():
        WijkFactory()
        assert PAGINAS() != voor


def test_after_commit_a_transaction_renews_each_version_once(
    gezet, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        with transaction.atomic():
            UserFactory()
            UserFactory()
            WijkFactory()
        voor_de_commit = len(gezet)
    assert len(callbacks) == 1
    assert len(gezet) == voor_de_commit + 1
    assert gezet[-1] >= {
        "cacheversie:paginas",
        "cacheversie:initiatieven:intake",
        "cacheversie:sessies",
    }


def test_a_rolled_back_savepoint_does_not_cost_a_later_change_its_renewal(
    gezet, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        with pytest.raises(_Fout), transaction.atomic():
            WijkFactory()
            raise _Fout
        UserFactory()
        voor_de_commit = len(gezet)
    assert len(gezet) == voor_de_commit + 1
    assert gezet[-1] >= {"cacheversie:paginas", "cacheversie:initiatieven:intake"}


def test_an_initiative_on_an_agenda_renews_the_agendas_only_when_its_title_changes():
    from initiatieven import workflow
    from tests.factories.reflectie import AgendapuntFactory

    initiatief = InitiatiefFactory()
    AgendapuntFactory(initiatief=initiatief)
    door = UserFactory()
    in_gesprek = _veranderd(lambda: workflow.wijzig_status(initiatief, "in_gesprek", door))
    assert "agendas" not in in_gesprek
    initiatief.titel = "Nieuwe titel"
    assert "agendas" in _veranderd(initiatief.save)


def test_what_is_kept_for_one_part_is_made_anew_by_its_part_or_the_whole():
    from initiatieven.caches import PER_INITIATIEF
    from tests.factories.initiatieven import MijlpaalFactory

    dit = InitiatiefFactory()
    ander = InitiatiefFactory(wijk=dit.wijk)
    gemaakt = []

    def maak():
        gemaakt.append(1)
        return len(gemaakt)

    assert PER_INITIATIEF.bewaard("x", maak, deel=dit.pk) == 1
    MijlpaalFactory(initiatief=ander)
    assert PER_INITIATIEF.bewaard("x", maak, deel=dit.pk) == 1
    MijlpaalFactory(initiatief=dit)
    assert PER_INITIATIEF.bewaard("x", maak, deel=dit.pk) == 2
    WijkFactory()  # concerns every part
    assert PER_INITIATIEF.bewaard("x", maak, deel=dit.pk) == 3
    assert PER_INITIATIEF.bewaard("x", maak, deel=ander.pk) == 4  # one entry per part


def test_a_path_that_leads_nowhere_concerns_every_part():
    from django.db.models.signals import post_delete

    from initiatieven.models import Terugkoppeling
    from participatiepunt.portal.cacheversie import ALLE, langs

    deel = langs({"initiatieven.Terugkoppeling": "mijlpaal.initiatief_id"})
    weg = Terugkoppeling(mijlpaal_id=987654)  # its mijlpaal deleted before it (a cascade)
    assert deel(Terugkoppeling, weg, signal=post_delete) is ALLE
    assert deel(WijkFactory._meta.model, WijkFactory.build(), signal=post_delete) is ALLE


def test_the_parts_and_wholes_one_change_renews_go_in_one_round(gezet):
    from tests.factories.initiatieven import MijlpaalFactory

    initiatief = InitiatiefFactory(in_gesprek=True)
    PAGINAS()
    gezet.clear()
    MijlpaalFactory(initiatief=initiatief)
    PAGINAS()
    assert len(gezet) == 1
    assert gezet[0] >= {
        f"cacheversie:initiatieven:initiatief:deel:{initiatief.pk}",
        f"cacheversie:initiatieven:indiener:deel:{initiatief.indiener_id}",
        "cacheversie:initiatieven:intake",
        "cacheversie:paginas",
    }
    assert "cacheversie:initiatieven:initiatief" not in gezet[0]  # not every initiative's
