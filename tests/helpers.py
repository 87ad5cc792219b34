"""Shared test helpers: valid sample identities and drafts, PDF text."""

from __future__ import annotations

import io
import re
from pathlib import Path

from kiosk.domain.visit import Channel, RequestDraft, VisitDraft

# 3603 23 570890 0001: Cisauk, female (57 = 17 + 40), born 17 August 1990, serial 1.
NIK_A = "3603235708900001"
# 3603 23 120385 0042: Cisauk, male, born 12 March 1985, serial 42.
NIK_B = "3603231203850042"
FULL_NIK = re.compile(r"\d{16}")


def request(
    service: str = "KTP_RUSAK",
    nik: str = NIK_A,
    name: str = "SITI RAHAYU",
    phone: str = "0812-3456-7890",
    received: tuple[str, ...] = (),
) -> RequestDraft:
    return RequestDraft(service_code=service, nik=nik, name=name, phone=phone, received=received)


def car(*requests: RequestDraft, plate: str = "b 1234 abc") -> VisitDraft:
    return VisitDraft(channel=Channel.DRIVE_THRU, requests=requests or (request(),), plate=plate)


def walk_in(*requests: RequestDraft) -> VisitDraft:
    return VisitDraft(channel=Channel.LOKET, requests=requests or (request(),))


def pdf_text(source: bytes | Path) -> str:
    """All text of a PDF, pages joined."""
    from pypdf import PdfReader

    data = source.read_bytes() if isinstance(source, Path) else source
    reader = PdfReader(io.BytesIO(data))
    return "\n".join(page.extract_text() or "" for page in reader.pages)
