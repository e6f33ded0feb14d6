"""A fixed clock for the feedback tests (summaries default to the last twelve hotel months)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from server.feedback import service
from tests.conftest import FixedClock


@pytest.fixture
def now(monkeypatch: pytest.MonkeyPatch) -> datetime:
    fixed = datetime(2024, 3, 15, 2, 0, tzinfo=UTC)  # 10:00 at the hotel
    FixedClock(fixed).install(monkeypatch, service)
    return fixed
