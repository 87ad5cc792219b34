"""Sample documents shared by the printing tests and benches (one source, not five copies)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from kiosk.printing.receipt import ReceiptData
from kiosk.printing.slip import SlipData

SAMPLE_SLIP = SlipData(
    office_lines=("PEMERINTAH KABUPATEN TANGERANG", "KECAMATAN CISAUK"),
    lane_name="Pelayanan Tanpa Turun",
    number="D-001",
    channel_label="Drive-Thru",
    services=("Penggantian KTP-el Rusak", "Perubahan Kartu Keluarga"),
    masked_niks=("3603**********02", "3603**********07"),
    plate="B 1234 ABC",
    # 02.05 UTC is 09.05 WIB on Tuesday 27 July 2021.
    issued_at=datetime(2021, 7, 27, 2, 5, tzinfo=UTC),
    cars_ahead=3,
    reference="CSK-20210727-D001-K3F9",
    footer_lines=("Simpan slip ini. Nomor Anda akan dipanggil.",),
)

SAMPLE_RECEIPT = ReceiptData(
    letterhead=("PEMERINTAH KABUPATEN TANGERANG", "KECAMATAN CISAUK"),
    address_lines=(
        "Jl. Raya Cisauk No. 1, Desa Cisauk, Kec. Cisauk, Kab. Tangerang, Banten 15341",
        "Telp. (021) 7588 1234",
    ),
    receipt_number="TT-20210727-D-001-1",
    reference="CSK-20210727-D001-K3F9",
    # 02.05 UTC is 09.05 WIB on Tuesday 27 July 2021.
    issued_at=datetime(2021, 7, 27, 2, 5, tzinfo=UTC),
    channel_label="Drive-Thru",
    queue_number="D-001",
    service_name="Penggantian KTP-el Rusak",
    applicant_name="Siti Nurhaliza Rahmawati",
    masked_nik="3603**********02",
    masked_phone="0812-****-7890",
    plate="B 1234 ABC",
    received=("KTP-el yang rusak (asli)", "Fotokopi Kartu Keluarga"),
    missing=("Surat pengantar RT/RW",),
    status_line="Berkas diteruskan ke Disdukcapil Kab. Tangerang",
    pickup_date=date(2021, 8, 2),
    fee="Gratis (Rp0)",
    officer="Ahmad Fauzi",
    complaint_lines=("SP4N-LAPOR! www.lapor.go.id / SMS 1708", "Telp. kantor (021) 7588 1234"),
)
