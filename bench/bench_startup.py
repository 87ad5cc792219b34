"""Cold start: from launching `python -m kiosk` to the first shown lane screen.

Each run is a new process (Qt offscreen, as the demo officer, so the board is the first screen)
on an installation with a day of visits, from compiled bytecode as an installed kiosk runs; the
time runs until the window reports it is shown. Prints the median of several runs.
Run: .venv/bin/python bench/bench_startup.py [--runs N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "KIOSK_HOME": home, "QT_QPA_PLATFORM": "offscreen"}
        env.pop("KIOSK_DB", None)
        # An installed kiosk runs from compiled bytecode (pip and the bundle compile it); a
        # development shell may forbid writing it, which would time compiling, not starting.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        subprocess.run(
            [sys.executable, "-m", "kiosk", "demo", "--visits", "40"],
            env=env, check=True, capture_output=True,
        )
        times = []
        for run in range(args.runs + 1):  # the first run writes the bytecode: not counted
            start = time.perf_counter()
            proc = subprocess.Popen(
                [sys.executable, "-m", "kiosk", "--demo", "--probe-startup"],
                env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
            )
            assert proc.stdout is not None
            line = proc.stdout.readline()
            shown = time.perf_counter()
            proc.wait(timeout=30)
            if line.strip() != "shown":
                raise SystemExit(f"the kiosk did not show its window (got {line!r})")
            if run:
                times.append((shown - start) * 1000)
        # is ReportLab kept off the start-up path?
        check = subprocess.run(
            [sys.executable, "-X", "importtime", "-m", "kiosk", "--demo", "--probe-startup"],
            env=env, capture_output=True, text=True,
        )
        reportlab_at_start = "reportlab" in check.stderr
    print(f"cold start to the first shown lane screen, {len(times)} runs: "
          f"median {statistics.median(times):.0f} ms (min {min(times):.0f}, max {max(times):.0f})")
    print(f"ReportLab imported at start-up: {'yes' if reportlab_at_start else 'no'}")


if __name__ == "__main__":
    main()
