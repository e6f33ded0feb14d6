"""A fixed clock for the insight tests: "today" at the hotel is 2025-06-30."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.conftest import FixedClock


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> FixedClock:
    # 2025-06-30 02:00 UTC is 10:00 at the hotel (Asia/Shanghai).
    return FixedClock(datetime(2025, 6, 30, 2, 0, tzinfo=UTC)).install(monkeypatch)
