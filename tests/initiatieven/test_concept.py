"""The guided form: steps saved as drafts of the account, rows without JavaScript, submitting."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from initiatieven.choices import Status
from initiatieven.models import Initiatief
from participatiepunt.portal.vastequery import achter
from tests.factories.gebieden import WijkFactory
from tests.factories.initiatieven import (
    BelanghebbendeFactory,
    InitiatiefFactory,
    KadersVersieFactory,
    MijlpaalFactory,
    UpdateFactory,
)

pytestmark = pytest.mark.django_db


INDIENEN = {"privacy_akkoord": "on", "actie": "indienen"}


def _compleet_concept(**kwargs):
    initiatief = InitiatiefFactory(concept=True, **kwargs)
    BelanghebbendeFactory(initiatief=initiatief)
    return initiatief


def _stap(initiatief, nummer):
    return reverse("initiatieven:stap", args=[initiatief.pk, nummer])


def _formset_data(rows, total=None, initial=0):
    data = {
        "belanghebbenden-TOTAL_FORMS": str(total if total is not None else len(rows)),
        "belanghebbenden-INITIAL_FORMS": str(initial),
    }
    for i, row in enumerate(rows):
        data.update({f"belanghebbenden-{i}-{k}": v for k, v in row.items()})
    return data


def test_login_required(client):
    response = client.get(reverse("initiatieven:nieuw"))
    assert response.status_code == 302
    assert "/account/login/" in response["Location"]


def test_step_one_creates_a_draft_of_the_account(client, inwoner):
    client.force_login(inwoner)
    response = client.post(
        reverse("initiatieven:nieuw"),
        {"titel": "Speeltuin Lewenborg", "samenvatting": "Nieuwe toestellen", "actie": "verder"},
    )
    initiatief = Initiatief.objects.get(indiener=inwoner)
    assert initiatief.status == Status.CONCEPT
    assert response["Location"] == _stap(initiatief, 2)
    assert initiatief.concept_stap == 2


def test_a_new_draft_is_saved_with_its_reached_step_in_one_statement(client, inwoner):
    """The service owns the whole save: the draft is inserted with the step it goes on to, not
    inserted and then updated by a second service in its own transaction."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.force_login(inwoner)
    data = {"titel": "Speeltuin Lewenborg", "samenvatting": "Nieuwe toestellen", "actie": "verder"}
    with CaptureQueriesContext(connection) as queries:
        client.post(reverse("initiatieven:nieuw"), data)
    tabel = Initiatief._meta.db_table
    schrijft = [
        q["sql"]
        for q in queries
        if f'"{tabel}"' in q["sql"] and q["sql"].startswith(("INSERT", "UPDATE"))
    ]
    assert len(schrijft) == 1 and schrijft[0].startswith("INSERT")
    assert Initiatief.objects.get(indiener=inwoner).concept_stap == 2


def test_missing_title_is_explained_and_input_kept(client, inwoner):
    client.force_login(inwoner)
    response = client.post(reverse("initiatieven:nieuw"), {"samenvatting": "Mijn tekst"})
    assert response.status_code == 200
    assert "Geef uw initiatief een titel." in response.content.decode()
    assert "Mijn tekst" in response.content.decode()
    assert not Initiatief.objects.exists()


def test_save_for_later_and_continue_where_you_were(client, inwoner):
    initiatief = InitiatiefFactory(concept=True, indiener=inwoner, concept_stap=1)
    client.force_login(inwoner)
    wijk = WijkFactory()
    response = client.post(
        _stap(initiatief, 2),
        {"wijk": wijk.pk, "soort_initiatiefnemer": "inwoner", "actie": "verder"},
    )
    assert response["Location"] == _stap(initiatief, 3)
    response = client.post(_stap(initiatief, 3), {**_formset_data([]), "actie": "opslaan"})
    assert response["Location"] == reverse("initiatieven:mijn")
    client.logout()
    client.force_login(inwoner)
    mijn = client.get(reverse("initiatieven:mijn")).content.decode()
    assert initiatief.titel in mijn
    response = client.get(reverse("initiatieven:verder", args=[initiatief.pk]))
    assert response["Location"] == _stap(initiatief, 3)


