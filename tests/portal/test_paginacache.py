import pytest
from django.contrib.auth.models import AnonymousUser
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.test import RequestFactory

from participatiepunt.portal import paginacache
from participatiepunt.portal.werkgeheugen import werkgeheugen
from tests.echte_cache import ander_proces  # noqa: F401 - a fixture
from tests.factories.accounts import UserFactory
from tests.factories.gebieden import WijkFactory

pytestmark = pytest.mark.django_db


class Teller:
    """A view that says how often it really ran."""

    def __init__(self, extra=None):
        self.keer = 0
        self.extra = extra

    def __call__(self, request):
        self.keer += 1
        if self.extra:
            self.extra(request)
        return HttpResponse(f"keer {self.keer}", content_type="text/html; charset=utf-8")


def _get(view, path="/pagina/", user=None, **cookies):
    request = RequestFactory().get(path)
    request.user = user or AnonymousUser()
    request.COOKIES.update(cookies)
    return paginacache.publiek_gecachet(view)(request)


def test_anonymous_visitors_get_the_stored_page():
    view = Teller()
    assert _get(view).content == b"keer 1"
    response = _get(view)
    assert response.content == b"keer 1"
    assert response["Content-Type"] == "text/html; charset=utf-8"
    assert view.keer == 1


def test_query_strings_are_pages_of_their_own():
    view = Teller()
    _get(view, "/pagina/?wijk=a")
    assert _get(view, "/pagina/?wijk=b").content == b"keer 2"


def test_the_order_of_the_parameters_makes_no_other_page():
    view = Teller()
    _get(view, "/pagina/?wijk=a&jaar=2026&jaar=2027")
    assert _get(view, "/pagina/?jaar=2026&wijk=a&jaar=2027").content == b"keer 1"
    assert _get(view, "/pagina/?jaar=2027&wijk=a&jaar=2026").content == b"keer 2"


def test_a_saved_object_of_a_public_app_renews_every_page(django_capture_on_commit_callbacks):
    view = Teller()
    _get(view)
    with django_capture_on_commit_callbacks(execute=True):
        WijkFactory()
    assert _get(view).content == b"keer 2"


def test_a_page_rendered_before_the_commit_is_outdated_after_it(
    django_capture_on_commit_callbacks,
):
    view = Teller()
    with django_capture_on_commit_callbacks(execute=True):
        WijkFactory()
        _get(view)  # another visitor, while the change is not committed yet
    assert _get(view).content == b"keer 2"


def test_a_login_does_not_renew_the_pages(django_capture_on_commit_callbacks):
    user = UserFactory()
    view = Teller()
    _get(view)
    with django_capture_on_commit_callbacks(execute=True):
        user.save(update_fields=["last_login"])
    assert _get(view).content == b"keer 1"


def test_a_changed_name_renews_the_pages(django_capture_on_commit_callbacks):
    user = UserFactory()
    view = Teller()
    _get(view)
    with django_capture_on_commit_callbacks(execute=True):
        user.naam = "Andere Naam"
        user.save()
    assert _get(view).content == b"keer 2"


def test_logged_in_users_are_never_served_from_the_cache():
    view = Teller()
    _get(view)
    assert _get(view, user=UserFactory()).content == b"keer 2"


@pytest.mark.parametrize("cookie", ["sessionid", "messages"])
def test_visitors_with_a_session_or_messages_get_a_fresh_page(cookie):
    view = Teller()
    _get(view)
    assert _get(view, **{cookie: "x"}).content == b"keer 2"


def test_a_page_with_a_csrf_token_is_not_stored():
    view = Teller(extra=get_token)
    _get(view)
    assert _get(view).content == b"keer 2"


def test_a_page_with_a_csp_nonce_is_not_stored():
    view = Teller(extra=lambda request: setattr(request, "_csp_nonce", "abc"))
    _get(view)
    assert _get(view).content == b"keer 2"


def test_only_successful_pages_are_stored():
    view = Teller()

    def niet_gevonden(request):
        view(request)
        return HttpResponse("weg", status=404)

    _get(niet_gevonden)
    _get(niet_gevonden)
    assert view.keer == 2


