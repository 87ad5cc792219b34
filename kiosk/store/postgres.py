"""PostgreSQL for several lanes on one server, surviving the server's restarts.

Imported only when the database URL is ``postgresql://``: the driver (psycopg2, the ``postgres``
extra) is not needed by a single-lane kiosk on SQLite.

A lane's connection dies when the server restarts, the network drops, or an administrator ends
it. :class:`ResilientPostgresqlDatabase` turns each such failure into
:class:`~kiosk.store.connection.DatabaseUnavailable` (an Indonesian message the window shows as
it is) and forgets the dead connection, so that the next statement opens a new one:

- a read (``SELECT``) outside a transaction, and the ``BEGIN`` of a transaction, are tried once
  more at once on a new connection, so a board refresh or a registration after a quick restart
  does not even notice;
- anything inside a transaction is not: the transaction is gone with its connection, and only the
  use case knows whether doing it again is safe (a registration is: it carries a token, see
  ``RegistrationService.register``).
"""

from __future__ import annotations

import logging

from peewee import InterfaceError, OperationalError, PostgresqlDatabase

from kiosk.domain.messages import QT_TRANSLATE_NOOP
from kiosk.store.connection import DatabaseUnavailable

log = logging.getLogger(__name__)

# seconds a lane waits for the server to answer a connection attempt: a dead server must not
# freeze the window for long (the default of libpq is to wait forever)
CONNECT_TIMEOUT_S = 5

UNAVAILABLE = QT_TRANSLATE_NOOP(
    "Messages",
    "Server basis data tidak dapat dihubungi. Data yang diketik tidak hilang; "
    "kiosk mencoba lagi sendiri.",
)


class ResilientPostgresqlDatabase(PostgresqlDatabase):
    """A ``PostgresqlDatabase`` that reconnects after its server comes back (see module)."""

    def __init__(self, database, **kwargs):
        kwargs.setdefault("connect_timeout", CONNECT_TIMEOUT_S)
        # autoconnect: after a dead connection is dropped, the next statement opens a new one
        kwargs["autoconnect"] = True
        super().__init__(database, **kwargs)

    # --- detecting a lost connection ------------------------------------------------------------

    def _lost(self) -> bool:
        """Whether this thread's connection is gone (closed, or its state unknown)."""
        conn = self._state.conn
        if self._state.closed or conn is None:
            return True
        if conn.closed:
            return True
        return self._adapter.txn_status(conn) == self._adapter.txn_unknown

    def _drop(self) -> None:
        """Forget a dead connection (unless a transaction still has to unwind on it)."""
        if self.in_transaction():
            return  # the transaction's rollback fails too and drops it then
        conn = self._state.conn
        self._state.reset()
        if conn is not None:
            try:
                conn.close()
            except Exception:  # already dead: nothing to close cleanly
                pass

    def _unavailable(self, err: Exception) -> DatabaseUnavailable:
        self._drop()
        log.warning("database server unreachable: %s", str(err).strip().splitlines()[0:1])
        return DatabaseUnavailable(UNAVAILABLE)

    # --- the statements ---------------------------------------------------------------------------

    def connect(self, reuse_if_open=False):
        try:
            return super().connect(reuse_if_open=reuse_if_open)
        except OperationalError as err:
            raise self._unavailable(err) from err

    def execute_sql(self, sql, params=None):
        try:
            return super().execute_sql(sql, params)
        except (OperationalError, InterfaceError) as err:
            if not self._lost():
                raise  # an ordinary error (a constraint, a syntax error): not the server's absence
            retry = not self.in_transaction() and sql.lstrip()[:6].upper() == "SELECT"
            unavailable = self._unavailable(err)
            if not retry:
                raise unavailable from err
        log.info("database connection lost; reading again on a new connection")
        try:
            return super().execute_sql(sql, params)
        except (OperationalError, InterfaceError) as err:
            if not self._lost():
                raise
            raise self._unavailable(err) from err

    def begin(self, *args, **kwargs):
        # nothing has happened yet: a BEGIN that finds its connection dead starts again at once
        # on a new one (which raises DatabaseUnavailable if the server is still away)
        try:
            return super().begin(*args, **kwargs)
        except (OperationalError, InterfaceError) as err:
            if not self._lost():
                raise
            self._unavailable(err)
        log.info("database connection lost; beginning again on a new connection")
        return self._guarded(super().begin, *args, **kwargs)

    def commit(self):
        return self._guarded(super().commit)

    def rollback(self):
        return self._guarded(super().rollback)

    def _guarded(self, call, *args, **kwargs):
        try:
            return call(*args, **kwargs)
        except (OperationalError, InterfaceError) as err:
            if not self._lost():
                raise
            raise self._unavailable(err) from err
