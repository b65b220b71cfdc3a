"""Who gets what, for every URL of the project: one row per route with the answer per role
for GET and for an empty POST. Roles (columns, in this order): anonymous, resident A (owns the
world's initiatives, topic and notification), resident B (owns nothing of A's), medewerker,
gebiedsteam of gebied X (A's wijk) and of gebied Y, griffie, bestuur (a raadslid invited to
the session), and a lid of a bewonersorganisatie of A's wijk. A row with eight answers gives the
lid what resident B gets (it is a resident's account that owns nothing of A's); a row where the
lid gets something else names a ninth. 302 for anonymous is the way to the login page. After
every GET, and every refused request (anonymous, 4xx), the database must be unchanged. A route
that is not in TABLE fails test_every_url_has_a_row. Django's admin (/beheer/) is covered by
one rule below.

Objects: tests/trust/world.py; their URLs: tests/trust/urls.py."""

import pytest
from django.urls import reverse

from initiatieven.choices import Status
from initiatieven.models import Initiatief
from participatiepunt.accounts.models import Rol
from reflectie.choices import OnderwerpStatus
from reflectie.models import Onderwerp
from tests.factories.accounts import UserFactory
from tests.trust.crawl import all_route_names, client_for
from tests.trust.snapshot import changed, snapshot
from tests.trust.urls import url_for
from tests.trust.world import make_world

