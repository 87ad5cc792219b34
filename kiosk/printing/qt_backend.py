"""The Qt printer backend: a PDF printed through ``QPrinter``, for the Windows kiosks.

Windows has no ``lp``; Qt's print support talks to the Windows spooler (and, on Linux, to CUPS,
which is how the tests run it). Qt cannot send a PDF to a printer as it is, so each page is
rasterised with QtPdf (``QPdfDocument.render``, PDFium) and painted onto the ``QPrinter`` as an
image: the printer receives pixels, never text.

This module is the one place below the UI that uses Qt (the import-linter contract names it),
and it imports PySide6 only inside its functions: importing it costs nothing, and
``kiosk.printing`` does not import it at all. QtPdf comes with PySide6-Addons up to 6.11 and
with PySide6-Pdf from 6.12 (the ``qtprint`` extra installs the right one).

**A running Qt application is required** (``QGuiApplication`` or ``QApplication``; in the
product the window's). The backend never creates one: :meth:`QtPrinter.submit` and
:func:`list_qt_printers` raise :class:`PrintError` without it, and :meth:`QtPrinter.status`
answers UNKNOWN. ``submit`` is synchronous: it returns once the job is with the spooler.
"""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING

from kiosk.domain.messages import QT_TRANSLATE_NOOP, Message
from kiosk.printing.backends import PrintError, PrinterState, PrinterStatus

if TYPE_CHECKING:
    from PySide6.QtCore import QRectF, QSizeF
    from PySide6.QtGui import QGuiApplication, QImage, QPageSize
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPrintSupport import QPrinter

__all__ = ["MAX_RENDER_DPI", "QtPrinter", "list_qt_printers"]

# Pages are rasterised at the printer's resolution, but never finer than this: a thermal printer
# (203 dpi) gets one image pixel per dot, while a 600 or 1200 dpi laser (Qt's PDF/CUPS engine
# says 1200) would otherwise need an image of 0.5 GB for one A4 page. 300 dpi A4 is 35 MB.
MAX_RENDER_DPI = 300

_CUSTOM_MEDIA = re.compile(r"(\d+(?:\.\d+)?)x(\d+(?:\.\d+)?)mm")
_job_numbers = itertools.count(1)
# QPdfDocument.Error names -> why a document could not be read, for the officer.
_LOAD_ERRORS = {
    "InvalidFileFormat": QT_TRANSLATE_NOOP("Messages", "format PDF tidak valid"),
    "IncorrectPassword": QT_TRANSLATE_NOOP("Messages", "dokumen dikunci dengan kata sandi"),
    "UnsupportedSecurityScheme": QT_TRANSLATE_NOOP("Messages", "dokumen dikunci dengan kata sandi"),
    "DataNotYetAvailable": QT_TRANSLATE_NOOP("Messages", "data dokumen belum lengkap"),
}
_DAMAGED_PDF = QT_TRANSLATE_NOOP("Messages", "berkas PDF rusak")
_UNKNOWN_PRINTER = QT_TRANSLATE_NOOP("Messages", "Printer {name} tidak dikenal oleh sistem.")


def _gui_application() -> QGuiApplication | None:
    """The running Qt GUI application, or None (a separate function so tests can replace it)."""
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    return app if isinstance(app, QGuiApplication) else None


def _require_application() -> None:
    if _gui_application() is None:
        raise PrintError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Printer Qt tidak dapat dipakai: aplikasi Qt belum berjalan "
                "(jalankan kiosk dengan jendelanya).",
            )
        )


def list_qt_printers() -> list[str]:
    """The names of the printers Qt sees (Windows spooler; CUPS on Linux, honouring CUPS_SERVER).

    Raises PrintError when no Qt application is running.
    """
    _require_application()
    from PySide6.QtPrintSupport import QPrinterInfo

    return list(QPrinterInfo.availablePrinterNames())


def _page_size(media: str) -> QPageSize | None:
    """``"A4"`` -> A4, ``"80x163mm"`` -> an exact custom size in millimetres, ``""`` -> None.

    Raises ValueError for anything else.
    """
    from PySide6.QtCore import QSizeF
    from PySide6.QtGui import QPageSize

    if not media:
        return None
    if media.upper() == "A4":
        return QPageSize(QPageSize.PageSizeId.A4)
    match = _CUSTOM_MEDIA.fullmatch(media)
    if match is None:
        raise ValueError(f"Unsupported media {media!r}: use 'A4' or 'WxHmm', e.g. '80x163mm'")
    width, height = (float(value) for value in match.groups())
    return QPageSize(
        QSizeF(width, height), QPageSize.Unit.Millimeter, "", QPageSize.SizeMatchPolicy.ExactMatch
    )


