"""Settings: one home folder per installation, defaults for Cisauk, clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.config import SettingsError, load_settings, resolve_home


def test_first_run_writes_defaults_and_the_editable_catalogue(home: Path) -> None:
    settings = load_settings(home)
    assert (home / "settings.toml").is_file()
    assert (home / "catalogue.json").is_file()
    assert settings.db_url == f"sqlite:///{home / 'kiosk.sqlite3'}"
    assert settings.outbox == home / "outbox"
    assert settings.log_dir == home / "logs"
    assert settings.office.letterhead == ("PEMERINTAH KABUPATEN TANGERANG", "KECAMATAN CISAUK")
    assert settings.printing.paper_width_mm == 80
    assert settings.numbering.drive_thru_prefix == "D"


def test_the_settings_file_is_read(home: Path) -> None:
    load_settings(home)
    text = (home / "settings.toml").read_text()
    text = text.replace("paper_width_mm = 80", "paper_width_mm = 58")
    text = text.replace('name = "Jalur 1"', 'name = "Loket 2"')
    (home / "settings.toml").write_text(text)
    settings = load_settings(home)
    assert settings.printing.paper_width_mm == 58
    assert settings.station.name == "Loket 2"


def test_home_comes_from_argument_then_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KIOSK_HOME", str(tmp_path / "env"))
    assert resolve_home() == tmp_path / "env"
    assert resolve_home(tmp_path / "arg") == tmp_path / "arg"
    monkeypatch.delenv("KIOSK_HOME")
    assert resolve_home().name == "kiosk-tanpa-turun"  # the platform's user data folder


def test_kiosk_db_overrides_the_database_url(home: Path, monkeypatch) -> None:
    monkeypatch.setenv("KIOSK_DB", "postgresql://lane@server/kiosk")
    assert load_settings(home).db_url == "postgresql://lane@server/kiosk"


@pytest.mark.parametrize(
    ("replace", "words"),
    [
        (("paper_width_mm = 80", "paper_width_mm = 75"), "80 atau 58"),
        (("paper_width_mm = 80", 'paper_width_mm = "80"'), "harus bertipe int"),
        (('language = "id"', 'language = "fr"'), "Bahasa"),
        (('drive_thru_prefix = "D"', 'drive_thru_prefix = "D-"'), "huruf/angka"),
        (("[station]", "[station]\ncolour = 1"), "tidak dikenal"),
        (("[office]", "[office"), "tidak dapat dibaca"),
    ],
)
def test_bad_settings_are_refused_in_indonesian(home: Path, replace, words: str) -> None:
    load_settings(home)
    path = home / "settings.toml"
    path.write_text(path.read_text().replace(*replace))
    with pytest.raises(SettingsError, match=words):
        load_settings(home)


def test_the_idle_lock_is_a_setting(home: Path) -> None:
    settings = load_settings(home)
    assert settings.privacy.idle_lock_minutes == 5
    path = home / "settings.toml"
    path.write_text(path.read_text().replace("idle_lock_minutes = 5", "idle_lock_minutes = 2"))
    assert load_settings(home).privacy.idle_lock_minutes == 2
    path.write_text(path.read_text().replace("idle_lock_minutes = 2", "idle_lock_minutes = 0"))
    with pytest.raises(SettingsError, match="idle_lock_minutes"):
        load_settings(home)
