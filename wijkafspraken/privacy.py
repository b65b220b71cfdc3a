"""AVG: wijkafspraken keep who (staff) opened, adopted or evaluated a praatplaat, and what a
lid of a bewonersorganisatie wrote or signed on its behalf. The staff record and the
signatures stay with the wijk (a signature is the organisation's act and shows only its name);
the lid's remarks are their own words and go with the account."""

from .models import Evaluatie, Ondertekening, Opmerking, Praatplaat, Versie


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
        "opmerkingen_bij_praatplaten": list(
            Opmerking.objects.filter(door=user).values(
                "praatplaat__wijk__naam",
                "bewonersorganisatie__naam",
                "vraag_key",
                "tekst",
                "geplaatst_op",
            )
        ),
        "medeondertekeningen": list(
            Ondertekening.objects.filter(door=user).values(
                "praatplaat__wijk__naam", "bewonersorganisatie__naam", "getekend_op"
            )
        ),
    }


def erase(user) -> None:
    """The lid's remarks go; a signature stays as the organisation's, without the person."""
    Opmerking.objects.filter(door=user).delete()
    Ondertekening.objects.filter(door=user).update(door=None)
