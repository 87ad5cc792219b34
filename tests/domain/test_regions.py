"""Kemendagri region codes shipped in resources/regions.json (never BPS codes)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.domain import regions
from kiosk.domain.regions import (
    PROVINCE_CODES,
    district_name,
    is_known_region,
    province_name,
    regency_name,
)
from kiosk.resources import resource_path

THE_38 = {
    "11", "12", "13", "14", "15", "16", "17", "18", "19", "21", "31", "32", "33", "34", "35", "36",
    "51", "52", "53", "61", "62", "63", "64", "65", "71", "72", "73", "74", "75", "76", "81", "82",
    "91", "92", "93", "94", "95", "96",
}  # fmt: skip


@pytest.fixture(scope="module")
def raw() -> dict:  # type: ignore[type-arg]
    with resource_path("regions.json").open(encoding="utf-8") as fh:
        return json.load(fh)


def test_province_codes_are_the_38() -> None:
    assert PROVINCE_CODES == THE_38
    assert len(PROVINCE_CODES) == 38


def test_data_file_names_exactly_the_38_provinces(raw: dict) -> None:  # type: ignore[type-arg]
    assert set(raw["provinces"]) == THE_38


@pytest.mark.parametrize(
    ("code", "name"),
    [
        ("11", "Aceh"),
        ("31", "DKI Jakarta"),
        ("32", "Jawa Barat"),
        ("36", "Banten"),
        ("65", "Kalimantan Utara"),
        ("91", "Papua"),
        ("96", "Papua Barat Daya"),
    ],
)
def test_province_name(code: str, name: str) -> None:
    assert province_name(code) == name


@pytest.mark.parametrize("code", ["00", "20", "37", "99", "", "3", "360", "ab", None, 36])
def test_province_name_of_unknown_or_malformed_code_is_none(code: object) -> None:
    assert province_name(code) is None  # type: ignore[arg-type]


def test_regency_codes_are_well_formed(raw: dict) -> None:  # type: ignore[type-arg]
    codes = list(raw["regencies"]) + list(raw["former_regencies"])
    assert len(codes) == len(set(codes))
    for code in codes:
        province, regency = code.split(".")
        assert province in THE_38, code
        assert len(regency) == 2 and regency.isdigit() and regency != "00", code


def test_regencies_01_69_are_kabupaten_and_71_99_are_kota(raw: dict) -> None:  # type: ignore[type-arg]
    for code, name in raw["regencies"].items():
        if int(code[3:]) <= 69:
            assert name.startswith("Kab. "), code
        else:
            assert name.startswith("Kota "), code


def test_all_514_current_regencies_are_listed(raw: dict) -> None:  # type: ignore[type-arg]
    names = raw["regencies"].values()
    assert len(raw["regencies"]) == 514
    assert sum(name.startswith("Kota ") for name in names) == 98
    assert {code[:2] for code in raw["regencies"]} == THE_38


@pytest.mark.parametrize(("province", "count"), [("31", 6), ("32", 27), ("36", 8)])
def test_regency_counts_of_jakarta_jawa_barat_banten(
    raw: dict,
    province: str,
    count: int,  # type: ignore[type-arg]
) -> None:
    assert sum(code.startswith(province + ".") for code in raw["regencies"]) == count


@pytest.mark.parametrize(
    ("code", "name"),
    [
        ("3603", "Kab. Tangerang"),
        ("36.03", "Kab. Tangerang"),
        ("3674", "Kota Tangerang Selatan"),
        ("3201", "Kab. Bogor"),
        ("3171", "Kota Adm. Jakarta Pusat"),
        ("9301", "Kab. Merauke"),
        ("9101", "Kab. Merauke"),  # retired in 2022, still on older NIKs
        ("9671", "Kota Sorong"),
    ],
)
def test_regency_name(code: str, name: str) -> None:
    assert regency_name(code) == name


def test_former_regencies_point_to_their_current_code(raw: dict) -> None:  # type: ignore[type-arg]
    for code, entry in raw["former_regencies"].items():
        assert code not in raw["regencies"]
        assert raw["regencies"][entry["now"]] == entry["name"]


def test_kabupaten_tangerang_has_its_29_kecamatan(raw: dict) -> None:  # type: ignore[type-arg]
    tangerang = {c: n for c, n in raw["districts"].items() if c.startswith("36.03.")}
    assert len(tangerang) == 29
    assert tangerang["36.03.23"] == "Cisauk"
    assert tangerang["36.03.01"] == "Balaraja"
    assert tangerang["36.03.28"] == "Kelapa Dua"


def test_kemendagri_code_not_bps_code() -> None:
    # BPS writes Cisauk as 3603081; in Kemendagri 36.03.08 is Mauk.
    assert district_name("360323") == "Cisauk"
    assert district_name("36.03.23") == "Cisauk"
    assert district_name("360308") == "Mauk"
    assert district_name("3603081") is None
    assert is_known_region("3603081") is False


@pytest.mark.parametrize(
    ("code", "known"),
    [
        ("360323", True),
        ("36.03.23", True),
        ("367401", True),
        ("360321", False),  # Serpong moved to Kota Tangerang Selatan in 2008
        ("360399", False),
        ("320101", True),  # no kecamatan listed for Kab. Bogor: the regency decides
        ("320199", True),
        ("329901", False),
        ("910101", True),
        ("930101", True),
        ("370101", False),
        ("360300", False),
        ("36032", False),
        ("3603233", False),
        ("abcdef", False),
        ("", False),
        (None, False),
        (360323, False),
    ],
)
def test_is_known_region(code: object, known: bool) -> None:
    assert is_known_region(code) is known  # type: ignore[arg-type]


def test_data_is_loaded_lazily_and_once() -> None:
    regions._table.cache_clear()
    assert regions._table.cache_info().currsize == 0
    province_name("36")
    is_known_region("360323")
    regency_name("3603")
    info = regions._table.cache_info()
    assert (info.misses, info.currsize) == (1, 1)


def test_identity_modules_import_no_qt_database_or_pdf() -> None:
    code = (
        "import sys\n"
        "import kiosk.domain.kk, kiosk.domain.masking, kiosk.domain.nik, kiosk.domain.people\n"
        "import kiosk.domain.phone, kiosk.domain.plate, kiosk.domain.regions\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in "
        "{'PySide6', 'shiboken6', 'peewee', 'playhouse', 'reportlab'}]\n"
        "assert not bad, bad\n"
    )
    root = Path(__file__).resolve().parents[2]
    subprocess.run([sys.executable, "-c", code], check=True, cwd=root)
