"""The Gronings model explained to every reader of a wijk page, in the words of seed 001 ("Het
Gronings model voor wijk- en dorpsdemocratie"): the archetypes, the three steps and the rol van
de raad. The archetypes' own texts live with the praatplaat's edition."""

from dataclasses import dataclass

from .choices import RolRaad
from .congruentie import BRON
from .praatplaat import EDITIES, HUIDIGE_EDITIE

ARCHETYPEN_INLEIDING = (
    "De drie archetypen die we hierna benoemen dienen ter inspiratie bij de gesprekken en "
    "schetsen varianten die verschillen in de mate van zeggenschap:"
)
HOGERE_EISEN = BRON


@dataclass(frozen=True)
class Stap:
    nummer: int
    titel: str
    tekst: str


STAPPEN = (
    Stap(
        1,
        "Bespreken van de bouwstenen voor wijk- en dorpsdemocratie",
        "In samenspraak worden de wensen ten aanzien van wijk- en dorpsdemocratie in kaart "
        "gebracht. Aan de hand van vragen wordt de wenselijke rol- en taakverdeling in kaart "
        "gebracht. Afspraken hierover moeten in overeenstemming zijn met de gewenste mate van "
        "zeggenschap. De archetypen voor wijkdemocratie dienen ter inspiratie: wil de wijk het "
        "accent op adviseren & inspreken, aanjagen & initiëren of verdelen & besluiten?",
    ),
    Stap(
        2,
        "Maken van afspraken",
        "Op basis van de vragen en antwoorden uit stap 1 worden afspraken gemaakt die we "
        "vastleggen. De gewenste rol- en taakverdeling moet goed passen op de vragen en "
        "antwoorden die de bewoners (-collectieven en -organisaties) hebben gegeven. Deze moeten "
        "congruent met elkaar zijn. Naarmate meer zeggenschap door de wijk gewenst is, hoort daar "
        "een steviger democratisch proces in de wijk bij. De afspraken worden actiegericht op "
        "papier gezet zodat het duidelijk is wat de wijk en/of gemeente gaat doen. In samenspraak "
        "worden 'witte vlekken', die naar boven zijn gekomen bij stap 1, verder ingekleurd.",
    ),
    Stap(
        3,
        "Uitvoeren en evalueren",
        "Werkendeweg wordt ervaren of het gekozen model passend is. Aan de hand van de vragen in "
        "de praatplaat wordt regelmatig het gesprek gevoerd over de ontwikkeling van het "
        "Groninger model en trekken we lessen. Per thema of vraagstuk kunnen ook andere accenten "
        "worden gelegd. De gemaakte afspraken moeten college en raad het vertrouwen geven om, als "
        "de wijk een zorgvuldig democratisch proces organiseert, taken en verantwoordelijkheden "
        "over te dragen aan de wijk.",
    ),
)

ROL_VAN_DE_RAAD = (
    "Tijdens de raadsbehandeling van de experimenten op 25 november jl. kwam vanuit de raad de "
    'volgende vraag: "Is de raad met deze experimenten ook anders over zichzelf gaan denken?". '
    "Er ontstond een constructief en lerend gesprek met als uitkomst dat de raad ook kijkt naar "
    "de eigen rol en positie. En dat de raad mensen in de wijk meer ruimte en zeggenschap kan "
    "geven. Gebiedsgericht werken vraagt om loslaten en vertrouwen geven aan bewoners. Met het "
    "Gronings model geven we een raamwerk waarbinnen dit op zorgvuldige en democratische wijze "
    "kan plaatsvinden."
)


def huidige_stap(versie, lopend) -> int | None:
    """Where the wijk stands: 3 once afspraken are vastgesteld, 1 while talking, else none."""
    if versie:
        return 3
    return 1 if lopend else None


def context(versie, lopend) -> dict:
    inhoud = versie.inhoud if versie else {}
    editie = EDITIES.get(inhoud.get("editie", HUIDIGE_EDITIE)) or EDITIES[HUIDIGE_EDITIE]
    gekozen = {keuze["archetype"] for keuze in inhoud.get("archetypen", [])}
    rol = inhoud.get("rol_raad")
    return {
        "archetypen": [(a, a.nummer in gekozen) for a in editie.archetypen],
        "archetypen_inleiding": ARCHETYPEN_INLEIDING,
        "hogere_eisen": HOGERE_EISEN,
        "stappen": STAPPEN,
        "huidige_stap": huidige_stap(versie, lopend),
        "rol_van_de_raad": ROL_VAN_DE_RAAD,
        "rollen_raad": RolRaad.choices,
        "rol_raad": RolRaad(rol).label if rol in RolRaad.values else "",
    }
