"""Printer backends: where a rendered PDF goes.

One small interface, :class:`PrinterBackend`, so that the print job does not care whether the
PDF goes to a spooler (CUPS ``lp`` on Linux, Qt's ``QPrinter`` on Windows: later work, the Qt
one imported lazily) or, where no printer is configured, into an outbox folder
(:class:`OutboxPrinter`). Backends raise :class:`PrintError`, whose message is Indonesian and
fit to show the officer; the print job records it and offers "Cetak Ulang".
"""

from __future__ import annotations

import errno
import os
import re
import tempfile
import unicodedata
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Protocol, runtime_checkable

from kiosk.domain.messages import QT_TRANSLATE_NOOP, Message, Translatable

__all__ = [
    "OutboxPrinter",
    "PrintError",
    "PrinterBackend",
    "PrinterState",
    "PrinterStatus",
    "safe_filename",
]


class PrintError(Translatable, Exception):
    """A document could not be printed; ``str(err)`` is an Indonesian message for the officer
    (``err.message``, marked for the window's translation: :mod:`kiosk.domain.messages`)."""


class PrinterState(StrEnum):
    """What the lane's printer indicator shows."""

    READY = "ready"
    PAUSED = "paused"  # the spooler holds or refuses jobs (cupsdisable / cupsreject)
    OFFLINE = "offline"  # the printer or the spooler cannot be reached
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class PrinterStatus:
    """A printer's state, with an Indonesian message for the officer when it is not ready (a
    :class:`~kiosk.domain.messages.Message`, which the window translates)."""

    state: PrinterState
    message: str = ""

    @property
    def ready(self) -> bool:
        return self.state is PrinterState.READY


@runtime_checkable
class PrinterBackend(Protocol):
    """Something that accepts a PDF to print.

    ``name`` is a short label for settings and error screens. ``submit`` hands the PDF over and
    returns an identifier of the job (a spooler's job id, or a file path); it raises
    :class:`PrintError` when the document cannot be handed over.
    """

    name: str

    def submit(self, pdf: bytes, *, title: str, copies: int = 1, media: str = "") -> str:
        """Hand ``pdf`` to the printer; ``media`` is the paper, "A4" or "80x123mm" (W x H)."""
        ...

    def status(self) -> PrinterStatus:
        """The printer's state now (cheap enough to poll every few seconds)."""
        ...


_WINDOWS_RESERVED = frozenset(
    {"CON", "PRN", "AUX", "NUL"}
    | {f"COM{i}" for i in range(1, 10)}
    | {f"LPT{i}" for i in range(1, 10)}
)
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
_MAX_STEM = 100


def safe_filename(title: str) -> str:
    """A file name stem for ``title`` that is safe on Linux and Windows.

    Accents are folded to ASCII, anything but letters, digits, ``.``, ``_`` and ``-`` becomes
    ``_``, leading dots (hidden files) and trailing dots are removed, Windows device names are
    avoided, and the stem is at most 100 characters. An empty result becomes ``dokumen``.
    """
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode("ascii")
    stem = _UNSAFE.sub("_", ascii_title).strip("._-")[:_MAX_STEM].rstrip("._-")
    if not stem:
        return "dokumen"
    if stem.split(".", 1)[0].upper() in _WINDOWS_RESERVED:
        stem = f"_{stem}"
    return stem


def _reason(error: OSError) -> str:
    """Why a write failed, in words an officer can act on (a message, or the system's words)."""
    reasons = {
        errno.ENOSPC: QT_TRANSLATE_NOOP("Messages", "disk penuh"),
        errno.EDQUOT: QT_TRANSLATE_NOOP("Messages", "kuota disk habis"),
        errno.EACCES: QT_TRANSLATE_NOOP("Messages", "tidak ada izin menulis"),
        errno.EPERM: QT_TRANSLATE_NOOP("Messages", "tidak ada izin menulis"),
        errno.EROFS: QT_TRANSLATE_NOOP("Messages", "disk hanya dapat dibaca"),
        errno.ENOTDIR: QT_TRANSLATE_NOOP("Messages", "lokasi folder tidak valid"),
        errno.ENOENT: QT_TRANSLATE_NOOP("Messages", "folder tidak ditemukan"),
        errno.EIO: QT_TRANSLATE_NOOP("Messages", "kesalahan baca/tulis disk"),
    }
    reason = reasons.get(error.errno or 0)
    if reason is not None:
        return Message(reason)
    return error.strerror or str(error)


