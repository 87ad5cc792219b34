"""The intake wizard: service -> applicant -> requirements -> confirm -> slip."""

from kiosk.ui.intake.wizard import IntakeWizard

__all__ = ["IntakeWizard"]
