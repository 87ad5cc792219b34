"""Settings of one installation, as a frozen dataclass read from a TOML file and the environment.

Everything of an installation lives under one folder, its *home*: ``settings.toml``, the SQLite
database, the editable service catalogue, the print outbox and the logs. The home is ``--home DIR``
or ``KIOSK_HOME``, else the platform's user data folder. ``KIOSK_DB`` overrides the database URL
(so several lanes can point at one shared server without editing each file).
No Qt here: the command line (reports, backups) reads the same settings with no window.
"""

from __future__ import annotations

import json
import os
import shutil
import tomllib
from dataclasses import dataclass, field, fields, replace
from datetime import date
from pathlib import Path
from typing import Any

from kiosk.domain.messages import QT_TRANSLATE_NOOP, Translatable
from kiosk.resources import resource_path

SETTINGS_FILE = "settings.toml"
CATALOGUE_FILE = "catalogue.json"
PAPER_WIDTHS_MM = (80, 58)
RECEIPT_PAPERS = ("A4", "80", "58")
PRINTER_KINDS = ("cups:", "qt:")
MIN_RETENTION_DAYS = 30
MAX_OFFICE_LINE = 80
LOGO_SUFFIXES = (".png", ".jpg", ".jpeg")


class SettingsError(Translatable, ValueError):
    """The settings file cannot be read or holds an invalid value (Indonesian message, marked
    for the window's translation: :mod:`kiosk.domain.messages`)."""


@dataclass(frozen=True)
class Office:
    """Identity of the office, printed on slips and receipts."""

    government: str = "PEMERINTAH KABUPATEN TANGERANG"
    kecamatan: str = "KECAMATAN CISAUK"
    address: str = "Jl. Raya Cisauk, Kec. Cisauk, Kabupaten Tangerang, Banten"
    phone: str = ""
    lane_name: str = "Pelayanan Tanpa Turun"
    # the office's emblem on letterheads: a PNG or JPEG file in the home folder ("" = none)
    logo: str = ""

    @property
    def letterhead(self) -> tuple[str, ...]:
        """The heading lines of every printed document."""
        return (self.government, self.kecamatan)


@dataclass(frozen=True)
class Station:
    """Which lane or counter this PC is."""

    name: str = "Jalur 1"


@dataclass(frozen=True)
class Numbering:
    """How queue numbers are prefixed."""

    by_service: bool = False
    drive_thru_prefix: str = "D"
    loket_prefix: str = "L"


@dataclass(frozen=True)
class Printing:
    """Paper and printer."""

    paper_width_mm: int = 80
    receipt_paper: str = "A4"
    # "outbox" (PDFs into outbox_dir), "cups:NAME" (a CUPS queue), "qt:NAME" (Qt, for Windows)
    printer: str = "outbox"
    # "" = the same printer as the slips
    receipt_printer: str = ""
    slip_copies: int = 1
    receipt_copies: int = 1
    outbox_dir: str = ""


@dataclass(frozen=True)
class Flow:
    """How visits move along."""

    no_show_after_calls: int = 3
    # Collective leave days ("YYYY-MM-DD"), decided by decree each year: not working days.
    cuti_bersama: tuple[str, ...] = ()


@dataclass(frozen=True)
class Display:
    """The public display facing the lane."""

    chime: bool = False
    recent_calls: int = 5
    poll_ms: int = 500


@dataclass(frozen=True)
class Privacy:
    """How long personal data is kept (UU 27/2022 PDP), and the daily backups."""

    # after this many days a visit's NIK, name, phone, plate and notes are erased
    retention_days: int = 365
    # how many daily backups (backups/daily) are kept
    backups_kept: int = 14
    # the lane window locks itself after this many minutes without a touch (PIN to go on)
    idle_lock_minutes: int = 5


