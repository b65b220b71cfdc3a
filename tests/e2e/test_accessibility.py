"""Every page template, as anonymous visitor and as each role, with demo data: zero axe-core
violations of WCAG 2.1 A and AA, also after submitting its form so it shows validation errors,
and nothing scrolls sideways at 320 px wide. Pages are found by following links
(tests/trust/crawl.py) plus the pages no link leads to (EXTRA); every GET page of the project
must be covered or be listed in NOT_A_PAGE with the reason."""

import pytest
from django.core.management import call_command

from participatiepunt.accounts import demo as account_demo
from tests.trust.crawl import all_route_names, crawl, route_name

pytestmark = pytest.mark.e2e

WCAG = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}
ROLES = [None, "inwoner", "medewerker", "gebiedsteam", "griffie", "raadslid", "bewonersorganisatie"]
EXTRA = {
    None: [
        "/account/confirm-email/",
        "/account/password/reset/done/",
        "/account/password/reset/key/done/",
        "/account/inactive/",
        "/account/login/code/confirm/",
        "/contact/verzonden/",
        "/zoeken/?q=moestuin",  # with results and highlighted words
        "/gemeente/",  # the chooser of gemeenten
    ],
    "inwoner": [
        "/account/reauthenticate/",
        "/account/reauthenticate/code/",
        "/account/verwijderen/",
    ],
    "medewerker": [
        "/account/2fa/reauthenticate/",
        "/account/2fa/recovery-codes/",
        "/gemeente/instellingen/",
    ],
}
NOT_A_PAGE = {
    "portal:gezondheid": "JSON",
    "portal:security_txt": "tekstbestand (RFC 9116)",
    "portal:robots_txt": "tekstbestand",
    "portal:favicon": "afbeelding",
    "accounts:gegevens": "JSON-download",
    "initiatieven:jaarkalender_ics": "iCalendar",
    "vakantiecheck:ics": "iCalendar",
    "reflectie:feed_openbaar": "iCalendar",
    "reflectie:feed_persoonlijk": "iCalendar",
    "initiatieven:bijlage": "download (bijlage)",
    "initiatieven:gesprek_bijlage": "download (bijlage van een bericht)",
    "initiatieven:gesprek_gelezen": "alleen POST",
    "initiatieven:gesprek_delen": "alleen POST, het formulier staat op het gesprek",
    "mfa_download_recovery_codes": "tekstbestand",
    "account_logout": "alleen POST vanuit de kopregel",
    "initiatieven:verder": "stuurt door naar de stap waar de inwoner was",
    "initiatieven:contact_toestemming": "alleen POST, formulier staat op het initiatief",
    "meldingen:alles_gelezen": "alleen POST",
    "meldingen:volgen": "alleen POST",
    "meldingen:afmelden": "token uit een e-mail; getest in tests/meldingen",
    "account_confirm_email": "sleutel uit een e-mail; getest in test_signup_journey",
    "account_reset_password_from_key": "sleutel uit een e-mail",
    "account_set_password": "alleen voor accounts zonder wachtwoord",
    "account_confirm_reauthentication_code": "code uit een e-mail, na de aanvraag ervan",
    "mfa_activate_totp": "vraagt eerst opnieuw het wachtwoord (account_reauthenticate)",
    "mfa_deactivate_totp": "vraagt eerst opnieuw de code (mfa_reauthenticate)",
    "mfa_generate_recovery_codes": "vraagt eerst opnieuw de code (mfa_reauthenticate)",
    "wijkafspraken:openen": "alleen POST",
    "reflectie:kalender_vernieuwen": "alleen POST",
    "reflectie:annuleer": "formulier, bereikt via de sessie",
    "reflectie:gehouden": "alleen POST",
    "reflectie:document_toevoegen": "alleen POST, formulier staat op het agendapunt",
    "wijkafspraken:witte_vlek": "alleen POST",
    "bijeenkomsten:aanmelden": "alleen POST, het formulier staat op de bijeenkomst",
    "initiatieven:adres_stoppen": "alleen POST, de knop staat op de adrespagina",
    "wijkafspraken:compleet": "alleen POST, knop per vraag op de meelees-pagina",
    "wijkafspraken:ondertekenen": "alleen POST, knop op de meelees-pagina",
    "wijkafspraken:ter_ondertekening": "alleen POST, knop op de vaststelpagina",
}
POST_ONLY_SUFFIXES = ("verwijderen", "gereed", "intrekken", "actie", "schuif", "publiceer")
# Checked for every role (their header and buttons differ); other pages once, by the first
# role that reaches them.
EVERY_ROLE = {"portal:home", "accounts:profiel", "initiatieven:lijst", "initiatieven:detail"}


