"""AVG: wijkafspraken keep only who (staff) opened, adopted or evaluated a praatplaat. That
record stays with the wijk; the account behind it is anonymised by accounts.privacy."""

from .models import Evaluatie, Praatplaat, Versie


def export(user) -> dict:
    return {
        "praatplaten_geopend": list(
            Praatplaat.objects.filter(geopend_door=user).values("wijk__naam", "geopend_op")
        ),
        "versies_vastgesteld": list(
            Versie.objects.filter(vastgesteld_door=user).values(
                "praatplaat__wijk__naam", "nummer", "vastgesteld_op"
            )
        ),
        "evaluaties": list(
            Evaluatie.objects.filter(door=user).values("praatplaat__wijk__naam", "gehouden_op")
        ),
    }


def erase(user) -> None:
    """Nothing to remove: these rows name no one once the account is anonymised."""
