"""Times are stored in UTC and shown in the hotel's time zone."""

from __future__ import annotations

from datetime import UTC, date, datetime

from server.settings import get_settings


def utcnow() -> datetime:
    return datetime.now(UTC)


def hotel_today() -> date:
    """Today's date at the hotel (Asia/Shanghai unless configured otherwise)."""
    return datetime.now(get_settings().timezone).date()


def to_hotel_time(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(get_settings().timezone)


def as_utc(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)
