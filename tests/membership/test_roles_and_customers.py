"""Who may do what (nothing changed on refusal); Customer.membership; search by card number; merge."""

from __future__ import annotations

import pytest

from server.auth.models import AuditEntry, Role
from tests.conftest import Api
from tests.factories import make_customer
from tests.membership.support import (
    ADJUST,
    CANCEL,
    ISSUE,
    LOOKUP,
    LOST,
    REDEEM,
    SHARING,
    SPEND,
    TOP_UP,
    FixedClock,
    issue,
    ok,
    state,
)

SERVING = [Role.FRONT_DESK, Role.MANAGER]
LOOKING = [Role.AGENT, Role.SALES]


@pytest.mark.parametrize("role", [*LOOKING, Role.ADMIN])
async def test_agents_sales_and_admins_cannot_change_a_card(api: Api, clock: FixedClock, role: Role) -> None:
    customer = await make_customer()
    card = await issue(api, customer.id)
    n = card["cardNumber"]
    await ok(api, TOP_UP, cardNumber=n, amount=10_000)
    before = await state(n)
    for document, payload in (
        (ISSUE, {"customerId": str((await make_customer()).id)}),
        (SPEND, {"cardNumber": n, "amount": 100}),
        (REDEEM, {"cardNumber": n, "points": 1}),
        (TOP_UP, {"cardNumber": n, "amount": 100}),
        (LOST, {"cardNumber": n}),
        (SHARING, {"cardNumber": n, "share": False}),
    ):
        body = await api.gql(document, {"input": payload}, as_role=role)
        assert body["data"] is None
        assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    assert await state(n) == before


@pytest.mark.parametrize("role", [Role.FRONT_DESK, Role.AGENT, Role.SALES])
async def test_only_managers_adjust_and_cancel(api: Api, clock: FixedClock, role: Role) -> None:
    card = await issue(api, (await make_customer()).id)
    n = card["cardNumber"]
    before = await state(n)
    for document, payload in (
        (ADJUST, {"cardNumber": n, "account": "POINTS", "amount": 10, "reason": "补录"}),
        (CANCEL, {"cardNumber": n, "reason": "客人要求"}),
    ):
        body = await api.gql(document, {"input": payload}, as_role=role)
        assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    assert await state(n) == before
    cancelled = await ok(api, CANCEL, Role.MANAGER, cardNumber=n, reason="客人要求")
    assert cancelled["card"]["status"] == "CANCELLED"


@pytest.mark.parametrize("role", [*LOOKING, *SERVING])
async def test_staff_who_see_customers_read_cards_and_the_customer_shows_the_card(
    api: Api, clock: FixedClock, role: Role
) -> None:
    customer = await make_customer()
    card = await issue(api, customer.id)
    found = await api.data(LOOKUP, {"n": card["cardNumber"]}, as_role=role)
    assert found["membershipCard"]["events"][0]["action"] == "ISSUED"
    shown = await api.data(
        "query($id: ID!) { customer(id: $id) { membership { cardNumber tier status validUntil pointsBalance "
        "storedValueBalance } } }",
        {"id": str(customer.id)},
        as_role=role,
    )
    assert shown["customer"]["membership"]["cardNumber"] == card["cardNumber"]


async def test_every_change_is_audited(api: Api, clock: FixedClock) -> None:
    card = await issue(api, (await make_customer()).id)
    await ok(api, TOP_UP, cardNumber=card["cardNumber"], amount=100)
    actions = [a.action for a in await AuditEntry.filter(action__startswith="membership.").order_by("id")]
    assert actions == ["membership.issueMembershipCard", "membership.topUpStoredValue"]


async def test_customers_search_finds_the_member_by_card_number_in_any_spacing(api: Api, clock: FixedClock) -> None:
    await make_customer(name="赵六")
    member = await make_customer(name="钱七")
    card = await issue(api, member.id)
    n = card["cardNumber"]
    for text in (n, card["displayNumber"], f"{n[:4]}-{n[4:8]}-{n[8:12]}-{n[12:]}"):
        found = await api.data(
            "query($s: String!) { customers(search: $s) { edges { node { id } } } }", {"s": text}, as_role=Role.AGENT
        )
        assert [e["node"]["id"] for e in found["customers"]["edges"]][:1] == [str(member.id)], text


MERGE = """mutation($input: MergeCustomersInput!) {
  mergeCustomers(input: $input) { customer { id membership { cardNumber } } errors { field code message } } }"""


async def test_merging_two_members_is_refused_and_one_member_keeps_the_card(api: Api, clock: FixedClock) -> None:
    survivor = await make_customer(name="孙八")
    duplicate = await make_customer(name="孙八")
    other = await make_customer(name="孙八")
    await issue(api, survivor.id)
    card = await issue(api, duplicate.id)
    refused = await api.data(MERGE, {"input": {"survivorId": str(survivor.id), "duplicateId": str(duplicate.id)}})
    assert [(e["field"], e["code"]) for e in refused["mergeCustomers"]["errors"]] == [(["duplicateId"], "CONFLICT")]
    merged = await api.data(MERGE, {"input": {"survivorId": str(other.id), "duplicateId": str(duplicate.id)}})
    assert merged["mergeCustomers"]["errors"] == []
    assert merged["mergeCustomers"]["customer"]["membership"]["cardNumber"] == card["cardNumber"]