ROLES = [
    "anoniem",
    "inwoner_a",
    "inwoner_b",
    "medewerker",
    "gebiedsteam_x",
    "gebiedsteam_y",
    "griffie",
    "bestuur",
    "bewonersorganisatie_x",
]
# fmt: off
TABLE = {
    "account_change_password":
        ("302 200 200 200 200 200 200 200", "302 200 200 200 200 200 200 200"),
    "account_confirm_email":
        ("200 200 200 200 200 200 200 200", "404 404 404 404 404 404 404 404"),
    "account_confirm_login_code":
        ("302 302 302 302 302 302 302 302", "302 302 302 302 302 302 302 302"),
    "account_email":
        ("302 200 200 200 200 200 200 200", "302 302 302 302 302 302 302 302"),
    "account_email_verification_sent":
        ("200 200 200 200 200 200 200 200", "405 405 405 405 405 405 405 405"),
    "account_inactive":
        ("200 200 200 200 200 200 200 200", "405 405 405 405 405 405 405 405"),
    "account_login":
        ("200 302 302 302 302 302 302 302", "200 302 302 302 302 302 302 302"),
    "account_logout":
        ("302 200 200 200 200 200 200 200", "302 302 302 302 302 302 302 302"),
    "account_reauthenticate":
        ("302 200 200 200 200 200 200 200", "302 200 200 200 200 200 200 200"),
    "account_request_reauthentication_code":
        ("302 200 200 200 200 200 200 200", "302 200 200 200 200 200 200 200"),
    "account_confirm_reauthentication_code":
        ("302 302 302 302 302 302 302 302", "302 302 302 302 302 302 302 302"),
    "account_reset_password":
        ("200 200 200 200 200 200 200 200", "200 200 200 200 200 200 200 200"),
    "account_reset_password_done":
        ("200 200 200 200 200 200 200 200", "405 405 405 405 405 405 405 405"),
    "account_reset_password_from_key":
        ("200 200 200 200 200 200 200 200", "200 200 200 200 200 200 200 200"),
    "account_reset_password_from_key_done":
        ("200 200 200 200 200 200 200 200", "405 405 405 405 405 405 405 405"),
    "account_set_password":
        ("302 302 302 302 302 302 302 302", "302 302 302 302 302 302 302 302"),
    "account_signup":
        ("200 302 302 302 302 302 302 302", "200 302 302 302 302 302 302 302"),
    "accounts:gegevens":
        ("302 200 200 200 200 200 200 200", "302 200 200 200 200 200 200 200"),
    "accounts:profiel":
        ("302 200 200 200 200 200 200 200", "302 200 200 200 200 200 200 200"),
    "accounts:verwijderen":
        ("302 200 200 403 403 403 403 403", "302 200 200 403 403 403 403 403"),
    # A bijeenkomst for residents. An empty sign-up: anonymous gets the form back with its
    # errors, an account is signed up (and the double-click token is not needed for that).
    "bijeenkomsten:aanmelden":
        ("405 405 405 405 405 405 405 405", "200 302 302 302 302 302 302 302"),
    "bijeenkomsten:afmelden":
        ("400 400 400 400 400 400 400 400", "400 400 400 400 400 400 400 400"),
    "bijeenkomsten:annuleren":
        ("302 403 403 200 403 403 403 403", "302 403 403 302 403 403 403 403"),
    "bijeenkomsten:bevestigen":
        ("400 400 400 400 400 400 400 400", "400 400 400 400 400 400 400 400"),
    "bijeenkomsten:detail":
        ("200 200 200 200 200 200 200 200", "200 200 200 200 200 200 200 200"),
    "bijeenkomsten:lijst":
        ("200 200 200 200 200 200 200 200", "200 200 200 200 200 200 200 200"),
    "bijeenkomsten:nieuw":
        ("302 403 403 200 403 403 403 403", "302 403 403 200 403 403 403 403"),
    "bijeenkomsten:presentielijst":
        ("302 403 403 200 403 403 403 403", "302 403 403 200 403 403 403 403"),
    "succesvoorbeelden:lijst":
        ("200 200 200 200 200 200 200 200", "405 405 405 405 405 405 405 405"),
    "succesvoorbeelden:voorbeeld":
        ("200 200 200 200 200 200 200 200", "405 405 405 405 405 405 405 405"),
    # Resident B writes to A's succesvoorbeeld (A agreed); A not to themselves, staff not at all.
    "succesvoorbeelden:contact":
        ("302 404 200 404 404 404 404 404", "302 404 200 404 404 404 404 404"),
    "initiatieven:contact_toestemming":
        ("302 405 405 405 405 405 405 405", "302 302 404 404 404 404 404 404"),
    "kennisbank:bewerken":
        ("302 403 403 200 403 403 403 403", "302 403 403 200 403 403 403 403"),
    "kennisbank:categorie":
        ("200 200 200 200 200 200 200 200", "405 405 405 405 405 405 405 405"),
    "kennisbank:lijst":
        ("200 200 200 200 200 200 200 200", "405 405 405 405 405 405 405 405"),
    "kennisbank:nieuw":
        ("302 403 403 200 403 403 403 403", "302 403 403 200 403 403 403 403"),
    "kennisbank:pagina":
        ("200 200 200 200 200 200 200 200", "405 405 405 405 405 405 405 405"),
    "kennisbank:versie":
        ("200 200 200 200 200 200 200 200", "405 405 405 405 405 405 405 405"),
    "kennisbank:versies":
        ("200 200 200 200 200 200 200 200", "405 405 405 405 405 405 405 405"),
    "initiatieven:adres":
        ("302 200 200 200 200 200 200 200", "302 400 400 400 400 400 400 400"),
    "initiatieven:adres_stoppen":
        ("302 405 405 405 405 405 405 405", "302 302 404 404 404 404 404 404"),
    "initiatieven:bewonersbrief":
        ("302 404 404 200 404 404 404 404", "302 405 405 405 405 405 405 405"),
    "initiatieven:beheer":
        ("302 404 404 200 404 404 404 404", "302 404 404 200 404 404 404 404"),
    "initiatieven:beheer_gegevens":
        ("302 404 404 200 404 404 404 404", "302 404 404 400 404 404 404 404"),
    "initiatieven:beheer_locatie":
        ("302 404 404 200 404 404 404 404", "302 404 404 302 404 404 404 404"),
    "initiatieven:beheer_kaders":
        ("302 404 404 200 404 404 404 404", "302 404 404 400 404 404 404 404"),
    "initiatieven:beheer_actie":
        ("302 405 405 405 405 405 405 405", "302 404 404 302 404 404 404 404"),
    "initiatieven:bijlage":
        ("302 200 404 200 200 404 404 404", "302 200 404 200 200 404 404 404"),
    "initiatieven:bijlage_verwijderen":
        ("302 405 405 405 405 405 405 405", "302 302 404 404 404 404 404 404"),
    # A public initiative; one that is not public yet: test_mail_link_to_what_is_not_public.
    "initiatieven:detail":
        ("200 200 200 200 200 200 200 200", "200 200 200 200 200 200 200 200"),
    "initiatieven:ingediend":
        ("302 200 404 404 404 404 404 404", "302 200 404 404 404 404 404 404"),
    "initiatieven:intake":
        ("302 403 403 200 200 200 403 403", "302 403 403 200 200 200 403 403"),
    "initiatieven:gesprek":
        ("302 200 404 200 404 404 404 404", "302 400 404 400 404 404 404 404"),
    "initiatieven:gesprek_gelezen":
        ("302 405 405 405 405 405 405 405", "302 302 404 302 404 404 404 404"),
    "initiatieven:gesprek_delen":
        ("302 405 405 405 405 405 405 405", "302 302 404 403 404 404 404 404"),
    "initiatieven:gesprek_bijlage":
        ("302 200 404 200 404 404 404 404", "302 200 404 200 404 404 404 404"),
    "initiatieven:intrekken":
        ("302 200 404 404 404 404 404 404", "302 302 404 404 404 404 404 404"),
    "initiatieven:jaarkalender":
        ("200 200 200 200 200 200 200 200", "200 200 200 200 200 200 200 200"),
    "initiatieven:jaarkalender_ics":
        ("200 200 200 200 200 200 200 200", "200 200 200 200 200 200 200 200"),
    # Only the side the current version awaits answers it (the world's: proposed by the gemeente).
    "initiatieven:kaders_reageren":
        ("302 200 404 404 404 404 404 404", "302 400 404 404 404 404 404 404"),
    # The initiator's side; the gemeente's proposes on the management page.
    "initiatieven:kaders_voorstellen":
        ("302 200 404 404 404 404 404 404", "302 400 404 404 404 404 404 404"),
    # A public traject's paragraaf is public; the griffie's access to one not yet public:
    # tests/initiatieven/test_verordening.py.
    "initiatieven:participatieparagraaf":
        ("200 200 200 200 200 200 200 200", "405 405 405 405 405 405 405 405"),
    "initiatieven:terugkoppeling":
        ("302 404 404 200 404 404 404 404", "302 404 404 400 404 404 404 404"),
    "initiatieven:lijst":
        ("200 200 200 200 200 200 200 200", "200 200 200 200 200 200 200 200"),
    "initiatieven:mijlpaal_gereed":
        ("302 405 405 405 405 405 405 405", "302 404 404 302 404 404 404 404"),
    "initiatieven:mijlpaal_verplaatsen":
        ("302 404 404 200 404 404 404 404", "302 404 404 400 404 404 404 404"),
    "initiatieven:mijn":
        ("302 200 200 200 200 200 200 200", "302 200 200 200 200 200 200 200"),
    "initiatieven:nieuw":
        ("302 200 200 200 200 200 200 200", "302 200 200 200 200 200 200 200"),
    "initiatieven:stap":
        ("302 200 404 404 404 404 404 404", "302 200 404 404 404 404 404 404"),
    "initiatieven:verder":
        ("302 302 404 404 404 404 404 404", "302 302 404 404 404 404 404 404"),
    "meldingen:afmelden":
        ("400 400 400 400 400 400 400 400", "400 400 400 400 400 400 400 400"),
    "meldingen:alles_gelezen":
        ("302 405 405 405 405 405 405 405", "302 302 302 302 302 302 302 302"),
    "meldingen:lijst":
        ("302 200 200 200 200 200 200 200", "302 200 200 200 200 200 200 200"),
    "meldingen:volgen":
        ("302 405 405 405 405 405 405 405", "302 404 404 404 404 404 404 404"),
    "meldingen:voorkeuren":
        ("302 200 200 200 200 200 200 200", "302 200 200 200 200 200 200 200"),
    "mfa_activate_totp":
        ("302 302 302 302 302 302 302 302", "302 302 302 302 302 302 302 302"),
    "mfa_authenticate":
        ("302 302 302 302 302 302 302 302", "302 302 302 302 302 302 302 302"),
    "mfa_deactivate_totp":
        ("302 404 404 302 302 302 302 404", "302 404 404 302 302 302 302 404"),
    "mfa_download_recovery_codes":
        ("302 404 404 404 404 404 404 404", "302 404 404 404 404 404 404 404"),
    "mfa_generate_recovery_codes":
        ("302 302 302 302 302 302 302 302", "302 302 302 302 302 302 302 302"),
    "mfa_index":
        ("302 200 200 200 200 200 200 200", "302 405 405 405 405 405 405 405"),
    "mfa_reauthenticate":
        ("302 302 302 200 200 200 200 302", "302 302 302 200 200 200 200 302"),
    "mfa_view_recovery_codes":
        ("302 404 404 404 404 404 404 404", "302 405 405 405 405 405 405 405"),
    "portal:gezondheid":
        ("200 200 200 200 200 200 200 200", "200 200 200 200 200 200 200 200"),
    "portal:werkvoorraad":
        ("302 403 403 200 200 200 200 200", "302 403 403 200 200 200 200 200"),
    "portal:zoeken":
        ("200 200 200 200 200 200 200 200", "405 405 405 405 405 405 405 405"),
    "portal:home":
        ("200 200 200 200 200 200 200 200", "200 200 200 200 200 200 200 200"),
    "portal:over":
        ("200 200 200 200 200 200 200 200", "200 200 200 200 200 200 200 200"),
    "portal:gemeente_kiezen":
        ("200 200 200 200 200 200 200 200", "200 200 200 200 200 200 200 200"),
    "portal:gemeente_instellingen":
        ("302 403 403 200 403 403 403 403", "302 403 403 200 403 403 403 403"),
    "portal:privacy":
        ("200 200 200 200 200 200 200 200", "200 200 200 200 200 200 200 200"),
    "portal:toegankelijkheid":
        ("200 200 200 200 200 200 200 200", "200 200 200 200 200 200 200 200"),
    "portal:contact":
        ("200 200 200 200 200 200 200 200", "200 200 200 200 200 200 200 200"),
    "portal:contact_verzonden":
        ("200 200 200 200 200 200 200 200", "405 405 405 405 405 405 405 405"),
    "portal:cookies":
        ("200 200 200 200 200 200 200 200", "200 200 200 200 200 200 200 200"),
    "portal:security_txt":
        ("200 200 200 200 200 200 200 200", "200 200 200 200 200 200 200 200"),
    "portal:robots_txt":
        ("200 200 200 200 200 200 200 200", "200 200 200 200 200 200 200 200"),
    "portal:favicon":
        ("200 200 200 200 200 200 200 200", "200 200 200 200 200 200 200 200"),
    "reflectie:activiteit":
        ("302 403 403 200 403 403 403 403", "302 403 403 200 403 403 403 403"),
    "reflectie:afdrukken":
        ("404 404 404 200 404 404 200 200", "404 404 404 200 404 404 200 200"),
    "reflectie:agenda":
        ("302 404 404 200 404 404 403 403", "302 404 404 200 404 404 403 403"),
    "reflectie:agendapunt":
        ("302 404 404 200 404 404 403 403", "302 404 404 200 404 404 403 403"),
    "reflectie:agendapunt_schuif":
        ("302 405 405 405 405 405 405 405", "302 404 404 302 404 404 403 403"),
    "reflectie:agendapunt_verwijderen":
        ("302 405 405 405 405 405 405 405", "302 404 404 302 404 404 403 403"),
    "reflectie:agendaversie":
        ("404 404 404 200 404 404 200 200", "404 404 404 200 404 404 200 200"),
    "reflectie:annuleer":
        ("302 404 404 200 404 404 403 403", "302 404 404 200 404 404 403 403"),
    "reflectie:document_toevoegen":
        ("302 404 404 200 404 404 403 403", "302 404 404 200 404 404 403 403"),
    "reflectie:document_verwijderen":
        ("302 405 405 405 405 405 405 405", "302 404 404 302 404 404 403 403"),
    "reflectie:feed_openbaar":
        ("200 200 200 200 200 200 200 200", "200 200 200 200 200 200 200 200"),
    "reflectie:feed_persoonlijk":
        ("200 200 200 200 200 200 200 200", "200 200 200 200 200 200 200 200"),
    "reflectie:gehouden":
        ("302 405 405 405 405 405 405 405", "302 404 404 302 404 404 403 403"),
    "reflectie:griffie":
        ("302 403 403 200 403 403 200 403", "302 403 403 200 403 403 200 403"),
    "reflectie:kalender":
        ("302 200 200 200 200 200 200 200", "302 200 200 200 200 200 200 200"),
    "reflectie:kalender_vernieuwen":
        ("302 405 405 405 405 405 405 405", "302 302 302 302 302 302 302 302"),
    "reflectie:leren":
        ("302 200 200 200 200 200 200 200", "302 200 200 200 200 200 200 200"),
    "reflectie:les_verwijderen":
        ("302 405 405 405 405 405 405 405", "302 404 404 302 404 404 403 404"),
    "reflectie:lijst":
        ("200 200 200 200 200 200 200 200", "200 200 200 200 200 200 200 200"),
    "reflectie:terras":
        ("200 200 200 200 200 200 200 200", "200 200 200 200 200 200 200 200"),
    "reflectie:mijn_onderwerpen":
        ("302 200 200 200 200 200 200 200", "302 200 200 200 200 200 200 200"),
    "reflectie:nieuw":
        ("302 403 403 200 403 403 403 403", "302 403 403 200 403 403 403 403"),
    "reflectie:onderwerp":
        ("302 200 404 200 404 404 200 200", "302 200 404 200 404 404 200 200"),
    "reflectie:onderwerpen":
        ("302 403 403 200 403 403 200 200", "302 403 403 200 403 403 200 200"),
    "reflectie:planning":
        ("302 403 403 200 403 403 200 200", "302 403 403 200 403 403 200 200"),
    "reflectie:publiceer":
        ("302 405 405 405 405 405 405 405", "302 404 404 302 404 404 403 403"),
    # Anonymous: 302 to the login, not 404: the link comes from an invitation mail, and its
    # reader is often not logged in yet (participatiepunt/portal/toegang.py). Logged in and
    # not invited: still 404.
    "reflectie:sessie":
        ("302 404 404 200 404 404 200 200", "302 404 404 200 404 404 200 200"),
    "reflectie:verplaats":
        ("302 404 404 200 404 404 403 403", "302 404 404 200 404 404 403 403"),
    "reflectie:verslag":
        ("302 404 404 200 404 404 403 404", "302 404 404 200 404 404 403 404"),
    "reflectie:voorstellen":
        ("302 200 200 200 200 200 200 200", "302 200 200 200 200 200 200 200"),
    "reflectie:wijzig":
        ("302 404 404 200 404 404 403 403", "302 404 404 200 404 404 403 403"),
    # Public; its question is posted (an empty post: the field errors, 400).
    "vakantiecheck:vakantiecheck":
        ("200 200 200 200 200 200 200 200", "400 400 400 400 400 400 400 400"),
    # Without a selection in the query string there is no feed to give.
    "vakantiecheck:ics":
        ("400 400 400 400 400 400 400 400", "405 405 405 405 405 405 405 405"),
    "wijkafspraken:bewonersbrief":
        ("302 404 404 200 200 404 404 404", "302 405 405 405 405 405 405 405"),
    "wijkafspraken:afdrukken":
        ("200 200 200 200 200 200 200 200", "200 200 200 200 200 200 200 200"),
    "wijkafspraken:afspraak":
        ("302 404 404 200 200 404 404 404", "302 404 404 200 200 404 404 404"),
    "wijkafspraken:afspraak_nieuw":
        ("302 404 404 200 200 404 404 404", "302 404 404 200 200 404 404 404"),
    "wijkafspraken:dashboard":
        ("302 403 403 200 200 200 403 403", "302 403 403 200 200 200 403 403"),
    "wijkafspraken:evaluatie":
        ("302 404 404 200 200 404 404 404", "302 404 404 200 200 404 404 404"),
    "wijkafspraken:evaluatie_detail":
        ("302 404 404 200 200 404 404 404", "302 404 404 200 200 404 404 404"),
    "wijkafspraken:gegevens":
        ("302 404 404 200 200 404 404 404", "302 404 404 200 200 404 404 404"),
    "wijkafspraken:openen":
        ("302 404 404 200 404 200 404 404", "302 404 404 302 404 302 404 404"),
    "wijkafspraken:overzicht":
        ("200 200 200 200 200 200 200 200", "200 200 200 200 200 200 200 200"),
    "wijkafspraken:praatplaat":
        ("302 404 404 200 200 404 404 404", "302 404 404 200 200 404 404 404"),
    "wijkafspraken:vaststellen":
        ("302 404 404 200 200 404 404 404", "302 404 404 200 200 404 404 404"),
    "wijkafspraken:versie":
        ("200 200 200 200 200 200 200 200", "200 200 200 200 200 200 200 200"),
    "wijkafspraken:vragen":
        ("302 404 404 200 200 404 404 404", "302 404 404 200 200 404 404 404"),
    "wijkafspraken:wijk":
        ("200 200 200 200 200 200 200 200", "200 200 200 200 200 200 200 200"),
    "wijkafspraken:witte_vlek":
        ("405 405 405 405 405 405 405 405", "302 404 404 302 302 404 404 404"),
    "wijkafspraken:meelezen":
        ("302 404 404 200 200 404 404 404 200", "302 404 404 404 404 404 404 404 200"),
    "wijkafspraken:compleet":
        ("405 405 405 405 405 405 405 405 405", "302 404 404 404 404 404 404 404 302"),
    "wijkafspraken:ondertekenen":
        ("405 405 405 405 405 405 405 405 405", "302 404 404 404 404 404 404 404 302"),
    "wijkafspraken:ter_ondertekening":
        ("405 405 405 405 405 405 405 405 405", "302 404 404 302 302 404 404 404 404"),
    "wijkafspraken:raad":
        ("302 404 404 200 200 404 404 404 404", "302 404 404 200 200 404 404 404 404"),
    "wijkafspraken:overdrachten":
        ("302 404 404 200 200 404 404 404 200", "302 404 404 302 302 404 404 404 302"),
    "wijkafspraken:bewonersorganisaties":
        ("302 403 403 200 200 200 403 403", "302 403 403 200 200 200 403 403"),
    "wijkafspraken:bewonersorganisatie_nieuw":
        ("302 403 403 200 200 200 403 403", "302 403 403 200 200 200 403 403"),
    "wijkafspraken:bewonersorganisatie":
        ("302 404 404 200 200 404 404 404", "302 404 404 200 200 404 404 404"),
    "wijkafspraken:mijn_bewonersorganisatie":
        ("302 403 403 403 403 403 403 403 200", "302 403 403 403 403 403 403 403 200"),
}
# fmt: on