def _na_commit(django_capture_on_commit_callbacks, wijziging):
    with django_capture_on_commit_callbacks(execute=True):
        wijziging()


def test_saving_a_draft_keeps_the_pages(django_capture_on_commit_callbacks):
    from tests.factories.initiatieven import BelanghebbendeFactory, InitiatiefFactory

    concept = InitiatiefFactory(concept=True)
    view = Teller()
    _get(view)
    nog_een = {"concept": True, "wijk": concept.wijk, "indiener": concept.indiener}
    _na_commit(django_capture_on_commit_callbacks, lambda: InitiatiefFactory(**nog_een))
    _na_commit(
        django_capture_on_commit_callbacks, lambda: BelanghebbendeFactory(initiatief=concept)
    )
    _na_commit(django_capture_on_commit_callbacks, concept.delete)
    assert _get(view).content == b"keer 1"


def test_submitting_a_draft_keeps_the_pages(django_capture_on_commit_callbacks):
    """A submitted initiative is on no public page until the intake makes it public."""
    from initiatieven import workflow
    from tests.factories.accounts import UserFactory
    from tests.factories.initiatieven import InitiatiefFactory

    concept = InitiatiefFactory(concept=True)
    door = UserFactory()
    view = Teller()
    _get(view)
    _na_commit(
        django_capture_on_commit_callbacks,
        lambda: workflow.wijzig_status(concept, "ingediend", door),
    )
    assert _get(view).content == b"keer 1"
    _na_commit(
        django_capture_on_commit_callbacks,
        lambda: workflow.wijzig_status(concept, "in_gesprek", door),
    )
    assert _get(view).content == b"keer 2"


def test_deleting_a_public_initiatief_with_its_parts_renews_the_pages(
    django_capture_on_commit_callbacks,
):
    from tests.factories.initiatieven import BelanghebbendeFactory

    deel = BelanghebbendeFactory(initiatief__in_gesprek=True)
    view = Teller()
    _get(view)
    _na_commit(django_capture_on_commit_callbacks, deel.initiatief.delete)
    assert _get(view).content == b"keer 2"


class GrotePagina(Teller):
    """A page above gzipbody.DREMPEL, with the ETag a calendar feed has."""

    def __call__(self, request):
        from django.utils.cache import set_response_etag

        self.keer += 1
        body = f"keer {self.keer}\n" + "Een regel van een grote agenda.\n" * 2000
        return set_response_etag(HttpResponse(body, content_type="text/calendar"))


def _get_gzip(view, path="/agenda.ics"):
    request = RequestFactory().get(path, HTTP_ACCEPT_ENCODING="gzip, deflate, br")
    request.user = AnonymousUser()
    return paginacache.publiek_gecachet(view)(request)


def test_a_large_page_is_kept_packed_and_sent_packed_to_who_accepts_gzip(
    django_capture_on_commit_callbacks,
):
    import gzip

    view = GrotePagina()
    eerste = _get(view, "/agenda.ics")
    ingepakt = _get_gzip(view)
    gewoon = _get(view, "/agenda.ics")
    assert view.keer == 1
    assert gewoon.content == eerste.content and "Content-Encoding" not in gewoon
    assert gewoon["ETag"] == eerste["ETag"]
    assert ingepakt["Content-Encoding"] == "gzip"
    assert gzip.decompress(ingepakt.content) == eerste.content
    assert len(ingepakt.content) < len(eerste.content) / 10
    assert ingepakt["ETag"] == f"W/{eerste['ETag']}"  # another encoding of the same content
    for response in (eerste, ingepakt, gewoon):
        assert "Accept-Encoding" in response["Vary"]
    with django_capture_on_commit_callbacks(execute=True):
        WijkFactory()
    assert _get_gzip(view).content.startswith(b"keer 2\n")  # rendered anew, sent as made
    assert gzip.decompress(_get_gzip(view).content).startswith(b"keer 2\n")


