"""Words for statuses and step buttons, through Qt's translation (context "Status")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kiosk.domain.visit import Status


def status_text(status: Status) -> str:
    """The Indonesian word for a status (translated when a translation is loaded)."""

    words = {
        Status.WAITING: QCoreApplication.translate("Status", "Menunggu"),
        Status.IN_PROCESS: QCoreApplication.translate("Status", "Diproses"),
        Status.READY: QCoreApplication.translate("Status", "Siap Diambil"),
        Status.HANDED_OVER: QCoreApplication.translate("Status", "Selesai"),
        Status.INCOMPLETE: QCoreApplication.translate("Status", "Berkas Belum Lengkap"),
        Status.FORWARDED: QCoreApplication.translate("Status", "Diteruskan ke Disdukcapil"),
        Status.CANCELLED: QCoreApplication.translate("Status", "Batal"),
        Status.NO_SHOW: QCoreApplication.translate("Status", "Tidak Hadir"),
    }
    return words[status]


def step_button_text(target: Status) -> str:
    """The label of the button that moves a request or visit to ``target``."""

    words = {
        Status.WAITING: QCoreApplication.translate("Status", "Kembali Mengantre"),
        Status.IN_PROCESS: QCoreApplication.translate("Status", "Proses"),
        Status.READY: QCoreApplication.translate("Status", "Siap · Panggil"),
        Status.HANDED_OVER: QCoreApplication.translate("Status", "Serahkan"),
        Status.INCOMPLETE: QCoreApplication.translate("Status", "Berkas Belum Lengkap"),
        Status.FORWARDED: QCoreApplication.translate("Status", "Teruskan ke Disdukcapil"),
        Status.CANCELLED: QCoreApplication.translate("Status", "Batalkan"),
        Status.NO_SHOW: QCoreApplication.translate("Status", "Tidak Hadir"),
    }
    return words[target]
