"""Printer backends: the outbox folder, and the package's light import surface."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from kiosk.printing import OutboxPrinter, PrinterBackend, PrintError
from kiosk.printing import backends as backends_module
from kiosk.printing.backends import safe_filename

PDF = b"%PDF-1.4\n% a tiny stand-in for a slip\n%%EOF\n"
MAIN = Path(__file__).resolve().parents[2]


def pdf_files(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir())


def test_outbox_is_a_printer_backend(tmp_path: Path) -> None:
    printer = OutboxPrinter(tmp_path)

    assert isinstance(printer, PrinterBackend)
    assert printer.name


def test_submit_writes_the_pdf_under_a_safe_title(tmp_path: Path) -> None:
    output = OutboxPrinter(tmp_path).submit(PDF, title="slip CSK-20210727-D001 #1")

    assert output == str(tmp_path / "slip_CSK-20210727-D001_1.pdf")
    assert Path(output).read_bytes() == PDF
    assert pdf_files(tmp_path) == ["slip_CSK-20210727-D001_1.pdf"]  # no temporary file left


def test_submit_creates_the_folder(tmp_path: Path) -> None:
    folder = tmp_path / "outbox" / "2021-07-27"

    output = OutboxPrinter(folder).submit(PDF, title="slip")

    assert Path(output).parent == folder
    assert Path(output).read_bytes() == PDF


def test_existing_files_are_never_overwritten(tmp_path: Path) -> None:
    printer = OutboxPrinter(tmp_path)
    first = printer.submit(PDF, title="slip D-001")

    second = printer.submit(PDF + b"2", title="slip D-001")
    third = printer.submit(PDF + b"3", title="slip D-001")

    assert [Path(p).name for p in (first, second, third)] == [
        "slip_D-001.pdf",
        "slip_D-001-2.pdf",
        "slip_D-001-3.pdf",
    ]
    assert Path(first).read_bytes() == PDF
    assert Path(third).read_bytes() == PDF + b"3"


def test_one_file_whatever_the_copies(tmp_path: Path) -> None:
    OutboxPrinter(tmp_path).submit(PDF, title="slip", copies=3)

    assert pdf_files(tmp_path) == ["slip.pdf"]


def test_the_file_appears_complete_and_synced(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Written to a temporary file in the same folder, synced, then given its name at once."""
    seen: list[str] = []
    link, fsync = os.link, os.fsync

    def checking_link(source: str | Path, target: str | Path) -> None:
        assert Path(source).parent == tmp_path
        assert Path(source).read_bytes() == PDF
        assert not Path(source).name.endswith(".pdf")
        assert not Path(target).exists()
        assert "fsync" in seen
        seen.append("link")
        link(source, target)

    def recording_fsync(descriptor: int) -> None:
        seen.append("fsync")
        fsync(descriptor)

    monkeypatch.setattr(backends_module.os, "link", checking_link)
    monkeypatch.setattr(backends_module.os, "fsync", recording_fsync)

    OutboxPrinter(tmp_path).submit(PDF, title="slip")

    assert seen[:2] == ["fsync", "link"]
    assert pdf_files(tmp_path) == ["slip.pdf"]


def test_without_hard_links_it_renames_and_still_never_overwrites(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_links(source: str | Path, target: str | Path) -> None:
        raise OSError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(backends_module.os, "link", no_links)
    (tmp_path / "slip.pdf").write_bytes(b"%PDF- earlier")

    output = OutboxPrinter(tmp_path).submit(PDF, title="slip")

    assert Path(output).name == "slip-2.pdf"
    assert Path(output).read_bytes() == PDF
    assert (tmp_path / "slip.pdf").read_bytes() == b"%PDF- earlier"
    assert pdf_files(tmp_path) == ["slip-2.pdf", "slip.pdf"]


def test_lanes_submitting_at_once_get_distinct_files(tmp_path: Path) -> None:
    printer = OutboxPrinter(tmp_path)
    outputs: list[str] = []
    start = threading.Barrier(8)

    def submit(index: int) -> None:
        start.wait()
        outputs.append(printer.submit(PDF + bytes([index]), title="slip"))

    threads = [threading.Thread(target=submit, args=(i,)) for i in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert len(set(outputs)) == 8
    assert sorted(Path(p).read_bytes()[-1] for p in outputs) == list(range(8))
    assert len(pdf_files(tmp_path)) == 8


def test_unwritable_folder_raises_print_error(tmp_path: Path) -> None:
    # A folder under a regular file can never be created, even by root (chmod would not stop it).
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    folder = blocker / "outbox"

    with pytest.raises(PrintError) as caught:
        OutboxPrinter(folder).submit(PDF, title="slip")

    message = str(caught.value)
    assert message.startswith("Gagal menyimpan dokumen ke folder")
    assert str(folder) in message
    assert isinstance(caught.value.__cause__, OSError)


def test_full_disk_says_so_and_leaves_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def disk_full(descriptor: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backends_module.os, "fsync", disk_full)

    with pytest.raises(PrintError, match="disk penuh"):
        OutboxPrinter(tmp_path).submit(PDF, title="slip")

    assert pdf_files(tmp_path) == []


@pytest.mark.parametrize(
    ("pdf", "copies", "message"),
    [(b"not a pdf", 1, "PDF bytes"), (PDF, 0, "copies")],
)
def test_programming_errors_are_value_errors(
    tmp_path: Path, pdf: bytes, copies: int, message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        OutboxPrinter(tmp_path).submit(pdf, title="slip", copies=copies)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("slip D-001", "slip_D-001"),
        ("receipt/CSK:2021*07?27", "receipt_CSK_2021_07_27"),
        ("../../etc/passwd", "etc_passwd"),
        (".hidden", "hidden"),
        ("Tanda Terima Akta — Ñoño", "Tanda_Terima_Akta_Nono"),
        ("CON", "_CON"),
        ("lpt1.pdf", "_lpt1.pdf"),
        ("", "dokumen"),
        ("///", "dokumen"),
    ],
)
def test_safe_filename(title: str, expected: str) -> None:
    assert safe_filename(title) == expected


def test_safe_filename_is_bounded() -> None:
    assert len(safe_filename("x" * 500)) == 100


def test_package_import_stays_light() -> None:
    """kiosk.printing loads neither ReportLab (imported at the first print) nor Qt."""
    script = (
        "import sys, kiosk.printing\n"
        "loaded = [m for m in sys.modules if m.split('.')[0] in {'reportlab', 'PySide6'}]\n"
        "assert not loaded, loaded\n"
        "import kiosk.printing.slip\n"
        "assert 'PySide6' not in sys.modules and 'shiboken6' not in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", script], cwd=MAIN, check=True, timeout=60)
