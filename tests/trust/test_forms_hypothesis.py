"""Every form of the project gets random unicode, very long and malformed values (hypothesis):
the answer is a success (redirect) or the form again with a Dutch message, never a 500, and an
invalid submit saves nothing at all (no half-saved object). Free text comes back escaped.

Forms are found on their pages (every POST form with fields in <main>), so a field added
later is fuzzed too. Uploads (step 5 of the initiative) are checked by content in
tests/initiatieven/test_bijlagen.py."""

import re

import pytest
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from participatiepunt.portal import eenmalig
from tests.trust.crawl import client_for
from tests.trust.formparse import post_forms
from tests.trust.snapshot import changed, snapshot
from tests.trust.urls import url_for
from tests.trust.world import make_world

FORM_PAGES = [
    ("anoniem", "account_signup"),
    ("anoniem", "account_login"),
    ("anoniem", "account_reset_password"),
    ("inwoner_a", "accounts:profiel"),
    ("inwoner_a", "accounts:verwijderen"),
    ("inwoner_a", "account_change_password"),
    ("inwoner_a", "initiatieven:nieuw"),
    *[("inwoner_a", f"initiatieven:stap:{n}") for n in (1, 2, 3, 4, 6)],  # 5: uploads, see below
    ("inwoner_a", "reflectie:voorstellen"),
    ("inwoner_a", "meldingen:voorkeuren"),
    ("medewerker", "initiatieven:beheer"),
    ("medewerker", "reflectie:nieuw"),
    ("medewerker", "reflectie:wijzig"),
    ("medewerker", "reflectie:verplaats"),
    ("medewerker", "reflectie:annuleer"),
    ("medewerker", "reflectie:agenda"),
    ("medewerker", "reflectie:agendapunt"),
    ("medewerker", "reflectie:verslag"),
    ("medewerker", "reflectie:onderwerp"),
    ("medewerker", "reflectie:activiteit"),
    ("gebiedsteam_x", "wijkafspraken:gegevens"),
    ("gebiedsteam_x", "wijkafspraken:vragen"),
    ("gebiedsteam_x", "wijkafspraken:afspraak_nieuw"),
    ("gebiedsteam_x", "wijkafspraken:afspraak"),
    ("gebiedsteam_x", "wijkafspraken:evaluatie"),
]
XSS = "<script>alert('pp')</script>"
NASTY = st.sampled_from(
    [
        "",
        " ",
        XSS,
        "\x00",
        "a\x00b",
        "\u202e\u200b\ufeff",
        "𝕳𝖊𝖑𝖑𝖔 👩🏽‍🌾 ﷽",
        "9" * 40,
        "-1",
        "1e308",
        "NaN",
        "2026-02-30",
        "31-12-99999",
        "25:61",
        "' OR 1=1 --",
        "../../etc/passwd",
        "x" * 20000,
    ]
)
VALUE = st.one_of(NASTY, st.text(max_size=300), st.text(min_size=1000, max_size=5000))


def _page_url(name, world):
    if name.startswith("initiatieven:stap:"):
        nummer = int(name.rsplit(":", 1)[1])
        return reverse("initiatieven:stap", kwargs={"pk": world.concept.pk, "nummer": nummer})
    return url_for(name, world)


def _value(draw, field):
    if field.kind in ("select", "radio", "checkbox") and field.options:
        return draw(st.one_of(st.sampled_from(field.options), NASTY, st.just(None)))
    return draw(VALUE)


def _data(draw, form):
    data = {name: f.value for name, f in form.fields.items() if f.kind == "hidden"}
    if eenmalig.VELD in data:  # each example a rendering of its own, or after the first success
        data[eenmalig.VELD] = eenmalig.nieuw_token()  # the others would be resends: no-ops
    for f in form.fillable:
        value = _value(draw, f)
        if value is not None:
            data[f.name] = value
    name, value = draw(st.sampled_from(form.submits or [("", "")]))
    if name:
        data[name] = value
    return data


ENGLISH = re.compile(r"This field|Enter a (valid|whole)|Ensure this|Select a valid|is required")


def _check_answer(client, response, before):
    # 400: a form shown again with its errors (initiatieven' management page); 403: an action
    # no longer allowed after an earlier example changed the state (a cancelled session).
    assert response.status_code in (200, 302, 400, 403), response.status_code
    html = response.content.decode(errors="replace")
    assert XSS not in html, "vrije tekst komt onge-escaped terug"
    if response.status_code != 302:
        assert not ENGLISH.search(html), "Engelse foutmelding"
        assert not changed(before, snapshot()), "half opgeslagen bij een ongeldig formulier"
    else:
        assert XSS not in client.get(response["Location"]).content.decode(errors="replace")


@pytest.mark.django_db
@pytest.mark.parametrize(("role", "name"), FORM_PAGES, ids=[f"{r}-{n}" for r, n in FORM_PAGES])
def test_form_survives_random_input(role, name):
    world = make_world()
    client = client_for(world.users[role])
    url = _page_url(name, world)
    page = client.get(url)
    assert page.status_code == 200, f"{url}: {page.status_code}"
    forms = post_forms(page.content.decode(), url)
    assert forms, f"geen formulier op {url}"

    @settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))
    @given(data=st.data())
    def submit_random(data):
        form = data.draw(st.sampled_from(forms))
        before = snapshot()
        response = client.post(form.action, _data(data.draw, form))
        _check_answer(client, response, before)

    submit_random()
