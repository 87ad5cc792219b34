"""Acceptance: four lanes registering at once share one queue, on SQLite and on PostgreSQL.

Four `kiosk demo` processes register 500 visits each against one database (a SQLite file, or the
tests' private PostgreSQL server): every number distinct and gapless per prefix and day, and
every visit stored.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections import defaultdict
from dataclasses import replace
from pathlib import Path

from kiosk.app import build
from kiosk.config import load_settings
from kiosk.store import close_database
from kiosk.store.models import Visit

LANES = 4
VISITS = 500
LINE = re.compile(r"^(?P<prefix>[A-Z0-9]+)-(?P<seq>\d{3,})\t")


def test_four_lanes_five_hundred_visits_each(db_url: str, home: Path) -> None:
    env = {**os.environ, "KIOSK_HOME": str(home), "KIOSK_DB": db_url}
    command = [sys.executable, "-m", "kiosk", "demo", "--visits", str(VISITS), "--no-print"]
    lanes = [
        subprocess.Popen([*command, "--seed", str(n)], env=env, stdout=subprocess.PIPE, text=True)
        for n in range(LANES)
    ]
    outputs = [lane.communicate(timeout=240)[0] for lane in lanes]
    assert [lane.returncode for lane in lanes] == [0] * LANES
    numbers: dict[str, list[int]] = defaultdict(list)
    for line in "".join(outputs).splitlines():
        match = LINE.match(line)
        assert match, line
        numbers[match["prefix"]].append(int(match["seq"]))
    assert sum(len(seqs) for seqs in numbers.values()) == LANES * VISITS
    for prefix, seqs in numbers.items():
        assert sorted(seqs) == list(range(1, len(seqs) + 1)), prefix  # distinct, no gap

    build(replace(load_settings(home), database_url=db_url))
    try:
        stored = defaultdict(list)
        for prefix, sequence in Visit.select(Visit.prefix, Visit.sequence).tuples():
            stored[prefix].append(sequence)
        assert {p: sorted(s) for p, s in stored.items()} == {
            p: sorted(s) for p, s in numbers.items()
        }
    finally:
        close_database()
