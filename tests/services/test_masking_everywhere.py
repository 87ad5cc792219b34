"""No printed document carries a full NIK or phone number (UU 27/2022 PDP)."""

from __future__ import annotations

import re
from pathlib import Path

from kiosk.domain.visit import Status
from kiosk.services import Kiosk
from kiosk.store.models import PrintJob, Request
from tests.helpers import NIK_A, NIK_B, car, pdf_text, request

PHONE_DIGITS = re.compile(r"0?8\d{9,11}|628\d{8,11}")


def test_slips_receipts_and_copies_are_masked(kiosk: Kiosk) -> None:
    result = kiosk.registration.register(
        car(
            request(),
            request(service="AKTA_LAHIR", nik=NIK_B, name="AHMAD", phone="0857 1111 2222"),
        ),
        "Sari",
    )
    kiosk.prints.print_job(result.slip_job_id)
    for step in (Status.IN_PROCESS, Status.READY, Status.HANDED_OVER):
        kiosk.flow.move_visit(result.visit_id, step, "Sari")
    for req in Request.select():
        kiosk.prints.print_receipt(req.id, "Sari")  # a SALINAN of each
    jobs = list(PrintJob.select())
    assert sorted(j.kind for j in jobs) == ["receipt"] * 4 + ["slip"]
    for job in jobs:
        assert job.state == "sent"
        text = pdf_text(Path(job.output))
        compact = re.sub(r"[\s.\-()]", "", text)
        assert not re.search(r"\d{16}", compact), job.kind
        assert NIK_A not in compact and NIK_B not in compact
        assert not PHONE_DIGITS.search(compact), (job.kind, PHONE_DIGITS.search(compact))
