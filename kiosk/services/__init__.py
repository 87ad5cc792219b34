"""Use cases, one transaction each: register a visit, print its slip, list the lane.

No Qt here, so the command line and the tests drive the same code as the window.
"""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.config import Settings
from kiosk.domain.catalogue import Catalogue
from kiosk.services.audit import AuditService
from kiosk.services.flow import FlowService
from kiosk.services.lane import LaneService
from kiosk.services.maintenance import MaintenanceService
from kiosk.services.officers import OfficerService
from kiosk.services.print_jobs import PrintService, make_printers
from kiosk.services.print_queue import PrintQueue
from kiosk.services.registration import RegistrationService
from kiosk.services.reports import ReportService
from kiosk.services.survey import SurveyService
from kiosk.store import (  # what the window catches when the database fails
    DatabaseUnavailable,
    StoreError,
)


@dataclass
class Kiosk:
    """The use cases of one installation, wired together; what the UI and the CLI call."""

    settings: Settings
    catalogue: Catalogue
    registration: RegistrationService
    lane: LaneService
    prints: PrintService
    print_queue: PrintQueue
    flow: FlowService
    officers: OfficerService
    audit: AuditService
    survey: SurveyService
    maintenance: MaintenanceService
    reports: ReportService

    def apply_settings(self, settings: Settings) -> None:
        """Settings saved from the window take effect at once, in every use case."""
        self.settings = settings
        self.lane.locale = settings.language
        for service in (self.registration, self.flow, self.maintenance, self.reports):
            service.reconfigure(settings)
        self.prints.reconfigure(settings, make_printers(settings))


__all__ = [
    "AuditService",
    "DatabaseUnavailable",
    "FlowService",
    "Kiosk",
    "LaneService",
    "MaintenanceService",
    "OfficerService",
    "PrintQueue",
    "PrintService",
    "RegistrationService",
    "ReportService",
    "StoreError",
]