@dataclass(frozen=True)
class Settings:
    """All settings of one installation. Build with :func:`load_settings`."""

    home: Path
    database_url: str = ""
    language: str = "id"
    office: Office = field(default_factory=Office)
    station: Station = field(default_factory=Station)
    numbering: Numbering = field(default_factory=Numbering)
    printing: Printing = field(default_factory=Printing)
    flow: Flow = field(default_factory=Flow)
    display: Display = field(default_factory=Display)
    privacy: Privacy = field(default_factory=Privacy)

    @property
    def cuti_bersama(self) -> tuple[date, ...]:
        """The collective leave days as dates (validated when the settings were read)."""
        return tuple(date.fromisoformat(d) for d in self.flow.cuti_bersama)

    @property
    def db_url(self) -> str:
        """The database URL; the embedded default is a SQLite file in the home folder."""
        return self.database_url or f"sqlite:///{self.home / 'kiosk.sqlite3'}"

    @property
    def logo_path(self) -> Path | None:
        """The office's logo file, if one is set and present."""
        if not self.office.logo:
            return None
        path = self.home / self.office.logo
        return path if path.is_file() else None

    @property
    def outbox(self) -> Path:
        """Folder where printed PDFs land when no spooler is configured."""
        return Path(self.printing.outbox_dir) if self.printing.outbox_dir else self.home / "outbox"

    @property
    def log_dir(self) -> Path:
        return self.home / "logs"

    @property
    def backup_dir(self) -> Path:
        """Backups: before a migration or a restore, and the daily ones (``daily/``)."""
        return self.home / "backups"

    @property
    def catalogue_path(self) -> Path:
        """The office's editable catalogue (copied from the shipped one on first run)."""
        return self.home / CATALOGUE_FILE


def default_home() -> Path:
    """The platform's user data folder for the kiosk."""
    from platformdirs import user_data_path

    return user_data_path("kiosk-tanpa-turun", appauthor=False)


def resolve_home(home: str | os.PathLike[str] | None = None) -> Path:
    """``--home`` first, then ``KIOSK_HOME``, then the platform's user data folder."""
    if home:
        return Path(home).expanduser().resolve()
    env = os.environ.get("KIOSK_HOME")
    if env:
        return Path(env).expanduser().resolve()
    return default_home()


def load_settings(home: str | os.PathLike[str] | None = None, *, create: bool = True) -> Settings:
    """Read the settings of an installation, creating its home and defaults on first run."""
    root = resolve_home(home)
    path = root / SETTINGS_FILE
    if create:
        root.mkdir(parents=True, exist_ok=True)
        if not path.exists():
            path.write_text(render_settings(Settings(home=root)), encoding="utf-8")
        catalogue = root / CATALOGUE_FILE
        if not catalogue.exists():
            shutil.copyfile(resource_path(CATALOGUE_FILE), catalogue)
    data: dict[str, Any] = {}
    if path.exists():
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as err:
            raise SettingsError(
                QT_TRANSLATE_NOOP(
                    "Messages", "Berkas pengaturan {path} tidak dapat dibaca: {error}"
                ),
                path=path,
                error=err,
            ) from err
    settings = _settings_from_dict(root, data)
    env_db = os.environ.get("KIOSK_DB")
    if env_db:
        settings = replace(settings, database_url=env_db)
    return settings


def _section(cls: type, data: dict[str, Any], name: str) -> Any:
    raw = data.get(name, {})
    if not isinstance(raw, dict):
        raise SettingsError(
            QT_TRANSLATE_NOOP("Messages", "Bagian [{name}] pada pengaturan harus berupa tabel."),
            name=name,
        )
    known = {f.name: f for f in fields(cls)}
    unknown = sorted(set(raw) - set(known))
    if unknown:
        raise SettingsError(
            QT_TRANSLATE_NOOP("Messages", "Pengaturan tidak dikenal di [{name}]: {keys}."),
            name=name,
            keys=tuple(unknown),
        )
    values = {}
    for key, value in raw.items():
        expected = type(getattr(cls(), key))
        if expected is tuple and isinstance(value, list):
            value = tuple(value)
        if not isinstance(value, expected):
            raise SettingsError(
                QT_TRANSLATE_NOOP(
                    "Messages", "Pengaturan [{name}] {key} harus bertipe {type}, bukan {value}."
                ),
                name=name,
                key=key,
                type=expected.__name__,
                value=repr(value),
            )
        values[key] = value
    return cls(**values)


