import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from participatiepunt.meldingen.models import Gebeurtenis
from tests.factories.accounts import UserFactory
from tests.factories.wijkafspraken import AfspraakFactory, PraatplaatFactory, medeondertekend
from wijkafspraken import services
from wijkafspraken.models import Praatplaat

pytestmark = pytest.mark.django_db


@pytest.fixture
def team(wijk):
    return UserFactory(gebiedsteam=True, gebieden=[wijk.gebied])


def test_opening_a_new_praatplaat_archives_the_running_one(wijk, team):
    eerste = services.open_praatplaat(wijk, door=team)
    tweede = services.open_praatplaat(wijk, door=team)
    eerste.refresh_from_db()
    assert eerste.is_gearchiveerd and not tweede.is_gearchiveerd
    assert services.lopende_praatplaat(wijk) == tweede


def test_answers_are_saved_in_parts(wijk, team):
    praatplaat = services.open_praatplaat(wijk, door=team)
    leeg = {"witte_vlek": False, "openbaar": False}
    services.sla_antwoorden_op(praatplaat, invoer={"b1.dna": {"tekst": "Eerste keer", **leeg}})
    services.sla_antwoorden_op(praatplaat, invoer={"b1.dna": {"tekst": "Bijgesteld", **leeg}})
    services.sla_antwoorden_op(praatplaat, invoer={"b5.samen_leren": {"tekst": "Leren", **leeg}})
    antwoorden = dict(praatplaat.antwoorden.values_list("vraag_key", "tekst"))
    assert antwoorden == {"b1.dna": "Bijgesteld", "b5.samen_leren": "Leren"}


def test_witte_vlek_becomes_one_afspraak_even_when_clicked_twice():
    praatplaat = PraatplaatFactory()
    eerste = services.witte_vlek_naar_afspraak(praatplaat, vraag_key="k.transparantie.6")
    tweede = services.witte_vlek_naar_afspraak(praatplaat, vraag_key="k.transparantie.6")
    assert eerste == tweede
    assert eerste.wat.startswith("Witte vlek inkleuren: Wie bewaakt")
    with pytest.raises(ValidationError):
        services.witte_vlek_naar_afspraak(praatplaat, vraag_key="bestaat.niet")


def test_vaststellen_refused_while_the_congruence_check_fails(team):
    with pytest.raises(ValidationError, match="congruentietoets"):
        services.vaststellen(PraatplaatFactory(), door=team)


def test_vaststellen_freezes_version_one_and_sets_the_evaluation_date(team):
    praatplaat = PraatplaatFactory(compleet=True, archetype=2)
    AfspraakFactory(praatplaat=praatplaat, wat="Wijkpanel samenstellen")
    medeondertekend(praatplaat)
    versie = services.vaststellen(praatplaat, door=team)
    praatplaat.refresh_from_db()
    assert versie.nummer == 1
    assert praatplaat.evaluatie_op == timezone.localdate() + services.EVALUATIE_TERMIJN
    assert versie.inhoud["afspraken"][0]["wat"] == "Wijkpanel samenstellen"
    assert Gebeurtenis.objects.filter(soort="praatplaat.vastgesteld").count() == 1


def test_a_later_change_needs_a_reason_and_a_change_and_keeps_the_old_version(team):
    praatplaat = PraatplaatFactory(compleet=True)
    afspraak = AfspraakFactory(praatplaat=praatplaat, wat="Oud")
    medeondertekend(praatplaat)
    eerste = services.vaststellen(praatplaat, door=team)
    with pytest.raises(ValidationError, match="niets gewijzigd"):
        medeondertekend(praatplaat)
        services.vaststellen(praatplaat, door=team, reden="Geen reden nodig?")
    afspraak.wat = "Nieuw"
    afspraak.save()
    with pytest.raises(ValidationError):
        medeondertekend(praatplaat)
        services.vaststellen(praatplaat, door=team, reden="  ")
    medeondertekend(praatplaat)
    tweede = services.vaststellen(praatplaat, door=team, reden="Na overleg met de dorpsraad")
    eerste.refresh_from_db()
    assert tweede.nummer == 2 and tweede.reden == "Na overleg met de dorpsraad"
    assert eerste.inhoud["afspraken"][0]["wat"] == "Oud"
    assert Gebeurtenis.objects.filter(soort="praatplaat.gewijzigd").count() == 1


def test_archived_praatplaat_cannot_be_vastgesteld(team):
    praatplaat = PraatplaatFactory(compleet=True, gearchiveerd=True)
    with pytest.raises(ValidationError, match="gearchiveerd"):
        medeondertekend(praatplaat)
        services.vaststellen(praatplaat, door=team)


def test_evaluation_sets_the_next_date(team):
    praatplaat = PraatplaatFactory(compleet=True)
    vandaag = timezone.localdate()
    services.registreer_evaluatie(
        praatplaat,
        door=team,
        gehouden_op=vandaag,
        lessen="Meer jongeren",
        opmerkingen={"b1.dna": "x"},
    )
    praatplaat.refresh_from_db()
    assert praatplaat.evaluatie_op == vandaag + services.EVALUATIE_TERMIJN
    services.registreer_evaluatie(
        praatplaat,
        door=team,
        gehouden_op=vandaag,
        lessen="Halfjaarlijks",
        opmerkingen={},
        volgende=vandaag + datetime.timedelta(days=180),
    )
    assert Praatplaat.objects.get(pk=praatplaat.pk).evaluatie_op == vandaag + datetime.timedelta(
        days=180
    )


def test_volgende_stap_follows_the_praatplaat(wijk, team):
    omschrijving, datum = services.volgende_stap(wijk)
    assert "in gesprek" in omschrijving and datum is None
    praatplaat = PraatplaatFactory(wijk=wijk, compleet=True)
    assert services.volgende_stap(wijk)[1] is None
    afspraak = AfspraakFactory(praatplaat=praatplaat)
    medeondertekend(praatplaat)
    services.vaststellen(praatplaat, door=team)
    assert services.volgende_stap(wijk) == (f"Afspraak klaar: {afspraak.wat}", afspraak.wanneer)
    afspraak.status = "gedaan"
    afspraak.save()
    praatplaat.refresh_from_db()
    assert services.volgende_stap(wijk)[1] == praatplaat.evaluatie_op
