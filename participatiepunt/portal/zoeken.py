"""Search that understands Dutch: PostgreSQL full-text search with the `dutch` configuration
(its stemmer makes "moestuinen" and "moestuin" one word). Each app declares what can be found
in its own `zoeken.py` as BRONNEN, a list of Bron; the combined search page (/zoeken/) asks
every one of them, in INSTALLED_APPS order.

Highlighted fragments come from PostgreSQL's ts_headline with markers that no text contains;
the text around them is escaped here before the markers become <mark>, so a title with
<script> in it is shown as text."""

from collections.abc import Callable
from dataclasses import dataclass

from django.contrib.postgres.search import SearchHeadline, SearchQuery
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from participatiepunt.discovery import modules

CONFIG = "dutch"
# Private-use characters: no text typed in a form carries them (and if one did, it is removed
# before the markers are read).
_BEGIN, _EIND = "\ue000", "\ue001"
MAX_LENGTE = 200  # a search question longer than this is cut; nobody types more


def zoekvraag(tekst: str) -> SearchQuery | None:
    """The question as typed, in web search syntax ("..." for a phrase, - to leave out, or)."""
    tekst = (tekst or "").strip()[:MAX_LENGTE]
    if not tekst:
        return None
    return SearchQuery(tekst, config=CONFIG, search_type="websearch")


def markering(veld, vraag: SearchQuery, *, alles: bool = False, woorden: int = 30):
    """A ts_headline annotation of `veld` with our markers: the whole text (`alles`, for a
    title) or the best fragment of about `woorden` words."""
    opties = {"highlight_all": True} if alles else {"max_words": woorden, "min_words": 15}
    return SearchHeadline(veld, vraag, config=CONFIG, start_sel=_BEGIN, stop_sel=_EIND, **opties)


def gemarkeerd(tekst: str) -> SafeString:
    """The marked text of a headline as safe HTML: escaped, the markers become <mark>."""
    veilig = escape(tekst or "")
    return mark_safe(veilig.replace(_BEGIN, "<mark>").replace(_EIND, "</mark>"))  # noqa: S308


def zonder_markeringen(tekst: str) -> str:
    return (tekst or "").replace(_BEGIN, "").replace(_EIND, "")


@dataclass(frozen=True)
class Treffer:
    titel: SafeString
    url: str
    fragment: SafeString
    rang: float
    kenmerken: tuple[str, ...] = ()


@dataclass(frozen=True)
class Bron:
    """Something to search: its heading on the search page and how to search it, given the
    request (for its gemeente), the question and how many hits at most."""

    sleutel: str
    kop: str
    zoek: Callable[..., list[Treffer]]
    meer_url: Callable[[str], str] | None = None
    volgorde: int = 0  # lower first on the search page


def bronnen() -> list[Bron]:
    gevonden = (b for m in modules("zoeken") if m.__name__ != __name__ for b in m.BRONNEN)
    return sorted(gevonden, key=lambda bron: bron.volgorde)