def _settings_from_dict(home: Path, data: dict[str, Any]) -> Settings:
    general = data.get("general", {})
    printing = _section(Printing, data, "printing")
    if printing.paper_width_mm not in PAPER_WIDTHS_MM:
        raise SettingsError(QT_TRANSLATE_NOOP("Messages", "Lebar kertas harus 80 atau 58 mm."))
    if printing.receipt_paper not in RECEIPT_PAPERS:
        raise SettingsError(
            QT_TRANSLATE_NOOP("Messages", 'Kertas tanda terima harus "A4", "80" atau "58".')
        )
    for name in (printing.printer, printing.receipt_printer):
        if name and not (name == "outbox" or name.startswith(PRINTER_KINDS)):
            raise SettingsError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    'Printer {name} tidak dikenal: pakai "outbox", "cups:NAMA" atau "qt:NAMA".',
                ),
                name=repr(name),
            )
    if not (1 <= printing.slip_copies <= 5 and 1 <= printing.receipt_copies <= 5):
        raise SettingsError(QT_TRANSLATE_NOOP("Messages", "Jumlah salinan cetak harus 1 sampai 5."))
    flow = _section(Flow, data, "flow")
    if flow.no_show_after_calls < 1:
        raise SettingsError(QT_TRANSLATE_NOOP("Messages", "no_show_after_calls minimal 1."))
    for day in flow.cuti_bersama:
        try:
            date.fromisoformat(str(day))
        except ValueError:
            raise SettingsError(
                QT_TRANSLATE_NOOP(
                    "Messages", "Tanggal cuti bersama {day} tidak valid (pakai format TTTT-BB-HH)."
                ),
                day=repr(day),
            ) from None
    display = _section(Display, data, "display")
    if display.recent_calls < 1 or display.poll_ms < 100:
        raise SettingsError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Pengaturan [display] tidak valid: recent_calls >= 1, poll_ms >= 100.",
            )
        )
    office = _section(Office, data, "office")
    for key in ("government", "kecamatan", "lane_name"):
        value = getattr(office, key)
        if not value.strip() or len(value) > MAX_OFFICE_LINE:
            raise SettingsError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Pengaturan [office] {key} wajib diisi, paling banyak {length} huruf.",
                ),
                key=key,
                length=MAX_OFFICE_LINE,
            )
    if len(office.address) > 2 * MAX_OFFICE_LINE or len(office.phone) > 30:
        raise SettingsError(
            QT_TRANSLATE_NOOP("Messages", "Alamat atau telepon kantor terlalu panjang.")
        )
    if office.logo and Path(office.logo).suffix.lower() not in LOGO_SUFFIXES:
        raise SettingsError(QT_TRANSLATE_NOOP("Messages", "Logo harus berkas PNG atau JPEG."))
    station = _section(Station, data, "station")
    if not station.name.strip() or len(station.name) > 40:
        raise SettingsError(
            QT_TRANSLATE_NOOP("Messages", "Nama jalur/loket wajib diisi, paling banyak 40 huruf.")
        )
    numbering = _section(Numbering, data, "numbering")
    for prefix in (numbering.drive_thru_prefix, numbering.loket_prefix):
        if not (prefix.isascii() and prefix.isalnum() and len(prefix) <= 3):
            raise SettingsError(
                QT_TRANSLATE_NOOP(
                    "Messages", "Awalan nomor antrean {prefix} hanya boleh 1-3 huruf/angka."
                ),
                prefix=repr(prefix),
            )
    privacy = _section(Privacy, data, "privacy")
    if privacy.retention_days < MIN_RETENTION_DAYS:
        raise SettingsError(
            QT_TRANSLATE_NOOP(
                "Messages", "Pengaturan [privacy] retention_days minimal {days} hari."
            ),
            days=MIN_RETENTION_DAYS,
        )
    if privacy.backups_kept < 1:
        raise SettingsError(
            QT_TRANSLATE_NOOP("Messages", "Pengaturan [privacy] backups_kept minimal 1.")
        )
    if not 1 <= privacy.idle_lock_minutes <= 60:
        raise SettingsError(
            QT_TRANSLATE_NOOP(
                "Messages", "Pengaturan [privacy] idle_lock_minutes harus 1 sampai 60."
            )
        )
    language = general.get("language", "id")
    if language not in ("id", "en"):
        raise SettingsError(QT_TRANSLATE_NOOP("Messages", "Bahasa harus 'id' atau 'en'."))
    return Settings(
        home=home,
        database_url=str(general.get("database_url", "")),
        language=language,
        office=office,
        station=station,
        numbering=numbering,
        printing=printing,
        flow=flow,
        display=display,
        privacy=privacy,
    )


