"""The keep-informed heartbeat: a follower who heard nothing about a followed object for N days
is told that nothing has changed yet and what the next expected step is (and when, or that no
date is known yet). Set-based: one UPDATE claims the quiet follows, one INSERT … SELECT writes
the notifications; Python only runs once per followed object, not per follow. A reader who
follows several quiet items gets one mail listing them all (met_de_rest), not one per item."""

from datetime import datetime, timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.utils import formats, timezone

from . import stappen, voorkeuren
from .kinds import Email
from .models import Gebeurtenis, Melding, Volg, Voorkeur

SOORT = "volgen.geen_nieuws"
BATCH = 5000  # events per INSERT


def verstuur(nu: datetime | None = None) -> int:
    """Returns the number of notifications written; delivery is planned after commit."""
    nu = nu or timezone.now()
    with transaction.atomic():
        # Claiming first makes a second, concurrent run find nothing to claim.
        grens = nu - timedelta(days=settings.MELDINGEN_HARTSLAG_DAGEN)
        if not Volg.objects.filter(laatst_gehoord_op__lt=grens).update(laatst_gehoord_op=nu):
            return 0
        _ververs_statistiek(Volg)
        gebeurtenis_ids = _gebeurtenissen(nu)
        if not gebeurtenis_ids:
            return 0
        _ververs_statistiek(Gebeurtenis)
        aantal = _schrijf_meldingen(gebeurtenis_ids, nu)
        _plan_bezorging(nu)
    return aantal


def _ververs_statistiek(model) -> None:
    """Without fresh statistics PostgreSQL expects one claimed follow instead of 500,000, or one
    new event instead of 13,000, and picks nested loops (minutes instead of seconds; 8 of the
    10 s of writing the notifications at scale 1 were index lookups per event and per follow).
    ANALYZE in this transaction counts our own uncommitted rows."""
    with connection.cursor() as cursor:
        cursor.execute(f"ANALYZE {model._meta.db_table}")


def _gebeurtenissen(nu) -> list[int]:
    """One event per claimed object that is still under way; returns their ids."""
    rijen = [
        _gebeurtenis(onderwerp, stap, content_type_id, nu)
        for content_type_id, model, ids in _geclaimde_objecten(nu)
        for onderwerp, stap in stappen.volgende_stappen(model, ids)
    ]
    batches = (rijen[start : start + BATCH] for start in range(0, len(rijen), BATCH))
    return [pk for batch in batches for pk in _schrijf_gebeurtenissen(batch, nu)]


def _geclaimde_objecten(nu):
    geclaimd = Volg.objects.filter(laatst_gehoord_op=nu)
    paren = geclaimd.values_list("content_type_id", "object_id").distinct()
    per_type: dict[int, list[int]] = {}
    for content_type_id, object_id in paren.iterator(chunk_size=5000):
        per_type.setdefault(content_type_id, []).append(object_id)
    for content_type_id, ids in per_type.items():
        yield content_type_id, ContentType.objects.get_for_id(content_type_id).model_class(), ids


def _gebeurtenis(onderwerp, stap, content_type_id, nu) -> tuple:
    """A row of GEBEURTENIS_KOLOMMEN."""
    naam = str(onderwerp)[:200]
    return (
        content_type_id,
        onderwerp.pk,
        naam,
        f"Nog geen nieuws over ‘{naam}’"[:200],
        tekst(stap),
        onderwerp.get_absolute_url(),
        # only a column of its own: a gemeente through the wijk would cost a query per item
        onderwerp.__dict__.get("gemeente_id"),
    )


GEBEURTENIS_KOLOMMEN = {
    "content_type_id": "integer",
    "object_id": "bigint",
    "onderwerp_naam": "text",
    "titel": "text",
    "tekst": "text",
    "url": "text",
    "gemeente_id": "bigint",
}


