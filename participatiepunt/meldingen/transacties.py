"""The sent mark of each direct e-mail in a transaction of its own, one database round trip per
mail.

A mail's row is marked sent (and so locked) in a transaction that commits right after the SMTP
server's 250: a concurrent task waits on the lock and then finds the row sent; a crash or an
error before the commit undoes the mark. In a Django transaction that took three round trips
per mail (psycopg2 sends its own BEGIN, then the UPDATE, then COMMIT). Here the connection
stays in autocommit and one statement string commits the previous mail and claims the next:
COMMIT; BEGIN; UPDATE … . The previous mail is committed before anything of the next one is
sent, as before, so the one window in which a mail can go out twice (between its 250 and its
commit) is no wider. The heartbeat's mails, which claim a reader's other rows with the ORM
(hartslag.met_de_rest), and a caller inside a transaction of its own (atomic), keep Django's
transaction."""

from contextlib import contextmanager, suppress

from django.db import DatabaseError, connection, transaction
from django.utils import timezone

from . import hartslag
from .kinds import Email
from .models import Melding

# te_bezorgen().filter(pk=…).update(…) in SQL: the ORM took longer to build it than PostgreSQL
# takes to run it, once for every mail. The condition is wrapped in IS TRUE (the same rows: it is
# never NULL) so that PostgreSQL finds the row by its primary key: written plainly, it matches the
# partial index of the outbox (melding_te_bezorgen), whose statistics, taken while the outbox was
# empty, make it look free, and every mail of a fan-out scanned all of its waiting rows.
MARKEER = f"""
    UPDATE {Melding._meta.db_table} SET email_verstuurd_op = %s
    WHERE id = %s AND (email = %s AND email_verstuurd_op IS NULL) IS TRUE
"""


def markeer(melding_id, begin: str = "") -> bool:
    """Marks the row sent (and locks it) if it was not; `begin` goes before it in the same
    round trip."""
    with connection.cursor() as cursor:
        cursor.execute(begin + MARKEER, [timezone.now(), melding_id, Email.DIRECT])
        return cursor.rowcount == 1


class PerMail:
    """The transactions of one connection's mails, one after the other. Use as a context
    manager: leaving it commits the last mail that went out."""

    def __init__(self):
        self.open = False  # a transaction of ours is open on the server
        self.verstuurd = False  # and the server accepted the mail it marked

    def __enter__(self):
        return self

    def __exit__(self, soort, fout, traceback):
        if fout is None:
            self.sluit()
        else:
            self._sluit_na_fout()

    @contextmanager
    def mail(self, melding):
        """Claims `melding` and yields the rows that go out as its mail ([] when another task
        sent it). Leaving without an exception means the server accepted the mail."""
        if melding.gebeurtenis.soort == hartslag.SOORT or not connection.get_autocommit():
            self.sluit()
            with transaction.atomic():
                yield hartslag.met_de_rest(melding) if markeer(melding.pk) else []
            return
        begin = "COMMIT; BEGIN;" if self.open else "BEGIN;"
        self.open, self.verstuurd = True, False
        gemarkeerd = markeer(melding.pk, begin)
        try:
            yield [melding] if gemarkeerd else []
        except BaseException:
            self._sluit_na_fout()
            raise
        self.verstuurd = gemarkeerd

    def sluit(self) -> None:
        """Commits the mark of the last mail that went out, rolls back one that did not."""
        if self.open:
            self.open = False
            with connection.cursor() as cursor:
                cursor.execute("COMMIT" if self.verstuurd else "ROLLBACK")

    def _sluit_na_fout(self) -> None:
        """On the way out of a failure: the failure is what the caller must see, not a broken
        connection's second one (the server then rolls back by itself)."""
        with suppress(DatabaseError):
            self.sluit()
