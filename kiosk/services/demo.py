"""Realistic demo visits for training and demonstrations.

The visits go through the same use cases as the window (validation, numbering, slip printing),
so a demo exercises the real path. The mix of services follows the Cisauk lane's first month
(KTP 59, akta kelahiran 35, KIA 3, SKTM 30 of 176).
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, timedelta

from kiosk.domain.catalogue import Catalogue
from kiosk.domain.visit import Channel, RequestDraft, VisitDraft

# Kemendagri kecamatan codes of Kab. Tangerang around the office (Cisauk = 36.03.23).
_REGIONS = ("360323", "360323", "360323", "360304", "360318", "360319", "360112", "367403")
_FIRST = (
    "AHMAD",
    "SITI",
    "BUDI",
    "DEWI",
    "RUDI",
    "NURUL",
    "AGUS",
    "RINA",
    "HENDRA",
    "YULI",
    "IWAN",
    "FITRI",
    "DEDI",
    "LESTARI",
    "ASEP",
    "WATI",
    "EKO",
    "INDAH",
    "JOKO",
    "AYU",
)
_LAST = (
    "SETIAWAN",
    "RAHAYU",
    "HIDAYAT",
    "SUSANTI",
    "SAPUTRA",
    "WULANDARI",
    "KURNIAWAN",
    "PERMATA",
    "GUNAWAN",
    "MAULANA",
    "NURHAYATI",
    "SOPIAN",
    "HERMAWAN",
    "FAUZIAH",
)
_MOBILE = ("0812", "0813", "0821", "0852", "0857", "0878", "0896", "0838")
_PLATE_SUFFIX = "ABCDEFGHJKLMNPRSTUVWXYZ"
# (service code, weight): first month of the lane, the remaining 49 spread over other services.
_MIX = (
    ("KTP_RUSAK", 25),
    ("KTP_HILANG", 18),
    ("KTP_PERUBAHAN", 16),
    ("AKTA_LAHIR", 35),
    ("KIA", 3),
    ("SKTM", 30),
    ("KK_PERUBAHAN", 14),
    ("KK_BARU", 8),
    ("KK_HILANG_RUSAK", 5),
    ("WARIS", 5),
    ("PBB_CETAK", 8),
    ("DOMISILI", 5),
    ("LAINNYA", 4),
)


class DemoVisits:
    """An endless stream of plausible visit drafts."""

    def __init__(self, catalogue: Catalogue, *, seed: int | None = None, today: date) -> None:
        self._catalogue = catalogue
        self._random = random.Random(seed)
        self._today = today
        self._mix = [(code, w) for code, w in _MIX if code in catalogue]

    def __iter__(self) -> Iterator[VisitDraft]:
        while True:
            yield self.next_visit()

    def next_visit(self, channel: Channel | None = None) -> VisitDraft:
        """One visit: mostly cars, some walk-ins; sometimes a second applicant in the car."""
        rnd = self._random
        if channel is None:
            channel = Channel.DRIVE_THRU if rnd.random() < 0.75 else Channel.LOKET
        count = 2 if rnd.random() < 0.15 else 1
        requests = []
        family = rnd.choice(_LAST)
        for _ in range(count):
            requests.append(self._request(family, drive_thru=channel is Channel.DRIVE_THRU))
        plate = self._plate() if channel is Channel.DRIVE_THRU else ""
        return VisitDraft(channel=channel, requests=tuple(requests), plate=plate)

    def _request(self, family: str, *, drive_thru: bool) -> RequestDraft:
        rnd = self._random
        mix = [(c, w) for c, w in self._mix if not drive_thru or self._catalogue.get(c).drive_thru]
        code = rnd.choices([c for c, _ in mix], weights=[w for _, w in mix])[0]
        service = self._catalogue.get(code)
        received = list(service.requirements)
        if received and rnd.random() < 0.2:
            received.pop(rnd.randrange(len(received)))
        female = rnd.random() < 0.5
        phone = ""
        if rnd.random() < 0.8:
            phone = f"{rnd.choice(_MOBILE)}-{rnd.randint(1000, 9999)}-{rnd.randint(1000, 9999)}"
        return RequestDraft(
            service_code=code,
            nik=self._nik(female),
            name=f"{rnd.choice(_FIRST)} {family}",
            phone=phone,
            received=tuple(received),
        )

    def _nik(self, female: bool) -> str:
        rnd = self._random
        age_days = rnd.randint(17 * 365, 75 * 365)
        born = self._today - timedelta(days=age_days)
        day = born.day + (40 if female else 0)
        serial = rnd.randint(1, 9999)
        return f"{rnd.choice(_REGIONS)}{day:02d}{born:%m%y}{serial:04d}"

    def _plate(self) -> str:
        rnd = self._random
        region = "B" if rnd.random() < 0.85 else "A"
        letters = "".join(rnd.choice(_PLATE_SUFFIX) for _ in range(rnd.randint(2, 3)))
        return f"{region} {rnd.randint(1, 9999)} {letters}"
