"""A fixed clock for the prospect tests: grade dates, due lists and revisit rules in hotel time."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from server.prospects import service
from tests.conftest import FixedClock


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> FixedClock:
    # 2024-01-30 17:00 UTC is already 2024-01-31 01:00 at the hotel (Asia/Shanghai): "today" is Jan 31.
    return FixedClock(datetime(2024, 1, 30, 17, 0, tzinfo=UTC)).install(monkeypatch, service)
