"""The agenda as a page shows it: staff and griffie see the working copy marked against the last
published version; everyone else sees the published version only."""

from .. import agenda


def agenda_context(user, sessie) -> dict:
    versie = agenda.laatste_versie(sessie)
    if user.has_perm("reflectie.view_werkversie", sessie):
        huidig = agenda.snapshot(sessie)
        wijzigingen = agenda.wijzigingen(huidig, versie)
        for punt in huidig:
            punt["wijziging"] = wijzigingen.per_punt.get(punt["id"], "")
        return {
            "punten": agenda.met_tijden(sessie, huidig),
            "versie": versie,
            "wijzigingen": wijzigingen,
            "is_werkversie": True,
        }
    gepubliceerd = versie.inhoud if versie else []
    return {"punten": agenda.met_tijden(sessie, gepubliceerd), "versie": versie}
