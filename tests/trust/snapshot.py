"""A fingerprint of every table, to prove a refused or invalid request changed nothing."""

from django.db import connection

# Sessions change when a logged-in user opens a page; that is not the data under test.
IGNORED = {"django_session"}


def snapshot() -> dict[str, str]:
    tables = sorted(set(connection.introspection.table_names()) - IGNORED)
    parts = [
        f"SELECT '{t}', md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) "
        f"FROM {connection.ops.quote_name(t)} x"
        for t in tables
    ]
    with connection.cursor() as cursor:
        cursor.execute(" UNION ALL ".join(parts))
        return dict(cursor.fetchall())


def changed(before: dict, after: dict) -> list[str]:
    return sorted(table for table in before if before[table] != after.get(table))