def _per_rol(row: str) -> list[str]:
    """The answer per role; eight answers: the bewonersorganisatie lid gets resident B's."""
    answers = row.split()
    return answers + [answers[ROLES.index("inwoner_b")]] if len(answers) == 8 else answers


def test_every_url_has_a_row():
    routes = all_route_names()
    missing, stale = routes - set(TABLE), set(TABLE) - routes
    assert not missing, (
        f"URL(s) zonder rij in de toegangstabel: {sorted(missing)}. Voeg per URL een rij toe "
        "aan TABLE in tests/trust/test_access_matrix.py (en zo nodig het object in world.py)."
    )
    assert not stale, f"Rijen voor URL's die niet meer bestaan: {sorted(stale)}"


# GETs that write, and why that is fine.
GET_WRITES = {"reflectie:kalender": "maakt bij het eerste bezoek het eigen agenda-adres aan"}


def _must_not_change(name, role, method, status) -> bool:
    refused = role == "anoniem" or status >= 400
    return refused or (method == "get" and name not in GET_WRITES)


def _check(name, role, method, response, expected, before, problems):
    if response.status_code != int(expected):
        problems.append(f"{role} {method.upper()}: {response.status_code}, verwacht {expected}")
    after = snapshot()
    gewijzigd = changed(before, after)
    if gewijzigd and _must_not_change(name, role, method, response.status_code):
        problems.append(f"{role} {method.upper()} wijzigde {gewijzigd}")
    return after


