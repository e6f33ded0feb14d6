"""Issuing and using a card through the API: earning, redeeming, stored value, loss, reissue, renewal."""

from __future__ import annotations

import pytest

from server.auth.models import Role
from server.core.cardnumbers import card_number
from server.settings import reset_settings_cache
from tests.conftest import Api
from tests.factories import make_customer
from tests.membership.support import (
    ISSUE,
    LOOKUP,
    LOST,
    PAY,
    REDEEM,
    REISSUE,
    RENEW,
    SPEND,
    TOP_UP,
    FixedClock,
    issue,
    ok,
    run,
    state,
)


async def test_issue_gives_an_active_classic_card_valid_for_a_year(api: Api, clock: FixedClock) -> None:
    customer = await make_customer()
    card = await issue(api, customer.id)
    assert card["cardNumber"] == card_number(1)
    assert card["displayNumber"] == " ".join(card_number(1)[i : i + 4] for i in range(0, 16, 4))
    assert (card["tier"], card["status"], card["validUntil"]) == ("CLASSIC", "ACTIVE", "2027-03-02")
    assert (card["pointsBalance"], card["storedValueBalance"]) == (0, 0)
    assert card["customer"]["id"] == str(customer.id)


async def test_a_second_card_for_the_same_customer_is_a_duplicate(api: Api, clock: FixedClock) -> None:
    customer = await make_customer()
    first = await issue(api, customer.id)
    again = await run(api, ISSUE, customerId=str(customer.id), tier="GOLD")
    assert again["card"] is None
    assert [(e["field"], e["code"]) for e in again["errors"]] == [(["customerId"], "DUPLICATE")]
    assert first["displayNumber"] in again["errors"][0]["message"]


async def test_spend_earns_points_and_top_up_gets_the_band_bonus(api: Api, clock: FixedClock) -> None:
    card = await issue(api, (await make_customer()).id)
    n = card["cardNumber"]
    earned = await ok(api, SPEND, cardNumber=n, amount=123_456, reference="F-1")
    assert earned["card"]["pointsBalance"] == 123  # floor(1,234.56 yuan × 10 / 100)
    topped = await ok(api, TOP_UP, cardNumber=n, amount=500_000)
    assert topped["card"]["storedValueBalance"] == 550_000
    assert [(e["kind"], e["amount"], e["balanceAfter"]) for e in topped["entries"]] == [
        ("TOP_UP", 500_000, 500_000),
        ("BONUS", 50_000, 550_000),
    ]
    paid = await ok(api, PAY, cardNumber=n, amount=50_000)
    assert paid["card"]["storedValueBalance"] == 500_000
    redeemed = await ok(api, REDEEM, cardNumber=n, points=23)
    assert redeemed["card"]["pointsBalance"] == 100


async def test_redeeming_more_than_the_balance_is_refused_and_changes_nothing(api: Api, clock: FixedClock) -> None:
    card = await issue(api, (await make_customer()).id)
    n = card["cardNumber"]
    await ok(api, SPEND, cardNumber=n, amount=10_000)
    before = await state(n)
    refused = await run(api, REDEEM, cardNumber=n, points=11)
    assert [(e["field"], e["code"]) for e in refused["errors"]] == [(["points"], "INSUFFICIENT_BALANCE")]
    refused = await run(api, PAY, cardNumber=n, amount=1)
    assert [(e["field"], e["code"]) for e in refused["errors"]] == [(["amount"], "INSUFFICIENT_BALANCE")]
    assert await state(n) == before


