"""A fixed clock for the complaint tests: SLA due times and overdue without waiting."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from server.complaints import service
from tests.conftest import FixedClock


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> FixedClock:
    # 09:00 at the hotel (Asia/Shanghai)
    return FixedClock(datetime(2026, 3, 2, 1, 0, tzinfo=UTC)).install(monkeypatch, service)
