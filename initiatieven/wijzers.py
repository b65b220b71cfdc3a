"""The kennisbank pages behind the support an initiator can ask for: in step 4 the rechtsvorm and
subsidie boxes lead to the matching wijzer. The button saves the draft first (nothing typed is
lost) and then opens the kennisbank in the same tab; it works without JavaScript."""

from django.urls import reverse

from kennisbank.models import Categorie

from .choices import Steun

WIJZERS = {Steun.RECHTSVORM: Categorie.RECHTSVORM, Steun.SUBSIDIE: Categorie.SUBSIDIE}
ACTIE = "lees_"


def url_voor_actie(actie: str) -> str | None:
    """The kennisbank page a 'bewaar en lees' button (actie `lees_<steun>`) leads to."""
    if not actie.startswith(ACTIE):
        return None
    categorie = WIJZERS.get(actie.removeprefix(ACTIE))
    return reverse("kennisbank:categorie", args=[categorie]) if categorie else None


def knoppen() -> list[tuple[str, str]]:
    """(actie, label) per wijzer, for the step's template."""
    return [(f"{ACTIE}{steun.value}", Categorie(cat).label) for steun, cat in WIJZERS.items()]
