"""Residents, staff per role, and wijken added to the real ones up to about 150 per scale: a
larger city has more wijken and gebieden, not busier ones (at scale 3 in the same 150 wijken,
each wijk's pages and answers showed three times the trajecten)."""

from allauth.account.models import EmailAddress
from django.utils.text import slugify

from participatiepunt.accounts.models import Bestuursfunctie, Rol, User
from participatiepunt.gebieden.models import Gebied, Gemeente, Wijk

from .table import Table, next_id, reset_sequences
from .words import WIJK_BEGIN, WIJK_EIND, naam

WIJKEN_TOTAAL = 150  # per scale, and never fewer (a quick run at scale 0.02 has them all)
# After the names of two parts, those with a third: enough for scale 4.
WIJK_STREEK = ("", " Noord", " Zuid", " Oost", " West")
RESIDENTS = 250_000
STAFF = [  # prefix, rol, bestuursfunctie, number
    ("medewerker", Rol.MEDEWERKER, "", 40),
    ("griffie", Rol.GRIFFIE, "", 6),
    ("raadslid", Rol.BESTUUR, Bestuursfunctie.RAADSLID, 45),
    ("collegelid", Rol.BESTUUR, Bestuursfunctie.COLLEGELID, 7),
    ("leiding", Rol.BESTUUR, Bestuursfunctie.AMBTELIJKE_LEIDING, 5),
]
GEBIEDSTEAM_PER_GEBIED = 3


def generate(ctx) -> None:
    _wijken(ctx)
    people = [("inwoner", Rol.INWONER, "", ctx.n(RESIDENTS)), *STAFF]
    people.append(("gebiedsteam", Rol.GEBIEDSTEAM, "", GEBIEDSTEAM_PER_GEBIED * len(ctx.gebieden)))
    start = next_id(User)
    rows = []
    for prefix, rol, functie, number in people:
        ids = list(range(start + len(rows), start + len(rows) + number))
        ctx.users.setdefault(rol if rol != Rol.BESTUUR else functie, []).extend(ids)
        rows += [(i, f"{prefix}{i}@bench.invalid", rol, functie) for i in ids]
    _copy_users(ctx, rows)
    _team_gebieden(ctx)
    _staf_gemeenten(ctx, ctx.gemeente_ids)


def _copy_users(ctx, rows) -> None:
    users = Table(User, ["id", "email", "naam", "rol", "bestuursfunctie", "password", "is_active"])
    ctx.count(
        "gebruikers",
        users.copy(
            (i, email, naam(ctx.rng), rol, f, ctx.password, True) for i, email, rol, f in rows
        ),
    )
    addresses = Table(EmailAddress, ["user", "email", "verified", "primary"])
    addresses.copy((i, email, True, True) for i, email, _, _ in rows)
    reset_sequences(User, EmailAddress)


def _team_gebieden(ctx) -> None:
    through = Table(User.gebieden.through, ["user", "gebied"])
    team = ctx.users["gebiedsteam"]
    through.copy((user, ctx.gebieden[i // GEBIEDSTEAM_PER_GEBIED]) for i, user in enumerate(team))
    reset_sequences(User.gebieden.through)


def _gemeenten(ctx) -> list[int]:
    """The standaardgemeente and ctx.gemeenten - 1 more, each with a gebied of its own."""
    for nummer in range(2, ctx.gemeenten + 1):
        gemeente, _ = Gemeente.objects.get_or_create(
            slug=f"benchgemeente-{nummer}", defaults={"naam": f"Benchgemeente {nummer}"}
        )
        Gebied.objects.get_or_create(
            slug=f"benchgebied-{nummer}",
            defaults={"naam": f"Benchgebied {nummer}", "gemeente": gemeente},
        )
    return list(Gemeente.objects.order_by("pk").values_list("pk", flat=True))


def _gebieden_bij(ctx) -> None:
    """Above scale 1 the standaardgemeente gets gebieden in proportion, so that a gebied (and
    its team's dashboard) holds about as many wijken as at scale 1."""
    gemeente = Gemeente.objects.get(is_standaard=True)
    echte = Gebied.objects.filter(gemeente=gemeente).count()
    for nummer in range(1, round(echte * ctx.scale) - echte + 1):
        Gebied.objects.get_or_create(
            slug=f"benchstadsdeel-{nummer}",
            defaults={"naam": f"Stadsdeel {nummer}", "gemeente": gemeente},
        )


def _staf_gemeenten(ctx, gemeenten) -> None:
    """The shared organisation's staff, raad and college work for every gemeente."""
    staf = User.objects.exclude(rol=Rol.INWONER)
    Lid = User.gemeenten.through
    Lid.objects.bulk_create(
        Lid(user_id=user, gemeente_id=gemeente)
        for user in staf.values_list("pk", flat=True)
        for gemeente in gemeenten
    )
    staf.update(bediende_gemeenten=gemeenten)


def _wijken(ctx) -> None:
    ctx.gemeente_ids = _gemeenten(ctx)
    _gebieden_bij(ctx)
    ctx.gebieden = list(Gebied.objects.order_by("pk").values_list("pk", flat=True))
    slugs = set(Wijk.objects.values_list("slug", flat=True))
    extra, totaal = [], _wijken_totaal(ctx.scale)
    for wijknaam in _wijknamen():
        if len(slugs) + len(extra) < totaal and slugify(wijknaam) not in slugs:
            gebied = ctx.gebieden[len(extra) % len(ctx.gebieden)]
            extra.append(Wijk(gebied_id=gebied, naam=wijknaam, slug=slugify(wijknaam)))
    for index, wijk in enumerate(extra):
        wijk.is_dorp = index % 5 == 0
    Wijk.objects.bulk_create(extra)
    ctx.wijken = list(Wijk.objects.order_by("pk").values_list("pk", flat=True))
    ctx.wijk_gemeente = dict(Wijk.objects.values_list("pk", "gebied__gemeente"))
    ctx.count("wijken en dorpen", len(ctx.wijken))


def wijken_genoeg(scale: float) -> bool:
    """Whether data kept for --reuse has this scale's wijken (data made before they grew with
    the scale has 150 at every scale, and is made anew)."""
    return Wijk.objects.count() >= _wijken_totaal(scale)


def _wijken_totaal(scale: float) -> int:
    return max(WIJKEN_TOTAAL, round(WIJKEN_TOTAAL * scale))


def _wijknamen():
    for streek in WIJK_STREEK:
        for begin in WIJK_BEGIN:
            for eind in WIJK_EIND:
                yield f"{begin}{eind}{streek}"
