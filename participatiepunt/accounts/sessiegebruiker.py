"""The user of a logged-in request, read by its primary key with SQL built once per process.

Every logged-in page loads its user (AuthenticationMiddleware, through the backend's get_user);
the ORM built that one-row SELECT again on each request, which cost more CPU than the database
took to answer it. The statement and the columns' converters are taken from the ORM's own
query the first time, so the row and the model instance are exactly what
User.objects.get(pk=…) gives."""

from functools import cache

from django.contrib.auth import get_user_model
from django.db import connections


@cache
def _vraag() -> tuple[str, str, list[str], list]:
    """(database alias, SQL with one %s for the key, attnames in column order, converters)."""
    model = get_user_model()
    queryset = model._default_manager.filter(pk=0)
    compiler = queryset.query.get_compiler(queryset.db)
    sql, params = compiler.as_sql()
    assert list(params) == [0], params  # the key is the only parameter
    velden = [kolom.target.attname for kolom, _, _ in compiler.select]
    converters = compiler.get_converters([kolom for kolom, _, _ in compiler.select])
    return queryset.db, sql, velden, list(converters.items())


def gebruiker_met_pk(pk):
    """The user with this primary key, or None."""
    alias, sql, velden, converters = _vraag()
    connection = connections[alias]
    with connection.cursor() as cursor:
        cursor.execute(sql, [pk])
        rij = cursor.fetchone()
    if rij is None:
        return None
    if converters:
        rij = list(rij)
        for positie, (functies, expressie) in converters:
            for functie in functies:
                rij[positie] = functie(rij[positie], expressie, connection)
    return get_user_model().from_db(alias, velden, rij)