def test_residents_cannot_register_gemeente_trajecten(client, inwoner):
    initiatief = InitiatiefFactory(concept=True, indiener=inwoner)
    client.force_login(inwoner)
    response = client.post(_stap(initiatief, 2), {"soort_initiatiefnemer": "gemeente"})
    assert response.status_code == 200
    assert "soort_initiatiefnemer" in response.context["form"].errors


def test_add_a_row_without_javascript_keeps_what_was_typed(client, inwoner):
    initiatief = InitiatiefFactory(concept=True, indiener=inwoner)
    client.force_login(inwoner)
    rij = {"naam": "Basisschool De Boog", "belang": "Veilige schoolroute"}
    response = client.post(_stap(initiatief, 3), {**_formset_data([rij]), "actie": "rij_toevoegen"})
    formset = response.context["formset"]
    assert formset.total_form_count() == 2
    assert "Basisschool De Boog" in response.content.decode()
    assert not initiatief.belanghebbenden.exists()


def test_rows_are_saved_and_removed(client, inwoner):
    initiatief = InitiatiefFactory(concept=True, indiener=inwoner)
    bestaand = BelanghebbendeFactory(initiatief=initiatief)
    client.force_login(inwoner)
    rijen = [
        {"id": bestaand.pk, "naam": bestaand.naam, "belang": bestaand.belang, "DELETE": "on"},
        {"naam": "Jongeren uit de wijk", "belang": "Een plek om te sporten", "ervaart_hinder": ""},
        {"naam": "", "belang": ""},
    ]
    client.post(_stap(initiatief, 3), {**_formset_data(rijen, initial=1), "actie": "verder"})
    assert list(initiatief.belanghebbenden.values_list("naam", flat=True)) == [
        "Jongeren uit de wijk"
    ]


def test_incomplete_row_is_refused_at_the_field(client, inwoner):
    initiatief = InitiatiefFactory(concept=True, indiener=inwoner)
    client.force_login(inwoner)
    rij = {"naam": "Winkeliers", "belang": ""}
    response = client.post(_stap(initiatief, 3), {**_formset_data([rij]), "actie": "verder"})
    assert response.status_code == 200
    assert "Beschrijf het belang van deze belanghebbende." in response.content.decode()
    assert "Winkeliers" in response.content.decode()


def test_support_and_budget(client, inwoner):
    initiatief = InitiatiefFactory(concept=True, indiener=inwoner)
    client.force_login(inwoner)
    data = {"gevraagde_steun": ["subsidie", "rechtsvorm"], "verwacht_budget": "1500"}
    client.post(_stap(initiatief, 4), {**data, "actie": "verder"})
    assert sorted(initiatief.steun_codes) == ["rechtsvorm", "subsidie"]
    client.post(_stap(initiatief, 4), {"gevraagde_steun": ["subsidie"], "verwacht_budget": ""})
    assert initiatief.steun_codes == ["subsidie"]
    response = client.post(_stap(initiatief, 4), {"verwacht_budget": "-5"})
    assert "Het budget kan niet negatief zijn." in response.content.decode()


def test_overview_lists_what_is_missing_and_blocks_submit(client, inwoner):
    initiatief = InitiatiefFactory(concept=True, indiener=inwoner, wijk=None)
    client.force_login(inwoner)
    response = client.get(_stap(initiatief, 6))
    assert "Kies de wijk of het dorp." in response.content.decode()
    response = client.post(_stap(initiatief, 6), INDIENEN)
    assert response.status_code == 200
    initiatief.refresh_from_db()
    assert initiatief.status == Status.CONCEPT


def test_submit_needs_privacy_consent(client, inwoner):
    initiatief = InitiatiefFactory(concept=True, indiener=inwoner)
    BelanghebbendeFactory(initiatief=initiatief)
    client.force_login(inwoner)
    response = client.post(_stap(initiatief, 6), {"actie": "indienen"})
    assert "Geef aan dat u akkoord gaat met de privacyverklaring." in response.content.decode()


