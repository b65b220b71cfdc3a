"""Two rows in one prepared statement, where the ORM writes them in two (each a round trip, each
built, parsed and planned on every call):
- wijzig_en_voeg_toe: a change of a row and a new row that records it (an initiative's new
  status and its line in the status history; save(update_fields=…), then create());
- voeg_samen_toe: a new row and a new row that refers to it (a sign-up and its first mail).

The signals are those save() and create() send (pre_save, post_save, with the same arguments),
so every receiver (the cache versions, portal.cacheversie) sees the two saves as it would."""

import itertools
from functools import cache
from typing import NamedTuple

from django.db import DatabaseError, connection
from django.db.models.signals import post_save, pre_save

from .vastequery import voorbereid

_NUMMERS = itertools.count(1)


def wijzig_en_voeg_toe(bestaand, velden, nieuw) -> None:
    """bestaand.save(update_fields=velden), then nieuw.save() (a row that refers to it), in one
    statement; the insert happens only if the update found its row."""
    update_fields = frozenset(velden)
    _stuur(pre_save, bestaand, update_fields=update_fields)
    _stuur(pre_save, nieuw, update_fields=None)
    naam, sql, kolommen = _sql(type(bestaand), tuple(velden), type(nieuw))
    gewijzigd = [_waarde(bestaand, veld, add=False) for veld in kolommen.bijgewerkt]
    toegevoegd = [_waarde(nieuw, veld, add=True) for veld in kolommen.toegevoegd]
    params = [*gewijzigd, bestaand.pk, *toegevoegd]
    uitvoeren = voorbereid(connection, naam, sql, len(params))
    with connection.cursor() as cursor:
        cursor.execute(uitvoeren, params)
        rij = cursor.fetchone()
    if rij is None:
        raise DatabaseError("Save with update_fields did not affect any rows.")
    nieuw.pk = rij[0]
    for obj in (bestaand, nieuw):
        obj._state.adding, obj._state.db = False, connection.alias
    _stuur(post_save, bestaand, created=False, update_fields=update_fields)
    _stuur(post_save, nieuw, created=True, update_fields=None)


def voeg_samen_toe(eerste, tweede) -> None:
    """eerste.save(), then tweede.save(), whose foreign key to eerste's model is given eerste's
    new pk, in one statement."""
    for obj in (eerste, tweede):
        _stuur(pre_save, obj, update_fields=None)
    naam, sql, (van_eerste, van_tweede), verwijzing = _sql_toevoegen(type(eerste), type(tweede))
    params = [_waarde(eerste, veld, add=True) for veld in van_eerste]
    params += [_waarde(tweede, veld, add=True) for veld in van_tweede]
    uitvoeren = voorbereid(connection, naam, sql, len(params))
    with connection.cursor() as cursor:
        cursor.execute(uitvoeren, params)
        eerste.pk, tweede.pk = cursor.fetchone()
    setattr(tweede, verwijzing.name, eerste)
    for obj in (eerste, tweede):
        obj._state.adding, obj._state.db = False, connection.alias
    for obj in (eerste, tweede):
        _stuur(post_save, obj, created=True, update_fields=None)


def _stuur(signaal, instance, **kwargs) -> None:
    signaal.send(
        sender=type(instance), instance=instance, raw=False, using=connection.alias, **kwargs
    )


def _waarde(instance, veld, *, add: bool):
    """As save() writes it: auto_now and auto_now_add filled in, prepared for the database."""
    return veld.get_db_prep_save(veld.pre_save(instance, add), connection)


class _Kolommen(NamedTuple):
    bijgewerkt: list
    toegevoegd: list


def _naam(veld_of_tabel) -> str:
    return connection.ops.quote_name(getattr(veld_of_tabel, "column", veld_of_tabel))


@cache
def _sql(model, velden: tuple[str, ...], nieuw_model):
    """Built once per shape, and prepared once per connection (portal.vastequery.voorbereid):
    PostgreSQL then neither parses nor plans it again. auto_now fields are written with every
    update, also when `velden` does not name them (save() would skip them); the inserted
    values are cast to their columns' types (a prepared SELECT list has no column to take
    them from)."""
    meta, nieuw_meta = model._meta, nieuw_model._meta
    bijgewerkt = [meta.get_field(naam) for naam in velden]
    bijgewerkt += [veld for veld in meta.concrete_fields if getattr(veld, "auto_now", False)]
    bijgewerkt = list(dict.fromkeys(bijgewerkt))
    toegevoegd = [veld for veld in nieuw_meta.concrete_fields if not veld.primary_key]
    zet = ", ".join(f"{_naam(veld)} = %s" for veld in bijgewerkt)
    sql = (
        f"WITH bijgewerkt AS (UPDATE {_naam(meta.db_table)} SET {zet} "
        f"WHERE {_naam(meta.pk)} = %s RETURNING 1) "
        f"INSERT INTO {_naam(nieuw_meta.db_table)} "
        f"({', '.join(_naam(veld) for veld in toegevoegd)}) "
        f"SELECT {', '.join(f'%s::{veld.cast_db_type(connection)}' for veld in toegevoegd)} "
        f"FROM bijgewerkt RETURNING {_naam(nieuw_meta.pk)}"
    )
    return f"samenbewaren_{next(_NUMMERS)}", sql, _Kolommen(bijgewerkt, toegevoegd)


@cache
def _sql_toevoegen(model, nieuw_model):
    """As _sql, for voeg_samen_toe: the columns written of each row, and the second's foreign
    key to the first."""
    meta, nieuw_meta = model._meta, nieuw_model._meta
    (verwijzing,) = [v for v in nieuw_meta.concrete_fields if v.related_model is model]
    eerste = [veld for veld in meta.concrete_fields if not veld.primary_key]
    tweede = [v for v in nieuw_meta.concrete_fields if not v.primary_key and v is not verwijzing]
    sql = (
        f"WITH eerste AS (INSERT INTO {_naam(meta.db_table)} "
        f"({', '.join(_naam(veld) for veld in eerste)}) "
        f"VALUES ({', '.join(['%s'] * len(eerste))}) RETURNING {_naam(meta.pk)}) "
        f"INSERT INTO {_naam(nieuw_meta.db_table)} "
        f"({_naam(verwijzing)}, {', '.join(_naam(veld) for veld in tweede)}) "
        f"SELECT eerste.{_naam(meta.pk)}, "
        f"{', '.join(f'%s::{veld.cast_db_type(connection)}' for veld in tweede)} "
        f"FROM eerste RETURNING {_naam(verwijzing)}, {_naam(nieuw_meta.pk)}"
    )
    naam = f"samenbewaren_{next(_NUMMERS)}"
    return naam, sql, (eerste, tweede), verwijzing
