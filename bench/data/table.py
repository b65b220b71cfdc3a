"""Bulk rows into a model's table with PostgreSQL COPY. Fields the generator does not give get
their model default once (or NULL / empty), so a field added later by an app does not break it."""

import csv
import io
import json
import uuid

from django.contrib.postgres.fields import ArrayField
from django.core.management.color import no_style
from django.db import connection, models
from django.utils import timezone

BATCH = 50_000


class MissingValue(Exception):
    pass


def _filler(field):
    if field.has_default():
        return _fixed_default(field)
    if getattr(field, "auto_now", False) or getattr(field, "auto_now_add", False):
        return timezone.now()
    if field.null:
        return None
    if (
        isinstance(field, (models.CharField, models.TextField, models.FileField))
        and not field.unique
    ):
        return ""
    raise MissingValue(f"{field.model.__name__}.{field.name}")


def _fixed_default(field):
    value = field.get_default()
    if isinstance(field, ArrayField):  # PostgreSQL's array literal, not JSON
        return "{" + ",".join(str(item) for item in value) + "}"
    if isinstance(value, uuid.UUID) or field.unique:
        return field.get_default  # called per row
    return value


def _text(value):
    if value is None:
        return "\\N"
    if isinstance(value, (dict, list)):
        return json.dumps(value)
    return value


class Table:
    """copy(rows) with rows as tuples in the order of `names` (model field names)."""

    def __init__(self, model, names):
        self.model = model
        # A generated column (a search vector) is PostgreSQL's to fill, never COPY's.
        fields = [f for f in model._meta.concrete_fields if not f.generated]
        given = {model._meta.get_field(name).column: i for i, name in enumerate(names)}
        self.columns = [f.column for f in fields if f.column in given or not f.primary_key]
        self.plan = [
            (given[f.column], None) if f.column in given else (None, _filler(f))
            for f in fields
            if f.column in given or not f.primary_key
        ]

    def _row(self, values):
        out = []
        for index, fill in self.plan:
            value = values[index] if index is not None else fill
            out.append(_text(value() if callable(value) else value))
        return out

    def copy(self, rows) -> int:
        count = 0
        buffer, writer = _buffer()
        for values in rows:
            writer.writerow(self._row(values))
            count += 1
            if count % BATCH == 0:
                self._flush(buffer)
                buffer, writer = _buffer()
        self._flush(buffer)
        return count

    def _flush(self, buffer):
        buffer.seek(0)
        columns = ", ".join(connection.ops.quote_name(c) for c in self.columns)
        table = connection.ops.quote_name(self.model._meta.db_table)
        sql = f"COPY {table} ({columns}) FROM STDIN WITH (FORMAT csv, NULL '\\N')"
        with connection.cursor() as cursor:
            cursor.copy_expert(sql, buffer)


def _buffer():
    buffer = io.StringIO()
    return buffer, csv.writer(buffer, lineterminator="\n")


def next_id(model) -> int:
    with connection.cursor() as cursor:
        cursor.execute(f'SELECT COALESCE(MAX(id), 0) + 1 FROM "{model._meta.db_table}"')
        return cursor.fetchone()[0]


def reset_sequences(*models_) -> None:
    with connection.cursor() as cursor:
        for statement in connection.ops.sequence_reset_sql(no_style(), models_):
            cursor.execute(statement)


def analyze() -> None:
    """VACUUM too, as autovacuum would in production (it is off on some servers): rows just
    copied in are on no page the visibility map calls all-visible, so every index-only scan
    (a count over an index, a covering index) reads the table as well until then."""
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")
