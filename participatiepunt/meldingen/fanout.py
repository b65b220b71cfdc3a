"""Writing one event with its outbox rows: one query for the followers with their preference,
one for the preferences of direct recipients only when they have a choice (not verplicht), then
the event and its first batch of rows in one statement, and any further batches."""

from functools import cache
from itertools import chain, islice

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.db import connection

from participatiepunt.portal.vastequery import voorbereid

from . import voorkeuren
from .models import Gebeurtenis, Melding, Reden, Volg, Voorkeur

# Written in SQL: the ORM took 0.9 ms to build this query (a join and a filtered relation),
# more than twice what PostgreSQL takes to run it, and every event asks it.
VOLGERS_MET_KEUZE = """
    SELECT DISTINCT volg.gebruiker_id, keuze.email, keuze.portaal
    FROM {volg} volg
    JOIN {gebruiker} gebruiker ON gebruiker.id = volg.gebruiker_id AND gebruiker.is_active
    LEFT JOIN {voorkeur} keuze ON keuze.gebruiker_id = volg.gebruiker_id AND keuze.soort = %s
    WHERE {objecten}
"""


def schrijf(gebeurtenis, objecten, ontvangers, volgen_voortaan=()) -> int:
    """Saves the new (unsaved) event with a row per recipient, and the follows of
    `volgen_voortaan` (accounts) of its subject. Returns the number of followers found before
    (whatever their preference)."""
    # A deleted (anonymised, inactive) account hears nothing, not even what is verplicht.
    direct = {gebruiker.pk for gebruiker in ontvangers if gebruiker and gebruiker.is_active}
    volgers = _volgers_met_keuze(objecten, gebeurtenis.soort)
    rijen = chain(_aan_ontvangers(gebeurtenis, direct), _aan_volgers(gebeurtenis, direct, volgers))
    nieuw = [_volg(gebeurtenis, gebruiker.pk) for gebruiker in volgen_voortaan]
    _bewaar_met_eerste_rijen(gebeurtenis, _batch(rijen), nieuw)
    while batch := _batch(rijen):
        with connection.cursor() as cursor:
            cursor.execute(_insert("%s", len(batch)), [gebeurtenis.pk, *chain(*batch)])
    return len(volgers)


def _volgers_met_keuze(objecten, soort: str) -> list[tuple[int, str | None, bool | None]]:
    """(user id, email, portaal) of every active user following any of the objects, once, with
    their own choice for the kind of event (None, None: they kept the default)."""
    if not objecten:
        return []
    sql = VOLGERS_MET_KEUZE.format(
        volg=Volg._meta.db_table,
        gebruiker=get_user_model()._meta.db_table,
        voorkeur=Voorkeur._meta.db_table,
        objecten=" OR ".join(
            ["(volg.content_type_id = %s AND volg.object_id = %s)"] * len(objecten)
        ),
    )
    params = [soort]
    for onderwerp in objecten:
        params += [ContentType.objects.get_for_model(onderwerp).pk, onderwerp.pk]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def _keuzes_van_ontvangers(gebeurtenis, direct):
    if gebeurtenis.verplicht:
        return dict.fromkeys(direct, voorkeuren.VERPLICHT)
    gekozen = voorkeuren.keuzes(gebeurtenis.soort, direct)
    standaard = voorkeuren.standaard(gebeurtenis.soort)
    return {gebruiker_id: gekozen.get(gebruiker_id, standaard) for gebruiker_id in direct}


def _aan_ontvangers(gebeurtenis, direct):
    for gebruiker_id, keuze in _keuzes_van_ontvangers(gebeurtenis, direct).items():
        if not keuze.niets:
            yield _melding(gebeurtenis, gebruiker_id, keuze, Reden.ONTVANGER)


def _aan_volgers(gebeurtenis, direct, volgers):
    standaard = voorkeuren.standaard(gebeurtenis.soort)
    for gebruiker_id, email, portaal in volgers:
        keuze = standaard if email is None else voorkeuren.Keuze(email, portaal)
        if gebruiker_id not in direct and not keuze.niets:
            yield _melding(gebeurtenis, gebruiker_id, keuze, Reden.VOLGER)


def _melding(gebeurtenis, gebruiker_id, keuze, reden) -> tuple:
    """A row of KOLOMMEN but the event's id (not known before the event is saved)."""
    moment = gebeurtenis.aangemaakt_op
    return (gebruiker_id, reden, keuze.email, keuze.portaal, moment, moment)


