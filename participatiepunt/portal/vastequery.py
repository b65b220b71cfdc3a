"""A query whose SQL Django builds once per process: per call only its parameters differ.

Building the SQL of a queryset with three select_related models and an annotated subquery (the
conversation's initiative, ~150 columns) costs more CPU than PostgreSQL takes to answer it. A
VasteQuery builds the queryset once with a marker for each parameter, keeps the SQL and the
compiler that made it, and per call puts the values in the markers' places. The rows become
objects through Django's own ModelIterable, as the queryset itself would make them
(select_related objects and annotations included).

A value that changes the shape of the SQL rather than a parameter (None: `IS NULL` instead of
`= %s`), and an int beyond 32 bits (the ORM makes a lookup outside a field's range no query at
all, where PostgreSQL would refuse the parameter), goes through the ORM as before."""

import copy

from django.db import connections

# Within 32 bits (a lookup on an IntegerField with a value outside its range is no query at
# all) and far from any id the sequences hand out.
EERSTE_MARKER = -2_000_000_000


class VasteQuery:
    def __init__(self, bouw, *namen: str):
        """bouw(**waarden) -> the queryset for these values, each used as a query parameter
        (an id: the marker is an int)."""
        self.bouw = bouw
        self.namen = namen
        self._per_db = {}

    def rijen(self, using: str = "default", **waarden) -> list:
        """The rows for these values: the objects the queryset bouw(**waarden) gives."""
        if not all(_past(waarden[naam]) for naam in self.namen):
            return list(self.bouw(**waarden).using(using))
        gebouwd, compiler, sql, params, plekken = self._per_db.get(using) or self._bouw(using)
        params = list(params)
        for plek, naam in plekken:
            params[plek] = waarden[naam]
        compiler = copy.copy(compiler)  # this call's own: the connection of this thread
        compiler.connection = connections[using]
        compiler.as_sql = lambda *args, **kwargs: (sql, tuple(params))
        queryset = gebouwd._chain()
        queryset.query.get_compiler = lambda *args, **kwargs: compiler
        return list(queryset)

    def _markers(self) -> dict[str, int]:
        return {naam: EERSTE_MARKER - i for i, naam in enumerate(self.namen)}

    def _bouw(self, using):
        queryset = self.bouw(**self._markers()).using(using)
        compiler = queryset.query.get_compiler(using=using)
        sql, params = compiler.as_sql()
        markers = {marker: naam for naam, marker in self._markers().items()}
        plekken = [(i, markers[p]) for i, p in enumerate(params) if _is_marker(p, markers)]
        ontbreekt = set(self.namen) - {naam for _, naam in plekken}
        if ontbreekt:
            raise ValueError(f"Geen parameter in de SQL voor {sorted(ontbreekt)}: {sql}")
        self._per_db[using] = vast = (queryset, compiler, sql, tuple(params), tuple(plekken))
        return vast


def _past(waarde) -> bool:
    return type(waarde) is int and -(2**31) <= waarde < 2**31


def _is_marker(param, markers) -> bool:
    return type(param) is int and param in markers