@pytest.mark.django_db
@pytest.mark.parametrize("name", sorted(TABLE))
def test_access(name):
    world = make_world()
    clients = {role: client_for(user) for role, user in world.users.items()}
    url, problems, state = url_for(name, world), [], snapshot()
    for index, role in enumerate(ROLES):
        for method, row in zip(("get", "post"), TABLE[name], strict=True):
            response = getattr(clients[role], method)(url)
            expected = _per_rol(row)[index]
            state = _check(name, role, method, response, expected, state, problems)
    assert not problems, f"{url}:\n" + "\n".join(problems)


ADMIN_URLS = [
    "admin:index",
    "admin:accounts_user_changelist",
    "admin:initiatieven_initiatief_changelist",
]


@pytest.mark.django_db
@pytest.mark.parametrize("name", ADMIN_URLS)
def test_admin_is_for_superusers_only(name):
    world = make_world()
    clients = {role: client_for(user) for role, user in world.users.items()}
    url, state = reverse(name), snapshot()
    for role, client in clients.items():
        for method in ("get", "post"):
            response = getattr(client, method)(url)
            assert response.status_code == 302, f"{role} {method}"
            assert response["Location"].startswith(reverse("admin:login")), role
    assert not changed(state, snapshot())
    client = client_for(UserFactory(is_staff=True, is_superuser=True))
    assert client.get(url).status_code == 200


