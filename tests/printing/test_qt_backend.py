"""The Qt printer backend, printing through Qt's CUPS support to the private cupsd's cups-pdf queue.

On the Windows kiosks QtPrinter talks to the Windows spooler; here Qt's CUPS plugin sends the
same pages to the test session's private cupsd (``cups_server``), found through CUPS_SERVER,
and its cups-pdf queue writes what arrived to a PDF file, which these tests read back.

QtPrinter rasterises every page (QtPdf renders it to an image that is painted onto the
printer), so the printed PDFs hold one image per page and no text: nothing is extractable, and
the tests check pages, paper size and the image instead.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import io
import threading
from dataclasses import replace
from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtPdf", reason="QtPdf (PySide6-Addons / PySide6-Pdf) is missing")

from pypdf import PdfReader  # noqa: E402

from kiosk.printing import qt_backend  # noqa: E402
from kiosk.printing.backends import PrinterBackend, PrintError, PrinterState, media_of  # noqa: E402
from kiosk.printing.qt_backend import QtPrinter, list_qt_printers  # noqa: E402
from kiosk.printing.receipt import render_receipt  # noqa: E402
from kiosk.printing.slip import render_slip  # noqa: E402
from tests.helpers_documents import SAMPLE_RECEIPT, SAMPLE_SLIP

MM = 72 / 25.4
WAIT_MS = 30_000

SLIP = replace(SAMPLE_SLIP, number="D-001", reference="CSK-20210727-D001-K3F9")

RECEIPT = replace(
    SAMPLE_RECEIPT,
    receipt_number="TT-20210727-D-001-1",
    reference=SLIP.reference,
    queue_number="D-001",
    missing=("Surat pengantar RT/RW",),
)

# Thirty documents push the checklist onto a second A4 page.
LONG_RECEIPT = replace(
    RECEIPT,
    received=tuple(f"Dokumen persyaratan nomor {i} (fotokopi dilegalisasi)" for i in range(30)),
)


def read(source: bytes | Path) -> PdfReader:
    data = source.read_bytes() if isinstance(source, Path) else source
    return PdfReader(io.BytesIO(data))


def sizes_mm(reader: PdfReader) -> list[tuple[float, float]]:
    return [(float(p.mediabox.width) / MM, float(p.mediabox.height) / MM) for p in reader.pages]


def forget_cups_server() -> None:
    """Make libcups read CUPS_SERVER again on this thread.

    libcups reads CUPS_SERVER the first time a thread needs a server and keeps it for that
    thread, so a Qt printer call made earlier in the test process (without the variable) would
    keep Qt talking to the system's cupsd. ``cupsSetServer(NULL)`` resets the choice; it is the
    library Qt's CUPS plugin loaded, as a shared library has one copy per process.
    """
    try:
        libcups = ctypes.CDLL(ctypes.util.find_library("cups") or "libcups.so.2")
    except OSError:
        return
    libcups.cupsSetServer(None)


@pytest.fixture
def cups(cups_server, monkeypatch: pytest.MonkeyPatch, qapp):
    """The shared private cupsd, made the one Qt's CUPS plugin talks to (through CUPS_SERVER)."""
    monkeypatch.setenv("CUPS_SERVER", str(cups_server.socket))
    forget_cups_server()
    yield cups_server
    forget_cups_server()  # the variable goes away after this, and so will the choice


@pytest.fixture
def printer(cups) -> QtPrinter:
    return QtPrinter(cups.printer)


def printed(qtbot, cups, title: str) -> PdfReader:
    """The PDF cups-pdf wrote for the job ``title``, read once Ghostscript has finished it.

    Qt hands back no job id to wait on, so this waits for the file and its ``%%EOF``.
    """
    found: list[bytes] = []

    def finished() -> bool:
        path = cups.find_output(title)
        if path is None:
            return False
        data = path.read_bytes()
        if not data.rstrip().endswith(b"%%EOF"):
            return False
        found.append(data)
        return True

    qtbot.waitUntil(finished, timeout=WAIT_MS)
    return read(found[-1])


# --- printers and status -------------------------------------------------------------------------


def test_qt_printer_is_a_printer_backend() -> None:
    assert isinstance(QtPrinter("kiosk-pdf"), PrinterBackend)


def test_qt_lists_the_cups_queue(cups) -> None:
    assert cups.printer in list_qt_printers()


def test_status_is_ready_for_the_cups_queue(printer: QtPrinter) -> None:
    status = printer.status()

    assert status.state is PrinterState.READY
    assert status.ready


def test_a_paused_queue_shows_offline(printer: QtPrinter, cups) -> None:
    """Qt has no "paused" state: a disabled CUPS queue (like a paused Windows printer) is Error."""
    cups.disable("kertas habis")
    try:
        status = printer.status()
    finally:
        cups.enable()

    assert status.state is PrinterState.OFFLINE
    assert "dijeda" in status.message
    assert printer.status().state is PrinterState.READY


def test_status_is_offline_for_an_unknown_printer(cups) -> None:
    status = QtPrinter("tidak-ada-printer").status()

    assert status.state is PrinterState.OFFLINE
    assert status.message == "Printer 'tidak-ada-printer' tidak dikenal oleh sistem."


# --- printing ------------------------------------------------------------------------------------


