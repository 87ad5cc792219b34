"""Words for statuses and step buttons, through Qt's translation (context "Status")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kiosk.domain.visit import Status


def status_text(status: Status) -> str:
    """The Indonesian word for a status (translated when a translation is loaded)."""
    tr = QCoreApplication.translate
    words = {
        Status.WAITING: tr("Status", "Menunggu"),
        Status.IN_PROCESS: tr("Status", "Diproses"),
        Status.READY: tr("Status", "Siap Diambil"),
        Status.HANDED_OVER: tr("Status", "Selesai"),
        Status.INCOMPLETE: tr("Status", "Berkas Belum Lengkap"),
        Status.FORWARDED: tr("Status", "Diteruskan ke Disdukcapil"),
        Status.CANCELLED: tr("Status", "Batal"),
        Status.NO_SHOW: tr("Status", "Tidak Hadir"),
    }
    return words[status]


def step_button_text(target: Status) -> str:
    """The label of the button that moves a request or visit to ``target``."""
    tr = QCoreApplication.translate
    words = {
        Status.WAITING: tr("Status", "Kembali Mengantre"),
        Status.IN_PROCESS: tr("Status", "Proses"),
        Status.READY: tr("Status", "Siap · Panggil"),
        Status.HANDED_OVER: tr("Status", "Serahkan"),
        Status.INCOMPLETE: tr("Status", "Berkas Belum Lengkap"),
        Status.FORWARDED: tr("Status", "Teruskan ke Disdukcapil"),
        Status.CANCELLED: tr("Status", "Batalkan"),
        Status.NO_SHOW: tr("Status", "Tidak Hadir"),
    }
    return words[target]