class OutboxPrinter:
    """The default backend where no printer is configured: each PDF lands in ``folder``.

    Files appear atomically (written to a hidden temporary file in the same folder, flushed and
    synced, then linked or renamed into place), so a program watching the folder never sees half
    a PDF. An existing file is never overwritten: with ``Slip_D-001.pdf`` taken the next is
    ``Slip_D-001-2.pdf``, then ``-3`` and so on. ``copies`` is accepted for the interface but
    one file is written whatever its value: the folder keeps documents, not sheets of paper.
    """

    name = "Folder PDF"

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)

    def __repr__(self) -> str:
        return f"OutboxPrinter({str(self.folder)!r})"

    def status(self) -> PrinterStatus:
        """Ready while the folder exists (or can be made) and is writable."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            message = Message(
                QT_TRANSLATE_NOOP("Messages", "Folder {folder} tidak dapat dibuat: {reason}."),
                folder=self.folder,
                reason=_reason(error),
            )
            return PrinterStatus(PrinterState.OFFLINE, message)
        if not os.access(self.folder, os.W_OK):
            message = Message(
                QT_TRANSLATE_NOOP("Messages", "Folder {folder} tidak dapat ditulisi."),
                folder=self.folder,
            )
            return PrinterStatus(PrinterState.OFFLINE, message)
        return PrinterStatus(PrinterState.READY)

    def submit(self, pdf: bytes, *, title: str, copies: int = 1, media: str = "") -> str:
        """Write ``pdf`` as ``<folder>/<safe title>.pdf`` and return the file's path.

        Raises ValueError when ``pdf`` is not a PDF or ``copies`` is below 1, and PrintError
        when the folder cannot be created or written.
        """
        if not pdf.startswith(b"%PDF-"):
            raise ValueError("OutboxPrinter.submit expects PDF bytes")
        if copies < 1:
            raise ValueError(f"copies must be at least 1, not {copies}")
        stem = safe_filename(title)
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            temporary = self._write_temporary(pdf, stem)
            try:
                final = self._claim_name(temporary, stem)
            finally:
                temporary.unlink(missing_ok=True)
            _sync_directory(self.folder)
        except OSError as error:
            raise PrintError(
                QT_TRANSLATE_NOOP(
                    "Messages", "Gagal menyimpan dokumen ke folder {folder}: {reason}."
                ),
                folder=self.folder,
                reason=_reason(error),
            ) from error
        return str(final)

    def delivered(self, title: str) -> str | None:
        """The file an earlier ``submit(title=title)`` wrote, if there is one; else None.

        A file appears only complete, so one that exists was handed over whole. A print job's
        title names the job, so a job that was written and not yet recorded as sent when the
        kiosk was killed is found here after the restart, instead of being written twice.
        """
        final = self.folder / f"{safe_filename(title)}.pdf"
        return str(final) if final.is_file() else None

    def _write_temporary(self, pdf: bytes, stem: str) -> Path:
        handle, name = tempfile.mkstemp(prefix=f".{stem}.", suffix=".tmp", dir=self.folder)
        path = Path(name)
        try:
            with os.fdopen(handle, "wb") as stream:
                stream.write(pdf)
                stream.flush()
                os.fsync(stream.fileno())
        except BaseException:
            path.unlink(missing_ok=True)
            raise
        return path

    def _claim_name(self, temporary: Path, stem: str) -> Path:
        """Give the finished file its final, unused name, never replacing another file.

        A hard link creates the name only if it is free, atomically, so two lanes sharing the
        folder cannot take the same name. Where links are unsupported (some network shares),
        a check-then-rename is the fallback.
        """
        suffix = 1
        while True:
            final = self.folder / (f"{stem}.pdf" if suffix == 1 else f"{stem}-{suffix}.pdf")
            try:
                os.link(temporary, final)
                return final
            except FileExistsError:
                suffix += 1
                continue
            except OSError as error:
                if error.errno not in {errno.EPERM, errno.ENOTSUP, errno.EXDEV, errno.EMLINK}:
                    raise
            if not final.exists():
                os.replace(temporary, final)
                return final
            suffix += 1


def _sync_directory(folder: Path) -> None:
    """Make the new directory entry durable (POSIX); a no-op where directories cannot be opened."""
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


_MEDIA_BOX = re.compile(rb"/MediaBox\s*\[\s*([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s*\]")
_POINTS_PER_MM = 72 / 25.4
_A4_MM = (210, 297)


def media_of(pdf: bytes) -> str:
    """The paper of a PDF's first page for the spooler: ``"A4"`` or ``"80x123mm"`` (W x H).

    Read from the page's MediaBox, so roll documents sized to their content ask for exactly
    their own length of paper (a spooler otherwise prints them on its default, often A4).
    """
    match = _MEDIA_BOX.search(pdf)
    if match is None:
        return ""
    x0, y0, x1, y1 = (float(v) for v in match.groups())
    width = round(abs(x1 - x0) / _POINTS_PER_MM)
    height = round(abs(y1 - y0) / _POINTS_PER_MM)
    if (width, height) == _A4_MM:
        return "A4"
    return f"{width}x{height}mm"
