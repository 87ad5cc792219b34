"""Storage with peewee: opening the database (SQLite or PostgreSQL), models, migrations, queries.

No Qt here. Every write happens inside :func:`write_transaction`, called by a use case in
``kiosk.services``, never by a widget.
"""

from kiosk.store.connection import (
    DatabaseUnavailable,
    StoreError,
    close_database,
    database,
    open_database,
    write_transaction,
)

__all__ = [
    "DatabaseUnavailable",
    "StoreError", "close_database", "database", "open_database", "write_transaction"]
