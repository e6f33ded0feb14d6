"""Merging customers moves event attendances; where both attended, the survivor's row stays."""

from __future__ import annotations

from datetime import date

from server.customers import service as customers
from server.prospects.models import EventAttendance, HotelEvent
from tests.factories import SYSTEM, make_customer


async def test_merge_moves_attendances_and_drops_the_duplicates_second_row(db: str) -> None:
    survivor = await make_customer(name="张伟")
    duplicate = await make_customer(name="张伟")
    both = await HotelEvent.create(name="品鉴会", held_on=date(2024, 1, 10))
    only_duplicate = await HotelEvent.create(name="开放日", held_on=date(2024, 2, 10))
    await EventAttendance.create(event_id=both.id, customer_id=survivor.id, purchased=True)
    await EventAttendance.create(event_id=both.id, customer_id=duplicate.id, purchased=False)
    await EventAttendance.create(event_id=only_duplicate.id, customer_id=duplicate.id, purchased=False)

    await customers.merge_customers(actor=SYSTEM, survivor_id=survivor.id, duplicate_id=duplicate.id)

    rows = await EventAttendance.all().order_by("event_id").values("event_id", "customer_id", "purchased")
    assert rows == [
        {"event_id": both.id, "customer_id": survivor.id, "purchased": True},
        {"event_id": only_duplicate.id, "customer_id": survivor.id, "purchased": False},
    ]