class QtPrinter:
    """Prints through Qt's ``QPrinter`` on the system printer ``printer_name``.

    Each PDF page is rendered to an image at the printer's resolution (at most
    :data:`MAX_RENDER_DPI`), on white, and painted onto a page of the paper ``media`` with no
    margins ("full page"): the PDF already holds its own margins. Without ``media`` the paper is
    the first page's own size. A page is scaled to fit the paper without distortion, centred
    across and from the top (a roll slip whose length the driver rounds is never squeezed).
    If the driver refuses the paper size, its default paper is used and the page scaled to fit.

    Qt hands back no spooler job id, so :meth:`submit` returns ``"qt-<n>: <title>"``, ``n``
    counting the jobs of this process; the spooler shows the job under ``title``.
    """

    def __init__(self, printer_name: str) -> None:
        if not printer_name:
            raise ValueError("QtPrinter needs a printer name")
        self.printer_name = printer_name
        self.name = f"Printer {printer_name}"

    def __repr__(self) -> str:
        return f"QtPrinter({self.printer_name!r})"

    # --- status --------------------------------------------------------------------------------

    def status(self) -> PrinterStatus:
        """The printer's state as Qt reports it.

        Qt knows four states: Idle and Active are READY; Error and Aborted are OFFLINE. Qt has
        no "paused": a paused printer (Windows "Pause Printing", CUPS ``cupsdisable``) reports
        Error, so it shows OFFLINE with a message that names pausing. A CUPS queue that rejects
        jobs (``cupsreject``) still reports Idle: Qt cannot see it.
        """
        if _gui_application() is None:
            return PrinterStatus(
                PrinterState.UNKNOWN,
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages", "Status printer tidak dapat dibaca: aplikasi Qt belum berjalan."
                    )
                ),
            )
        from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

        info = QPrinterInfo.printerInfo(self.printer_name)
        if info.isNull():
            return PrinterStatus(
                PrinterState.OFFLINE, Message(_UNKNOWN_PRINTER, name=f"'{self.printer_name}'")
            )
        state = info.state()
        if state in (QPrinter.PrinterState.Idle, QPrinter.PrinterState.Active):
            return PrinterStatus(PrinterState.READY)
        if state in (QPrinter.PrinterState.Error, QPrinter.PrinterState.Aborted):
            return PrinterStatus(
                PrinterState.OFFLINE,
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages", "Printer {name} bermasalah, dijeda, atau tidak tersambung."
                    ),
                    name=f"'{self.printer_name}'",
                ),
            )
        return PrinterStatus(
            PrinterState.UNKNOWN,
            Message(
                QT_TRANSLATE_NOOP("Messages", "Status printer {name} tidak diketahui."),
                name=f"'{self.printer_name}'",
            ),
        )

    # --- printing ------------------------------------------------------------------------------

    def submit(self, pdf: bytes, *, title: str, copies: int = 1, media: str = "") -> str:
        """Print ``pdf`` (``copies`` times, on ``media``: "A4" or "80x163mm") and return a job id.

        Raises ValueError when ``pdf`` is not a PDF, ``copies`` is below 1 or ``media`` is not
        understood, and PrintError (Indonesian, for the officer) when there is no Qt
        application, the printer is unknown, the document cannot be read or printing fails.
        """
        if not pdf.startswith(b"%PDF-"):
            raise ValueError("QtPrinter.submit expects PDF bytes")
        if copies < 1:
            raise ValueError(f"copies must be at least 1, not {copies}")
        page_size = _page_size(media)
        _require_application()

        from PySide6.QtCore import QBuffer, QByteArray, QIODevice
        from PySide6.QtPdf import QPdfDocument

        data = QByteArray(pdf)
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        document = QPdfDocument(None)
        try:
            # A QBuffer is a random-access device with all its data: QtPdf loads it at once.
            document.load(buffer)
            if document.status() != QPdfDocument.Status.Ready or document.pageCount() < 1:
                reason = _LOAD_ERRORS.get(document.error().name, _DAMAGED_PDF)
                raise PrintError(
                    QT_TRANSLATE_NOOP(
                        "Messages", "Dokumen '{title}' tidak dapat dibaca untuk dicetak: {reason}."
                    ),
                    title=title,
                    reason=Message(reason),
                )
            printer = self._printer(title, copies)
            if page_size is None:
                page_size = _document_page_size(document)
            self._set_paper(printer, page_size)
            # Every page is rendered before the print run starts: Qt's CUPS engine cannot abort
            # a run (whatever was painted is sent at the end), so a page that fails to render
            # must fail before anything reaches the spooler.
            dpi = min(printer.resolution(), MAX_RENDER_DPI)
            pages = [
                (document.pagePointSize(page), _page_image(document, page, dpi))
                for page in range(document.pageCount())
            ]
            self._paint(printer, pages, title)
        finally:
            document.close()
            buffer.close()
        return f"qt-{next(_job_numbers)}: {title}"

    def _printer(self, title: str, copies: int) -> QPrinter:
        """A QPrinter on this backend's printer, or PrintError if the system does not know it."""
        from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

        unknown = PrintError(_UNKNOWN_PRINTER, name=f"'{self.printer_name}'")
        if QPrinterInfo.printerInfo(self.printer_name).isNull():
            raise unknown
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPrinterName(self.printer_name)
        # Qt falls back to another printer (or a PDF file) for a name it cannot use: refuse that.
        if (
            not printer.isValid()
            or printer.printerName() != self.printer_name
            or printer.outputFormat() != QPrinter.OutputFormat.NativeFormat
        ):
            raise unknown
        printer.setDocName(title)
        printer.setCopyCount(copies)
        return printer

    def _set_paper(self, printer: QPrinter, page_size: QPageSize) -> None:
        from PySide6.QtCore import QMarginsF
        from PySide6.QtGui import QPageLayout

        printer.setPageOrientation(QPageLayout.Orientation.Portrait)
        printer.setPageSize(page_size)  # False: the driver refused it; its paper stays
        printer.setFullPage(True)
        printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)

    def _paint(self, printer: QPrinter, pages: list[tuple[QSizeF, QImage]], title: str) -> None:
        """One print run: each image on its own page. The spooler gets the job at the end."""
        from PySide6.QtGui import QPainter
        from PySide6.QtPrintSupport import QPrinter

        painter = QPainter()
        if not painter.begin(printer):
            raise PrintError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Printer {name} tidak dapat mulai mencetak '{title}'. "
                    "Periksa printer, lalu tekan Cetak Ulang.",
                ),
                name=f"'{self.printer_name}'",
                title=title,
            )
        try:
            for number, (points, image) in enumerate(pages):
                if number and not printer.newPage():
                    raise PrintError(
                        QT_TRANSLATE_NOOP(
                            "Messages",
                            "Printer {name} gagal membuat halaman {page} dari '{title}'.",
                        ),
                        name=f"'{self.printer_name}'",
                        page=number + 1,
                        title=title,
                    )
                painter.drawImage(_target(printer, points), image)
        except BaseException:
            printer.abort()  # the Windows spooler drops the job; CUPS gets what was painted
            painter.end()
            raise
        failed = (QPrinter.PrinterState.Error, QPrinter.PrinterState.Aborted)
        if not painter.end() or printer.printerState() in failed:
            raise PrintError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Dokumen '{title}' gagal dikirim ke printer {name}. "
                    "Periksa printer, lalu tekan Cetak Ulang.",
                ),
                title=title,
                name=f"'{self.printer_name}'",
            )


