"""Test-wide settings and fixtures.

Qt draws off screen, so the tests run without a display. Every test that touches the database
gets its own installation home in a temporary folder: a fresh SQLite file, settings and outbox.
"""

from __future__ import annotations

import os

# Before anything imports Qt: the platform plugin is chosen when the QApplication starts.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator  # noqa: E402
from dataclasses import replace  # noqa: E402
from datetime import UTC, datetime  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from kiosk.config import Settings, load_settings  # noqa: E402
from kiosk.domain.catalogue import Catalogue  # noqa: E402
from kiosk.resources import resource_path  # noqa: E402
from kiosk.services import Kiosk  # noqa: E402
from kiosk.store import close_database  # noqa: E402


class FakeClock:
    """A settable clock for use cases (times in UTC)."""

    def __init__(self, moment: datetime) -> None:
        self.moment = moment

    def __call__(self) -> datetime:
        return self.moment


@pytest.fixture
def catalogue() -> Catalogue:
    return Catalogue.load(resource_path("catalogue.json"))


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An installation home of its own; KIOSK_DB from the environment must not leak in."""
    monkeypatch.delenv("KIOSK_DB", raising=False)
    monkeypatch.delenv("KIOSK_HOME", raising=False)
    folder = tmp_path / "home"
    folder.mkdir()
    return folder


# The folders whose tests run on both engines: SQLite and a private PostgreSQL server.
BOTH_ENGINES_DIRS = ("store", "services", "e2e", "ui")
ENGINES = ("sqlite", "postgresql")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Tests of BOTH_ENGINES_DIRS that use ``db_url`` run once per engine.

    A test marked ``sqlite_only`` (pragmas, SQLite files, backups) stays on SQLite, one marked
    ``postgresql_only`` (a server going away) runs on PostgreSQL only; tests elsewhere (the
    command line, the domain, printing) stay on SQLite.
    """
    if "db_engine" not in metafunc.fixturenames:
        return
    parts = Path(str(metafunc.definition.path)).relative_to(Path(__file__).parent).parts
    if len(parts) < 2 or parts[0] not in BOTH_ENGINES_DIRS:
        return
    if metafunc.definition.get_closest_marker("sqlite_only") is not None:
        return
    if metafunc.definition.get_closest_marker("postgresql_only") is not None:
        metafunc.parametrize("db_engine", ("postgresql",), indirect=True)
        return
    metafunc.parametrize("db_engine", ENGINES, indirect=True)


@pytest.fixture
def db_engine(request: pytest.FixtureRequest) -> str:
    """The database engine of this test: ``sqlite`` unless parametrized (tests/store, services)."""
    return getattr(request, "param", "sqlite")


@pytest.fixture
def db_url(db_engine: str, home: Path, request: pytest.FixtureRequest) -> str:
    """The database URL of this test: a SQLite file in ``home``, or an emptied PostgreSQL
    database on the session's private server (tests/helpers_pg.py)."""
    if db_engine == "sqlite":
        return f"sqlite:///{home / 'kiosk.sqlite3'}"
    from tests.helpers_pg import reset_schema

    server = request.getfixturevalue("postgres_server")
    reset_schema(server.url)
    return server.url


@pytest.fixture
def settings(home: Path, db_url: str) -> Settings:
    found = load_settings(home)
    if db_url != found.db_url:
        found = replace(found, database_url=db_url)
    return found


@pytest.fixture
def clock() -> FakeClock:
    """09.05 WIB on a Tuesday (02:05 UTC)."""
    return FakeClock(datetime(2021, 7, 27, 2, 5, tzinfo=UTC))


@pytest.fixture
def kiosk(settings: Settings, clock: FakeClock) -> Iterator[Kiosk]:
    """The whole use-case layer on a fresh database (``db_url``), with a fixed clock."""
    from kiosk.app import build

    built = build(settings, clock=clock)
    yield built
    close_database()


def _in_ci() -> bool:
    """CI is set (to anything but an empty, "0" or "false" value)."""
    return os.environ.get("CI", "").strip().lower() not in {"", "0", "false", "no"}


@pytest.fixture(scope="session")
def cups_server() -> Iterator[object]:
    """A private cupsd on a unix socket with a cups-pdf queue ``kiosk-pdf`` (tests/helpers_cups).

    Where cupsd or cups-pdf is missing (or the tests do not run as root), the tests that use it
    are skipped on a developer's machine, and fail under CI, which must really run them.
    """
    from tests.helpers_cups import CupsUnavailableForTests, private_cupsd

    try:
        with private_cupsd() as server:
            yield server
            return
    except CupsUnavailableForTests as error:
        reason = f"private cupsd with cups-pdf unavailable: {error}"
    if _in_ci():
        pytest.fail(f"{reason} (CI is set: these tests must run there)", pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[object]:
    """A private PostgreSQL server with a ``kiosk_test`` database (tests/helpers_pg).

    Where the server binaries or the driver are missing, the PostgreSQL variants of the tests
    are skipped on a developer's machine, and fail under CI, which must really run them.
    """
    from tests.helpers_pg import PostgresUnavailableForTests, private_postgres

    try:
        with private_postgres() as server:
            yield server
            return
    except PostgresUnavailableForTests as error:
        reason = f"private PostgreSQL server unavailable: {error}"
    if _in_ci():
        pytest.fail(f"{reason} (CI is set: these tests must run there)", pytrace=False)
    pytest.skip(reason)


# Property-based tests (hypothesis): the same examples on every run, so CI is repeatable, and no
# example database written into the work tree.
from hypothesis import settings as hypothesis_settings  # noqa: E402

hypothesis_settings.register_profile(
    "kiosk", max_examples=200, deadline=None, derandomize=True, database=None
)
hypothesis_settings.load_profile("kiosk")
