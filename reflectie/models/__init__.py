from .agenda import Agendapunt, AgendaVersie, Document
from .kalender import FeedToken
from .leren import Les, Verslag
from .onderwerpen import Onderwerp, Raadsreactie
from .planning import Activiteit, Spoor
from .sessies import GroepUitnodiging, Sessie, Verplaatsing

__all__ = [
    "Activiteit",
    "AgendaVersie",
    "Agendapunt",
    "Document",
    "FeedToken",
    "GroepUitnodiging",
    "Les",
    "Onderwerp",
    "Raadsreactie",
    "Sessie",
    "Spoor",
    "Verplaatsing",
    "Verslag",
]
