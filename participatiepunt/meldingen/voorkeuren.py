"""Which channel a user gets a kind on: their own choice, else the kind's defaults."""

from dataclasses import dataclass

from . import kinds
from .kinds import Email
from .models import Voorkeur


@dataclass(frozen=True)
class Keuze:
    email: str
    portaal: bool

    @property
    def niets(self) -> bool:
        return self.email == Email.UIT and not self.portaal


def standaard(soort: str) -> Keuze:
    definitie = kinds.get(soort)
    return Keuze(definitie.email, definitie.portaal)


def keuzes(soort: str, gebruiker_ids) -> dict[int, Keuze]:
    """The explicit choices of these users for one kind (one query)."""
    rijen = Voorkeur.objects.filter(soort=soort, gebruiker_id__in=gebruiker_ids)
    return {
        gebruiker_id: Keuze(email, portaal)
        for gebruiker_id, email, portaal in rijen.values_list("gebruiker_id", "email", "portaal")
    }


def van_id(gebruiker_id: int, soort: str) -> Keuze:
    rij = Voorkeur.objects.filter(gebruiker_id=gebruiker_id, soort=soort).first()
    return Keuze(rij.email, rij.portaal) if rij else standaard(soort)


VERPLICHT = Keuze(Email.DIRECT, True)


def alle(gebruiker) -> dict[str, Keuze]:
    eigen = keuzes_van(gebruiker)
    return {soort.key: eigen.get(soort.key, standaard(soort.key)) for soort in kinds.soorten()}


def keuzes_van(gebruiker) -> dict[str, Keuze]:
    rijen = Voorkeur.objects.filter(gebruiker=gebruiker).values_list("soort", "email", "portaal")
    return {soort: Keuze(email, portaal) for soort, email, portaal in rijen}


def bewaar(gebruiker, gekozen) -> None:
    for soort, email, portaal in gekozen:
        Voorkeur.objects.update_or_create(
            gebruiker=gebruiker, soort=soort, defaults={"email": email, "portaal": portaal}
        )
