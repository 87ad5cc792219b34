"""The CUPS backend: real jobs through a private cupsd into cups-pdf, read back with pypdf.

The ``cups_server`` fixture (tests/conftest.py, tests/helpers_cups.py) runs a cupsd of its own
on a unix socket with a cups-pdf queue ``kiosk-pdf``. Every job has its own title: cups-pdf
names the file after it and overwrites an earlier file of the same name.
"""

from __future__ import annotations

import io
import os
import re
import shutil
import stat
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm

from kiosk.printing.backends import PrinterBackend, PrintError, PrinterState, media_of
from kiosk.printing.cups import (
    CommandResult,
    CupsPrinter,
    job_completed,
    list_printers,
    lp_media,
    wait_completed,
)
from kiosk.printing.receipt import render_receipt
from kiosk.printing.slip import render_slip
from tests.helpers_cups import CupsServer, cups_pdf_stem
from tests.helpers_documents import SAMPLE_RECEIPT, SAMPLE_SLIP

JOB_TIMEOUT_S = 30.0  # a job takes ~0.3 s; the bound only stops a broken spooler hanging CI
A4_MM = (210.0, 297.0)
SIXTEEN_DIGITS = re.compile(r"\d{16}")

SLIP = replace(SAMPLE_SLIP, number="D-042", reference="CSK-20210727-D042-K3F9")

RECEIPT = replace(
    SAMPLE_RECEIPT,
    receipt_number="TT-20210727-D-042-1",
    reference=SLIP.reference,
    queue_number="D-042",
    missing=(),
)


@pytest.fixture
def server(cups_server: CupsServer) -> Iterator[CupsServer]:
    """The private cupsd, its queue enabled and accepting before and after the test."""
    cups_server.enable()
    cups_server.accept()
    yield cups_server
    cups_server.cancel_all()
    cups_server.enable()
    cups_server.accept()


@pytest.fixture
def printer(server: CupsServer) -> CupsPrinter:
    return CupsPrinter(server.printer, server=server.socket)


def print_and_read(server: CupsServer, printer: CupsPrinter, pdf: bytes, label: str) -> Path:
    """Submit ``pdf`` under a fresh title, wait for the job, return cups-pdf's file."""
    title = server.unique_title(label)
    job = printer.submit(pdf, title=title, media=media_of(pdf))
    assert re.fullmatch(rf"{re.escape(server.printer)}-\d+", job)
    assert wait_completed(job, JOB_TIMEOUT_S, server.socket), server.log_tail()
    output = server.find_output(title)
    assert output is not None, f"no cups-pdf file for {title!r} in {server.output_dir()}"
    return output


def words_of(path: Path) -> tuple[str, str]:
    """The text of every page, whitespace runs made one space, and the same without spaces.

    Ghostscript (inside cups-pdf) re-encodes the text, and pypdf reads some of it back letter
    by letter ("N I K 3 6 0 3 ..."), so the checks look at the text without spaces too.
    """
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    text = " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)
    return text, text.replace(" ", "")


def page_mm(path: Path) -> tuple[float, float]:
    box = PdfReader(io.BytesIO(path.read_bytes())).pages[0].mediabox
    return float(box.width) / mm, float(box.height) / mm


def assert_no_full_nik(text: str, compact: str) -> None:
    assert not SIXTEEN_DIGITS.search(text)
    assert not SIXTEEN_DIGITS.search(compact)


# --- documents, end to end -------------------------------------------------------------------


def test_cups_printer_is_a_printer_backend(printer: CupsPrinter) -> None:
    assert isinstance(printer, PrinterBackend)
    assert "kiosk-pdf" in printer.name


def test_slip_prints_on_an_80_mm_roll_not_on_a4(server: CupsServer, printer: CupsPrinter) -> None:
    pdf = render_slip(SLIP)
    width, height = PdfReader(io.BytesIO(pdf)).pages[0].mediabox[2:]
    assert media_of(pdf).startswith("80x")

    output = print_and_read(server, printer, pdf, "slip")

    text, compact = words_of(output)
    for expected in ("D-042", "PenggantianKTP-elRusak", "B1234ABC", "3603**********02"):
        assert expected in compact, (expected, text)
    assert_no_full_nik(text, compact)
    out_width, out_height = page_mm(output)
    # CUPS sizes custom paper in whole points: 80 mm (226.8 pt) comes out 226 pt, 79.7 mm
    assert out_width == pytest.approx(80, abs=0.5)
    assert out_height == pytest.approx(float(height) / mm, abs=1.0)
    assert (round(out_width), round(out_height)) != A4_MM
    assert float(width) / mm == pytest.approx(80, abs=0.01)


