"""Printed documents and the printers they go to.

Documents are pure functions from plain data to PDF bytes, rendered with ReportLab and the TTF
fonts shipped in resources/fonts: the queue slip lives in :mod:`kiosk.printing.slip`
(``SlipData``, ``render_slip``). Backends (:mod:`kiosk.printing.backends`) take the bytes to a
printer or, by default, to an outbox folder.

This package imports no Qt, and this module imports no ReportLab: the app imports the printing
layer lazily at the first print, and importing the backends stays cheap.
"""

from kiosk.printing.backends import OutboxPrinter, PrinterBackend, PrintError

__all__ = ["OutboxPrinter", "PrintError", "PrinterBackend"]
