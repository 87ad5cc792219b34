"""`kiosk --self-check`: one line per check, exit status 0 only when all of them pass."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk import selfcheck
from kiosk.cli import main
from kiosk.store import close_database
from kiosk.store.migrations import LATEST_VERSION

CHECKS = ["settings", "database", "fonts", "slip", "translations", "qt"]
MAIN = Path(__file__).resolve().parents[1]

TS_SOURCE = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>LaneScreen</name>
    <message>
        <source>Proses</source>
        <translation>Process</translation>
    </message>
</context>
</TS>
"""


def run_in_process(home: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, list[str]]:
    try:
        status = main(["--home", str(home), "--self-check"])
    finally:
        close_database()
    return status, capsys.readouterr().out.splitlines()


def by_check(lines: list[str]) -> dict[str, str]:
    """{"database": "OK database: sqlite, ...", ...}"""
    found = {}
    for line in lines:
        match = re.match(r"^(OK|GAGAL) ([a-z]+): ", line)
        assert match, f"not a check line: {line!r}"
        found[match[2]] = line
    return found


def test_a_fresh_home_passes_every_check(home: Path, capsys) -> None:
    status, lines = run_in_process(home, capsys)

    assert status == 0, lines
    assert [line.split(":")[0] for line in lines] == [f"OK {name}" for name in CHECKS]
    checks = by_check(lines)
    assert checks["settings"] == f"OK settings: {home}, catalogue of 17 services"
    assert checks["database"] == f"OK database: sqlite, schema {LATEST_VERSION}, integrity ok"
    assert "4 TTF" in checks["fonts"] and "DejaVuSans" in checks["fonts"]
    assert re.match(r"OK slip: 80 mm queue slip rendered in memory: PDF, 1 page, ", checks["slip"])
    assert re.match(r"OK translations: \d+ (found|loaded)", checks["translations"])
    assert "platform offscreen" in checks["qt"]
    # a fresh home got its settings and a database, as the kiosk's first start does
    assert (home / "settings.toml").is_file()
    assert (home / "kiosk.sqlite3").is_file()


def test_a_second_run_on_the_same_home_passes_too(home: Path, capsys) -> None:
    assert run_in_process(home, capsys)[0] == 0
    status, lines = run_in_process(home, capsys)
    assert status == 0, lines


def test_a_damaged_database_fails_its_check_and_the_others_still_run(home: Path, capsys) -> None:
    (home / "kiosk.sqlite3").write_bytes(b"this is not a SQLite database" * 200)

    status, lines = run_in_process(home, capsys)

    assert status == 1
    checks = by_check(lines)
    assert list(checks) == CHECKS
    assert checks["database"].startswith("GAGAL database: ")
    assert all(checks[name].startswith("OK ") for name in CHECKS if name != "database")


def test_an_unreachable_server_fails_the_database_check_without_its_password(
    home: Path, capsys, monkeypatch
) -> None:
    monkeypatch.setenv("KIOSK_DB", "postgresql://kiosk:s3cret-pw@127.0.0.1:1/kiosk")

    status, lines = run_in_process(home, capsys)

    assert status == 1
    database = by_check(lines)["database"]
    assert database.startswith("GAGAL database: StoreError: ")
    assert "postgresql://kiosk:***@127.0.0.1:1/kiosk" in database
    assert "s3cret-pw" not in "\n".join(lines)


def test_masked_url() -> None:
    assert (
        selfcheck.masked_url("postgresql://u:pw@host:5432/db") == "postgresql://u:***@host:5432/db"
    )
    assert selfcheck.masked_url("postgresql://u@host/db") == "postgresql://u@host/db"
    assert selfcheck.masked_url("sqlite:////srv/lane1/kiosk.sqlite3") == (
        "sqlite:////srv/lane1/kiosk.sqlite3"
    )


