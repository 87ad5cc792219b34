"""The command line: `kiosk demo`, also several at once on one database, as several lanes."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

from kiosk.cli import main
from kiosk.store import close_database

LINE = re.compile(r"^(?P<number>[A-Z0-9]+-\d{3,})\t")


def test_demo_prints_each_number_at_the_start_of_its_line(home: Path, capsys) -> None:
    try:
        assert main(["--home", str(home), "demo", "--visits", "4", "--seed", "7"]) == 0
    finally:
        close_database()
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 4
    assert all(LINE.match(line) for line in lines)
    assert all(line.endswith("slip dicetak") for line in lines)
    assert len(list((home / "outbox").glob("*.pdf"))) == 4


def test_a_bad_settings_file_exits_with_a_message(home: Path, capsys) -> None:
    (home / "settings.toml").write_text("[printing]\npaper_width_mm = 99\n")
    assert main(["--home", str(home), "demo", "--visits", "1"]) == 2
    assert "80 atau 58" in capsys.readouterr().err


def test_three_lanes_registering_at_once_never_share_a_number(home: Path) -> None:
    """Three demo processes on one SQLite file: every number distinct, no gaps, all stored."""
    env = {**os.environ, "KIOSK_HOME": str(home)}
    env.pop("KIOSK_DB", None)
    main_args = [sys.executable, "-m", "kiosk", "demo", "--visits", "25"]
    # no database yet: the three also race to create the schema, as lanes started together do
    procs = [
        subprocess.Popen([*main_args, "--seed", str(i)], env=env, stdout=subprocess.PIPE, text=True)
        for i in range(3)
    ]
    outputs = [p.communicate(timeout=120)[0] for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0]
    by_prefix: dict[str, list[int]] = defaultdict(list)
    for line in "".join(outputs).splitlines():
        number = LINE.match(line)["number"]
        prefix, seq = number.rsplit("-", 1)
        by_prefix[prefix].append(int(seq))
    assert sum(len(v) for v in by_prefix.values()) == 75
    for seqs in by_prefix.values():
        assert sorted(seqs) == list(range(1, len(seqs) + 1))