def _schrijf_gebeurtenissen(rijen: list[tuple], nu) -> list[int]:
    """One INSERT … SELECT FROM unnest(one array per column): bulk_create spent more time
    preparing its 2,000-row statements in Python than PostgreSQL spent running them."""
    kolommen = ", ".join(GEBEURTENIS_KOLOMMEN)
    arrays = ", ".join(f"%s::{soort}[]" for soort in GEBEURTENIS_KOLOMMEN.values())
    sql = f"""
        INSERT INTO {Gebeurtenis._meta.db_table} (soort, verplicht, aangemaakt_op, {kolommen})
        SELECT %s, false, %s, * FROM unnest({arrays})
        RETURNING id
    """
    with connection.cursor() as cursor:
        cursor.execute(sql, [SOORT, nu, *map(list, zip(*rijen, strict=True))])
        return [pk for (pk,) in cursor.fetchall()]


def tekst(stap) -> str:
    omschrijving, datum = stap
    inleiding = (
        f"De afgelopen {settings.MELDINGEN_HARTSLAG_DAGEN} dagen is er niets veranderd. "
        f"We laten u weten dat we het niet vergeten zijn.\n\nVolgende verwachte stap: "
        f"{omschrijving.rstrip('.')}."
    )
    if datum is None:
        return f"{inleiding} Een datum is nog niet bekend; zodra die er is, hoort u het."
    return f"{inleiding} Verwacht op {formats.date_format(datum, 'j F Y')}."


def stap_uit_tekst(tekst_: str) -> str:
    """The next step and its date: the last paragraph of tekst() (for the list in one mail)."""
    return tekst_.rpartition("\n\n")[2]


def _schrijf_meldingen(gebeurtenis_ids: list[int], nu) -> int:
    """All notifications in one INSERT … SELECT over the claimed follows and preferences, in
    the order of their reader: the five indexes that start with ontvanger_id and the foreign
    key checks at commit then walk their pages once, in order, instead of at random."""
    kind_default = voorkeuren.standaard(SOORT)
    melding, volg, voorkeur = (m._meta.db_table for m in (Melding, Volg, Voorkeur))
    gebeurtenis, gebruiker = Gebeurtenis._meta.db_table, get_user_model()._meta.db_table
    email = "COALESCE(vk.email, %s)"
    portaal = "COALESCE(vk.portaal, %s)"
    sql = f"""
        INSERT INTO {melding} (gebeurtenis_id, ontvanger_id, reden, email, in_portaal,
                               aangemaakt_op, ingepland_op, email_fout)
        SELECT g.id, v.gebruiker_id, 'volger', {email}, {portaal}, %s, %s, ''
        FROM {volg} v
        JOIN {gebeurtenis} g ON g.content_type_id = v.content_type_id
             AND g.object_id = v.object_id AND g.soort = %s
             AND g.id BETWEEN %s AND %s
        JOIN {gebruiker} u ON u.id = v.gebruiker_id AND u.is_active
        LEFT JOIN {voorkeur} vk ON vk.gebruiker_id = v.gebruiker_id AND vk.soort = %s
        WHERE v.laatst_gehoord_op = %s
          AND NOT ({email} = %s AND NOT {portaal})
        ORDER BY v.gebruiker_id
    """
    e, p = kind_default.email, kind_default.portaal
    eerste, laatste = min(gebeurtenis_ids), max(gebeurtenis_ids)
    params = [e, p, nu, nu, SOORT, eerste, laatste, SOORT, nu, e, Email.UIT, p]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.rowcount


def _plan_bezorging(nu) -> None:
    from .tasks import bezorg_ingepland

    transaction.on_commit(lambda: bezorg_ingepland.delay(nu.isoformat()), robust=True)


def met_de_rest(melding) -> list[Melding]:
    """The heartbeat notification being delivered with every other unsent one of the same
    reader, claimed in the caller's transaction: one mail lists each quiet item. Rows another
    task holds are skipped (no waiting, no deadlock); that task mails them."""
    if melding.gebeurtenis.soort != SOORT:
        return [melding]
    rest = list(
        Melding.objects.filter(
            email=Email.DIRECT,
            email_verstuurd_op__isnull=True,
            ontvanger_id=melding.ontvanger_id,
            gebeurtenis__soort=SOORT,
        )
        .exclude(pk=melding.pk)
        .select_for_update(of=("self",), skip_locked=True)
        .select_related("gebeurtenis")
        .order_by("gebeurtenis__onderwerp_naam", "pk")
    )
    if rest:
        Melding.objects.filter(pk__in=[r.pk for r in rest]).update(
            email_verstuurd_op=timezone.now()
        )
    return [melding, *rest]
