"""Pure domain rules: no Qt, no database, no PDF."""

from kiosk.domain.catalogue import Catalogue, CatalogueError, Service
from kiosk.domain.errors import (
    DomainError,
    InvalidKK,
    InvalidNik,
    InvalidPhone,
    InvalidPlate,
)
from kiosk.domain.kk import KK, parse_kk
from kiosk.domain.masking import mask_nik, mask_phone, mask_plate
from kiosk.domain.nik import Nik, check_nik_against, parse_nik
from kiosk.domain.people import Sex
from kiosk.domain.phone import Phone, parse_phone
from kiosk.domain.plate import Plate, parse_plate
from kiosk.domain.regions import is_known_region, province_name
from kiosk.domain.skm import IkmResult, compute_ikm
from kiosk.domain.visit import (
    Channel,
    RequestDraft,
    Status,
    ValidRequest,
    ValidVisit,
    VisitDraft,
    VisitInvalid,
    validate_visit,
)

__all__ = [
    "Catalogue",
    "CatalogueError",
    "Channel",
    "DomainError",
    "InvalidKK",
    "InvalidNik",
    "InvalidPhone",
    "InvalidPlate",
    "RequestDraft",
    "Service",
    "Status",
    "ValidRequest",
    "ValidVisit",
    "VisitDraft",
    "VisitInvalid",
    "validate_visit",
    "IkmResult",
    "compute_ikm",
    "KK",
    "Nik",
    "Phone",
    "Plate",
    "Sex",
    "check_nik_against",
    "is_known_region",
    "mask_nik",
    "mask_phone",
    "mask_plate",
    "parse_kk",
    "parse_nik",
    "parse_phone",
    "parse_plate",
    "province_name",
]
