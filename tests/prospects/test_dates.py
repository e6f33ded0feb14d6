"""Grade → next follow-up date: month ends, leap years, year end."""

from __future__ import annotations

from datetime import date

import pytest

from server.prospects.models import ProspectGrade
from server.prospects.service import add_months, next_follow_up


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (date(2024, 1, 31), 1, date(2024, 2, 29)),  # leap year
        (date(2025, 1, 31), 1, date(2025, 2, 28)),
        (date(2024, 3, 31), 1, date(2024, 4, 30)),
        (date(2024, 11, 30), 3, date(2025, 2, 28)),  # across the year end
        (date(2024, 12, 15), 1, date(2025, 1, 15)),
        (date(2023, 8, 31), 6, date(2024, 2, 29)),
        (date(2024, 2, 29), 12, date(2025, 2, 28)),
        (date(2024, 5, 31), -1, date(2024, 4, 30)),
        (date(2024, 1, 15), -12, date(2023, 1, 15)),
    ],
)
def test_add_months_clamps_to_the_month_end(start: date, months: int, expected: date) -> None:
    assert add_months(start, months) == expected


@pytest.mark.parametrize(
    ("grade", "start", "expected"),
    [
        (ProspectGrade.H, date(2024, 12, 28), date(2025, 1, 4)),
        (ProspectGrade.H, date(2024, 2, 25), date(2024, 3, 3)),
        (ProspectGrade.A, date(2024, 1, 31), date(2024, 2, 29)),
        (ProspectGrade.A, date(2023, 1, 31), date(2023, 2, 28)),
        (ProspectGrade.B, date(2024, 11, 30), date(2025, 2, 28)),
        (ProspectGrade.C, date(2024, 8, 31), date(2025, 2, 28)),
    ],
)
def test_grade_sets_the_next_follow_up(grade: ProspectGrade, start: date, expected: date) -> None:
    assert next_follow_up(grade, start) == expected
