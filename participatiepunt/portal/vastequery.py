"""A query whose SQL Django builds once per process: per call only its parameters differ.

Building the SQL of a queryset with three select_related models and an annotated subquery (the
conversation's initiative, ~150 columns) costs more CPU than PostgreSQL takes to answer it. A
VasteQuery builds the queryset once with a marker for each parameter, keeps the SQL and the
compiler that made it, and per call puts the values in the markers' places. The rows become
objects through Django's own ModelIterable, as the queryset itself would make them
(select_related objects and annotations included).

A parameter is an id unless a stand-in of another type is given for it (a moment: a value no row
has, in 1971). A value that changes the shape of the SQL rather than a parameter (None: `IS NULL`
instead of `= %s`), a value of another type than its stand-in, and an id beyond 32 bits (the ORM
makes a lookup outside a field's range no query at all, where PostgreSQL would refuse the
parameter), go through the ORM as before.

Used for every query that each request asks with other values and whose building costs more
than its answer: the session's user (accounts.backends), the meldingen pages, the objects that
views look up (accounts.toegang.vast_object_of_404)."""

import copy

from django.db import connections

# Within 32 bits (a lookup on an IntegerField with a value outside its range is no query at
# all) and far from any id the sequences hand out.
EERSTE_MARKER = -2_000_000_000


class VasteQuery:
    def __init__(self, bouw, *ids: str, **standins):
        """bouw(**waarden) -> the queryset for these values, each used as a query parameter:
        the names in ids are ids (their marker an int), the others have the stand-in given."""
        self.bouw = bouw
        self.markers = {naam: EERSTE_MARKER - i for i, naam in enumerate(ids)} | standins
        if len({(type(m), m) for m in self.markers.values()}) < len(self.markers):
            raise ValueError(f"Twee namen met dezelfde stand-in: {standins}")
        self._per_db = {}

    def rijen(self, using: str = "default", **waarden) -> list:
        """The rows for these values: what the queryset bouw(**waarden) gives (objects, or
        dicts for a values() queryset)."""
        if not all(_past(waarden[naam], marker) for naam, marker in self.markers.items()):
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

    def _bouw(self, using):
        queryset = self.bouw(**self.markers).using(using)
        compiler = queryset.query.get_compiler(using=using)
        sql, params = compiler.as_sql()
        plekken = [(i, naam) for i, p in enumerate(params) if (naam := self._naam(p))]
        ontbreekt = set(self.markers) - {naam for _, naam in plekken}
        if ontbreekt:
            raise ValueError(f"Geen parameter in de SQL voor {sorted(ontbreekt)}: {sql}")
        self._per_db[using] = vast = (queryset, compiler, sql, tuple(params), tuple(plekken))
        return vast

    def _naam(self, param) -> str | None:
        """Whose marker this parameter is, if it is one."""
        gevonden = [n for n, m in self.markers.items() if type(m) is type(param) and m == param]
        return gevonden[0] if gevonden else None


def _past(waarde, marker) -> bool:
    if type(marker) is int:
        return type(waarde) is int and -(2**31) <= waarde < 2**31
    return type(waarde) is type(marker)