@pytest.fixture
def demo_accounts(transactional_db):
    call_command("laad_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    return account_demo.load()


def _errors_form(page):
    """The main form that has fields to fill (not a one-button action form)."""
    forms = page.locator("main form[method=post]").filter(
        has=page.locator("input:not([type=hidden]), textarea, select")
    )
    return forms.first if forms.count() else None


def _check(page, axe, url, problems, label):
    result = axe.run(page, options=WCAG)
    if result.violations_count:
        problems.append(f"{label} {url}: {result.generate_report()}")
    width = page.evaluate("document.documentElement.scrollWidth")
    if width > 320:
        problems.append(f"{label} {url}: {width}px breed bij 320px")


def _visit(page, axe, url, problems, label):
    response = page.goto(url)
    if response is None or "text/html" not in response.headers.get("content-type", ""):
        return
    _check(page, axe, url, problems, label)
    form = _errors_form(page)
    # A disabled button (a blocked action that says why) cannot be pressed, nor by a user.
    if form is not None and form.locator("[type=submit]:enabled").count():
        form.locator("[type=submit]:enabled").first.click()
        page.wait_for_load_state()
        _check(page, axe, f"{url} (na versturen)", problems, label)


def _concept_urls(inwoner) -> list[str]:
    from tests.factories.initiatieven import InitiatiefFactory

    concept = InitiatiefFactory(concept=True, indiener=inwoner, titel="Speeltuin aan het water")
    ingediend = InitiatiefFactory(indiener=inwoner)
    steps = [f"/initiatieven/{concept.pk}/concept/stap/{n}/" for n in range(1, 7)]
    return [*steps, f"/initiatieven/{ingediend.pk}/ingediend/"]


def _succesvoorbeeld_contact_url() -> str:
    """The message form of a succesvoorbeeld whose initiators (not the demo resident) agree."""
    from participatiepunt.gebieden.models import Wijk
    from tests.factories.initiatieven import InitiatiefFactory

    voorbeeld = InitiatiefFactory(
        succesvoorbeeld=True, contact_toegestaan=True, wijk=Wijk.objects.first()
    )
    return f"/succesvoorbeelden/{voorbeeld.pk}/contact/"


def _kaders_urls() -> dict:
    """The kaders overleg and the besluit pages of the demo: the crawl meets another
    initiatief's detail page first (the Pluktuin's kaders await the demo resident; the
    Oosterhoogebrug's coming collegebesluit awaits its terugkoppeling)."""
    from django.urls import reverse

    from initiatieven.models import Initiatief

    pluktuin = Initiatief.objects.get(titel="Pluktuin aan de Beijumer Kolk")
    traject = Initiatief.objects.get(titel="Herinrichting dorpsplein Oosterhoogebrug")
    besluit = traject.mijlpalen.get(titel="Collegebesluit over het ontwerp")
    mijlpaal = {"pk": traject.pk, "mijlpaal_pk": besluit.pk}
    return {
        "inwoner": [
            reverse("initiatieven:kaders_reageren", kwargs={"pk": pluktuin.pk}),
            reverse("initiatieven:kaders_voorstellen", kwargs={"pk": pluktuin.pk}),
        ],
        "medewerker": [
            reverse("initiatieven:terugkoppeling", kwargs=mijlpaal),
            reverse("initiatieven:mijlpaal_verplaatsen", kwargs=mijlpaal),
        ],
    }


def _staff_detail_urls() -> list[str]:
    """Detail pages that the demo data has but no list links to directly."""
    from django.urls import reverse

    from reflectie.models import Agendapunt, AgendaVersie
    from tests.factories.wijkafspraken import EvaluatieFactory
    from wijkafspraken.models import Praatplaat

    praatplaat = Praatplaat.objects.first()
    evaluatie = EvaluatieFactory(praatplaat=praatplaat)
    punt, versie = Agendapunt.objects.first(), AgendaVersie.objects.first()
    return [
        reverse("wijkafspraken:afdrukken", kwargs={"slug": praatplaat.wijk.slug}),
        reverse("wijkafspraken:bewonersbrief", kwargs={"slug": praatplaat.wijk.slug}),
        # The register of archetype 3, with the demo dorpsbudget (the crawl reaches another
        # praatplaat's meelezen page first, without archetype 3).
        reverse(
            "wijkafspraken:overdrachten",
            kwargs={"pk": Praatplaat.objects.get(wijk__slug="thesinge").pk},
        ),
        reverse(
            "wijkafspraken:evaluatie_detail",
            kwargs={"pk": evaluatie.praatplaat_id, "evaluatie": evaluatie.pk},
        ),
        reverse("reflectie:agendapunt", kwargs={"pk": punt.sessie_id, "punt_pk": punt.pk}),
        reverse("reflectie:agendaversie", kwargs={"pk": versie.sessie_id, "nummer": versie.nummer}),
    ]


def _bijeenkomst_link_urls() -> list[str]:
    """The pages behind the links in a sign-up's mails: confirm and cancel."""
    from django.urls import reverse

    from bijeenkomsten import services, tokens
    from bijeenkomsten.models import Bijeenkomst, Doelgroep

    bijeenkomst = Bijeenkomst.objects.filter(doelgroep=Doelgroep.INWONERS).first()
    gast = services.aanmelden(bijeenkomst.pk, naam="Gerrit Boer", email="gerrit@example.nl")
    return [
        reverse("bijeenkomsten:bevestigen", args=[tokens.maak(gast, tokens.BEVESTIGEN)]),
        reverse("bijeenkomsten:afmelden", args=[tokens.maak(gast, tokens.AFMELDEN)]),
    ]


def _vakantiecheck_antwoord() -> str:
    """The vakantiecheck's answer for the demo dorp whose zienswijzetermijn is in the summer
    (the crawl reaches only its question)."""
    from initiatieven.demo import zomervakantie

    van, tot = zomervakantie(), zomervakantie(41)
    return f"/vakantiecheck/?van={van}&tot={tot}&wijk=oosterhoogebrug"


def _activiteit_url() -> str:
    """A planning activity's edit page: a link in a table the crawl may not reach in time."""
    from django.urls import reverse

    from reflectie.models import Activiteit

    return reverse("reflectie:activiteit", args=[Activiteit.objects.order_by("pk").first().pk])


def _second_factor_page(page, axe, problems, medewerker):
    """The TOTP step of a real staff login, also with a wrong code."""
    page.context.clear_cookies()
    page.goto("/account/login/")
    page.get_by_label("E-mailadres").fill(medewerker.email)
    page.locator("#id_password").fill(account_demo.DEMO_PASSWORD)
    page.get_by_role("button", name="Aanmelden").click()
    page.wait_for_url("**/account/2fa/authenticate/")
    _visit(page, axe, "/account/2fa/authenticate/", problems, "medewerker (inloggen)")


def test_every_page_passes_axe_and_fits_320px(page, browser_login, demo_accounts):
    from axe_playwright_python.sync_playwright import Axe

    from tests.factories.accounts import add_totp

    axe, problems, checked = Axe(), [], set()
    page.set_viewport_size({"width": 320, "height": 900})
    EXTRA["inwoner"] = EXTRA["inwoner"] + _concept_urls(demo_accounts["inwoner"])
    EXTRA["inwoner"] += [_succesvoorbeeld_contact_url()]
    EXTRA["medewerker"] = EXTRA["medewerker"] + _staff_detail_urls() + [_activiteit_url()]
    for role, urls in _kaders_urls().items():
        EXTRA[role] = EXTRA[role] + urls
    EXTRA[None] = EXTRA[None] + _bijeenkomst_link_urls() + [_vakantiecheck_antwoord()]
    for role in ROLES:
        user = demo_accounts[role] if role else None
        urls = crawl(user) | {route_name(u): u for u in EXTRA.get(role, [])}
        page.context.clear_cookies()
        if user:
            browser_login(page, user)
        for name, url in urls.items():
            if name in EVERY_ROLE or name not in checked:
                _visit(page, axe, url, problems, role or "anoniem")
        checked |= set(urls)
    add_totp(demo_accounts["medewerker"])
    _second_factor_page(page, axe, problems, demo_accounts["medewerker"])
    checked.add("mfa_authenticate")
    assert not problems, "\n\n".join(problems)
    missing = {
        name
        for name in all_route_names() - checked - set(NOT_A_PAGE)
        if not name.endswith(POST_ONLY_SUFFIXES)
    }
    assert not missing, f"Pagina's zonder toegankelijkheidscontrole (voeg toe aan EXTRA): {missing}"


def test_lockout_page_passes_axe_and_fits_320px(page, settings):
    """Not a route: what the login answers after too many wrong passwords."""
    from axe_playwright_python.sync_playwright import Axe

    from tests.factories.accounts import UserFactory

    settings.AXES_ENABLED = True
    user = UserFactory()
    page.set_viewport_size({"width": 320, "height": 900})
    for _ in range(settings.AXES_FAILURE_LIMIT + 1):
        page.goto("/account/login/")
        page.get_by_label("E-mailadres").fill(user.email)
        page.locator("#id_password").fill("fout-wachtwoord-123")
        page.get_by_role("button", name="Aanmelden").click()
        page.wait_for_load_state()
    assert page.get_by_role("heading", name="Inloggen tijdelijk geblokkeerd").is_visible()
    problems = []
    _check(page, Axe(), "/account/login/ (geblokkeerd)", problems, "anoniem")
    assert not problems, "\n\n".join(problems)
