"""The congruence check of seed 001, stap 2: "Naarmate meer zeggenschap door de wijk gewenst is,
hoort daar een steviger democratisch proces in de wijk bij."

The table rests on one sentence of the seed (BRON). Each rule names the questions whose answer
an archetype requires and the seed's words it starts from; which questions a rule picks is the
participatiepunt's own elaboration where the seed does not name them itself (eigen_uitwerking).
A higher archetype inherits every demand of the lower ones. A required question is satisfied by
an answer both the gebiedsteam and the bewonersorganisatie marked complete, or by a running
afspraak due before the first evaluation that fills in that witte vlek (stap 2: "In samenspraak
worden 'witte vlekken' ... verder ingekleurd")."""

from dataclasses import dataclass

BRON = (
    "Het mag helder zijn dat bij archetype 2 en zeker bij 3 hogere eisen aan de kwaliteit van "
    "het democratische proces in de wijk/dorp worden gesteld. Met de praatplaat worden daarover "
    "afspraken gemaakt."
)
EIGEN_UITWERKING = (
    "Uitwerking van het participatiepunt: het Gronings model noemt hier geen vragen; het "
    "participatiepunt koos deze vragen bij de aangehaalde zin."
)
WIJKOVERSTIJGEND = "dat geldt niet voor wijk- of dorpsoverstijgende vraagstukken"


@dataclass(frozen=True)
class Eis:
    archetype: int
    vragen: tuple[str, ...]
    bron: str
    eigen_uitwerking: bool = False


EISEN = (
    Eis(
        1,
        ("b1.dna", "b2.samenwerking", "b2.wie_wat", "k.zeggenschap.1"),
        # Inleiding archetypen and stap 1: every wijk answers the role questions.
        "Vereiste is dat de antwoorden van de vragen over rol- en taakverdeling in "
        "overeenstemming moeten zijn met de te maken afspraken over de gewenste mate van "
        "zeggenschap van de wijk.",
    ),
    Eis(
        2,
        ("k.stem.2", "k.stem.3", "k.transparantie.1", "k.transparantie.4", "b3.waarden"),
        # Archetype 2 and 3 need inclusion and transparency answers.
        "Daar waar een wijk meer zeggenschap krijgt horen daar ook meer stevige afspraken bij "
        "over de borging van de democratische waarden (inclusie, transparantie etc.).",
    ),
    Eis(
        2,
        ("k.zeggenschap.2", "b4.organisatorisch", "b4.planvorming"),
        # Archetype 2: residents set the agenda, the gemeente joins in.
        "Ze agenderen, benoemen en analyseren vraagstukken die spelen, brengen mensen bijeen, "
        "mobiliseren en ontwikkelen initiatieven. De gemeente (gebiedsteams) sluit hierbij aan "
        "en ondersteunt dit proces waar gewenst.",
        eigen_uitwerking=True,
    ),
    Eis(
        3,
        ("k.transparantie.5",),
        # Archetype 3: accountability to gemeente and wijk.
        "De wijk/het dorp legt hierover aan gemeente en aan wijk/dorp verantwoording af.",
    ),
    Eis(
        3,
        ("k.transparantie.6", "k.stem.6"),
        # Archetype 3: someone guards the democratic quality; people are equipped for it.
        "Dat stelt stevige eisen aan de democratische kwaliteit van het proces en de "
        "organisatie in de wijk.",
    ),
    Eis(
        3,
        ("k.stem.1", "k.stem.4", "k.gesprek.5"),
        # Democratische waarden, inclusie: everyone's voice counts, also the minority's.
        "Hebben alle betrokkenen een stem in het proces? Is deze vorm toegankelijk? In "
        "hoeverre is er ruimte voor minderheidsbelang?",
        eigen_uitwerking=True,
    ),
    Eis(
        3,
        ("b4.financieel", "k.transparantie.2", "k.transparantie.3"),
        # Realisatiekracht, financieel: instruments must fit the say the wijk takes.
        "De te kiezen instrumenten moeten passen bij de rol die de wijk wil spelen en de mate "
        "van zeggenschap.",
        eigen_uitwerking=True,
    ),
)


def eisen_voor(archetype: int | None) -> dict[str, Eis]:
    """Every required question for this archetype, with the rule that demands it."""
    if not archetype:
        return {}
    vereist = {}
    for eis in EISEN:
        if eis.archetype <= archetype:
            for key in eis.vragen:
                vereist.setdefault(key, eis)
    return vereist
