import random
from dataclasses import dataclass, field
from datetime import datetime

from django.contrib.auth.hashers import make_password
from django.utils import timezone


@dataclass
class Context:
    """What the generator parts share: the scale, one seeded random, ids made so far."""

    scale: float
    gemeenten: int = 1  # Groningen and gemeenten-1 more on the same host, sharing the wijken
    rng: random.Random = field(default_factory=lambda: random.Random(2026))
    now: datetime = field(default_factory=timezone.now)
    password: str = field(default_factory=lambda: make_password("bench-wachtwoord-2026"))
    users: dict[str, list[int]] = field(default_factory=dict)
    wijken: list[int] = field(default_factory=list)
    wijk_gemeente: dict[int, int] = field(default_factory=dict)
    gebieden: list[int] = field(default_factory=list)
    gemeente_ids: list[int] = field(default_factory=list)
    ids: dict[str, list[int]] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)
    missing: list[str] = field(default_factory=list)

    def n(self, full: int) -> int:
        return max(1, round(full * self.scale))

    def count(self, label: str, number: int) -> None:
        self.counts[label] = self.counts.get(label, 0) + number

    def residents(self) -> list[int]:
        return self.users.get("inwoner", [])


def models_of(ctx, app_label: str, names: list[str]) -> dict | None:
    """The app's models by name, or None (reported as missing) when one does not exist yet."""
    from django.apps import apps

    found, absent = {}, []
    for name in names:
        try:
            found[name] = apps.get_model(app_label, name)
        except LookupError:
            absent.append(f"{app_label}.{name}")
    ctx.missing += absent
    return None if absent else found