def test_submit_confirms_by_email_after_commit_and_shows_next_step(
    client, inwoner, mailoutbox, django_capture_on_commit_callbacks
):
    initiatief = InitiatiefFactory(concept=True, indiener=inwoner)
    BelanghebbendeFactory(initiatief=initiatief)
    client.force_login(inwoner)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(_stap(initiatief, 6), INDIENEN, follow=True)
    initiatief.refresh_from_db()
    assert initiatief.status == Status.INGEDIEND
    assert initiatief.privacy_akkoord and initiatief.ingediend_op
    assert "Wat is de volgende stap?" in response.content.decode()
    bevestigingen = [m for m in mailoutbox if inwoner.email in m.to]
    assert len(bevestigingen) == 1
    assert initiatief.titel in bevestigingen[0].subject


def test_a_submitted_initiative_is_no_longer_editable_by_the_resident(client, inwoner):
    initiatief = InitiatiefFactory(indiener=inwoner)
    client.force_login(inwoner)
    assert client.get(_stap(initiatief, 1)).status_code == 404


def test_someone_elses_draft_is_a_404(client, inwoner):
    initiatief = InitiatiefFactory(concept=True)
    client.force_login(inwoner)
    assert client.get(_stap(initiatief, 1)).status_code == 404
    assert client.get(initiatief.get_absolute_url()).status_code == 404


def test_mijn_initiatieven_shows_status_kaders_updates_and_next_step(client, inwoner):
    initiatief = InitiatiefFactory(indiener=inwoner, in_gesprek=True)
    KadersVersieFactory(initiatief=initiatief, versie=1)
    MijlpaalFactory(initiatief=initiatief, titel="Bewonersavond")
    UpdateFactory(initiatief=initiatief, tekst="Openbaar nieuws")
    UpdateFactory(initiatief=initiatief, tekst="Intern nieuws", openbaar=False)
    InitiatiefFactory(in_gesprek=True, titel="Van iemand anders")
    client.force_login(inwoner)
    html = client.get(reverse("initiatieven:mijn")).content.decode()
    assert initiatief.titel in html and "In gesprek" in html
    assert "versie 1" in html and "Bewonersavond" in html and "Openbaar nieuws" in html
    assert "Intern nieuws" not in html and "Van iemand anders" not in html


def test_staff_may_register_a_gemeente_traject(client, medewerker):
    initiatief = InitiatiefFactory(concept=True, indiener=medewerker)
    client.force_login(medewerker)
    client.post(_stap(initiatief, 2), {"soort_initiatiefnemer": "gemeente", "actie": "verder"})
    initiatief.refresh_from_db()
    assert initiatief.soort_initiatiefnemer == "gemeente"


def test_initiator_may_withdraw(client, inwoner):
    initiatief = InitiatiefFactory(indiener=inwoner, in_gesprek=True)
    client.force_login(inwoner)
    url = reverse("initiatieven:intrekken", args=[initiatief.pk])
    assert client.get(url).status_code == 200
    client.post(url, {"toelichting": "We zijn verhuisd."})
    initiatief.refresh_from_db()
    assert initiatief.status == Status.INGETROKKEN
    assert client.post(url).status_code == 404


def test_draft_creation_is_confirmed(
    client, inwoner, mailoutbox, django_capture_on_commit_callbacks
):
    client.force_login(inwoner)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("initiatieven:nieuw"), {"titel": "Jeu de boules-baan"})
    assert any("Jeu de boules-baan" in m.subject and "bewaard" in m.subject for m in mailoutbox)


def test_submitting_someone_elses_draft_is_a_404(client, inwoner):
    initiatief = _compleet_concept()
    client.force_login(inwoner)
    assert client.post(_stap(initiatief, 6), INDIENEN).status_code == 404
    initiatief.refresh_from_db()
    assert initiatief.status == Status.CONCEPT


def test_submitting_twice_submits_once(client, inwoner):
    from initiatieven.models import StatusWijziging

    initiatief = _compleet_concept(indiener=inwoner)
    client.force_login(inwoner)
    assert client.post(_stap(initiatief, 6), INDIENEN).status_code == 302
    assert client.post(_stap(initiatief, 6), INDIENEN).status_code == 404
    assert StatusWijziging.objects.filter(initiatief=initiatief, naar="ingediend").count() == 1


