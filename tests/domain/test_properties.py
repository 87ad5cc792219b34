"""Properties of the parsers, the masking and the visit validation, on random and hostile text.

Whatever is typed, pasted or scanned, a parser either returns a valid value or raises its own
domain error with a short Indonesian message; it never raises anything else. Valid values built
from their structure parse back to themselves, and masking never shows more than it should.
The hostile strategies here are shared with tests/printing/test_properties.py.
"""

from __future__ import annotations

import re
import string
import unicodedata
from datetime import date

import pytest
from hypothesis import assume, event, example, given, settings
from hypothesis import strategies as st

from kiosk.domain.catalogue import Catalogue
from kiosk.domain.errors import DomainError, InvalidKK, InvalidNik, InvalidPhone, InvalidPlate
from kiosk.domain.kk import parse_kk
from kiosk.domain.masking import mask_nik, mask_phone, mask_plate
from kiosk.domain.nik import parse_nik
from kiosk.domain.people import Sex
from kiosk.domain.phone import parse_phone
from kiosk.domain.plate import PLATE_PATTERN, parse_plate
from kiosk.domain.regions import PROVINCE_CODES
from kiosk.domain.visit import (
    MAX_NAME_LENGTH,
    Channel,
    RequestDraft,
    VisitDraft,
    VisitInvalid,
    check_name,
    is_printable_name_char,
    normalise_name,
    validate_visit,
)
from kiosk.resources import resource_path
from tests.helpers import NIK_A, NIK_B

TODAY = date(2026, 5, 20)
CATALOGUE = Catalogue.load(resource_path("catalogue.json"))

# --- hostile text --------------------------------------------------------------------------------

HOSTILE_TEXTS = (
    "",
    " ",
    "\x00",
    "Siti\x00Rahayu",
    "Siti\nRahayu\r\n",
    "\t\x0b\x0c\x1c\x1d\x1e\x1f\x85\u2028\u2029",
    "\x1b[31mBudi\x1b[0m",
    "\x7f\x80\x9f",
    "Budi 😀",
    "👨‍👩‍👧‍👦 🚗💨 🇮🇩",
    "محمد بن عبد الله",
    "שלום עליכם",
    "\u202eirahayu\u202c",
    "\u200b\u200c\u200d\u2060\ufeff",
    "e\u0301 A\u030a n\u0303",
    "Z" + "\u0336\u0301\u0308" * 30,
    "'); DROP TABLE visit;--",
    "Robert'); DROP TABLE request; --",
    "<b>Siti</b> &amp; <br/> <font size=90>x</font> &#0; &#x1F600;",
    "%s %d {0} {name} $(rm -rf /) `id`",
    "中文名字 日本語 한국어",
    "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 ＦＵＬＬＷＩＤＴＨ",
    "\U000f0000\ue000\U0010fffd",
    "ß ı ﬀ ſ ǆ",
    "Nguyễn Thị Ánh",
    "Ma’ruf O'Neil Al-Hakim",
    "W" * 300,
    "Siti " * 60,
)

# What may stand between the digits of a NIK smuggled into a text: separators, line breaks,
# control and zero-width characters, a soft hyphen, combining marks.
BETWEEN_DIGITS = (
    "",
    " ",
    ".",
    "-",
    "\n",
    "\t",
    "\x00",
    "\u200b",
    "\u2060",
    "\ufeff",
    "\u00ad",
    "\u0301",
    "\u0336",
)


@st.composite
def smuggled_nik(draw: st.DrawFn) -> str:
    """A full NIK with separators, zero-width characters or combining marks between digits."""
    digits = draw(st.from_regex(r"[1-9][0-9]{15}", fullmatch=True))
    gaps = draw(st.lists(st.sampled_from(BETWEEN_DIGITS), min_size=15, max_size=15))
    return digits[0] + "".join(gap + digit for gap, digit in zip(gaps, digits[1:], strict=True))