def test_receipt_prints_on_a4(server: CupsServer, printer: CupsPrinter) -> None:
    pdf = render_receipt(RECEIPT, "A4")
    assert media_of(pdf) == "A4"

    output = print_and_read(server, printer, pdf, "receipt")

    text, compact = words_of(output)
    for expected in (
        "TANDATERIMABERKASPERMOHONAN",
        "TT-20210727-D-042-1",
        "D-042",
        "PenggantianKTP-elRusak",
        "B1234ABC",
        "3603**********02",
    ):
        assert expected in compact, (expected, text)
    assert_no_full_nik(text, compact)
    assert page_mm(output) == (pytest.approx(210, abs=0.5), pytest.approx(297, abs=0.5))


def test_each_title_gets_its_own_file(server: CupsServer, printer: CupsPrinter) -> None:
    first = print_and_read(server, printer, render_slip(SLIP), "twice")
    second = print_and_read(server, printer, render_slip(replace(SLIP, number="D-043")), "twice")

    assert first != second
    assert "D-042" in words_of(first)[1]
    assert "D-043" in words_of(second)[1]


# --- status ----------------------------------------------------------------------------------


def test_status_follows_the_queue(server: CupsServer, printer: CupsPrinter) -> None:
    assert printer.status().state is PrinterState.READY
    assert printer.status().message == ""

    server.disable()
    paused = printer.status()
    assert paused.state is PrinterState.PAUSED
    assert "'kiosk-pdf'" in paused.message
    assert "dihentikan (paused)" in paused.message
    assert "akan dicetak otomatis" in paused.message

    server.enable()
    server.reject()
    rejecting = printer.status()
    assert rejecting.state is PrinterState.PAUSED
    assert "menolak" in rejecting.message

    server.accept()
    assert printer.status().state is PrinterState.READY


def test_disabled_and_rejecting_at_once_says_both(server: CupsServer, printer: CupsPrinter) -> None:
    server.reject()
    server.disable(reason="ganti gulungan kertas")  # the last reason given is the one shown

    status = printer.status()

    assert status.state is PrinterState.PAUSED
    assert "dihentikan" in status.message and "menolak" in status.message
    assert "ganti gulungan kertas" in status.message  # the administrator's reason is passed on


def test_unknown_destination_is_offline(server: CupsServer) -> None:
    status = CupsPrinter("tidak-ada", server=server.socket).status()

    assert status.state is PrinterState.OFFLINE
    assert status.message.startswith("Printer 'tidak-ada' tidak dikenal oleh sistem.")


def test_dead_socket_is_offline(tmp_path: Path) -> None:
    status = CupsPrinter("kiosk-pdf", server=str(tmp_path / "no-cupsd.sock")).status()

    assert status.state is PrinterState.OFFLINE
    assert status.message == "Layanan cetak (CUPS) tidak dapat dihubungi."


# --- submitting to a queue that is not ready -------------------------------------------------


def test_rejecting_printer_refuses_the_job(server: CupsServer, printer: CupsPrinter) -> None:
    server.reject()

    with pytest.raises(PrintError) as error:
        printer.submit(render_slip(SLIP), title=server.unique_title("ditolak"), media="80x160mm")

    assert "'kiosk-pdf'" in str(error.value)
    assert "menolak pekerjaan cetak" in str(error.value)
    assert "Cetak Ulang" in str(error.value)


def test_paused_printer_holds_the_job_and_prints_it_when_enabled(
    server: CupsServer, printer: CupsPrinter
) -> None:
    server.disable()
    title = server.unique_title("tertahan")

    job = printer.submit(render_slip(SLIP), title=title, media=media_of(render_slip(SLIP)))

    assert not job_completed(job, server.socket)  # held: the printer is stopped
    assert server.find_output(title) is None
    server.enable()
    assert wait_completed(job, JOB_TIMEOUT_S, server.socket), server.log_tail()
    output = server.find_output(title)
    assert output is not None
    assert "D-042" in words_of(output)[1]


def test_unknown_destination_refuses_the_job(server: CupsServer) -> None:
    with pytest.raises(PrintError, match=r"^Printer 'tidak-ada' tidak dikenal oleh sistem\."):
        CupsPrinter("tidak-ada", server=server.socket).submit(render_slip(SLIP), title="x")


def test_dead_socket_refuses_the_job(tmp_path: Path) -> None:
    printer = CupsPrinter("kiosk-pdf", server=str(tmp_path / "no-cupsd.sock"))

    with pytest.raises(PrintError, match=r"^Layanan cetak \(CUPS\) tidak dapat dihubungi\."):
        printer.submit(render_slip(SLIP), title="x")


