"""Where the shipped resources (catalogue, fonts, translations) live.

`resources/` sits beside the `kiosk/` package both in a source checkout (editable install) and in
the PyInstaller one-folder bundle (build.spec copies it next to the package), so one rule finds it
in both and never depends on the current directory.
"""

from __future__ import annotations

from pathlib import Path

RESOURCES_DIR = Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    """Path of a shipped resource file, e.g. ``resource_path("fonts", "DejaVuSans.ttf")``."""
    return RESOURCES_DIR.joinpath(*parts)
