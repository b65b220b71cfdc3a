"""Demo accounts, one per role. Invented people; the passwords are printed by `laad_demo`."""

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP

from participatiepunt.gebieden.demo import standaardindeling
from participatiepunt.gebieden.huidige import standaardgemeente
from participatiepunt.gebieden.models import Gebied

from .middleware import needs_second_factor
from .models import Bestuursfunctie, Rol, User

DEMO_ACCOUNTS = [
    # key, e-mail, naam, rol, bestuursfunctie, gebieden
    ("inwoner", "inwoner@demo.participatiepunt.nl", "Sanne Wieringa", Rol.INWONER, "", []),
    ("inwoner2", "ondernemer@demo.participatiepunt.nl", "Jelle Bakker", Rol.INWONER, "", []),
    # A resident who speaks for the wijkraad of Lewenborg (wijkafspraken/demo.py makes it lid).
    (
        "bewonersorganisatie",
        "bewonersorganisatie@demo.participatiepunt.nl",
        "Anouk Dijkstra",
        Rol.INWONER,
        "",
        [],
    ),
    ("medewerker", "medewerker@demo.participatiepunt.nl", "Femke Hoekstra", Rol.MEDEWERKER, "", []),
    (
        "gebiedsteam",
        "gebiedsteam@demo.participatiepunt.nl",
        "Ruben Mulder",
        Rol.GEBIEDSTEAM,
        "",
        ["oost", "ten-boer"],
    ),
    ("griffie", "griffie@demo.participatiepunt.nl", "Ilse de Boer", Rol.GRIFFIE, "", []),
    (
        "raadslid",
        "raadslid@demo.participatiepunt.nl",
        "Koen Visser",
        Rol.BESTUUR,
        Bestuursfunctie.RAADSLID,
        [],
    ),
    (
        "collegelid",
        "wethouder@demo.participatiepunt.nl",
        "Marieke Smit",
        Rol.BESTUUR,
        Bestuursfunctie.COLLEGELID,
        [],
    ),
]
# Dijkmeer's raadslid works for Dijkmeer only (gebieden/demo.py makes the gemeente).
DEMO_ACCOUNTS.append(
    (
        "raadslid_dijkmeer",
        "raadslid.dijkmeer@demo.participatiepunt.nl",
        "Hanneke Oosterhuis",
        Rol.BESTUUR,
        Bestuursfunctie.RAADSLID,
        [],
    )
)
ALLEEN_DIJKMEER = {"raadslid_dijkmeer"}
# A medewerker who is also beheerder: opens /beheer/ (Django's admin) after password and code.
DEMO_BEHEERDER = "beheerder"
DEMO_ACCOUNTS.append(
    (DEMO_BEHEERDER, "beheerder@demo.participatiepunt.nl", "Wouter Kramer", Rol.MEDEWERKER, "", [])
)
DEMO_PASSWORD = "Groningen-demo-2026"
# Staff need a second factor; the demo staff share this TOTP secret (add it to an authenticator
# app, or let `manage.py demo_totp` print the current code).
DEMO_TOTP_SECRET = "GRONINGENDEMOPARTICIPATIEPUNT234"


def load() -> dict[str, User]:
    standaardindeling()  # the gebieden the gebiedsteam accounts are given
    accounts = {}
    for key, email, naam, rol, functie, gebied_slugs in DEMO_ACCOUNTS:
        user, created = User.objects.get_or_create(
            email=email, defaults={"naam": naam, "rol": rol, "bestuursfunctie": functie}
        )
        if created:
            user.set_password(DEMO_PASSWORD)
            user.save()
        user.gebieden.set(Gebied.objects.filter(slug__in=gebied_slugs))
        if rol != Rol.INWONER and key not in ALLEEN_DIJKMEER:
            user.gemeenten.add(standaardgemeente())
        EmailAddress.objects.update_or_create(
            user=user, email=email, defaults={"verified": True, "primary": True}
        )
        if key == DEMO_BEHEERDER and not user.is_superuser:
            user.is_staff = user.is_superuser = True
            user.save(update_fields=["is_staff", "is_superuser"])
        if needs_second_factor(user):
            _ensure_totp(user)
        accounts[key] = user
    return accounts


def _ensure_totp(user) -> None:
    if not Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists():
        TOTP.activate(user, DEMO_TOTP_SECRET)