@pytest.mark.django_db
def test_resident_cannot_give_themselves_a_role():
    world = make_world()
    a = world.users["inwoner_a"]
    client_for(a).post(
        reverse("accounts:profiel"),
        {"naam": "A", "rol": Rol.MEDEWERKER, "is_staff": "on", "is_superuser": "on"},
    )
    a.refresh_from_db()
    assert (a.naam, a.rol, a.is_staff, a.is_superuser) == ("A", Rol.INWONER, False, False)


@pytest.mark.django_db
def test_resident_cannot_set_status_owner_or_casemanager_of_a_draft():
    world = make_world()
    concept, b, medewerker = world.concept, world.users["inwoner_b"], world.users["medewerker"]
    client_for(world.users["inwoner_a"]).post(
        reverse("initiatieven:stap", kwargs={"pk": concept.pk, "nummer": 1}),
        {
            "titel": "Nieuwe titel",
            "status": Status.AFGEROND,
            "indiener": b.pk,
            "casemanager": medewerker.pk,
            "is_succesvoorbeeld": "on",
            "actie": "opslaan",
        },
    )
    concept = Initiatief.objects.get(pk=concept.pk)
    assert concept.titel == "Nieuwe titel"
    assert (concept.status, concept.indiener, concept.casemanager) == (
        Status.CONCEPT,
        world.users["inwoner_a"],
        None,
    )
    assert not concept.is_succesvoorbeeld


