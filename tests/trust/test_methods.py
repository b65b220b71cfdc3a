"""Every route answers only the methods it handles: PUT, PATCH, DELETE, TRACE and OPTIONS are
405 everywhere (a function view answered them with its GET page), and change nothing."""

import pytest
from django.urls import reverse

from tests.trust.crawl import all_route_names, client_for
from tests.trust.snapshot import changed, snapshot
from tests.trust.urls import url_for
from tests.trust.world import make_world

METHODS = ["PUT", "PATCH", "DELETE", "TRACE", "OPTIONS"]
ADMIN_URLS = ["admin:index", "admin:login", "admin:accounts_user_changelist"]


def _problems(client, urls):
    problems = []
    for url in urls:
        for method in METHODS:
            response = client.generic(method, url, "x=1")
            if response.status_code != 405:
                problems.append(f"{method} {url}: {response.status_code}")
            elif method in response["Allow"]:
                problems.append(f"{method} {url}: Allow {response['Allow']}")
    return problems


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["anoniem", "inwoner_a", "medewerker"])
def test_other_methods_are_405_on_every_route(role):
    world = make_world()
    urls = [url_for(name, world) for name in sorted(all_route_names())]
    urls += [reverse(name) for name in ADMIN_URLS]
    client = client_for(world.users[role])
    state = snapshot()
    problems = _problems(client, urls)
    assert not problems, "\n".join(problems)
    assert not changed(state, snapshot())


@pytest.mark.django_db
def test_get_head_and_post_still_work(client):
    assert client.get(reverse("portal:over")).status_code == 200
    assert client.head(reverse("portal:over")).status_code == 200
    assert client.post(reverse("account_login"), {"login": "x@voorbeeld.nl"}).status_code == 200
