"""The shell of every page (base.html) keeps its stylesheets, main menu and footer rendered per
process ({% vast %}): each reader still gets their own menu and count, a change shows at once,
and nothing of one request (its CSRF token) is kept."""

import pytest
from django.template import Context, Template, TemplateSyntaxError
from django.urls import reverse

from participatiepunt.gebieden.huidige import standaardgemeente
from participatiepunt.portal.templatetags import vast
from tests.factories.accounts import UserFactory
from tests.factories.meldingen import MeldingFactory

pytestmark = pytest.mark.django_db


def _menu(client) -> str:
    html = client.get(reverse("portal:home")).content.decode()
    return html[html.index('<ul class="navbar-nav me-auto">') :].split("</ul>")[0]


def test_each_reader_gets_their_own_menu(client):
    client.force_login(UserFactory(medewerker=True))
    medewerker = _menu(client)
    client.force_login(UserFactory())
    inwoner = _menu(client)
    client.logout()
    anoniem = _menu(client)
    assert "Intake" in medewerker and "Intake" not in inwoner
    assert "Mijn initiatieven" in inwoner and "Mijn initiatieven" not in anoniem


def test_a_new_notification_shows_in_the_menu_at_once(client):
    inwoner = UserFactory()
    client.force_login(inwoner)
    assert "ongelezen" not in _menu(client)
    MeldingFactory(ontvanger=inwoner)
    assert '>1<span class="visually-hidden"> ongelezen' in _menu(client)


def test_a_renamed_gemeente_shows_at_once_in_title_and_footer(client):
    client.force_login(UserFactory())  # a page no page cache keeps
    client.get(reverse("portal:contact"))
    gemeente = standaardgemeente()
    gemeente.naam, gemeente.telefoon = "Stad aan Zee", "010 123 45 67"
    gemeente.save()
    html = client.get(reverse("portal:contact")).content.decode()
    voet = html[html.index('<footer class="site-footer">') :]
    assert "– Participatiepunt gemeente Stad aan Zee</title>" in html
    assert "Participatiepunt gemeente Stad aan Zee ·" in voet and "010 123 45 67" in voet


def test_no_csrf_token_or_other_request_data_is_kept(client):
    vast.BEWAARD.clear()
    client.force_login(UserFactory(medewerker=True))
    response = client.get(reverse("initiatieven:intake"))
    token = response.context["csrf_token"]
    assert vast.BEWAARD
    assert not any(
        str(token) in html or "csrfmiddlewaretoken" in html for html in vast.BEWAARD.values()
    )


def test_a_piece_sees_only_its_own_values():
    template = Template("{% load vast %}{% vast naam=naam %}{{ naam }} {{ geheim }}{% endvast %}")
    assert template.render(Context({"naam": "a", "geheim": "x"})) == "a "
    assert template.render(Context({"naam": "b", "geheim": "y"})) == "b "


def test_values_are_named():
    with pytest.raises(TemplateSyntaxError):
        Template("{% load vast %}{% vast naam %}{% endvast %}")
