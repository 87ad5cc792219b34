"""The tables. Times are naive UTC datetimes (converted to WIB only for display and the day)."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from peewee import (
    AutoField,
    BooleanField,
    CharField,
    CompositeKey,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)

from kiosk.store.connection import database


def utc_naive(moment: datetime) -> datetime:
    """Aware datetime -> naive UTC, as stored."""
    if moment.tzinfo is None:
        return moment
    return moment.astimezone(UTC).replace(tzinfo=None)


def as_utc(stored: datetime) -> datetime:
    """Stored naive UTC -> aware UTC."""
    return stored.replace(tzinfo=UTC)


class JSONListField(TextField):
    """A list of strings kept as JSON text (same on SQLite and PostgreSQL)."""

    def db_value(self, value):
        return None if value is None else json.dumps(list(value), ensure_ascii=False)

    def python_value(self, value):
        return [] if value is None else json.loads(value)


class BaseModel(Model):
    class Meta:
        database = database
        legacy_table_names = False


class SchemaVersion(BaseModel):
    """One row: the version of the schema this database has."""

    version = IntegerField()


class QueueCounter(BaseModel):
    """Last queue sequence handed out for a prefix on a service day.

    A counter row, updated inside the registering transaction, never ``MAX()+1``: that is what
    keeps two lanes from handing out the same number. Rows are never deleted: history stays.
    """

    prefix = CharField(max_length=8)
    service_day = DateField()
    last_sequence = IntegerField(default=0)

    class Meta:
        primary_key = CompositeKey("prefix", "service_day")


class Visit(BaseModel):
    """One car at the lane, or one walk-in person at the counter, with one queue number."""

    id = AutoField()
    reference = CharField(max_length=40, unique=True)
    channel = CharField(max_length=16)
    station = CharField(max_length=60)
    prefix = CharField(max_length=8)
    service_day = DateField(index=True)
    sequence = IntegerField()
    number = CharField(max_length=16)
    plate = CharField(max_length=16, null=True)
    officer = CharField(max_length=80)
    created_at = DateTimeField()
    # When its personal data (NIK, name, phone, plate, notes) was erased after the retention
    # period (services/maintenance.py); None while it is kept. A purged visit is never purged again.
    purged_at = DateTimeField(null=True)
    # The intake's own random token: a registration retried after the server went away mid-
    # commit finds the visit it already stored instead of storing it twice (schema v7).
    token = CharField(max_length=36, null=True, unique=True)

    class Meta:
        indexes = ((("prefix", "service_day", "sequence"), True),)


class Request(BaseModel):
    """One service asked for one applicant in a visit."""

    id = AutoField()
    visit = ForeignKeyField(Visit, backref="requests", on_delete="CASCADE")
    position = IntegerField()
    service_code = CharField(max_length=40, index=True)
    nik = CharField(max_length=16, index=True)
    name = CharField(max_length=120)
    phone = CharField(max_length=20, null=True)
    received = JSONListField()
    missing = JSONListField()
    status = CharField(max_length=20, index=True)
    created_at = DateTimeField()
    pickup_date = DateField(null=True)

    class Meta:
        indexes = ((("visit", "position"), True),)


class Event(BaseModel):
    """A step of a request (or of a visit), with time and officer: the source of every timing."""

    id = AutoField()
    visit = ForeignKeyField(Visit, backref="events", on_delete="CASCADE")
    request = ForeignKeyField(Request, backref="events", null=True, on_delete="CASCADE")
    from_status = CharField(max_length=20, null=True)
    to_status = CharField(max_length=20)
    at = DateTimeField(index=True)
    officer = CharField(max_length=80)
    note = TextField(default="")


class PrintJob(BaseModel):
    """A document to print, stored before printing so that a dead printer loses nothing."""

    id = AutoField()
    visit = ForeignKeyField(Visit, backref="print_jobs", on_delete="CASCADE")
    request = ForeignKeyField(Request, backref="print_jobs", null=True, on_delete="CASCADE")
    kind = CharField(max_length=20)
    copy_number = IntegerField(default=1)
    officer = CharField(max_length=80, default="")
    # The lane or counter whose printer prints it: with one shared database, each PC retries
    # only its own waiting jobs, on its own printer.
    station = CharField(max_length=60, default="", index=True)
    state = CharField(max_length=12, index=True)
    attempts = IntegerField(default=0)
    last_error = TextField(default="")  # in Indonesian: the log, the command line
    # The same as a message (Message.to_json: template and parameters), so that a window shows
    # it in its own language (schema v8; "" for jobs of before, shown by last_error).
    error_message = TextField(default="")
    output = TextField(default="")
    created_at = DateTimeField()
    updated_at = DateTimeField()


class Call(BaseModel):
    """A call of a visit to the window ("Panggil" / "Panggil Ulang"), shown on the display.

    The id gives the call order; the display reads recent calls by id and remembers which it has
    shown, so a call committed a moment after a later id is still shown, never skipped.
    """

    id = AutoField()
    visit = ForeignKeyField(Visit, backref="calls", on_delete="CASCADE")
    at = DateTimeField(index=True)
    officer = CharField(max_length=80)
    station = CharField(max_length=60)


class OfficerAccount(BaseModel):
    """An officer who logs in with a PIN (kept as a salted scrypt hash, never in clear)."""

    id = AutoField()
    name = CharField(max_length=80)
    nip = CharField(max_length=30, default="")
    role = CharField(max_length=20)
    active = BooleanField(default=True)
    pin_hash = CharField(max_length=200)
    failed_logins = IntegerField(default=0)
    locked_until = DateTimeField(null=True)
    created_at = DateTimeField()


class AuditEntry(BaseModel):
    """Who did what and when: append-only from the window (no update or delete there)."""

    id = AutoField()
    at = DateTimeField(index=True)
    officer = ForeignKeyField(OfficerAccount, null=True, on_delete="SET NULL")
    officer_name = CharField(max_length=80)
    demo = BooleanField(default=False)
    action = CharField(max_length=40, index=True)
    subject = CharField(max_length=120, default="")
    detail = TextField(default="")


class SurveyResponse(BaseModel):
    """One resident's satisfaction survey (SKM): the service and the day, never who answered."""

    id = AutoField()
    service_day = DateField(index=True)
    at = DateTimeField()
    service_code = CharField(max_length=40, index=True)
    channel = CharField(max_length=16)
    u1 = IntegerField(null=True)
    u2 = IntegerField(null=True)
    u3 = IntegerField(null=True)
    u4 = IntegerField(null=True)
    u5 = IntegerField(null=True)
    u6 = IntegerField(null=True)
    u7 = IntegerField(null=True)
    u8 = IntegerField(null=True)
    u9 = IntegerField(null=True)

    def answers(self) -> dict[str, int | None]:
        return {f"U{i}": getattr(self, f"u{i}") for i in range(1, 10)}


MODELS: tuple[type[BaseModel], ...] = (
    SchemaVersion,
    QueueCounter,
    Visit,
    Request,
    Event,
    PrintJob,
    Call,
    OfficerAccount,
    AuditEntry,
    SurveyResponse,
)
