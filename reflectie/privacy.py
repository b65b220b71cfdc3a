"""AVG: topics a user proposed, sessions they were invited to, their calendar feed, their
reactions as raadslid. Erasing deletes the reactions, topics not yet decided on, the feed and
the invitations; decided topics stay as part of the raad's record, the account behind them
anonymised by accounts.privacy."""

from .choices import OnderwerpStatus
from .models import Onderwerp, Raadsreactie


def export(user) -> dict:
    return {
        "voorgestelde_onderwerpen": list(
            Onderwerp.objects.filter(voorgesteld_door=user).values(
                "titel", "waarom", "status", "toelichting_besluit", "voorgesteld_op"
            )
        ),
        "uitgenodigd_voor": list(user.reflectiesessies.values("titel", "start")),
        "agenda_abonnement": hasattr(user, "reflectie_feed"),
        "reacties_als_raadslid": list(
            Raadsreactie.objects.filter(raadslid=user).values(
                "onderwerp__titel", "advies", "tekst", "gewijzigd_op"
            )
        ),
    }


def erase(user) -> None:
    Raadsreactie.objects.filter(raadslid=user).delete()
    Onderwerp.objects.filter(voorgesteld_door=user, status=OnderwerpStatus.VOORGESTELD).delete()
    user.reflectiesessies.clear()
    if hasattr(user, "reflectie_feed"):
        user.reflectie_feed.delete()