def test_the_submission_reads_the_draft_locked(client, inwoner):
    """Checked and submitted on the locked row: a second submit at the same moment waits, then
    finds it submitted."""
    initiatief = _compleet_concept(indiener=inwoner)
    client.force_login(inwoner)
    with CaptureQueriesContext(connection) as context:
        client.post(_stap(initiatief, 6), INDIENEN)
    # The draft's row, as the checks and the werkvoorraad's cache versions read it (whether it
    # has mijlpalen, kaders or messages: caches._rijen_van).
    rij = 'SELECT "initiatieven_initiatief"."id",'
    queries = [achter(q["sql"]) for q in context.captured_queries]
    gelezen = [sql for sql in queries if sql.startswith(rij)]
    assert len(gelezen) == 1 and gelezen[0].endswith('FOR UPDATE OF "initiatieven_initiatief"')


def _queries_of_post(client, url, data):
    client.post(url, data)  # what a process looks up once (content types) is no cost of a post
    with CaptureQueriesContext(connection) as context:
        response = client.post(url, data)
    assert response.status_code == 302
    return [achter(q["sql"]) for q in context.captured_queries]


def test_saving_a_new_draft_asks_no_followers(client, inwoner):
    """Only its initiator can see (so follow) a draft, and they hear it as its recipient."""
    client.force_login(inwoner)
    data = {"titel": "Jeu de boules-baan", "actie": "opslaan"}
    queries = _queries_of_post(client, reverse("initiatieven:nieuw"), data)
    # the user, BEGIN, the draft, the event, the initiator's notification, COMMIT
    assert len(queries) <= 6, queries
    assert not any("meldingen_volg" in sql for sql in queries)


def test_submitting_costs_a_bounded_number_of_queries(client, inwoner):
    eerste, initiatief = _compleet_concept(indiener=inwoner), _compleet_concept(indiener=inwoner)
    client.force_login(inwoner)
    client.post(_stap(eerste, 6), INDIENEN)  # the warm-up
    with CaptureQueriesContext(connection) as context:
        assert client.post(_stap(initiatief, 6), INDIENEN).status_code == 302
    queries = [achter(q["sql"]) for q in context.captured_queries]
    # the user, BEGIN, the locked draft with whether it has belanghebbenden and lines of the
    # werkvoorraad's other kinds (caches._rijen_van), the status with its history, the event
    # with the initiator's notification and follow, COMMIT: no followers of a draft
    assert len(queries) <= 7, queries
    assert [sql.split()[0] for sql in queries if "meldingen_volg" in sql] == ["WITH"]


def test_the_initiator_hears_a_draft_saved_and_submitted_once_each(client, inwoner):
    from participatiepunt.meldingen.models import Melding

    initiatief = _compleet_concept(indiener=inwoner)
    client.force_login(inwoner)
    client.post(reverse("initiatieven:nieuw"), {"titel": "Jeu de boules-baan", "actie": "opslaan"})
    client.post(_stap(initiatief, 6), INDIENEN)
    titels = sorted(Melding.objects.filter(ontvanger=inwoner).values_list("gebeurtenis__titel"))
    assert [titel for (titel,) in titels] == [
        "Uw concept ‘Jeu de boules-baan’ is bewaard",
        f"Uw initiatief ‘{initiatief.titel}’ is ontvangen ({initiatief.kenmerk})",
    ]
    assert set(Melding.objects.filter(ontvanger=inwoner).values_list("reden", flat=True)) == {
        "ontvanger"
    }


def test_a_draft_without_belanghebbenden_is_not_submitted(client, inwoner):
    """The submission reads whether there are any with the locked draft: none, no submission."""
    initiatief = InitiatiefFactory(concept=True, indiener=inwoner)
    client.force_login(inwoner)
    response = client.post(_stap(initiatief, 6), INDIENEN)
    assert response.status_code == 200
    assert "Noem minstens één belanghebbende." in response.content.decode()
    initiatief.refresh_from_db()
    assert initiatief.status == "concept"
    BelanghebbendeFactory(initiatief=initiatief)
    assert client.post(_stap(initiatief, 6), INDIENEN).status_code == 302
