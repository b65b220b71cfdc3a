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

The SQL is also prepared once per database connection (PREPARE, then EXECUTE with the values):
PostgreSQL then skips parsing and planning it, which for a locked draft joined to its wijk and
initiator took three times as long as running it (0.8 → 0.2 ms of the server's CPU). The
statement is prepared on the raw connection, outside Django's query log, and outlives a rollback
(PREPARE is not transactional); a new connection prepares it again. A connection pooler in front
of PostgreSQL must therefore pool sessions, not transactions (README).

Used for every query that each request asks with other values and whose building costs more
than its answer: the session's user (accounts.backends), the meldingen pages, the objects that
views look up (accounts.toegang.vast_object_of_404)."""

import copy
import itertools
import re
import weakref

from django.db import connections

# Within 32 bits (a lookup on an IntegerField with a value outside its range is no query at
# all) and far from any id the sequences hand out.
EERSTE_MARKER = -2_000_000_000
_NUMMERS = itertools.count(1)
# Per raw connection (psycopg2's), the names of the statements prepared on it.
_VOORBEREID = weakref.WeakKeyDictionary()
# A parameter (%s) or a literal percent sign (%%) in SQL the ORM made.
_PLEK = re.compile(r"%(%|s)")
_SQL_VAN = {}  # statement name -> the SQL it was prepared from
_UITVOEREN = re.compile(r"EXECUTE (\w+)\b")


def achter(sql: str) -> str:
    """The SQL that an EXECUTE of a statement prepared here runs (for tests and logs that read
    the SQL of a request); any other SQL as it is."""
    gevonden = _UITVOEREN.match(sql)
    return _SQL_VAN.get(gevonden[1], sql) if gevonden else sql


class VasteQuery:
    def __init__(self, bouw, *ids: str, **standins):
        """bouw(**waarden) -> the queryset for these values, each used as a query parameter:
        the names in ids are ids (their marker an int), the others have the stand-in given."""
        self.bouw = bouw
        self.markers = {naam: EERSTE_MARKER - i for i, naam in enumerate(ids)} | standins
        if len({(type(m), m) for m in self.markers.values()}) < len(self.markers):
            raise ValueError(f"Twee namen met dezelfde stand-in: {standins}")
        self._per_db = {}
        self.naam = f"vastequery_{next(_NUMMERS)}"  # of its prepared statement

    def rijen(self, using: str = "default", **waarden) -> list:
        """The rows for these values: what the queryset bouw(**waarden) gives (objects, or
        dicts for a values() queryset)."""
        if not all(_past(waarden[naam], marker) for naam, marker in self.markers.items()):
            return list(self.bouw(**waarden).using(using))
        gebouwd, compiler, sql, params, plekken = self._per_db.get(using) or self._bouw(using)
        params = list(params)
        for plek, naam in plekken:
            params[plek] = waarden[naam]
        connection = connections[using]
        uitvoeren = voorbereid(connection, self.naam, sql, len(params))
        compiler = copy.copy(compiler)  # this call's own: the connection of this thread
        compiler.connection = connection
        compiler.as_sql = lambda *args, **kwargs: (uitvoeren, tuple(params))
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


def voorbereid(connection, naam: str, sql: str, aantal: int) -> str:
    """The EXECUTE of statement `naam` (`sql` with `aantal` parameters), prepared on this
    connection if it was not (also for statements that are no VasteQuery: portal.samenbewaren,
    meldingen.fanout)."""
    connection.ensure_connection()
    namen = _VOORBEREID.setdefault(connection.connection, set())
    if naam not in namen:
        nummers = itertools.count(1)
        genummerd = _PLEK.sub(lambda m: "%" if m[1] == "%" else f"${next(nummers)}", sql)
        with connection.connection.cursor() as cursor:
            cursor.execute(f"PREPARE {naam} AS {genummerd}")
        namen.add(naam)
        _SQL_VAN[naam] = sql
    if not aantal:
        return f"EXECUTE {naam}"  # PostgreSQL refuses an empty list of parameters
    return f"EXECUTE {naam}({', '.join(['%s'] * aantal)})"


class VasteVormen:
    """VasteQueries of one query whose SQL takes one of a few shapes: which filters are given
    (a name whose value is None is left out), the order, the page. Per shape its own, made when
    first asked: the intake queue, renewed by every submission, built its queryset anew each
    time, and building cost more than PostgreSQL took to answer it. More shapes than
    `max_vormen` (a process's prepared statements stay on its connections) go through the ORM.

    bouw(vorm, **waarden) -> the queryset; `vorm` is hashable and holds what is not a
    parameter. The names in `ids` are ids, those in `standins` have the stand-in given (as for
    VasteQuery)."""

    def __init__(self, bouw, ids=(), standins=None, max_vormen=64):
        self.bouw, self.ids, self.standins = bouw, ids, standins or {}
        self.max_vormen = max_vormen
        self._per_vorm = {}

    def rijen(self, vorm, **waarden) -> list:
        gegeven = {naam: waarde for naam, waarde in waarden.items() if waarde is not None}
        sleutel = (vorm, frozenset(gegeven))
        vast = self._per_vorm.get(sleutel)
        if vast is None and len(self._per_vorm) >= self.max_vormen:
            return list(self.bouw(vorm, **gegeven))
        if vast is None:
            vast = self._per_vorm.setdefault(sleutel, self._vaste(vorm, gegeven))
        return vast.rijen(**gegeven)

    def _vaste(self, vorm, gegeven) -> VasteQuery:
        ids = [naam for naam in self.ids if naam in gegeven]
        standins = {naam: s for naam, s in self.standins.items() if naam in gegeven}
        return VasteQuery(lambda **waarden: self.bouw(vorm, **waarden), *ids, **standins)
