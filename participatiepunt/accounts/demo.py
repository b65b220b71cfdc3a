"""Demo accounts, one per role. Invented people; the passwords are printed by `laad_demo`."""

from allauth.account.models import EmailAddress

from participatiepunt.gebieden.models import Gebied

from .models import Bestuursfunctie, Rol, User

DEMO_ACCOUNTS = [
    # key, e-mail, naam, rol, bestuursfunctie, gebieden
    ("inwoner", "inwoner@demo.participatiepunt.nl", "Sanne Wieringa", Rol.INWONER, "", []),
    ("inwoner2", "ondernemer@demo.participatiepunt.nl", "Jelle Bakker", Rol.INWONER, "", []),
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
DEMO_PASSWORD = "Groningen-demo-2026"


def load() -> dict[str, User]:
    accounts = {}
    for key, email, naam, rol, functie, gebied_slugs in DEMO_ACCOUNTS:
        user, created = User.objects.get_or_create(
            email=email, defaults={"naam": naam, "rol": rol, "bestuursfunctie": functie}
        )
        if created:
            user.set_password(DEMO_PASSWORD)
            user.save()
        user.gebieden.set(Gebied.objects.filter(slug__in=gebied_slugs))
        EmailAddress.objects.update_or_create(
            user=user, email=email, defaults={"verified": True, "primary": True}
        )
        accounts[key] = user
    return accounts
