"""The PySide6 user interface. No SQL and no business rule here: it calls ``kiosk.services``."""
