"""A private PostgreSQL server for the store and services tests (and CI).

:func:`private_postgres` runs ``initdb`` into a temporary folder owned by the ``postgres``
account (trust authentication: the server listens on 127.0.0.1 only, on a free port, and on a
unix socket inside that folder), starts it with ``pg_ctl``, waits until ``pg_isready`` answers,
creates a role ``kiosk`` and a database ``kiosk_test`` owned by it, and yields
``postgresql://kiosk@127.0.0.1:PORT/kiosk_test``. On exit it stops the server
(``pg_ctl stop -m immediate``) and removes the folder.

The server binaries are Debian's (package ``postgresql``, under ``/usr/lib/postgresql/<N>/bin``).
PostgreSQL refuses to run as root, so as root they run as ``postgres`` (``runuser``); as another
user they run as that user.

:func:`reset_schema` gives a test an empty database in a few milliseconds
(``DROP SCHEMA public CASCADE; CREATE SCHEMA public``), which is cheaper than a new database.
"""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

PG_ROOT = Path("/usr/lib/postgresql")
ROLE = "kiosk"
DATABASE = "kiosk_test"
START_TIMEOUT_S = 30.0
COMMAND_TIMEOUT_S = 30.0
_POLL_S = 0.05


class PostgresUnavailableForTests(Exception):
    """The private PostgreSQL server could not be started (the message says why)."""


def _bin_dir() -> Path | None:
    """The newest ``/usr/lib/postgresql/<N>/bin`` with initdb and pg_ctl, or None."""
    if not PG_ROOT.is_dir():
        return None
    found = []
    for child in PG_ROOT.iterdir():
        binaries = child / "bin"
        if (
            child.name.isdigit()
            and (binaries / "initdb").exists()
            and (binaries / "pg_ctl").exists()
        ):
            found.append((int(child.name), binaries))
    return max(found)[1] if found else None


def missing_prerequisites() -> str | None:
    """Why a private PostgreSQL server cannot run here, or None when it can."""
    if _bin_dir() is None:
        return f"no initdb/pg_ctl under {PG_ROOT}/<version>/bin (Debian package postgresql)"
    try:
        import psycopg2  # noqa: F401
    except ImportError:
        return "the psycopg2 driver is not installed (pip install -e '.[dev]')"
    if os.geteuid() == 0:
        try:
            pwd.getpwnam("postgres")
        except KeyError:
            return "running as root without a postgres account to run the server as"
        if shutil.which("runuser") is None:
            return "running as root without runuser to run the server as postgres"
    return None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _environment() -> dict[str, str]:
    environment = dict(os.environ)
    environment["LC_ALL"] = "C"
    environment.pop("LANGUAGE", None)
    for name in ("PGHOST", "PGPORT", "PGUSER", "PGDATABASE", "PGPASSWORD", "PGDATA"):
        environment.pop(name, None)
    return environment


