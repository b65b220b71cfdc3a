"""AVG: a resident's initiatives. Drafts go; submitted initiatives stay as the gemeente's record,
without the initiator's name (the account itself is anonymised by accounts.privacy)."""

from .models import Initiatief, Update
from .services import verwijder_bijlage

VELDEN = ["titel", "samenvatting", "beschrijving", "thema", "soort_initiatiefnemer", "status"]


def _initiatief(initiatief) -> dict:
    return {
        **{veld: getattr(initiatief, veld) for veld in VELDEN},
        "wijk": str(initiatief.wijk) if initiatief.wijk else "",
        "verwacht_budget": initiatief.verwacht_budget,
        "naam_tonen": initiatief.naam_tonen,
        "aangemaakt_op": initiatief.aangemaakt_op,
        "ingediend_op": initiatief.ingediend_op,
        "gevraagde_steun": initiatief.steun_labels,
        "belanghebbenden": list(
            initiatief.belanghebbenden.values("naam", "belang", "ervaart_hinder", "hoe_betrokken")
        ),
        "bijlagen": [bijlage.naam for bijlage in initiatief.bijlagen.all()],
        "updates": list(initiatief.updates.filter(openbaar=True).values("tekst", "geplaatst_op")),
    }


def export(user) -> dict:
    initiatieven = Initiatief.objects.filter(indiener=user).select_related("wijk")
    initiatieven = initiatieven.prefetch_related("gevraagde_steun", "bijlagen")
    return {
        "ingediend_of_concept": [_initiatief(i) for i in initiatieven],
        "updates_geschreven": list(
            Update.objects.filter(auteur=user).values("initiatief_id", "tekst", "geplaatst_op")
        ),
    }


def erase(user) -> None:
    concepten = Initiatief.objects.filter(indiener=user, status="concept")
    for initiatief in concepten:
        for bijlage in initiatief.bijlagen.all():
            verwijder_bijlage(bijlage)
    concepten.delete()
    Initiatief.objects.filter(indiener=user).update(naam_tonen=False)