# Written in SQL: bulk_create took longer to prepare one row (a submission's notification of
# its initiator) and read back what it returns than PostgreSQL took to write it, 0.2 ms of
# every event. The columns left out keep their database default or stay empty, as for a new
# Melding: not read, not sent, in no digest.
KOLOMMEN = (
    "gebeurtenis_id", "ontvanger_id", "reden", "email", "in_portaal", "aangemaakt_op",
    "ingepland_op",
)  # fmt: skip
_KOLOM = {veld.column: veld for veld in Melding._meta.concrete_fields}
# All but the event's id, each cast to its column's type: in VALUES of a prepared statement
# (below) a parameter has no column to take its type from.
RIJ = "(" + ", ".join(f"%s::{_KOLOM[k].cast_db_type(connection)}" for k in KOLOMMEN[1:]) + ")"
# The event and its first rows in one statement, one round trip fewer for every event (most
# have only a few recipients: a submission, its initiator). The rows take the event's new id.
GEBEURTENIS_VELDEN = [veld for veld in Gebeurtenis._meta.concrete_fields if not veld.primary_key]
GEBEURTENIS = (
    f"WITH gebeurtenis AS (INSERT INTO {Gebeurtenis._meta.db_table} "
    f"({', '.join(veld.column for veld in GEBEURTENIS_VELDEN)}) "
    f"VALUES ({', '.join(['%s'] * len(GEBEURTENIS_VELDEN))}) RETURNING id)"
)


def _batch(rijen) -> list[tuple]:
    return list(islice(rijen, settings.MELDINGEN_SCHRIJF_BATCH))


def _insert(gebeurtenis_id: str, aantal: int) -> str:
    """The INSERT of `aantal` rows whose event id is the SQL `gebeurtenis_id`."""
    rijen = ", ".join([RIJ] * aantal)
    return (
        f"INSERT INTO {Melding._meta.db_table} ({', '.join(KOLOMMEN)}) "
        f"SELECT {gebeurtenis_id}, rij.* FROM (VALUES {rijen}) rij"
    )


# The shapes (rows, follows) of the first statement that are prepared once per connection
# (portal.vastequery.voorbereid): most events have a few recipients, a submission one and its
# follow, and PostgreSQL then neither parses nor plans it again. Larger ones are sent as SQL.
VOORBEREID_TOT = 10


def _bewaar_met_eerste_rijen(gebeurtenis, rijen, volgen) -> None:
    waarden = [
        veld.get_db_prep_save(veld.pre_save(gebeurtenis, add=True), connection)
        for veld in GEBEURTENIS_VELDEN
    ]
    params = [*waarden, *chain(*rijen, *volgen)]
    sql = _eerste_sql(len(rijen), len(volgen))
    if max(len(rijen), len(volgen)) <= VOORBEREID_TOT:
        naam = f"gebeurtenis_{len(rijen)}_{len(volgen)}"
        sql = voorbereid(connection, naam, sql, len(params))
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        (gebeurtenis.pk,) = cursor.fetchone()
    gebeurtenis._state.adding, gebeurtenis._state.db = False, connection.alias


@cache
def _eerste_sql(rijen: int, volgen: int) -> str:
    meldingen = f", meldingen AS ({_insert('(SELECT id FROM gebeurtenis)', rijen)})"
    volg = f", volgen AS ({_volgen(volgen)})"
    delen = f"{meldingen if rijen else ''}{volg if volgen else ''}"
    return f"{GEBEURTENIS}{delen} SELECT id FROM gebeurtenis"


# Who follows the subject from this event on, in the event's statement (a submission: its
# initiator), one round trip fewer; volg_uniek keeps who already follows it as they were.
VOLG_KOLOMMEN = (
    "gebruiker_id", "content_type_id", "object_id", "aangemaakt_op", "laatst_gehoord_op",
)  # fmt: skip


def _volg(gebeurtenis, gebruiker_id) -> tuple:
    moment = gebeurtenis.aangemaakt_op
    return (gebruiker_id, gebeurtenis.content_type_id, gebeurtenis.object_id, moment, moment)


def _volgen(aantal: int) -> str:
    rijen = ", ".join(["(" + ", ".join(["%s"] * len(VOLG_KOLOMMEN)) + ")"] * aantal)
    return (
        f"INSERT INTO {Volg._meta.db_table} ({', '.join(VOLG_KOLOMMEN)}) VALUES {rijen} "
        "ON CONFLICT DO NOTHING"
    )
