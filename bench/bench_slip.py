"""How long a queue slip takes to render: warm (the app after its first print) and cold.

Run from the repository root: ``.venv/bin/python bench/bench_slip.py [--runs 50]``.
Prints plain text lines; it is a measurement, not a pass/fail test. Each warm run uses another
reference, so every run encodes a new QR code, as real slips do.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # run as a script: make the checkout's kiosk importable

from kiosk.printing.slip import render_slip  # noqa: E402
from tests.helpers_documents import SAMPLE_SLIP  # noqa: E402

SAMPLE = SAMPLE_SLIP

COLD_SCRIPT = """
import time
started = time.perf_counter()
from kiosk.printing.slip import SlipData, render_slip
imported = time.perf_counter()
import datetime
render_slip({sample}, 80)
done = time.perf_counter()
print(f"{{(imported - started) * 1000:.1f}} {{(done - imported) * 1000:.1f}}")
"""


def summary(label: str, seconds: list[float]) -> str:
    ms = [s * 1000 for s in seconds]
    return (
        f"{label}: median {statistics.median(ms):.1f} ms, min {min(ms):.1f} ms, "
        f"max {max(ms):.1f} ms ({len(ms)} runs)"
    )


def warm(width_mm: int, runs: int) -> list[float]:
    render_slip(SAMPLE, width_mm)  # fonts registered, code paths warm
    times = []
    for run in range(runs):
        data = replace(SAMPLE, number=f"D-{run + 1:03d}", reference=f"CSK-20210727-D{run:03d}-K3F9")
        started = time.perf_counter()
        render_slip(data, width_mm)
        times.append(time.perf_counter() - started)
    return times


def cold(runs: int) -> tuple[list[float], list[float]]:
    """Import of kiosk.printing.slip (ReportLab included) and first render, each in a new Python."""
    script = COLD_SCRIPT.format(sample=repr(SAMPLE))
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONDONTWRITEBYTECODE": "1"}
    imports, renders = [], []
    for _ in range(runs):
        result = subprocess.run(
            [sys.executable, "-c", script],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        imported_ms, rendered_ms = (float(part) for part in result.stdout.split())
        imports.append(imported_ms / 1000)
        renders.append(rendered_ms / 1000)
    return imports, renders


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=50, help="warm renders per width")
    parser.add_argument("--cold-runs", type=int, default=3, help="fresh Python processes")
    args = parser.parse_args()

    print(f"render_slip on {os.cpu_count()} CPUs, Python {sys.version.split()[0]}")
    for width in (80, 58):
        print(summary(f"warm {width} mm", warm(width, args.runs)))
    imports, renders = cold(args.cold_runs)
    print(summary("cold import of kiosk.printing.slip (ReportLab)", imports))
    print(summary("cold first render 80 mm (registers the fonts)", renders))
    totals = [i + r for i, r in zip(imports, renders, strict=True)]
    print(summary("cold import + first render", totals))
    size = len(render_slip(SAMPLE, 80))
    print(f"slip size 80 mm: {size / 1024:.1f} KiB")


if __name__ == "__main__":
    main()
