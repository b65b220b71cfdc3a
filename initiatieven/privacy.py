"""AVG: the initiatieven of a user, the addresses they follow (point and radius) and the
conversations about their initiatives and the messages they wrote. Erasing deletes their drafts
(and attachments), followed addresses and those conversations (with their attachments);
submitted initiatieven stay as part of the public record, never again with the initiator's
name, and nobody can write to them through a succesvoorbeeld any more. So do the positions they
took in the kaders overleg (shown with their side, never their name): the link to the person
goes."""

from django.db.models import Q

from .casemanagement import KADER_VELDEN
from .choices import Status
from .models import AdresVolg, Bericht, GesprekGelezen, Initiatief, KadersReactie, KadersVersie
from .services import verwijder_bijlage


def _als_dict(initiatief) -> dict:
    return {
        "titel": initiatief.titel,
        "samenvatting": initiatief.samenvatting,
        "beschrijving": initiatief.beschrijving,
        "status": initiatief.get_status_display(),
        "wijk": str(initiatief.wijk) if initiatief.wijk else None,
        "soort_initiatiefnemer": initiatief.get_soort_initiatiefnemer_display(),
        "gevraagde_steun": initiatief.steun_labels,
        "verwacht_budget": str(initiatief.verwacht_budget or ""),
        "naam_tonen": initiatief.naam_tonen,
        "andere_inwoners_mogen_een_bericht_sturen": initiatief.contact_toegestaan,
        "belanghebbenden": [
            {
                "naam": b.naam,
                "belang": b.belang,
                "ervaart_hinder": b.ervaart_hinder,
                "hoe_betrokken": b.hoe_betrokken,
            }
            for b in initiatief.belanghebbenden.all()
        ],  # fmt: skip
        "bijlagen": [b.naam for b in initiatief.bijlagen.all()],
        "correcties_door_het_participatiepunt": [
            {"op": c.op, "reden": c.reden, "wijzigingen": c.wijzigingen}
            for c in initiatief.gegevenscorrecties.all()
        ],
        "aangemaakt_op": initiatief.aangemaakt_op,
        "ingediend_op": initiatief.ingediend_op,
    }


def _kaders_overleg(user) -> dict:
    voorstellen = KadersVersie.objects.filter(gewijzigd_door=user).select_related("initiatief")
    reacties = KadersReactie.objects.filter(door=user).select_related("versie__initiatief")
    return {
        "voorgestelde_kaders": [
            {
                "initiatief": v.initiatief.titel,
                "versie": v.versie,
                "op": v.gewijzigd_op,
                "reden": v.reden,
                **{veld: getattr(v, veld) for veld in KADER_VELDEN},
            }
            for v in voorstellen
        ],
        "reacties_op_kaders": [
            {
                "initiatief": r.versie.initiatief.titel,
                "versie": r.versie.versie,
                "oordeel": r.get_oordeel_display(),
                "toelichting": r.toelichting,
                "op": r.op,
            }
            for r in reacties
        ],
    }


def _berichten(user):
    return Bericht.objects.filter(Q(initiatief__indiener=user) | Q(afzender=user))


def _bericht_als_dict(bericht) -> dict:
    return {
        "initiatief": bericht.initiatief.titel,
        "van_u": bericht.afzender_id == bericht.initiatief.indiener_id,
        "tekst": bericht.tekst,
        "bijlage": bericht.bijlage_naam,
        "geplaatst_op": bericht.geplaatst_op,
    }


def export(user) -> dict:
    initiatieven = Initiatief.objects.filter(indiener=user).select_related("wijk")
    initiatieven = initiatieven.prefetch_related(
        "gevraagde_steun", "belanghebbenden", "bijlagen", "gegevenscorrecties"
    )
    return {
        "ingediend_of_concept": [_als_dict(initiatief) for initiatief in initiatieven],
        "berichten": [
            _bericht_als_dict(bericht) for bericht in _berichten(user).select_related("initiatief")
        ],
        "gevolgde_adressen": list(
            AdresVolg.objects.filter(gebruiker=user).values(
                "breedte", "lengte", "straal_m", "adres", "wijk__naam", "aangemaakt_op"
            )
        ),
        **_kaders_overleg(user),
    }


def erase(user) -> None:
    AdresVolg.objects.filter(gebruiker=user).delete()
    for bericht in _berichten(user).exclude(bijlage=""):
        bericht.bijlage.delete(save=False)
    _berichten(user).delete()
    GesprekGelezen.objects.filter(gebruiker=user).delete()
    concepten = Initiatief.objects.filter(indiener=user, status=Status.CONCEPT)
    for initiatief in concepten.prefetch_related("bijlagen"):
        for bijlage in initiatief.bijlagen.all():
            verwijder_bijlage(bijlage)
    concepten.delete()
    # Nobody can write to an initiator who is gone.
    Initiatief.objects.filter(indiener=user).update(naam_tonen=False, contact_toegestaan=False)
    KadersReactie.objects.filter(door=user).update(door=None)
