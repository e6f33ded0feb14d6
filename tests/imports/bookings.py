"""Where the real PMS booking export lives: HOTEL_CRM_BOOKINGS_FILE, else ../shared/data beside the repository
(or beside the repository it was cloned from: CI runs the tests in a fresh clone in a temporary directory)."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

REPOSITORY = Path(__file__).resolve().parents[2]
BOOKINGS_ROWS = 119_390


def _candidates() -> list[Path]:
    given = os.environ.get("HOTEL_CRM_BOOKINGS_FILE")
    if given:
        return [Path(given)]
    homes = [REPOSITORY]
    origin = subprocess.run(
        ["git", "-C", str(REPOSITORY), "config", "--get", "remote.origin.url"], capture_output=True, text=True
    ).stdout.strip()
    if origin and "://" not in origin and ":" not in origin.split("/")[0]:  # a local path, not a URL
        homes.append((REPOSITORY / origin).resolve())
    return [home.parent / "shared" / "data" / "hotel_bookings.csv.xz" for home in homes]


def bookings_file() -> Path:
    """The path of hotel_bookings.csv.xz; the test is skipped (saying why) only when the file is absent."""
    candidates = _candidates()
    for path in candidates:
        if path.is_file():
            return path
    tried = ", ".join(str(p) for p in candidates)
    pytest.skip(f"the real booking file is absent: tried {tried} (set HOTEL_CRM_BOOKINGS_FILE to its path)")
