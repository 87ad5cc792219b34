"""The service catalogue: what the office offers, as editable data (resources/catalogue.json).

Each service carries the six components of a Standar Pelayanan (requirements, procedure, time,
fee, product, complaint handling), the lane's service-time target, whether the drive-thru lane
takes it, and an optional queue prefix for offices that number by service.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from kiosk.domain.errors import DomainError
from kiosk.domain.messages import QT_TRANSLATE_NOOP

DEFAULT_TARGET_MINUTES = 10
DEFAULT_PICKUP_DAYS = 3


class CatalogueError(DomainError):
    """The catalogue file is missing, unreadable or inconsistent."""


@dataclass(frozen=True)
class Service:
    """One service of the catalogue."""

    code: str
    name_id: str
    name_en: str
    handled_by: str
    output: str
    fee: str
    requirements: tuple[str, ...]
    procedure: tuple[str, ...] = ()
    time_note: str = ""
    target_minutes: int = DEFAULT_TARGET_MINUTES
    drive_thru: bool = True
    prefix: str | None = None
    pickup_days: int = DEFAULT_PICKUP_DAYS

    def name(self, locale: str = "id") -> str:
        """The service's name in the UI language."""
        return self.name_en if locale.startswith("en") else self.name_id


@dataclass(frozen=True)
class Catalogue:
    """The ordered list of services, looked up by code."""

    services: tuple[Service, ...]
    complaint: str = ""

    def __post_init__(self) -> None:
        codes = [s.code for s in self.services]
        duplicates = sorted({c for c in codes if codes.count(c) > 1})
        if duplicates:
            raise CatalogueError(
                QT_TRANSLATE_NOOP("Messages", "Kode layanan ganda di katalog: {codes}."),
                codes=tuple(duplicates),
            )

    def __iter__(self) -> Iterator[Service]:
        return iter(self.services)

    def __len__(self) -> int:
        return len(self.services)

    def __contains__(self, code: object) -> bool:
        return any(s.code == code for s in self.services)

    def get(self, code: str) -> Service:
        """The service with ``code``; an unknown code is a :class:`CatalogueError`."""
        for service in self.services:
            if service.code == code:
                return service
        raise CatalogueError(
            QT_TRANSLATE_NOOP("Messages", "Layanan dengan kode {code} tidak ada di katalog."),
            code=repr(code),
        )

    def for_drive_thru(self) -> tuple[Service, ...]:
        """The services the drive-thru lane takes, in catalogue order."""
        return tuple(s for s in self.services if s.drive_thru)

    @classmethod
    def from_dict(cls, data: dict) -> Catalogue:
        """Build from the JSON structure of resources/catalogue.json."""
        try:
            services = tuple(_service_from_dict(item) for item in data["services"])
        except (KeyError, TypeError, ValueError) as err:
            raise CatalogueError(
                QT_TRANSLATE_NOOP("Messages", "Katalog layanan tidak valid: {error}"), error=err
            ) from err
        return cls(services=services, complaint=str(data.get("complaint", "")))

    @classmethod
    def load(cls, path: Path) -> Catalogue:
        """Read a catalogue file."""
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as err:
            raise CatalogueError(
                QT_TRANSLATE_NOOP(
                    "Messages", "Katalog layanan tidak dapat dibaca ({path}): {error}"
                ),
                path=path,
                error=err,
            ) from err
        return cls.from_dict(data)


def _service_from_dict(item: dict) -> Service:
    code = str(item["code"]).strip()
    if not code:
        raise ValueError("kode layanan kosong")
    target = int(item.get("target_minutes") or DEFAULT_TARGET_MINUTES)
    if target <= 0:
        raise ValueError(f"target_minutes {code} harus lebih dari 0")
    pickup_days = int(item.get("pickup_days", DEFAULT_PICKUP_DAYS))
    if pickup_days < 0:
        raise ValueError(f"pickup_days {code} tidak boleh negatif")
    prefix = item.get("prefix") or None
    if prefix is not None and not str(prefix).isalnum():
        raise ValueError(f"prefix {code} hanya boleh huruf/angka")
    return Service(
        code=code,
        name_id=str(item["name_id"]),
        name_en=str(item.get("name_en") or item["name_id"]),
        handled_by=str(item.get("handled_by", "")),
        output=str(item.get("output", "")),
        fee=str(item.get("fee", "Gratis")),
        requirements=tuple(str(r) for r in item.get("requirements", ())),
        procedure=tuple(str(p) for p in item.get("procedure", ())),
        time_note=str(item.get("time_note", "")),
        target_minutes=target,
        drive_thru=bool(item.get("drive_thru", True)),
        prefix=str(prefix).upper() if prefix else None,
        pickup_days=pickup_days,
    )
