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
from pathlib import Path
from typing import Protocol, runtime_checkable

__all__ = ["OutboxPrinter", "PrintError", "PrinterBackend", "safe_filename"]


class PrintError(Exception):
    """A document could not be printed; ``str(err)`` is an Indonesian message for the officer."""


@runtime_checkable
class PrinterBackend(Protocol):
    """Something that accepts a PDF to print.

    ``name`` is a short label for settings and error screens. ``submit`` hands the PDF over and
    returns an identifier of the job (a spooler's job id, or a file path); it raises
    :class:`PrintError` when the document cannot be handed over.
    """

    name: str

    def submit(self, pdf: bytes, *, title: str, copies: int = 1) -> str: ...


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
    """Why a write failed, in words an officer can act on."""
    reasons = {
        errno.ENOSPC: "disk penuh",
        errno.EDQUOT: "kuota disk habis",
        errno.EACCES: "tidak ada izin menulis",
        errno.EPERM: "tidak ada izin menulis",
        errno.EROFS: "disk hanya dapat dibaca",
        errno.ENOTDIR: "lokasi folder tidak valid",
        errno.ENOENT: "folder tidak ditemukan",
        errno.EIO: "kesalahan baca/tulis disk",
    }
    return reasons.get(error.errno or 0, error.strerror or str(error))


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

    def submit(self, pdf: bytes, *, title: str, copies: int = 1) -> str:
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
                f"Gagal menyimpan dokumen ke folder {self.folder}: {_reason(error)}."
            ) from error
        return str(final)

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