def test_a_small_page_is_kept_as_it_is():
    view = Teller()
    _get(view)
    response = _get_gzip(view, "/pagina/")
    assert response.content == b"keer 1" and not response.has_header("Content-Encoding")


class MetPlek:
    """A large page with a place holder that changes on every request."""

    def __init__(self):
        self.keer = 0

    def __call__(self, request):
        self.keer += 1
        body = "<p>[teller]</p>" + "Een regel van een grote pagina.\n" * 2000
        return HttpResponse(body, content_type="text/html; charset=utf-8")


class Invuller:
    """Fills the place holder with how often it did so."""

    def __init__(self):
        self.keer = 0

    def __call__(self, request, html):
        self.keer += 1
        return html.replace("[teller]", f"ingevuld {self.keer}")


def _get_ingevuld(view, invullen, user=None):
    request = RequestFactory().get("/pagina/", HTTP_ACCEPT_ENCODING="gzip")
    request.user = user or AnonymousUser()
    response = paginacache.publiek_gecachet(invullen=invullen)(view)(request)
    assert not response.has_header("Content-Encoding")
    return response.content.decode()


def test_a_place_holder_is_filled_in_on_every_request_of_the_kept_page():
    view, invullen = MetPlek(), Invuller()
    assert _get_ingevuld(view, invullen).startswith("<p>ingevuld 1</p>")
    assert _get_ingevuld(view, invullen).startswith("<p>ingevuld 2</p>")
    assert view.keer == 1  # kept with its place holder (unpacked), filled in anew


def test_a_place_holder_is_filled_in_for_who_gets_a_fresh_page():
    view, invullen = MetPlek(), Invuller()
    assert _get_ingevuld(view, invullen, user=UserFactory()).startswith("<p>ingevuld 1</p>")
    assert _get_ingevuld(view, invullen, user=UserFactory()).startswith("<p>ingevuld 2</p>")
    assert view.keer == 2


def _lees_redis(monkeypatch) -> list[str]:
    """The page-cache entries read from the cache (Redis), as they are read."""
    gelezen = []
    get = paginacache.cache.get

    def geteld(sleutel, *args, **kwargs):
        if sleutel.startswith("paginacache:"):
            gelezen.append(sleutel)
        return get(sleutel, *args, **kwargs)

    monkeypatch.setattr(paginacache.cache, "get", geteld)
    return gelezen


def test_a_large_page_is_read_from_redis_once_per_process(monkeypatch):
    """Kept in the process's memory too: a city's feed is hundreds of KB a request would read
    out of Redis again; only the versions are read every time."""
    view = GrotePagina()
    _get_gzip(view)
    werkgeheugen.leeg()  # as another process that did not make it
    gelezen = _lees_redis(monkeypatch)
    responses = [_get_gzip(view) for _ in range(3)]
    assert len(gelezen) == 1 and view.keer == 1
    assert all(r.content == responses[0].content for r in responses)


def test_a_small_page_is_not_kept_in_memory(monkeypatch):
    view = Teller()
    _get(view)
    gelezen = _lees_redis(monkeypatch)
    _get(view)
    _get(view)
    assert len(gelezen) == 2 and view.keer == 1


def test_a_large_page_in_memory_expires_with_its_redis_entry(monkeypatch):
    import time

    view = GrotePagina()
    nu = time.time()
    _get_gzip(view)
    monkeypatch.setattr(time, "time", lambda: nu + paginacache.TIMEOUT + 1)
    assert _get_gzip(view) and view.keer == 2


def test_a_change_in_another_process_renews_a_large_page_in_memory(
    ander_proces,  # noqa: F811 - the fixture imported above
):
    """The key in memory holds the versions read from Redis on every request: a save in
    another worker renews one, and the next request here makes the page anew."""
    view = GrotePagina()
    _get_gzip(view)
    assert _get_gzip(view)["Content-Encoding"] == "gzip" and view.keer == 1  # from memory
    ander_proces.vernieuw(paginacache.PAGINAS)
    assert _get_gzip(view).content.startswith(b"keer 2\n")  # made anew, sent as made