def _document_page_size(document: QPdfDocument) -> QPageSize:
    """The first page's own size, exactly (in points)."""
    from PySide6.QtGui import QPageSize

    size = document.pagePointSize(0)
    return QPageSize(size, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.ExactMatch)


def _page_image(document: QPdfDocument, page: int, dpi: int) -> QImage:
    """``page`` rasterised at ``dpi``, on white."""
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QColor, QImage, QPainter

    points = document.pagePointSize(page)
    pixels = QSize(
        max(1, round(points.width() * dpi / 72)), max(1, round(points.height() * dpi / 72))
    )
    rendered = document.render(page, pixels)
    if rendered.isNull():
        raise PrintError(
            QT_TRANSLATE_NOOP(
                "Messages", "Halaman {page} dokumen tidak dapat digambar untuk dicetak."
            ),
            page=page + 1,
        )
    # PDFium leaves the background transparent; printers (GDI above all) need opaque pixels.
    image = QImage(pixels, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    composer = QPainter(image)
    composer.drawImage(0, 0, rendered)
    composer.end()
    return image


def _target(printer: QPrinter, points: QSizeF) -> QRectF:
    """Where a page of ``points`` goes on the paper, in device pixels: its own size, scaled down
    to fit if the paper is smaller (never stretched), centred across, from the top."""
    from PySide6.QtCore import QPointF, QRectF
    from PySide6.QtPrintSupport import QPrinter

    paper = printer.paperRect(QPrinter.Unit.DevicePixel)
    device_per_point = printer.resolution() / 72
    width = points.width() * device_per_point
    height = points.height() * device_per_point
    scale = min(1.0, paper.width() / width, paper.height() / height)
    target = QRectF(0, 0, width * scale, height * scale)
    target.moveTopLeft(QPointF(paper.left() + (paper.width() - target.width()) / 2, paper.top()))
    return target
