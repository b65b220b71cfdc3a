from dataclasses import dataclass, field


@dataclass(frozen=True)
class Vraag:
    key: str
    tekst: str
    nummer: int = 0


@dataclass(frozen=True)
class Onderdeel:
    """A bouwsteen or a part of the kompas voor wijkdemocratie."""

    key: str
    titel: str
    soort: str  # "bouwsteen" or "kompas"
    vragen: tuple[Vraag, ...]
    toelichting: str = ""


@dataclass(frozen=True)
class Archetype:
    nummer: int
    naam: str
    beschrijving: str

    def __str__(self):
        return f"Archetype {self.nummer}: {self.naam}"


@dataclass(frozen=True)
class Editie:
    id: str
    naam: str
    archetypen: tuple[Archetype, ...]
    onderdelen: tuple[Onderdeel, ...]
    _vragen: dict = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self):
        nummer = 0
        for onderdeel in self.onderdelen:
            for vraag in onderdeel.vragen:
                nummer += 1
                object.__setattr__(vraag, "nummer", nummer)
                self._vragen[vraag.key] = (vraag, onderdeel)

    @property
    def vragen(self) -> list[Vraag]:
        return [vraag for vraag, _ in self._vragen.values()]

    def vraag(self, key: str) -> Vraag | None:
        found = self._vragen.get(key)
        return found[0] if found else None

    def onderdeel_van(self, key: str) -> Onderdeel | None:
        found = self._vragen.get(key)
        return found[1] if found else None

    def onderdeel(self, key: str) -> Onderdeel | None:
        return next((o for o in self.onderdelen if o.key == key), None)

    def archetype(self, nummer: int) -> Archetype | None:
        return next((a for a in self.archetypen if a.nummer == nummer), None)
