"""A fixed hotel date for the contract tests."""

from __future__ import annotations

from datetime import date

import pytest

from server.contracts import service


@pytest.fixture
def today(monkeypatch: pytest.MonkeyPatch) -> list[date]:
    """Today at the hotel; assign today[0] to move the clock."""
    fixed = [date(2026, 11, 24)]
    monkeypatch.setattr(service, "hotel_today", lambda: fixed[0])
    return fixed