def test_a_postgresql_database_passes(home: Path, capsys, monkeypatch, postgres_server) -> None:
    from tests.helpers_pg import reset_schema

    reset_schema(postgres_server.url)
    monkeypatch.setenv("KIOSK_DB", postgres_server.url)

    status, lines = run_in_process(home, capsys)

    assert status == 0, lines
    assert by_check(lines)["database"] == f"OK database: postgresql, schema {LATEST_VERSION}"


def test_unreadable_settings_fail_settings_and_database(home: Path, capsys) -> None:
    (home / "settings.toml").write_text("[printing]\npaper_width_mm = 99\n")

    status, lines = run_in_process(home, capsys)

    assert status == 1
    checks = by_check(lines)
    assert checks["settings"].startswith("GAGAL settings: ")
    assert "80 atau 58" in checks["settings"]
    assert checks["database"] == "GAGAL database: not opened: the settings could not be read"
    # the slip is still rendered, on the default 80 mm roll
    assert checks["slip"].startswith("OK slip: 80 mm")
    assert not (home / "kiosk.sqlite3").exists()


def test_a_slip_that_is_not_a_one_page_pdf_fails(home: Path, capsys, monkeypatch) -> None:
    from kiosk.printing import slip

    monkeypatch.setattr(slip, "render_slip", lambda data, width: b"<html>slip</html>")

    status, lines = run_in_process(home, capsys)

    assert status == 1
    assert by_check(lines)["slip"].startswith("GAGAL slip: the rendered slip is not a PDF")


def test_the_slip_uses_the_configured_roll_width(home: Path, capsys) -> None:
    (home / "settings.toml").write_text("[printing]\npaper_width_mm = 58\n")

    status, lines = run_in_process(home, capsys)

    assert status == 0, lines
    assert by_check(lines)["slip"].startswith("OK slip: 58 mm queue slip")


def test_no_translations_is_reported_not_failed(tmp_path: Path) -> None:
    assert selfcheck.check_translations(tmp_path) == "0 found"
    assert selfcheck.check_translations(tmp_path / "missing") == "0 found"


def test_every_compiled_translation_is_loaded(tmp_path: Path) -> None:
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    if not lrelease.is_file():
        pytest.skip("pyside6-lrelease is not installed next to this Python")
    source = tmp_path / "kiosk_en.ts"
    source.write_text(TS_SOURCE, encoding="utf-8")
    subprocess.run(
        [str(lrelease), "-silent", str(source), "-qm", str(tmp_path / "kiosk_en.qm")], check=True
    )

    assert selfcheck.check_translations(tmp_path) == "1 loaded (kiosk_en)"


def test_a_broken_translation_fails(tmp_path: Path) -> None:
    (tmp_path / "kiosk_en.qm").write_bytes(b"not a Qt translation file")

    result = selfcheck._run("translations", lambda: selfcheck.check_translations(tmp_path))

    assert result.line() == "GAGAL translations: 1 found, cannot load kiosk_en.qm"


def test_an_error_in_a_check_becomes_its_failure_line() -> None:
    def broken() -> str:
        raise FileNotFoundError("Font file missing from the installation: /x/DejaVuSans.ttf")

    result = selfcheck._run("fonts", broken)

    assert not result.ok
    assert result.line() == (
        "GAGAL fonts: FileNotFoundError: Font file missing from the installation: /x/DejaVuSans.ttf"
    )


def test_self_check_takes_no_command(home: Path, capsys) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["--home", str(home), "--self-check", "demo"])
    assert exit_.value.code == 2
    assert "--self-check takes no command" in capsys.readouterr().err


def test_python_m_kiosk_self_check_in_a_process_of_its_own(home: Path) -> None:
    env = {**os.environ, "KIOSK_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("KIOSK_DB", None)

    done = subprocess.run(
        [sys.executable, "-m", "kiosk", "--self-check"],
        env=env,
        cwd=MAIN,
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert [line.split(":")[0] for line in lines] == [f"OK {name}" for name in CHECKS]
    assert f"OK database: sqlite, schema {LATEST_VERSION}, integrity ok" in lines
    assert (home / "kiosk.sqlite3").is_file()
