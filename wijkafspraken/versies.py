"""Snapshots of a praatplaat (what a Versie freezes), the changes between two of them, and the
readable form of a snapshot. Snapshots hold only JSON types and carry the question texts, so a
version stays readable whatever later editions of the questions say."""

from dataclasses import dataclass

from participatiepunt.portal import datums

from .choices import RolRaad


def snapshot(praatplaat) -> dict:
    vragenset = praatplaat.vragenset
    antwoorden = {a.vraag_key: a for a in praatplaat.antwoorden.all()}
    return {
        "editie": praatplaat.editie,
        "wijk": praatplaat.wijk.naam,
        "archetypen": [
            {"thema": k.thema, "archetype": k.archetype, "label": k.get_archetype_display()}
            for k in sorted(praatplaat.archetypen.all(), key=lambda k: (k.thema, k.archetype))
        ],
        "rol_raad": praatplaat.rol_raad,
        "rol_raad_toelichting": praatplaat.rol_raad_toelichting,
        "deelnemers": sorted(
            ({"naam": d.naam, "soort": d.get_soort_display()} for d in praatplaat.deelnemers.all()),
            key=lambda d: (d["soort"], d["naam"]),
        ),
        "antwoorden": [
            _antwoord(vraag, vragenset.onderdeel_van(vraag.key), antwoorden[vraag.key])
            for vraag in vragenset.vragen
            if vraag.key in antwoorden and antwoorden[vraag.key].tekst.strip()
        ],
        "afspraken": [_afspraak(a, vragenset) for a in praatplaat.afspraken.all()],
    }


def _antwoord(vraag, onderdeel, antwoord) -> dict:
    return {
        "key": vraag.key,
        "nummer": vraag.nummer,
        "vraag": vraag.tekst,
        "onderdeel": onderdeel.titel,
        "tekst": antwoord.tekst,
        "openbaar": antwoord.openbaar,
        "witte_vlek": antwoord.witte_vlek,
    }


def _afspraak(afspraak, vragenset) -> dict:
    vraag = vragenset.vraag(afspraak.vraag_key)
    return {
        "id": afspraak.pk,
        "wat": afspraak.wat,
        "wie": afspraak.wie_tekst,
        "wanneer": afspraak.wanneer.isoformat(),
        "vraag": vraag.tekst if vraag else "",
        "status": afspraak.get_status_display(),
    }


@dataclass(frozen=True)
class Wijziging:
    onderwerp: str
    oud: str
    nieuw: str

    @property
    def soort(self) -> str:
        if not self.oud:
            return "toegevoegd"
        return "verwijderd" if not self.nieuw else "gewijzigd"


def _tekst(waarde) -> str:
    return "" if waarde in (None, "", []) else str(waarde)


def verschillen(oud: dict | None, nieuw: dict) -> list[Wijziging]:
    oud = oud or {}
    wijzigingen = []
    for onderwerp, a, b in _vergelijkbaar(oud, nieuw):
        if a != b:
            wijzigingen.append(Wijziging(onderwerp, _tekst(a), _tekst(b)))
    return wijzigingen


def _vergelijkbaar(oud: dict, nieuw: dict):
    yield "Archetype(n)", _archetypen(oud), _archetypen(nieuw)
    yield "Rol van de raad", _rol(oud), _rol(nieuw)
    yield (
        "Toelichting rol van de raad",
        oud.get("rol_raad_toelichting"),
        nieuw.get("rol_raad_toelichting"),
    )
    yield "Deelnemers", _deelnemers(oud), _deelnemers(nieuw)
    oude, nieuwe = _per_key(oud, "antwoorden", "key"), _per_key(nieuw, "antwoorden", "key")
    for key in {**oude, **nieuwe}:
        vraag = (nieuwe.get(key) or oude.get(key))["vraag"]
        yield f"Antwoord: {vraag}", _antwoordtekst(oude.get(key)), _antwoordtekst(nieuwe.get(key))
    oude, nieuwe = _per_key(oud, "afspraken", "id"), _per_key(nieuw, "afspraken", "id")
    for key in {**oude, **nieuwe}:
        yield "Afspraak", _afspraaktekst(oude.get(key)), _afspraaktekst(nieuwe.get(key))


def _per_key(inhoud: dict, lijst: str, key: str) -> dict:
    return {item[key]: item for item in inhoud.get(lijst, [])}


def _archetypen(inhoud: dict) -> str:
    return "; ".join(
        f"{k['thema'] or 'In het algemeen'}: {k['label']}" for k in inhoud.get("archetypen", [])
    )


def _rol(inhoud: dict) -> str:
    waarde = inhoud.get("rol_raad")
    return RolRaad(waarde).label if waarde else ""


def _deelnemers(inhoud: dict) -> str:
    return ", ".join(d["naam"] for d in inhoud.get("deelnemers", []))


def _antwoordtekst(antwoord: dict | None) -> str:
    if not antwoord:
        return ""
    openbaar = "openbaar" if antwoord["openbaar"] else "niet openbaar"
    return f"{antwoord['tekst']} ({openbaar})"


def _afspraaktekst(afspraak: dict | None) -> str:
    if not afspraak:
        return ""
    wie, wanneer, status = afspraak["wie"], datums.lang(afspraak["wanneer"]), afspraak["status"]
    return f"{afspraak['wat']} — {wie}, klaar op {wanneer} ({status})"


def antwoorden_per_onderdeel(inhoud: dict, alleen_openbaar: bool) -> list[tuple[str, list]]:
    """The snapshot's answers grouped by bouwsteen / kompas part, in question order."""
    groepen: dict[str, list] = {}
    for antwoord in sorted(inhoud.get("antwoorden", []), key=lambda a: a["nummer"]):
        if antwoord["openbaar"] or not alleen_openbaar:
            groepen.setdefault(antwoord["onderdeel"], []).append(antwoord)
    return list(groepen.items())
