"""A fixed clock for the complaint tests: SLA due times and overdue without waiting."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import pytest

from server.complaints import service


@dataclass
class FixedClock:
    now: datetime

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> datetime:
        self.now += timedelta(**delta)
        return self.now


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> FixedClock:
    fixed = FixedClock(datetime(2026, 3, 2, 1, 0, tzinfo=UTC))  # 09:00 at the hotel (Asia/Shanghai)
    monkeypatch.setattr(service, "utcnow", fixed)
    return fixed