@pytest.mark.django_db
def test_resident_cannot_select_their_own_topic():
    world = make_world()
    client_for(world.users["inwoner_a"]).post(
        reverse("reflectie:voorstellen"),
        {
            "titel": "Inspraak bij de ringweg",
            "waarom": "Te laat betrokken.",
            "status": OnderwerpStatus.GESELECTEERD,
            "voorgesteld_door": world.users["inwoner_b"].pk,
        },
    )
    onderwerp = Onderwerp.objects.get(titel="Inspraak bij de ringweg")
    assert onderwerp.status == OnderwerpStatus.VOORGESTELD
    assert onderwerp.voorgesteld_door == world.users["inwoner_a"]


@pytest.mark.django_db
@pytest.mark.parametrize("welk", ["initiatief", "sessie", "onbekend"])
def test_mail_link_to_what_is_not_public(welk):
    """A receipt of a submitted (not yet public) initiative or a session invitation, opened
    from the mail: a reader who is not logged in sees the login and then the page, not "Pagina
    niet gevonden"; who is logged in and may not see it still gets a 404. An unknown number
    also goes to the login, so an anonymous visitor cannot tell which ones exist."""
    world = make_world()
    url = {
        "initiatief": reverse("initiatieven:detail", kwargs={"pk": world.ingediend.pk}),
        "sessie": reverse("reflectie:sessie", kwargs={"pk": world.sessie.pk}),
        "onbekend": reverse("initiatieven:detail", kwargs={"pk": 987654}),
    }[welk]
    lezer = {"initiatief": "inwoner_a", "sessie": "bestuur", "onbekend": None}[welk]
    anoniem = client_for(None).get(url)
    assert anoniem.status_code == 302
    assert anoniem["Location"] == f"{reverse('account_login')}?next={url}"
    assert client_for(world.users["inwoner_b"]).get(url).status_code == 404
    if lezer:  # logs in from there, with the password, and lands on the page
        from django.test import Client

        from tests.factories.accounts import PASSWORD

        browser = Client()
        inloggen = {"login": world.users[lezer].email, "password": PASSWORD}
        response = browser.post(anoniem["Location"], inloggen)
        assert response.status_code == 302 and response["Location"] == url
        assert browser.get(url).status_code == 200
