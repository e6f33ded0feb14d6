"""Hand-made stays whose report figures the tests know to the fen."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

import pytest

from server.customers.models import Customer
from server.stays.models import Stay, StayStatus
from tests.factories import make_customer


@dataclass(frozen=True)
class Given:
    it: Customer
    gov: Customer
    blank: Customer
    stays: list[Stay]


async def stay(customer: Customer | None, arrival: date, nights: int, revenue: int, **overrides: Any) -> Stay:
    values: dict[str, Any] = {
        "customer_id": customer.id if customer else None,
        "property": "P1",
        "arrival": arrival,
        "departure": date.fromordinal(arrival.toordinal() + nights),
        "room_nights": nights,
        "room_type": "大床房",
        "nightly_rate": revenue // nights if nights else revenue,
        "room_revenue": revenue,
        "market_segment": "Direct",
        "channel": "Direct",
        "customer_type": "Transient",
        "country": "CHN",
        "status": StayStatus.CHECKED_OUT,
    }
    values.update(overrides)
    return await Stay.create(**values)


@pytest.fixture
async def given(db: str) -> Given:
    it = await make_customer(name="信息科技", industry="IT", nature="COMPANY")
    gov = await make_customer(name="市政府", industry=None, nature="GOVERNMENT")
    blank = await make_customer(name="空白", industry="")  # nature: the default INDIVIDUAL
    stays = [
        await stay(it, date(2025, 3, 1), 3, 99999),
        # 20001 / 2 = 10000.5: half-up gives 10001 (banker's rounding would give 10000).
        await stay(gov, date(2025, 3, 15), 2, 20001, status=StayStatus.IN_HOUSE, market_segment="Online TA",
                   channel="TA/TO", country="PRT", room_type="双床房"),
        await stay(None, date(2025, 3, 31), 1, 50000, status=StayStatus.CANCELLED, country=None, channel=None),
        await stay(blank, date(2025, 4, 1), 3, 30000, property="P2", status=StayStatus.NO_SHOW, market_segment="",
                   country="CN", customer_type="Group"),
        await stay(None, date(2025, 2, 28), 2, 30000, property="P2", status=StayStatus.RESERVED, market_segment=None,
                   country="TMP", customer_type=None),
        await stay(it, date(2024, 12, 31), 1, 20000, country="USA"),
    ]  # fmt: skip
    return Given(it, gov, blank, stays)
