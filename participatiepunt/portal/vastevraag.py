"""A query the ORM builds once per process: VasteVraag(bouw, *voorbeelden).rijen(*waarden) runs
the SQL of bouw(*voorbeelden) (a values() QuerySet) with the parameters in their place, and
gives the same dicts as the QuerySet would.

For a page that asks the same query of every visitor with other values (whose notifications,
from which cursor): building it (filters, joins, compiling) cost more CPU than the database
took to answer it. Each voorbeeld is a stand-in that must come back as one of the compiled
query's parameters, and nothing else may; that is checked when the SQL is built."""

import threading

from django.db import connections


class VasteVraag:
    def __init__(self, bouw, *voorbeelden):
        self._bouw, self._voorbeelden = bouw, voorbeelden
        self._gebouwd = None
        self._lock = threading.Lock()

    def _bouwen(self):
        queryset = self._bouw(*self._voorbeelden)
        query = queryset.query
        compiler = query.get_compiler(queryset.db)
        sql, params = compiler.as_sql()
        posities = [self._positie(param) for param in params]
        namen = [*query.extra_select, *query.values_select, *query.annotation_select]
        kolommen = [kolom for kolom, _, _ in compiler.select]
        assert len(namen) == len(kolommen), (namen, kolommen)
        converters = list(compiler.get_converters(kolommen).items())
        return queryset.db, sql, posities, namen, converters

    def _positie(self, param) -> int:
        gevonden = [i for i, voorbeeld in enumerate(self._voorbeelden) if voorbeeld == param]
        if len(gevonden) != 1:
            raise ValueError(f"parameter {param!r} is geen (eenduidig) voorbeeld")
        return gevonden[0]

    def rijen(self, *waarden) -> list[dict]:
        if self._gebouwd is None:
            with self._lock:
                self._gebouwd = self._gebouwd or self._bouwen()
        alias, sql, posities, namen, converters = self._gebouwd
        connection = connections[alias]
        with connection.cursor() as cursor:
            cursor.execute(sql, [waarden[positie] for positie in posities])
            rijen = cursor.fetchall()
        if converters:
            rijen = [_omgezet(list(rij), converters, connection) for rij in rijen]
        return [dict(zip(namen, rij, strict=True)) for rij in rijen]


def _omgezet(rij, converters, connection):
    for positie, (functies, expressie) in converters:
        for functie in functies:
            rij[positie] = functie(rij[positie], expressie, connection)
    return rij