class PostgresServer:
    """A running private PostgreSQL server and the URL of its test database."""

    def __init__(self, root: Path, binaries: Path, port: int) -> None:
        self.root = root
        self.binaries = binaries
        self.port = port
        self.data = root / "data"
        self.url = f"postgresql://{ROLE}@127.0.0.1:{port}/{DATABASE}"

    def __repr__(self) -> str:
        return f"PostgresServer(url={self.url!r})"

    def run(self, program: str, *arguments: str, check: bool = True) -> subprocess.CompletedProcess:
        """Run a server binary (as ``postgres`` when we are root)."""
        command = [str(self.binaries / program), *arguments]
        if os.geteuid() == 0:
            command = ["runuser", "-u", "postgres", "--", *command]
        completed = subprocess.run(
            command,
            capture_output=True,
            text=True,
            timeout=COMMAND_TIMEOUT_S,
            env=_environment(),
            cwd=self.root,
            stdin=subprocess.DEVNULL,
            check=False,
        )
        if check and completed.returncode != 0:
            raise PostgresUnavailableForTests(
                f"{program} failed ({completed.returncode}): "
                f"{completed.stderr.strip() or completed.stdout.strip()}\n{self.log_tail()}"
            )
        return completed

    def start(self) -> None:
        """Start the server (again) on its port and wait until it answers."""
        options = (
            f"-k {self.root} -c listen_addresses=127.0.0.1 -p {self.port} "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        )
        self.run(
            "pg_ctl", "-D", str(self.data), "-l", str(self.root / "server.log"),
            "-o", options, "-w", "-t", str(int(START_TIMEOUT_S)), "start",
        )  # fmt: skip
        _wait_ready(self)

    def stop(self, mode: str = "fast") -> None:
        """Stop the server: ``fast`` ends every session (as a restart at an office does),
        ``immediate`` as a power cut."""
        self.run("pg_ctl", "-D", str(self.data), "-m", mode, "-w", "stop")

    def log_tail(self, lines: int = 30) -> str:
        try:
            text = (self.root / "server.log").read_text(errors="replace").splitlines()[-lines:]
        except OSError:
            return "(no server log)"
        return "postgres log:\n" + "\n".join(text)

    def psql(self, sql: str, database: str = "postgres") -> None:
        """Run SQL as the superuser over the private unix socket."""
        self.run(
            "psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", str(self.root),
            "-p", str(self.port), "-d", database, "-c", sql,
        )  # fmt: skip


def _wait_ready(server: PostgresServer) -> None:
    deadline = time.monotonic() + START_TIMEOUT_S
    while True:
        answer = server.run(
            "pg_isready", "-q", "-h", "127.0.0.1", "-p", str(server.port), check=False
        )
        if answer.returncode == 0:
            return
        if time.monotonic() >= deadline:
            raise PostgresUnavailableForTests(
                f"postgres did not answer on port {server.port} within {START_TIMEOUT_S:g} s\n"
                f"{server.log_tail()}"
            )
        time.sleep(_POLL_S)


@contextmanager
def private_postgres() -> Iterator[PostgresServer]:
    """Start a private PostgreSQL server with a ``kiosk_test`` database; stop it afterwards.

    Raises PostgresUnavailableForTests when a prerequisite is missing or the server does not start.
    """
    reason = missing_prerequisites()
    if reason is not None:
        raise PostgresUnavailableForTests(reason)
    binaries = _bin_dir()
    assert binaries is not None
    # the unix socket path must stay under 108 bytes: fall back to /tmp for a long TMPDIR
    parent = tempfile.gettempdir() if len(tempfile.gettempdir()) < 60 else "/tmp"
    root = Path(tempfile.mkdtemp(prefix="kiosk-pg-", dir=parent))
    if os.geteuid() == 0:
        account = pwd.getpwnam("postgres")
        os.chown(root, account.pw_uid, account.pw_gid)
    root.chmod(0o700)
    server = PostgresServer(root, binaries, _free_port())
    started = False
    try:
        server.run(
            "initdb", "-D", str(server.data), "-U", "postgres", "--auth=trust",
            "--encoding=UTF8", "--locale=C", "--no-sync",
        )  # fmt: skip
        started = True  # from here on, stop whatever may be running
        server.start()
        server.psql(f"CREATE ROLE {ROLE} LOGIN")
        server.psql(f"CREATE DATABASE {DATABASE} OWNER {ROLE}")
        yield server
    finally:
        if started:
            server.run("pg_ctl", "-D", str(server.data), "-m", "immediate", "stop", check=False)
        shutil.rmtree(root, ignore_errors=True)


def reset_schema(url: str) -> None:
    """Empty the test database: drop the ``public`` schema with everything in it, recreate it."""
    import psycopg2

    connection = psycopg2.connect(url)
    try:
        connection.autocommit = True
        with connection.cursor() as cursor:
            cursor.execute("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public")
    finally:
        connection.close()