def test_programming_errors_are_value_errors(printer: CupsPrinter) -> None:
    with pytest.raises(ValueError):
        printer.submit(b"not a pdf", title="x")
    with pytest.raises(ValueError):
        printer.submit(render_slip(SLIP), title="x", copies=0)
    with pytest.raises(ValueError):
        printer.submit(render_slip(SLIP), title="x", media="A4 job-hold-until=indefinite")
    with pytest.raises(ValueError):
        CupsPrinter("two words")


# --- the spooler as a whole ------------------------------------------------------------------


def test_list_printers_knows_the_queue(server: CupsServer) -> None:
    assert "kiosk-pdf" in list_printers(server.socket)


def test_list_printers_without_cupsd_raises(tmp_path: Path) -> None:
    with pytest.raises(PrintError, match="tidak dapat dihubungi"):
        list_printers(str(tmp_path / "no-cupsd.sock"))


def test_wait_completed_gives_up_at_its_timeout(server: CupsServer, printer: CupsPrinter) -> None:
    server.disable()
    job = printer.submit(render_slip(SLIP), title=server.unique_title("tunggu"))

    started = time.monotonic()
    assert wait_completed(job, 0.2, server.socket) is False
    assert time.monotonic() - started < 2.0


# --- without a cupsd: timeouts and parsing ---------------------------------------------------


def hanging_commands(folder: Path) -> str:
    """A PATH whose lp and lpstat never answer (they are killed at the backend's timeout)."""
    sleep = shutil.which("sleep")
    assert sleep is not None
    for name in ("lp", "lpstat"):
        script = folder / name
        script.write_text(f"#!/bin/sh\nexec {sleep} 60\n")
        script.chmod(script.stat().st_mode | stat.S_IXUSR)
    return os.pathsep.join([str(folder), os.environ.get("PATH", "")])


def test_a_hanging_spooler_is_offline_not_a_hang(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", hanging_commands(tmp_path))
    printer = CupsPrinter("struk", timeout_s=0.3)

    started = time.monotonic()
    status = printer.status()
    with pytest.raises(PrintError, match="tidak menjawab dalam 0.3 detik"):
        printer.submit(render_slip(SLIP), title="x")

    assert status.state is PrinterState.OFFLINE
    assert "tidak menjawab" in status.message
    assert time.monotonic() - started < 5.0


def test_missing_cups_client_is_offline(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))

    status = CupsPrinter("struk").status()

    assert status.state is PrinterState.OFFLINE
    assert "cups-client" in status.message


def fake_lpstat(
    monkeypatch: pytest.MonkeyPatch, stdout: str, stderr: str = "", rc: int = 0
) -> None:
    def run(command: object, **_: object) -> CommandResult:
        return CommandResult(rc, stdout, stderr)

    monkeypatch.setattr("kiosk.printing.cups.run_command", run)


IDLE = "scheduler is running\nprinter struk is idle.  enabled since Tue 27 Jul 2021\n"
ACCEPTING = "struk accepting requests since Tue 27 Jul 2021\n"


@pytest.mark.parametrize(
    ("alerts", "state", "words"),
    [
        ("none", PrinterState.READY, ""),
        ("offline-report", PrinterState.OFFLINE, "offline"),
        ("media-empty-error", PrinterState.OFFLINE, "kertas"),
        ("media-empty", PrinterState.OFFLINE, "kertas"),
        ("media-empty-warning", PrinterState.READY, ""),
        ("media-jam-error cover-open-warning", PrinterState.OFFLINE, "macet"),
        ("toner-low-report", PrinterState.READY, ""),
    ],
)
def test_printer_conditions(
    monkeypatch: pytest.MonkeyPatch, alerts: str, state: PrinterState, words: str
) -> None:
    fake_lpstat(monkeypatch, f"{IDLE}\tForm mounted:\n\tAlerts: {alerts}\n{ACCEPTING}")

    status = CupsPrinter("struk").status()

    assert status.state is state
    assert words in status.message


def test_an_unreadable_answer_is_unknown(monkeypatch: pytest.MonkeyPatch) -> None:
    fake_lpstat(monkeypatch, "scheduler is running\nsomething else entirely\n")

    status = CupsPrinter("struk").status()

    assert status.state is PrinterState.UNKNOWN
    assert "'struk'" in status.message


@pytest.mark.parametrize(
    ("media", "option"),
    [("", ""), ("A4", "A4"), ("80x163mm", "Custom.80x163mm"), ("58x90.5mm", "Custom.58x90.5mm")],
)
def test_lp_media(media: str, option: str) -> None:
    assert lp_media(media) == option


def test_cups_pdf_file_names() -> None:
    assert cups_pdf_stem("kt01-slip-1") == "kt01-slip-1"
    assert cups_pdf_stem("Nomor Antrean (D-001)") == "Nomor_Antrean__D-001"
    assert cups_pdf_stem("slip.pdf") == "slip"
