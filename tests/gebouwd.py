"""Which queries the ORM builds (compiles to SQL) in a block: for the pages whose SQL is built
once per process (portal.vastequery), whose later visits build none of theirs."""

from contextlib import contextmanager
from unittest import mock

from django.db.models.sql import Query
from django.db.models.sql.compiler import SQLCompiler


@contextmanager
def gebouwde_queries():
    """The Query of every SELECT the ORM compiles inside the block, in order."""
    gebouwd = []
    echt = SQLCompiler.as_sql

    def as_sql(compiler, *args, **kwargs):
        if type(compiler.query) is Query:
            gebouwd.append(compiler.query)
        return echt(compiler, *args, **kwargs)

    with mock.patch.object(SQLCompiler, "as_sql", as_sql):
        yield gebouwd


def tabellen(gebouwd) -> set[str]:
    return {query.model._meta.db_table for query in gebouwd if query.model is not None}


def vergrendeld(gebouwd, model) -> list:
    """The locked reads (SELECT … FOR UPDATE) of this model among them."""
    return [query for query in gebouwd if query.model is model and query.select_for_update]