def hostile_text(max_size: int = 120) -> st.SearchStrategy[str]:
    """Random unicode (no surrogates), hostile samples, and mixes of both. (A full NIK in a
    text is a case of its own: :func:`smuggled_nik`.)"""
    pieces = st.one_of(
        st.sampled_from(HOSTILE_TEXTS),
        st.text(max_size=12),
        st.sampled_from(BETWEEN_DIGITS),
    )
    return st.one_of(
        st.text(max_size=max_size),
        st.sampled_from(HOSTILE_TEXTS),
        st.lists(pieces, max_size=6).map("".join).map(lambda text: text[:max_size]),
        st.text(alphabet=st.characters(codec="utf-8"), min_size=max_size // 2, max_size=max_size),
    )


# --- messages ------------------------------------------------------------------------------------

INDONESIAN_WORDS = frozenset(
    "harus hanya tidak belum boleh wajib paling bukan berisi diisi ditemukan karakter nomor "
    "nama plat layanan pilih tanggal bulan kode huruf angka sah dapat dibaca".split()
)
# What an exception from a library or a bug would say instead of a rule's message.
NOT_A_RULE = re.compile(
    r"traceback|invalid literal|object has no attribute|nonetype|not subscriptable|"
    r"unsupported operand|index out of range|unexpected keyword",
    re.IGNORECASE,
)


def assert_indonesian_message(message: str) -> None:
    """A message fit for the officer: one printable line in Indonesian, a rule's own words."""
    assert message, "empty message"
    assert message == message.strip()
    assert message.isprintable(), f"control characters in {message!r}"
    words = set(re.findall(r"[a-z]+", message.casefold()))
    assert words & INDONESIAN_WORDS, f"not Indonesian: {message!r}"
    assert not NOT_A_RULE.search(message), f"not a rule's message: {message!r}"


def assert_refusal(error: DomainError) -> None:
    assert_indonesian_message(str(error))


# --- structured, valid values --------------------------------------------------------------------

# Birth and registration dates inside the century window, so that the two-digit year reads back.
DATES = st.dates(min_value=date(TODAY.year - 99, 1, 1), max_value=TODAY)
NIK_SEPARATORS = ".-\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
SEPARATORS = st.sampled_from(["", "", " ", ".", "-", "\u2013", "\t", "\u00a0", "  "])
PHONE_SEPARATORS = st.sampled_from(["", "", " ", ".", "-", "\t", "\u00a0", "  "])


@st.composite
def nik_parts(draw: st.DrawFn) -> tuple[str, date, Sex, int]:
    """``(digits, birth date, sex, serial)`` of a NIK made from its structure."""
    region = (
        draw(st.sampled_from(sorted(PROVINCE_CODES)))
        + f"{draw(st.integers(1, 99)):02d}"
        + f"{draw(st.integers(1, 99)):02d}"
    )
    born = draw(DATES)
    sex = draw(st.sampled_from(Sex))
    day = born.day + (40 if sex is Sex.FEMALE else 0)
    serial = draw(st.integers(1, 9999))
    digits = f"{region}{day:02d}{born:%m%y}{serial:04d}"
    return digits, born, sex, serial


@st.composite
def spaced(
    draw: st.DrawFn, digits: str, separators: st.SearchStrategy[str] = SEPARATORS
) -> str:
    """``digits`` as a person may type them: separators anywhere, white space around."""
    gaps = draw(st.lists(separators, min_size=len(digits) - 1, max_size=len(digits) - 1))
    body = digits[0] + "".join(gap + d for gap, d in zip(gaps, digits[1:], strict=True))
    return draw(st.sampled_from(["", " ", "\t"])) + body + draw(st.sampled_from(["", " ", "\n"]))


def valid_nik() -> st.SearchStrategy[str]:
    return nik_parts().map(lambda parts: parts[0])


MOBILE_PREFIXES = ("0811", "0812", "0813", "0821", "0852", "0857", "0877", "0881", "0895", "0899")


@st.composite
def mobile_digits(draw: st.DrawFn) -> str:
    """A national mobile number ``08…`` of 11 to 13 digits."""
    prefix = draw(st.sampled_from(MOBILE_PREFIXES))
    return prefix + draw(st.from_regex(r"[0-9]{7,9}", fullmatch=True))


@st.composite
def plate_parts(draw: st.DrawFn) -> tuple[str, str, str]:
    region = draw(st.text(string.ascii_uppercase, min_size=1, max_size=2))
    digits = draw(st.from_regex(r"[1-9][0-9]{0,3}", fullmatch=True))
    suffix = draw(st.text(string.ascii_uppercase, max_size=3))
    return region, digits, suffix


@st.composite
def typed_plate(draw: st.DrawFn) -> tuple[str, str]:
    """``(text as typed, stored form)``: any case, any spacing, dashes and dots."""
    region, digits, suffix = draw(plate_parts())
    stored = f"{region} {digits} {suffix}".rstrip()
    first, last = (
        "".join(c.lower() if draw(st.booleans()) else c for c in part) for part in (region, suffix)
    )
    gap = st.sampled_from(["", " ", "  ", "-", ".", " - ", "\t"])
    text = f"{draw(gap)}{first}{draw(gap)}{digits}{draw(gap)}{last}{draw(gap)}"
    return text, stored


# --- NIK -----------------------------------------------------------------------------------------


@given(text=st.one_of(hostile_text(), st.from_regex(r"[0-9 .\-]{10,24}", fullmatch=True)))
@example(text="3603235708900001\x00")
@example(text="".join(chr(0x0660 + int(d)) for d in NIK_A))  # Arabic-Indic digits
@example(text="3603\u200b2357 0890\u00ad0001")
@example(text="３６０３２３５７０８９０００１")  # fullwidth digits
@example(text="3603 2357 0890 0001 \u200b")
@example(text="'); DROP TABLE visit;--")
@example(text="9" * 10_000)
def test_any_text_is_a_nik_or_invalid_nik(text: str) -> None:
    try:
        nik = parse_nik(text, today=TODAY)
    except InvalidNik as err:
        assert_refusal(err)
        return
    assert all(c.isspace() or c in NIK_SEPARATORS or c in string.digits for c in text)
    assert re.fullmatch(r"[0-9]{16}", nik.value)
    assert nik.value == "".join(c for c in text if c.isdigit())
    assert all(isinstance(w, str) and w for w in nik.warnings)


@given(parts=nik_parts(), data=st.data())
def test_a_nik_built_from_its_structure_parses_back(
    parts: tuple[str, date, Sex, int], data: st.DataObject
) -> None:
    digits, born, sex, serial = parts
    typed = data.draw(spaced(digits), label="typed")

    nik = parse_nik(typed, today=TODAY)

    assert nik.value == digits
    assert (nik.region_code, nik.birth_date, nik.sex, nik.serial) == (digits[:6], born, sex, serial)
    assert parse_nik(nik.grouped, today=TODAY).value == digits
    assert digits not in repr(nik)


# --- KK ------------------------------------------------------------------------------------------


@given(text=st.one_of(hostile_text(), st.from_regex(r"[0-9 .\-]{14,20}", fullmatch=True)))
@example(text="3603231506150007\x00")
@example(text=NIK_A)  # a woman's NIK: day 57 is no KK date
def test_any_text_is_a_kk_or_invalid_kk(text: str) -> None:
    try:
        kk = parse_kk(text, today=TODAY)
    except InvalidKK as err:
        assert_refusal(err)
        return
    assert re.fullmatch(r"[0-9]{16}", kk.value)
    assert kk.registration_date <= TODAY


@given(
    region=st.sampled_from(sorted(PROVINCE_CODES)).map(lambda p: p + "0323"),
    registered=DATES,
    serial=st.integers(1, 9999),
    data=st.data(),
)
def test_a_kk_built_from_its_structure_parses_back(
    region: str, registered: date, serial: int, data: st.DataObject
) -> None:
    digits = f"{region}{registered:%d%m%y}{serial:04d}"

    kk = parse_kk(data.draw(spaced(digits), label="typed"), today=TODAY)

    assert (kk.value, kk.registration_date, kk.serial) == (digits, registered, serial)
    assert parse_kk(kk.grouped, today=TODAY).value == digits


# --- plate ---------------------------------------------------------------------------------------


ASCII_PLATE_CHARS = frozenset(string.ascii_letters + string.digits + "-.")


@given(text=st.one_of(hostile_text(40), st.from_regex(r"[A-Za-z0-9 .\-]{1,14}", fullmatch=True)))
@example(text="b 1234 ß")  # str.upper() made this "B 1234 SS"
@example(text="ı 1234")  # dotless i: "I 1234"
@example(text="B 12 ﬀ")  # the ligature: "B 12 FF"
@example(text="ſ 1 abc")  # long s: "S 1 ABC"
@example(text="B\x001234ABC")
@example(text="B 1234 ABC'); DROP TABLE visit;--")
def test_any_text_is_a_plate_or_invalid_plate(text: str) -> None:
    try:
        plate = parse_plate(text)
    except InvalidPlate as err:
        assert_refusal(err)
        return
    # Only ASCII letters and digits make a plate; white space, dashes and dots are dropped.
    assert all(c in ASCII_PLATE_CHARS or c.isspace() for c in text), plate
    assert PLATE_PATTERN.fullmatch(plate.value)
    assert plate.value.replace(" ", "") == "".join(
        c for c in text.upper() if c.isalnum() and c.isascii()
    )
    assert parse_plate(plate.value) == plate


@given(typed=typed_plate())
def test_a_plate_built_from_its_parts_is_stored_in_one_form(typed: tuple[str, str]) -> None:
    text, stored = typed

    plate = parse_plate(text)

    assert plate.value == stored
    assert parse_plate(stored).value == stored


def test_non_ascii_letters_that_upper_case_to_ascii_are_no_plate() -> None:
    for text in ("b 1234 ß", "ı 1234", "B 12 ﬀ", "ſ 1 abc"):
        with pytest.raises(InvalidPlate, match="hanya boleh berisi huruf dan angka"):
            parse_plate(text)


# --- phone ---------------------------------------------------------------------------------------


@given(text=st.one_of(hostile_text(40), st.from_regex(r"[0-9 +().\-]{1,22}", fullmatch=True)))
@example(text="0812\n3456\n7890")
@example(text="0812\x1c3456\x1f7890")
@example(text="+62 (812) 3456-7890 \x00")
@example(text="+1 202 555 0100")
@example(text="021 7588 1234")
@example(text="0" * 10_000)
def test_any_text_is_a_phone_or_invalid_phone(text: str) -> None:
    try:
        phone = parse_phone(text)
    except InvalidPhone as err:
        assert_refusal(err)
        return
    assert re.fullmatch(r"\+628[0-9]{7,11}", phone.e164)
    assert re.fullmatch(r"08[0-9]{2}-[0-9]{4}-[0-9]{1,5}", phone.national)
    assert phone.national.replace("-", "") == "0" + phone.e164[3:]
    assert parse_phone(phone.e164) == phone
    assert parse_phone(phone.national) == phone


@given(
    digits=mobile_digits(), style=st.sampled_from(["08", "+628", "628", "+62 (8"]), data=st.data()
)
def test_a_mobile_number_reads_the_same_in_every_form(
    digits: str, style: str, data: st.DataObject
) -> None:
    rest = digits[1:]  # 8…
    typed = {
        "08": digits,
        "+628": "+62" + rest,
        "628": "62" + rest,
        "+62 (8": f"+62 ({rest[:3]}) {rest[3:]}",
    }[style]
    if style != "+62 (8":
        typed = data.draw(spaced(typed, PHONE_SEPARATORS), label="typed")

    phone = parse_phone(typed)

    assert phone.e164 == "+62" + rest
    assert phone.national.replace("-", "") == digits


def test_a_line_break_inside_a_phone_number_counts_as_a_space() -> None:
    assert parse_phone("0812\n3456\t7890") == parse_phone("0812 3456 7890")
    with pytest.raises(InvalidPhone) as refused:
        parse_phone("08\n12")
    assert "\n" not in str(refused.value)


# --- masking -------------------------------------------------------------------------------------

ANYTHING = st.one_of(
    hostile_text(),
    st.none(),
    st.integers(),
    st.floats(),
    st.binary(max_size=20),
    st.lists(st.text(max_size=5), max_size=3),
)


def digit_count(text: str) -> int:
    return sum(c.isdigit() for c in text)


@given(value=st.one_of(ANYTHING, smuggled_nik(), valid_nik()))
@example(value=NIK_A)
@example(value=int(NIK_B))
@example(value=NIK_A * 3)
def test_a_masked_nik_never_shows_more_than_six_digits(value: object) -> None:
    masked = mask_nik(value)

    assert isinstance(masked, str)
    assert digit_count(masked) <= 6
    assert not re.search(r"[0-9]{7}", masked)
    assert set(masked) <= set(string.digits + "*")


@given(digits=valid_nik(), data=st.data())
def test_a_masked_nik_keeps_province_regency_and_the_last_two_digits(
    digits: str, data: st.DataObject
) -> None:
    masked = mask_nik(data.draw(spaced(digits), label="typed"))

    assert masked == digits[:4] + "*" * 10 + digits[-2:]
    assert mask_nik(parse_nik(digits, today=TODAY)) == masked


@given(value=st.one_of(ANYTHING, mobile_digits()))
def test_a_masked_phone_never_shows_more_than_eight_digits(value: object) -> None:
    masked = mask_phone(value)

    assert isinstance(masked, str)
    assert digit_count(masked) <= 8
    assert set(masked) <= set(string.digits + "*-")


@given(digits=mobile_digits())
def test_a_masked_phone_hides_the_middle_in_every_form(digits: str) -> None:
    phone = parse_phone(digits)

    masked = mask_phone(phone)

    assert masked == mask_phone(phone.e164) == mask_phone(phone.national) == mask_phone(digits)
    assert masked == f"{digits[:4]}-{'*' * (len(digits) - 8)}-{digits[-4:]}"


@given(value=ANYTHING)
def test_a_masked_plate_of_anything_is_plain_ascii(value: object) -> None:
    masked = mask_plate(value)

    assert isinstance(masked, str)
    assert set(masked) <= set(string.ascii_uppercase + string.digits + " *")


@given(parts=plate_parts())
def test_a_masked_plate_is_never_the_whole_plate(parts: tuple[str, str, str]) -> None:
    region, digits, suffix = parts
    plate = parse_plate(f"{region} {digits} {suffix}")

    masked = mask_plate(plate)

    assert masked == mask_plate(plate.value)
    assert masked != plate.value
    assert len(masked) == len(plate.value)
    for shown, real in zip(masked, plate.value, strict=True):
        assert shown in ("*", real)
    visible = [c for c in masked if c not in " *"]
    assert len(visible) <= len(region) + min(2, len(digits) - 1) + min(2, max(len(suffix) - 1, 0))


# --- names ---------------------------------------------------------------------------------------

NAME_WORDS = st.sampled_from(
    ["Siti", "RAHAYU", "Ahmad", "Nguyễn", "Ánh", "O'Brien", "Ma’ruf", "Muh.", "Ir.", "Al-Hakim"]
)
LATIN_LETTERS = st.characters(categories=["Lu", "Ll"], max_codepoint=0x24F).filter(
    lambda c: unicodedata.name(c, "").startswith("LATIN ")
)
NAMES = st.one_of(
    st.lists(NAME_WORDS, min_size=1, max_size=5).map(" ".join),
    st.text(LATIN_LETTERS, min_size=1, max_size=30),
)


@given(text=st.one_of(hostile_text(160), NAMES))
@example(text="Budi 😀")
@example(text="محمد")
@example(text="שלום")
@example(text="中文名字")
@example(text="q\u0307")  # a mark that composes with no letter
@example(text="e\u0301lise")  # composes: "élise"
@example(text="'); DROP TABLE visit;--")
@example(text="Siti\x00Rahayu\n")
@example(text="Siti 3603231234560002")
@example(text="x" * 10_000)
def test_any_text_is_a_printable_name_or_a_clear_refusal(text: str) -> None:
    try:
        name = check_name(text)
    except DomainError as err:
        assert_refusal(err)
        return
    assert name == normalise_name(name) == check_name(name)
    assert name == unicodedata.normalize("NFC", name)
    assert name == name.strip() and "  " not in name
    assert 0 < len(name) <= MAX_NAME_LENGTH
    assert all(is_printable_name_char(c) for c in name), name
    assert sum(c.isdigit() for c in name) < 16  # never a whole NIK
    assert any(c.isalpha() for c in name)


@given(name=NAMES)
def test_latin_names_are_accepted(name: str) -> None:
    assert check_name(name) == " ".join(unicodedata.normalize("NFC", name).split())


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("Budi 😀", "😀 (U+1F600)"),
        ("محمد", "م (U+0645)"),
        ("שלום", "ש (U+05E9)"),
        ("q\u0307", "U+0307"),
        ("王小明", "王 (U+738B)"),
    ],
)
def test_a_name_the_printer_cannot_print_is_refused_with_the_characters(
    text: str, shown: str
) -> None:
    with pytest.raises(DomainError, match="Nama berisi karakter yang tidak dapat dicetak") as err:
        check_name(text)
    assert shown in str(err.value)