async def test_a_lost_card_refuses_everything_until_reissued_with_its_balances(api: Api, clock: FixedClock) -> None:
    card = await issue(api, (await make_customer()).id)
    n = card["cardNumber"]
    await ok(api, SPEND, cardNumber=n, amount=200_000)
    await ok(api, TOP_UP, cardNumber=n, amount=100_000)
    lost = await ok(api, LOST, cardNumber=n, note="客人来电挂失")
    assert lost["card"]["status"] == "LOST"
    before = await state(n)
    attempts: list[tuple[str, dict[str, object]]] = [
        (SPEND, {"amount": 100}),
        (REDEEM, {"points": 1}),
        (TOP_UP, {"amount": 100}),
        (PAY, {"amount": 1}),
    ]
    for document, extra in attempts:
        refused = await run(api, document, Role.FRONT_DESK, cardNumber=n, **extra)
        assert [(e["field"], e["code"]) for e in refused["errors"]] == [(["cardNumber"], "INVALID_STATE")], document
    assert await state(n) == before
    new = (await ok(api, REISSUE, cardNumber=n))["card"]
    assert new["cardNumber"] != n
    assert (new["status"], new["tier"], new["validUntil"]) == ("ACTIVE", "CLASSIC", card["validUntil"])
    assert (new["pointsBalance"], new["storedValueBalance"]) == (200, 105_000)  # 1,000 yuan + 50 bonus
    old = (await api.data(LOOKUP, {"n": n}))["membershipCard"]
    assert (old["status"], old["pointsBalance"], old["storedValueBalance"]) == ("REPLACED", 0, 0)
    assert [e["node"]["kind"] for e in old["ledger"]["edges"]][:2] == ["TRANSFER_OUT", "TRANSFER_OUT"]


async def test_renewal_extends_validity_and_revives_an_expired_card(api: Api, clock: FixedClock) -> None:
    card = await issue(api, (await make_customer()).id)
    clock.advance(days=400)
    refused = await run(api, SPEND, cardNumber=card["cardNumber"], amount=100)
    assert [e["code"] for e in refused["errors"]] == ["INVALID_STATE"]
    renewed = await ok(api, RENEW, cardNumber=card["cardNumber"])
    assert (renewed["card"]["status"], renewed["card"]["validUntil"]) == ("ACTIVE", "2028-04-06")


async def test_bad_card_numbers_and_amounts_are_clear_errors(api: Api, clock: FixedClock) -> None:
    card = await issue(api, (await make_customer()).id)
    n = card["cardNumber"]
    slipped = n[:-1] + str((int(n[-1]) + 1) % 10)
    refused = await run(api, SPEND, cardNumber=slipped, amount=100)
    assert [(e["field"], e["code"]) for e in refused["errors"]] == [(["cardNumber"], "INVALID")]
    unknown = card_number(999)
    refused = await run(api, SPEND, cardNumber=unknown, amount=100)
    assert [(e["field"], e["code"]) for e in refused["errors"]] == [(["cardNumber"], "NOT_FOUND")]
    refused = await run(api, SPEND, cardNumber=n, amount=-100)
    assert [(e["field"], e["code"]) for e in refused["errors"]] == [(["amount"], "INVALID")]
    refused = await run(api, REDEEM, cardNumber=n, points=0)
    assert [(e["field"], e["code"]) for e in refused["errors"]] == [(["points"], "INVALID")]
    fractional = await api.gql(SPEND, {"input": {"cardNumber": n, "amount": 10.5}}, as_role=Role.FRONT_DESK)
    assert "fractions are rejected" in fractional["errors"][0]["message"]
    spaced = await api.data(LOOKUP, {"n": " ".join(n[i : i + 4] for i in range(0, 16, 4))})
    assert spaced["membershipCard"]["cardNumber"] == n


async def test_the_confirmation_figures_follow_the_settings(api: Api, monkeypatch: pytest.MonkeyPatch) -> None:
    quote = "query($a: Fen!) { pointsForSpend(amount: $a) topUpBonus(amount: $a) }"
    data = await api.data(quote, {"a": 123_456}, as_role=Role.FRONT_DESK)
    assert data == {"pointsForSpend": 123, "topUpBonus": 5_000}  # ¥1,234.56: 10 per ¥100, band ¥1,000 → ¥50
    monkeypatch.setenv("HOTEL_CRM_MEMBERSHIP_POINTS_PER_100_YUAN", "25")
    reset_settings_cache()
    data = await api.data(quote, {"a": 123_456}, as_role=Role.FRONT_DESK)
    assert data["pointsForSpend"] == 308