def render_settings(settings: Settings) -> str:
    """The settings file for ``settings``, with its comments (what the settings screen saves)."""
    office, printing, flow, display = (
        settings.office,
        settings.printing,
        settings.flow,
        settings.display,
    )

    def v(value: object) -> str:
        # JSON's strings, numbers, booleans and lists of strings are valid TOML
        return json.dumps(list(value) if isinstance(value, tuple) else value)

    return f"""\
# Settings of this kiosk installation: set on screen (⚙ Pengaturan), or edit and restart.

[general]
# Empty: the embedded SQLite file in this folder. For several lanes on one queue:
# database_url = "postgresql://user:password@server/kiosk"
database_url = {v(settings.database_url)}
# "id" (Bahasa Indonesia) or "en"
language = {v(settings.language)}

[office]
government = {v(office.government)}
kecamatan = {v(office.kecamatan)}
address = {v(office.address)}
phone = {v(office.phone)}
lane_name = {v(office.lane_name)}
# the emblem on letterheads: a PNG or JPEG file in this folder ("" = none)
logo = {v(office.logo)}

[station]
# Which lane or counter this PC is (the display sends a called car here)
name = {v(settings.station.name)}

[numbering]
# true: a visit takes the prefix of its first service (set "prefix" per service in catalogue.json)
by_service = {v(settings.numbering.by_service)}
drive_thru_prefix = {v(settings.numbering.drive_thru_prefix)}
loket_prefix = {v(settings.numbering.loket_prefix)}

[printing]
# 80 or 58 (mm thermal roll) for queue slips
paper_width_mm = {v(printing.paper_width_mm)}
# "A4", "80" or "58" for receipts (tanda terima)
receipt_paper = {v(printing.receipt_paper)}
# "outbox" (PDFs into outbox_dir), "cups:NAME" (a CUPS queue) or "qt:NAME" (Qt, Windows)
printer = {v(printing.printer)}
# "" = the same printer as the slips
receipt_printer = {v(printing.receipt_printer)}
slip_copies = {v(printing.slip_copies)}
receipt_copies = {v(printing.receipt_copies)}
# where "outbox" writes (default: the outbox folder here)
outbox_dir = {v(printing.outbox_dir)}

[flow]
# a called resident who does not come may be marked "Tidak Hadir" after this many calls
no_show_after_calls = {v(flow.no_show_after_calls)}
# collective leave days (cuti bersama) of the year, "YYYY-MM-DD", not counted as working days
cuti_bersama = {v(flow.cuti_bersama)}

[display]
# a chime on each call on the public display (needs pw-play, paplay or aplay on the PC)
chime = {v(display.chime)}
recent_calls = {v(display.recent_calls)}
poll_ms = {v(display.poll_ms)}

[privacy]
# days a visit's personal data (NIK, name, phone, plate, notes) is kept; after that it is erased
# and only anonymous figures stay (at least 30)
retention_days = {v(settings.privacy.retention_days)}
# daily backups kept in backups/daily (they hold personal data: keep them on this PC only)
backups_kept = {v(settings.privacy.backups_kept)}
# the lane window locks itself after this many idle minutes (the officer's PIN unlocks it)
idle_lock_minutes = {v(settings.privacy.idle_lock_minutes)}
"""


def save_settings(settings: Settings) -> Path:
    """Write ``settings`` to its home's settings file, atomically; the file's path."""
    path = settings.home / SETTINGS_FILE
    text = render_settings(settings)
    _settings_from_dict(settings.home, tomllib.loads(text))  # never write what cannot be read
    temporary = path.with_suffix(".toml.tmp")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, path)
    return path