@pytest.mark.parametrize("text", ["Siti 3603231234560002", "Siti 3603 2312 3456 0002"])
def test_a_nik_typed_into_the_name_is_refused(text: str) -> None:
    # Stored, it would stop every receipt of the request from printing (a receipt refuses a NIK).
    with pytest.raises(DomainError, match="Nama tidak boleh berisi NIK"):
        check_name(text)


def test_a_name_may_hold_a_few_digits() -> None:
    assert check_name("WARGA NOMOR 12") == "WARGA NOMOR 12"


# --- the whole visit -----------------------------------------------------------------------------

SERVICE_CODES = tuple(service.code for service in CATALOGUE.services)
DRIVE_THRU_CODES = tuple(service.code for service in CATALOGUE.for_drive_thru())
ERROR_KEY = re.compile(r"plate|requests|requests\.[0-9]+\.(service|nik|name|phone|received)")


def mostly(valid: st.SearchStrategy, hostile: st.SearchStrategy) -> st.SearchStrategy:
    """``valid`` four times in five, else ``hostile``: drafts with one or two bad fields, so
    that both outcomes of the validation come up often."""
    return st.sampled_from([True, True, True, True, False]).flatmap(
        lambda ok: valid if ok else hostile
    )


@st.composite
def request_drafts(draw: st.DrawFn, codes: tuple[str, ...]) -> RequestDraft:
    other_code = st.one_of(st.sampled_from(SERVICE_CODES), hostile_text(20))
    code = draw(mostly(st.sampled_from(codes), other_code))
    requirements = CATALOGUE.get(code).requirements if code in SERVICE_CODES else ()
    received = draw(
        mostly(st.lists(st.sampled_from(requirements)), st.just(["Surat sakti"])).map(tuple)
        if requirements
        else st.just(())
    )
    return RequestDraft(
        service_code=code,
        nik=draw(
            mostly(
                st.one_of(valid_nik(), valid_nik().flatmap(spaced)),
                st.one_of(smuggled_nik(), hostile_text(30)),
            )
        ),
        name=draw(mostly(NAMES, hostile_text(160))),
        phone=draw(mostly(st.one_of(st.just(""), mobile_digits()), hostile_text(30))),
        received=received,
        stated_sex=draw(st.one_of(st.none(), st.sampled_from(Sex))),
        stated_birth_date=draw(st.one_of(st.none(), DATES)),
    )


