"""Helpers for the membership tests: documents, the clock's start, cards issued through the API."""

from __future__ import annotations

from datetime import UTC, datetime
from enum import Enum
from typing import Any

from server.auth.models import Role
from server.membership.models import LedgerEntry, MembershipCard
from tests.complaints.conftest import FixedClock as FixedClock  # one fixed clock for the suite
from tests.conftest import Api

CARD = """id cardNumber displayNumber tier status issuedAt validUntil pointsBalance storedValueBalance
shareWithPartners version customer { id name }"""
PAYLOAD = f"card {{ {CARD} }} entries {{ account kind amount balanceAfter }} errors {{ field code message }}"


def mutation(name: str, input_type: str) -> str:
    return f"mutation($input: {input_type}!) {{ {name}(input: $input) {{ {PAYLOAD} }} }}"


ISSUE = mutation("issueMembershipCard", "IssueMembershipCardInput")
SPEND = mutation("recordMemberSpend", "RecordMemberSpendInput")
REDEEM = mutation("redeemPoints", "RedeemPointsInput")
TOP_UP = mutation("topUpStoredValue", "TopUpStoredValueInput")
PAY = mutation("spendStoredValue", "SpendStoredValueInput")
ADJUST = mutation("adjustBalance", "AdjustBalanceInput")
LOST = mutation("reportCardLost", "ReportCardLostInput")
REISSUE = mutation("reissueCard", "ReissueCardInput")
RENEW = mutation("renewCard", "RenewCardInput")
CANCEL = mutation("cancelCard", "CancelCardInput")
SHARING = mutation("setPartnerSharing", "SetPartnerSharingInput")
LOOKUP = f"""query($n: String!) {{ membershipCard(cardNumber: $n) {{ {CARD}
  ledger(first: 50) {{ totalCount edges {{ node {{ account kind amount balanceAfter note }} }} }}
  events {{ action fromTier toTier fromStatus toStatus }} }} }}"""


START = datetime(2026, 3, 2, 1, 0, tzinfo=UTC)  # 09:00 at the hotel


async def run(api: Api, document: str, as_role: Role = Role.FRONT_DESK, **input: Any) -> dict[str, Any]:
    data = await api.data(document, {"input": input}, as_role=as_role)
    result: dict[str, Any] = next(iter(data.values()))
    return result


async def ok(api: Api, document: str, as_role: Role = Role.FRONT_DESK, **input: Any) -> dict[str, Any]:
    result = await run(api, document, as_role, **input)
    assert result["errors"] == [], result["errors"]
    return result


async def issue(api: Api, customer_id: int, as_role: Role = Role.FRONT_DESK, **extra: Any) -> dict[str, Any]:
    card: dict[str, Any] = (await ok(api, ISSUE, as_role, customerId=str(customer_id), **extra))["card"]
    return card


async def state(card_number: str) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The card row and its ledger, to prove a refused request changed nothing."""
    row = _plain((await MembershipCard.filter(card_number=card_number).values())[0])
    ledger = [_plain(e) for e in await LedgerEntry.filter(card_id=row["id"]).order_by("id").values()]
    return row, ledger


def _plain(row: dict[str, Any]) -> dict[str, Any]:
    return {k: v.value if isinstance(v, Enum) else v for k, v in row.items()}
