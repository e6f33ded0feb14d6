"""A fixed clock for the membership tests: validity, tier windows and birthdays without waiting."""

from __future__ import annotations

import pytest

from server.membership import service
from tests.membership.support import START, FixedClock


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> FixedClock:
    fixed = FixedClock(START)
    monkeypatch.setattr(service, "utcnow", fixed)
    return fixed
