"""AVG: what a user follows, their notifications and preferences. Erasing removes them all,
so nothing is sent afterwards."""

from .models import Melding, Overzicht, Volg, Voorkeur


def export(user) -> dict:
    return {
        "volgt": [
            {
                "soort": str(volg.content_type),
                "object": str(volg.onderwerp),
                "sinds": volg.aangemaakt_op,
            }
            for volg in Volg.objects.filter(gebruiker=user).select_related("content_type")
        ],
        "voorkeuren": list(
            Voorkeur.objects.filter(gebruiker=user).values("soort", "email", "portaal")
        ),
        "meldingen": list(
            Melding.objects.filter(ontvanger=user).values(
                "gebeurtenis__titel", "gebeurtenis__url", "aangemaakt_op", "email_verstuurd_op"
            )
        ),
    }


def erase(user) -> None:
    Melding.objects.filter(ontvanger=user).delete()
    Volg.objects.filter(gebruiker=user).delete()
    Voorkeur.objects.filter(gebruiker=user).delete()
    Overzicht.objects.filter(ontvanger=user).delete()