@st.composite
def visit_drafts(draw: st.DrawFn) -> VisitDraft:
    channel = draw(st.sampled_from(Channel))
    codes = DRIVE_THRU_CODES if channel is Channel.DRIVE_THRU else SERVICE_CODES
    return VisitDraft(
        channel=channel,
        requests=tuple(draw(st.lists(request_drafts(codes), min_size=1, max_size=3))),
        plate=draw(mostly(typed_plate().map(lambda typed: typed[0]), hostile_text(20))),
    )


@given(draft=visit_drafts())
@example(draft=VisitDraft(channel=Channel.LOKET, requests=()))
@example(
    draft=VisitDraft(
        channel=Channel.DRIVE_THRU,
        requests=(RequestDraft("KTP_RUSAK", NIK_A, "Budi 😀", "0812\n3456 7890"),) * 11,
        plate="b 1234 ß",
    )
)
def test_a_visit_draft_is_valid_or_refused_field_by_field(draft: VisitDraft) -> None:
    try:
        visit = validate_visit(draft, CATALOGUE, today=TODAY)
    except VisitInvalid as err:
        event("refused")
        assert err.errors
        for key, message in err.errors.items():
            assert ERROR_KEY.fullmatch(key), key
            assert_indonesian_message(message)
        return
    event("accepted")
    assert 1 <= len(visit.requests) == len(draft.requests)
    if draft.channel is Channel.DRIVE_THRU:
        assert visit.plate is not None and PLATE_PATTERN.fullmatch(visit.plate.value)
    for valid, typed in zip(visit.requests, draft.requests, strict=True):
        assert valid.service.code == typed.service_code
        assert valid.nik.value == "".join(c for c in typed.nik if c.isdigit())
        assert all(is_printable_name_char(c) for c in valid.name)
        assert set(valid.received) | set(valid.missing) == set(valid.service.requirements)
        assert all(isinstance(w, str) and w for w in valid.warnings)


@given(
    name=NAMES,
    nik=valid_nik(),
    phone=mobile_digits(),
    typed=typed_plate(),
    code=st.sampled_from(DRIVE_THRU_CODES),
)
@settings(max_examples=100)
def test_a_car_typed_any_way_is_accepted_as_it_was_meant(
    name: str, nik: str, phone: str, typed: tuple[str, str], code: str
) -> None:
    assume(name.strip())
    draft = VisitDraft(
        channel=Channel.DRIVE_THRU,
        requests=(RequestDraft(code, nik, f" {name}\t", phone),),
        plate=typed[0],
    )

    visit = validate_visit(draft, CATALOGUE, today=TODAY)

    (request,) = visit.requests
    assert visit.plate is not None and visit.plate.value == typed[1]
    assert request.nik.value == nik
    assert request.name == check_name(name)
    assert request.phone is not None and request.phone.e164 == "+62" + phone[1:]

