"""Times are stored in UTC and shown in the hotel's time zone."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

from server.settings import get_settings


def utcnow() -> datetime:
    return datetime.now(UTC)


def hotel_today() -> date:
    """Today's date at the hotel (Asia/Shanghai unless configured otherwise), through utcnow so that
    a test's fixed clock (tests/conftest.py FixedClock) fixes it everywhere."""
    return to_hotel_time(utcnow()).date()


def hotel_day_start(day: date) -> datetime:
    """The UTC instant the hotel's day begins (midnight in HOTEL_CRM_TIMEZONE): days [a, b] are
    the instants from hotel_day_start(a) up to, not including, hotel_day_start(b + 1 day)."""
    return datetime.combine(day, time.min, get_settings().timezone).astimezone(UTC)


def to_hotel_time(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(get_settings().timezone)


def as_utc(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)