def test_slip_prints_on_an_80_mm_roll_as_long_as_the_slip(printer, cups, qtbot) -> None:
    pdf = render_slip(SLIP)
    ((_, height),) = sizes_mm(read(pdf))
    media = media_of(pdf)
    assert media == f"80x{round(height)}mm"
    title = cups.unique_title("qt-slip-80")

    job = printer.submit(pdf, title=title, media=media)

    assert job.endswith(f": {title}")
    output = printed(qtbot, cups, title)
    assert len(output.pages) == 1
    # Qt asks for media=Custom.80x165mm; CUPS writes the page in whole points (226 pt = 79.7 mm).
    ((printed_width, printed_height),) = sizes_mm(output)
    assert printed_width == pytest.approx(80, abs=0.5)
    assert printed_height == pytest.approx(round(height), abs=0.5)
    page = output.pages[0]
    assert page.extract_text().strip() == ""  # a raster: no text is expected
    assert len(page.images) == 1


def test_a4_receipt_prints_on_a4_page_for_page(printer, cups, qtbot) -> None:
    pdf = render_receipt(LONG_RECEIPT, "A4")
    pages = len(read(pdf).pages)
    assert pages == 2

    title = cups.unique_title("qt-receipt-a4")

    printer.submit(pdf, title=title, media="A4")

    output = printed(qtbot, cups, title)
    assert len(output.pages) == pages
    for width, height in sizes_mm(output):
        assert width == pytest.approx(210, abs=0.5)
        assert height == pytest.approx(297, abs=0.5)
    for page in output.pages:
        assert page.extract_text().strip() == ""  # a raster: no text is expected
        assert len(page.images) == 1


def test_without_media_the_paper_is_the_first_page_size(printer, cups, qtbot) -> None:
    pdf = render_slip(SLIP, 58)
    title = cups.unique_title("qt-slip-58")

    printer.submit(pdf, title=title)

    ((width, height),) = sizes_mm(printed(qtbot, cups, title))
    ((expected_width, expected_height),) = sizes_mm(read(pdf))
    assert width == pytest.approx(expected_width, abs=0.5)
    assert height == pytest.approx(expected_height, abs=0.5)


def test_copies_reach_the_spooler(printer, cups, qtbot) -> None:
    title = cups.unique_title("qt-copies")

    printer.submit(render_slip(SLIP), title=title, media="80x165mm", copies=2)

    # cups-pdf writes the copies CUPS made into one file, one page each.
    assert len(printed(qtbot, cups, title).pages) == 2


def test_submit_works_from_a_worker_thread(printer, cups, qtbot) -> None:
    """The print queue calls backends on its own (non-Qt) thread."""
    title = cups.unique_title("qt-thread")
    results: list[str | BaseException] = []

    def work() -> None:
        try:
            results.append(printer.submit(render_slip(SLIP), title=title))
        except BaseException as error:  # handed to the test thread
            results.append(error)

    worker = threading.Thread(target=work)
    worker.start()
    worker.join(WAIT_MS / 1000)

    assert len(results) == 1 and isinstance(results[0], str), results
    assert len(printed(qtbot, cups, title).pages) == 1


# --- errors --------------------------------------------------------------------------------------


def test_unknown_printer_is_a_print_error(cups) -> None:
    with pytest.raises(PrintError, match="'tidak-ada-printer' tidak dikenal oleh sistem"):
        QtPrinter("tidak-ada-printer").submit(render_slip(SLIP), title="x")


def test_unreadable_pdf_is_a_print_error(printer) -> None:
    with pytest.raises(PrintError, match="dibaca untuk dicetak: format PDF tidak valid"):
        printer.submit(b"%PDF-1.4 bukan PDF", title="rusak")


@pytest.mark.parametrize(
    ("pdf", "kwargs", "message"),
    [
        (b"bukan PDF", {}, "expects PDF bytes"),
        (b"%PDF-1.4", {"copies": 0}, "copies must be at least 1"),
        (b"%PDF-1.4", {"media": "Letter"}, "Unsupported media"),
    ],
)
def test_bad_arguments_are_value_errors(pdf: bytes, kwargs: dict, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        QtPrinter("kiosk-pdf").submit(pdf, title="x", **kwargs)


def test_without_a_qt_application(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(qt_backend, "_gui_application", lambda: None)
    printer = QtPrinter("kiosk-pdf")

    with pytest.raises(PrintError, match="aplikasi Qt belum berjalan"):
        printer.submit(render_slip(SLIP), title="x")
    with pytest.raises(PrintError, match="aplikasi Qt belum berjalan"):
        list_qt_printers()
    assert printer.status().state is PrinterState.UNKNOWN


def test_a_page_that_fails_to_render_sends_nothing(printer, cups, monkeypatch) -> None:
    """Pages are rendered before the print run starts (Qt's CUPS engine cannot abort a run)."""
    rendered: list[int] = []
    real = qt_backend._page_image

    def second_page_fails(document, page: int, dpi: int):
        rendered.append(page)
        if page == 1:
            raise RuntimeError("render failed")
        return real(document, page, dpi)

    monkeypatch.setattr(qt_backend, "_page_image", second_page_fails)
    title = cups.unique_title("qt-aborted")
    jobs_before = cups.run("lpstat", "-W", "all", "-o", cups.printer).stdout

    with pytest.raises(RuntimeError, match="render failed"):
        printer.submit(render_receipt(LONG_RECEIPT, "A4"), title=title, media="A4")

    assert rendered == [0, 1]
    assert cups.run("lpstat", "-W", "all", "-o", cups.printer).stdout == jobs_before
    assert cups.find_output(title) is None
    assert printer.status().ready
