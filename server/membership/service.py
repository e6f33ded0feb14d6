"""Membership cards (会员卡): issuing, points, stored value (储值), tiers, loss and reissue, renewal.

Every change of a balance is one transaction that
  1. takes the card row (SELECT … FOR UPDATE on PostgreSQL; SQLite serialises writers),
  2. moves the balance with a conditional update that refuses to go below zero or to touch a card
     that is not in the right status (UPDATE … WHERE status = … AND balance + amount >= 0),
  3. appends a ledger entry with the balance after it (the ledger is append-only in the database),
  4. writes the audit row and, with an idempotency key, the answer a retry gets back.
So two concurrent redemptions can never overspend, on either database, and a balance always
equals the sum of its card's ledger.

Tiers follow qualifying spend (the amount spent, in fen) of the member's cards in a rolling
window (HOTEL_CRM_MEMBERSHIP_TIER_WINDOW_MONTHS): an upgrade applies at once when a spend
crosses a threshold; `hotel-crm membership evaluate` (nightly) downgrades a card that has held
its tier for a whole window without the spend for it, and expires cards past their validity.
"""

from __future__ import annotations

import calendar
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from tortoise.exceptions import IntegrityError
from tortoise.functions import Sum
from tortoise.transactions import in_transaction

from server.auth import audit, idempotency
from server.auth.actor import Actor
from server.auth.models import Role
from server.contacts.service import care_window, month_day
from server.core.cardnumbers import card_number, display_card_number, normalize_card_number
from server.core.errors import DomainError, ErrorCode, FieldErrors
from server.core.money import MAX_FEN, Fen, yuan_text
from server.core.sql import fetch, in_list
from server.core.text import clean_text, require_text
from server.core.time import as_utc, to_hotel_time, utcnow
from server.customers.models import Customer, CustomerStatus
from server.membership.models import (
    CardEvent,
    CardStatus,
    LedgerAccount,
    LedgerEntry,
    LedgerKind,
    MembershipCard,
    MemberTier,
)
from server.settings import get_settings

# Front desk and managers serve members; agents and sales only look.
SERVING = frozenset({Role.FRONT_DESK, Role.MANAGER})
MANAGING = frozenset({Role.MANAGER})
# A customer holds at most one card in use: ACTIVE, LOST (to be reissued) or EXPIRED (to be renewed).
HELD = (CardStatus.ACTIVE, CardStatus.LOST, CardStatus.EXPIRED)
TIER_ORDER = (MemberTier.CLASSIC, MemberTier.SILVER, MemberTier.GOLD, MemberTier.PLATINUM)
TIER_LABELS = {
    MemberTier.CLASSIC: "普通",
    MemberTier.SILVER: "银卡",
    MemberTier.GOLD: "金卡",
    MemberTier.PLATINUM: "白金卡",
}
STATUS_LABELS = {
    CardStatus.ACTIVE: "有效",
    CardStatus.LOST: "已挂失",
    CardStatus.REPLACED: "已补办换新",
    CardStatus.EXPIRED: "已过期",
    CardStatus.CANCELLED: "已注销",
}
MAX_NOTE = 500
MAX_REFERENCE = 128
MAX_BIRTHDAY_WINDOW = 31
_ISSUE_ATTEMPTS = 5


def hotel_date(moment: datetime | None = None) -> date:
    """The hotel's date now (tests fix the clock by replacing this module's utcnow)."""
    return to_hotel_time(moment or utcnow()).date()


def add_months(day: date, months: int) -> date:
    """The same day n months later (or earlier); the 31st becomes the month's last day."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def points_for(spend: Fen) -> int:
    """Points earned on a spend: floor(spend × rate); the rate is points per 100 yuan (10,000 fen)."""
    return spend * get_settings().membership_points_per_100_yuan // 10_000


def bonus_for(top_up: Fen) -> Fen:
    """The bonus of the highest band a top-up reaches (bands in yuan, from the settings)."""
    bonus = 0
    for start_yuan, bonus_yuan in get_settings().membership_top_up_bonus_yuan:
        if top_up >= start_yuan * 100:
            bonus = bonus_yuan * 100
    return bonus


def thresholds() -> dict[MemberTier, Fen]:
    """Qualifying spend in the window (fen) a tier needs."""
    s = get_settings()
    return {
        MemberTier.CLASSIC: 0,
        MemberTier.SILVER: s.membership_silver_threshold_yuan * 100,
        MemberTier.GOLD: s.membership_gold_threshold_yuan * 100,
        MemberTier.PLATINUM: s.membership_platinum_threshold_yuan * 100,
    }


def tier_for(spend: Fen) -> MemberTier:
    reached = MemberTier.CLASSIC
    for tier, needed in thresholds().items():
        if spend >= needed and TIER_ORDER.index(tier) > TIER_ORDER.index(reached):
            reached = tier
    return reached


def _rank(tier: MemberTier) -> int:
    return TIER_ORDER.index(tier)


def _require_role(actor: Actor, roles: frozenset[Role], what: str) -> None:
    # System jobs (seed, CLI) carry no role; staff need one of the roles.
    if actor.role is not None and actor.role not in roles:
        raise DomainError(ErrorCode.FORBIDDEN, f"该角色不能{what}")


def parse_card_number(text: str | None, *, field: str = "cardNumber") -> str:
    """The 16 digits of a card number typed by staff; a wrong check digit is refused, never looked up."""
    if text is None or not text.strip():
        raise DomainError(ErrorCode.REQUIRED, "请输入会员卡号", field=field)
    number = normalize_card_number(text)
    if number is None:
        raise DomainError(
            ErrorCode.INVALID, "会员卡号无效：应为 16 位数字，且校验位正确（请核对是否输错）", field=field
        )
    return number


def _positive_amount(value: object, *, field: str, label: str, maximum: int = MAX_FEN) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise DomainError(ErrorCode.INVALID, f"{label}必须是整数", field=field)
    if value <= 0:
        raise DomainError(ErrorCode.INVALID, f"{label}必须大于零", field=field)
    if value > maximum:
        raise DomainError(ErrorCode.INVALID, f"{label}超出范围", field=field)
    return value


def _state_error(card: MembershipCard, what: str, *, field: str = "cardNumber") -> DomainError:
    return DomainError(
        ErrorCode.INVALID_STATE,
        f"会员卡{STATUS_LABELS[card.status]}（{card.status.value}），不能{what}",
        field=field,
    )


# ---------------------------------------------------------------- reads


async def card_by_number(number: str) -> MembershipCard | None:
    return await MembershipCard.get_or_none(card_number=number)


async def require_card(text: str | None, *, field: str = "cardNumber") -> MembershipCard:
    number = parse_card_number(text, field=field)
    card = await card_by_number(number)
    if card is None:
        raise DomainError(ErrorCode.NOT_FOUND, f"没有卡号为 {display_card_number(number)} 的会员卡", field=field)
    return card


async def find_card(*, actor: Actor, text: str) -> MembershipCard | None:
    """Staff lookup by number: None for an unknown card; a malformed number is an error."""
    return await card_by_number(parse_card_number(text))


async def cards_by_ids(ids: list[int]) -> dict[int, MembershipCard]:
    if not ids:
        return {}
    return {c.id: c for c in await MembershipCard.filter(id__in=ids)}


async def held_cards_of(customer_ids: list[int]) -> dict[int, MembershipCard]:
    """Each customer's card in use (ACTIVE, LOST or EXPIRED), newest first; one statement."""
    found: dict[int, MembershipCard] = {}
    if not customer_ids:
        return found
    for card in await MembershipCard.filter(customer_id__in=customer_ids, status__in=list(HELD)).order_by("-id"):
        found.setdefault(card.customer_id, card)  # type: ignore[attr-defined]
    return found


async def events_of(card_ids: list[int]) -> dict[int, list[CardEvent]]:
    found: dict[int, list[CardEvent]] = {}
    if not card_ids:
        return found
    for e in await CardEvent.filter(card_id__in=card_ids).order_by("at", "id"):
        found.setdefault(e.card_id, []).append(e)  # type: ignore[attr-defined]
    return found


async def ledger_page(card_id: int, *, first: int, offset: int) -> tuple[list[LedgerEntry], int]:
    """A card's ledger, newest first, with the running balance on every entry."""
    query = LedgerEntry.filter(card_id=card_id)
    total = await query.count()
    rows = await query.order_by("-id").offset(offset).limit(first)
    return list(rows), total


async def entries_by_ids(ids: list[int]) -> list[LedgerEntry]:
    if not ids:
        return []
    return list(await LedgerEntry.filter(id__in=ids).order_by("id"))


def window_start(now: datetime) -> datetime:
    """Where the rolling tier window that ends now begins (the same hotel date, months earlier)."""
    today = hotel_date(now)
    months = get_settings().membership_tier_window_months
    return as_utc(now) - timedelta(days=(today - add_months(today, -months)).days)


async def window_spend(customer_id: int, *, now: datetime | None = None) -> Fen:
    """Qualifying spend of the customer's cards in the rolling window ending now."""
    since = window_start(now or utcnow())
    card_ids = await MembershipCard.filter(customer_id=customer_id).values_list("id", flat=True)
    if not card_ids:
        return 0
    rows = (
        await LedgerEntry.filter(card_id__in=list(card_ids), kind=LedgerKind.EARN, at__gte=since)
        .annotate(spend=Sum("qualifying_spend"))
        .values("spend")
    )
    return int(rows[0]["spend"] or 0) if rows else 0


# ---------------------------------------------------------------- the ledger primitive

_BALANCE_COLUMN = {LedgerAccount.POINTS: "points_balance", LedgerAccount.STORED_VALUE: "stored_value_balance"}


@dataclass
class Operation:
    """What one ledger operation did: the card as it is now and the entries written."""

    card: MembershipCard
    entries: list[LedgerEntry] = field(default_factory=list)


async def _locked_card(number: str, *, field: str = "cardNumber") -> MembershipCard:
    card = await MembershipCard.filter(card_number=number).select_for_update().first()
    if card is None:
        raise DomainError(ErrorCode.NOT_FOUND, f"没有卡号为 {display_card_number(number)} 的会员卡", field=field)
    return card


async def _post(
    card: MembershipCard,
    account: LedgerAccount,
    kind: LedgerKind,
    amount: int,
    *,
    actor: Actor,
    at: datetime,
    key: str | None,
    statuses: tuple[CardStatus, ...] = (CardStatus.ACTIVE,),
    qualifying_spend: Fen = 0,
    reference: str | None = None,
    note: str | None = None,
    field: str = "amount",
) -> LedgerEntry:
    """Moves one balance by amount (signed) and appends the entry; refuses to go below zero."""
    column = _BALANCE_COLUMN[account]
    rows = await fetch(
        f"UPDATE membership_cards SET {column} = {column} + ?, version = version + 1 "
        f"WHERE id = ? AND status IN ({in_list(list(statuses))}) AND {column} + ? >= 0 "
        f"RETURNING {column} AS balance",
        [amount, card.id, *[s.value for s in statuses], amount],
    )
    if not rows:
        fresh = await MembershipCard.get(id=card.id)
        if fresh.status not in statuses:
            raise _state_error(fresh, "办理此项业务")
        have = getattr(fresh, column)
        unit = "积分" if account is LedgerAccount.POINTS else "储值余额"
        shown = f"{have}" if account is LedgerAccount.POINTS else yuan_text(have)
        raise DomainError(ErrorCode.INSUFFICIENT_BALANCE, f"{unit}不足：当前余额 {shown}", field=field)
    try:
        return await LedgerEntry.create(
            card_id=card.id,
            account=account,
            kind=kind,
            amount=amount,
            balance_after=int(rows[0]["balance"]),
            qualifying_spend=qualifying_spend,
            idempotency_key=key,
            reference=reference,
            note=note,
            actor_id=actor.user_id,
            at=at,
        )
    except IntegrityError as exc:
        if key is not None:
            # A twin with the same key committed first while we waited for the card.
            raise idempotency.ConcurrentRetry from exc
        raise


async def _event(
    card: MembershipCard,
    action: str,
    *,
    actor: Actor,
    at: datetime,
    note: str | None = None,
    from_tier: MemberTier | None = None,
    to_tier: MemberTier | None = None,
    from_status: CardStatus | None = None,
    to_status: CardStatus | None = None,
) -> None:
    await CardEvent.create(
        card_id=card.id,
        action=action,
        from_tier=from_tier,
        to_tier=to_tier,
        from_status=from_status,
        to_status=to_status,
        note=note,
        actor_id=actor.user_id,
        at=at,
    )


async def _replayed(previous: dict[str, Any]) -> Operation:
    card = await MembershipCard.get(id=int(previous["card_id"]))
    return Operation(card=card, entries=await entries_by_ids([int(i) for i in previous.get("entry_ids", [])]))


async def _run(
    operation: str,
    *,
    actor: Actor,
    key: str | None,
    payload: dict[str, Any],
    body: Callable[[datetime], Awaitable[Operation]],
    audit_details: dict[str, Any] | None = None,
    reason: str | None = None,
) -> Operation:
    """One operation: replay by key, else one transaction of body + audit + the remembered answer."""
    fp = idempotency.fingerprint(payload)
    previous = await idempotency.replay(operation, key, actor, fp)
    if previous is not None:
        return await _replayed(previous)
    try:
        async with in_transaction():
            now = utcnow()
            done = await body(now)
            await idempotency.remember(
                operation,
                key,
                actor,
                fp,
                {"card_id": done.card.id, "entry_ids": [e.id for e in done.entries]},
            )
            await audit.record(
                actor,
                f"membership.{operation}",
                target_type="MembershipCard",
                target_id=done.card.id,
                reason=reason,
                details={**payload, **(audit_details or {})},
            )
    except idempotency.ConcurrentRetry:
        previous = await idempotency.replay(operation, key, actor, fp)
        assert previous is not None
        return await _replayed(previous)
    done.card = await MembershipCard.get(id=done.card.id)
    return done


async def _upgrade_if_reached(card: MembershipCard, *, actor: Actor, at: datetime) -> None:
    """An upgrade applies at once when the window's qualifying spend crosses a threshold."""
    reached = tier_for(await window_spend(card.customer_id, now=at))  # type: ignore[attr-defined]
    if _rank(reached) <= _rank(card.tier):
        return
    await MembershipCard.filter(id=card.id).update(tier=reached, tier_since=at, updated_at=at)
    await _event(card, "TIER_CHANGED", actor=actor, at=at, from_tier=card.tier, to_tier=reached, note="消费达标升级")
    card.tier = reached


# ---------------------------------------------------------------- issuing


async def issue_card(
    *,
    actor: Actor,
    customer_id: int,
    tier: MemberTier | None = None,
    idempotency_key: str | None = None,
) -> MembershipCard:
    """A new ACTIVE card for a customer who holds none; valid for the configured months."""
    _require_role(actor, SERVING, "办理会员卡")
    key = idempotency.clean_key(idempotency_key)
    chosen = tier or MemberTier.CLASSIC

    async def body(now: datetime) -> Operation:
        customer = await Customer.filter(id=customer_id).select_for_update().first()
        if customer is None:
            raise DomainError(ErrorCode.NOT_FOUND, f"客户 {customer_id} 不存在", field="customerId")
        if customer.status is CustomerStatus.MERGED:
            raise DomainError(
                ErrorCode.INVALID_STATE, "该档案已合并到另一客户，请在合并后的档案上办卡", field="customerId"
            )
        held = await MembershipCard.filter(customer_id=customer_id, status__in=list(HELD)).first()
        if held is not None:
            hint = {
                CardStatus.ACTIVE: "",
                CardStatus.LOST: "；挂失的卡请补办",
                CardStatus.EXPIRED: "；过期的卡请续期",
            }[held.status]
            raise DomainError(
                ErrorCode.DUPLICATE,
                f"该客户已有会员卡 {display_card_number(held.card_number)}（{STATUS_LABELS[held.status]}）{hint}",
                field="customerId",
            )
        card = await _create_card(
            actor=actor, customer_id=customer_id, tier=chosen, valid_until=None, now=now, replaces=None
        )
        return Operation(card=card)

    payload = {"customerId": customer_id, "tier": chosen.value}
    for attempt in range(_ISSUE_ATTEMPTS):
        try:
            return (await _run("issueMembershipCard", actor=actor, key=key, payload=payload, body=body)).card
        except IntegrityError:
            # Another card took the number (concurrent issue): draw the next serial.
            if attempt == _ISSUE_ATTEMPTS - 1:
                raise
    raise AssertionError("unreachable")


async def _next_number() -> str:
    rows = await fetch("SELECT COALESCE(MAX(id), 0) AS n FROM membership_cards")
    serial = int(rows[0]["n"]) + 1
    while await MembershipCard.filter(card_number=card_number(serial)).exists():
        serial += 1
    return card_number(serial)


async def _create_card(
    *,
    actor: Actor,
    customer_id: int,
    tier: MemberTier,
    valid_until: date | None,
    now: datetime,
    replaces: MembershipCard | None,
    tier_since: datetime | None = None,
    share_with_partners: bool = True,
) -> MembershipCard:
    card = await MembershipCard.create(
        card_number=await _next_number(),
        customer_id=customer_id,
        tier=tier,
        status=CardStatus.ACTIVE,
        issued_at=now,
        valid_until=valid_until or add_months(hotel_date(now), get_settings().membership_validity_months),
        replaces_id=replaces.id if replaces else None,
        share_with_partners=share_with_partners,
        tier_since=tier_since or now,
    )
    await _event(
        card,
        "REISSUED" if replaces else "ISSUED",
        actor=actor,
        at=now,
        to_tier=tier,
        to_status=CardStatus.ACTIVE,
        note=f"补办，替换 {display_card_number(replaces.card_number)}" if replaces else None,
    )
    return card


# ---------------------------------------------------------------- points and stored value


def _clean_reference(value: str | None, c: FieldErrors) -> str | None:
    return c.run(clean_text, value, field="reference", max_length=MAX_REFERENCE, label="单据号")


def _clean_note(value: str | None, c: FieldErrors, *, required: bool = False, label: str = "备注") -> str | None:
    return c.run(clean_text, value, field="note", max_length=MAX_NOTE, required=required, label=label)


@dataclass(frozen=True)
class _AmountInput:
    number: str
    amount: int
    reference: str | None
    key: str | None


def _amount_input(
    card_number: str, amount: Fen, reference: str | None, idempotency_key: str | None, *, label: str
) -> _AmountInput:
    """Card number, a positive amount of fen, folio and key, every problem reported at once."""
    c = FieldErrors()
    number = c.run(parse_card_number, card_number)
    checked = c.run(_positive_amount, amount, field="amount", label=label)
    ref = _clean_reference(reference, c)
    key = c.run(idempotency.clean_key, idempotency_key)
    c.check()
    assert number is not None
    assert checked is not None
    return _AmountInput(number, checked, ref, key)


async def record_spend(
    *,
    actor: Actor,
    card_number: str,
    amount: Fen,
    reference: str | None = None,
    idempotency_key: str | None = None,
) -> Operation:
    """Spend at the hotel (checkout): points = floor(spend × rate); counts toward the tier at once."""
    _require_role(actor, SERVING, "记录会员消费")
    given = _amount_input(card_number, amount, reference, idempotency_key, label="消费金额")
    number, spend, ref, key = given.number, given.amount, given.reference, given.key

    async def body(now: datetime) -> Operation:
        card = await _locked_card(number)
        _require_unexpired(card, now, "积分")
        entry = await _post(
            card,
            LedgerAccount.POINTS,
            LedgerKind.EARN,
            points_for(spend),
            actor=actor,
            at=now,
            key=key,
            qualifying_spend=spend,
            reference=ref,
        )
        await _upgrade_if_reached(card, actor=actor, at=now)
        return Operation(card=card, entries=[entry])

    payload = {"cardNumber": number, "amount": spend, "reference": ref}
    return await _run("recordMemberSpend", actor=actor, key=key, payload=payload, body=body)


def _require_unexpired(card: MembershipCard, now: datetime, what: str) -> None:
    # A card past its validity that the nightly job has not yet marked EXPIRED is expired all the same.
    if card.valid_until < hotel_date(now):
        raise DomainError(
            ErrorCode.INVALID_STATE,
            f"会员卡已于 {card.valid_until.isoformat()} 到期，请先续期再办理{what}业务",
            field="cardNumber",
        )


async def redeem_points(
    *,
    actor: Actor,
    card_number: str,
    points: int,
    note: str | None = None,
    idempotency_key: str | None = None,
) -> Operation:
    """Redeems points; irreversible; never below zero (INSUFFICIENT_BALANCE)."""
    _require_role(actor, SERVING, "兑换积分")
    c = FieldErrors()
    number = c.run(parse_card_number, card_number)
    wanted = c.run(_positive_amount, points, field="points", label="兑换积分")
    text = _clean_note(note, c)
    key = c.run(idempotency.clean_key, idempotency_key)
    c.check()
    assert number is not None
    assert wanted is not None

    async def body(now: datetime) -> Operation:
        card = await _locked_card(number)
        _require_unexpired(card, now, "积分")
        entry = await _post(
            card,
            LedgerAccount.POINTS,
            LedgerKind.REDEEM,
            -wanted,
            actor=actor,
            at=now,
            key=key,
            note=text,
            field="points",
        )
        return Operation(card=card, entries=[entry])

    payload = {"cardNumber": number, "points": wanted, "note": text}
    return await _run("redeemPoints", actor=actor, key=key, payload=payload, body=body)


async def top_up(
    *,
    actor: Actor,
    card_number: str,
    amount: Fen,
    reference: str | None = None,
    idempotency_key: str | None = None,
) -> Operation:
    """Tops up stored value; the bonus of the band reached is a second entry (BONUS)."""
    _require_role(actor, SERVING, "充值")
    given = _amount_input(card_number, amount, reference, idempotency_key, label="充值金额")
    number, paid, ref, key = given.number, given.amount, given.reference, given.key

    async def body(now: datetime) -> Operation:
        card = await _locked_card(number)
        _require_unexpired(card, now, "储值")
        entries = [
            await _post(
                card, LedgerAccount.STORED_VALUE, LedgerKind.TOP_UP, paid, actor=actor, at=now, key=key, reference=ref
            )
        ]
        bonus = bonus_for(paid)
        if bonus:
            entries.append(
                await _post(
                    card,
                    LedgerAccount.STORED_VALUE,
                    LedgerKind.BONUS,
                    bonus,
                    actor=actor,
                    at=now,
                    key=key,
                    reference=ref,
                    note=f"充值满 ¥{paid / 100:,.0f} 赠送",
                )
            )
        return Operation(card=card, entries=entries)

    payload = {"cardNumber": number, "amount": paid, "reference": ref}
    return await _run("topUpStoredValue", actor=actor, key=key, payload=payload, body=body)


async def spend_stored_value(
    *,
    actor: Actor,
    card_number: str,
    amount: Fen,
    reference: str | None = None,
    idempotency_key: str | None = None,
) -> Operation:
    """Pays from stored value; never below zero (INSUFFICIENT_BALANCE)."""
    _require_role(actor, SERVING, "储值消费")
    given = _amount_input(card_number, amount, reference, idempotency_key, label="消费金额")
    number, paid, ref, key = given.number, given.amount, given.reference, given.key

    async def body(now: datetime) -> Operation:
        card = await _locked_card(number)
        _require_unexpired(card, now, "储值")
        entry = await _post(
            card, LedgerAccount.STORED_VALUE, LedgerKind.SPEND, -paid, actor=actor, at=now, key=key, reference=ref
        )
        return Operation(card=card, entries=[entry])

    payload = {"cardNumber": number, "amount": paid, "reference": ref}
    return await _run("spendStoredValue", actor=actor, key=key, payload=payload, body=body)


async def adjust_balance(
    *,
    actor: Actor,
    card_number: str,
    account: LedgerAccount,
    amount: int,
    reason: str,
    idempotency_key: str | None = None,
) -> Operation:
    """A manager's correction of a balance (signed amount), with the reason; never below zero."""
    _require_role(actor, MANAGING, "调整余额")
    c = FieldErrors()
    number = c.run(parse_card_number, card_number)
    if isinstance(amount, bool) or not isinstance(amount, int):
        c.add(DomainError(ErrorCode.INVALID, "调整数额必须是整数", field="amount"))
    elif amount == 0:
        c.add(DomainError(ErrorCode.INVALID, "调整数额不能为零", field="amount"))
    elif abs(amount) > MAX_FEN:
        c.add(DomainError(ErrorCode.INVALID, "调整数额超出范围", field="amount"))
    why = c.run(clean_text, reason, field="reason", max_length=MAX_NOTE, required=True, label="调整原因")
    key = c.run(idempotency.clean_key, idempotency_key)
    c.check()
    assert number is not None
    assert why is not None

    async def body(now: datetime) -> Operation:
        card = await _locked_card(number)
        entry = await _post(card, account, LedgerKind.ADJUST, amount, actor=actor, at=now, key=key, note=why)
        return Operation(card=card, entries=[entry])

    payload = {"cardNumber": number, "account": account.value, "amount": amount, "reason": why}
    return await _run("adjustBalance", actor=actor, key=key, payload=payload, body=body, reason=why)


# ---------------------------------------------------------------- the card's life


async def _move_status(
    card: MembershipCard,
    to: CardStatus,
    *,
    allowed: tuple[CardStatus, ...],
    what: str,
    extra: dict[str, Any] | None = None,
) -> None:
    """A conditional status change: refused (INVALID_STATE) unless the card is in an allowed status."""
    updated = await MembershipCard.filter(id=card.id, status__in=list(allowed)).update(
        status=to, version=card.version + 1, **(extra or {})
    )
    if not updated:
        fresh = await MembershipCard.get(id=card.id)
        raise _state_error(fresh, what)


async def report_lost(*, actor: Actor, card_number: str, note: str | None = None) -> Operation:
    """Blocks the card at once: no earning, spending, redeeming or top-up until it is reissued."""
    _require_role(actor, SERVING, "挂失会员卡")
    c = FieldErrors()
    number = c.run(parse_card_number, card_number)
    text = _clean_note(note, c)
    c.check()
    assert number is not None

    async def body(now: datetime) -> Operation:
        card = await _locked_card(number)
        await _move_status(card, CardStatus.LOST, allowed=(CardStatus.ACTIVE, CardStatus.EXPIRED), what="挂失")
        await _event(card, "LOST", actor=actor, at=now, from_status=card.status, to_status=CardStatus.LOST, note=text)
        return Operation(card=card)

    return await _run("reportCardLost", actor=actor, key=None, payload={"cardNumber": number, "note": text}, body=body)


async def reissue_card(
    *, actor: Actor, card_number: str, note: str | None = None, idempotency_key: str | None = None
) -> Operation:
    """A new number for a lost (or damaged) card: balances move over, the old card becomes REPLACED."""
    _require_role(actor, SERVING, "补办会员卡")
    c = FieldErrors()
    number = c.run(parse_card_number, card_number)
    text = _clean_note(note, c)
    key = c.run(idempotency.clean_key, idempotency_key)
    c.check()
    assert number is not None

    async def body(now: datetime) -> Operation:
        old = await _locked_card(number)
        if old.status not in (CardStatus.LOST, CardStatus.ACTIVE):
            raise _state_error(old, "补办")
        new = await _create_card(
            actor=actor,
            customer_id=old.customer_id,  # type: ignore[attr-defined]
            tier=old.tier,
            valid_until=old.valid_until,
            now=now,
            replaces=old,
            tier_since=old.tier_since,
            share_with_partners=old.share_with_partners,
        )
        entries: list[LedgerEntry] = []
        for account, balance in (
            (LedgerAccount.POINTS, old.points_balance),
            (LedgerAccount.STORED_VALUE, old.stored_value_balance),
        ):
            if balance == 0:
                continue
            moved = f"{display_card_number(old.card_number)} → {display_card_number(new.card_number)}"
            entries.append(
                await _post(
                    old,
                    account,
                    LedgerKind.TRANSFER_OUT,
                    -balance,
                    actor=actor,
                    at=now,
                    key=key,
                    statuses=(CardStatus.LOST, CardStatus.ACTIVE),
                    reference=new.card_number,
                    note=moved,
                )
            )
            entries.append(
                await _post(
                    new,
                    account,
                    LedgerKind.TRANSFER_IN,
                    balance,
                    actor=actor,
                    at=now,
                    key=key,
                    reference=old.card_number,
                    note=moved,
                )
            )
        fresh_old = await MembershipCard.get(id=old.id)
        await _move_status(fresh_old, CardStatus.REPLACED, allowed=(CardStatus.LOST, CardStatus.ACTIVE), what="补办")
        await _event(
            old,
            "REPLACED",
            actor=actor,
            at=now,
            from_status=old.status,
            to_status=CardStatus.REPLACED,
            note=f"补办新卡 {display_card_number(new.card_number)}" + (f"：{text}" if text else ""),
        )
        return Operation(card=new, entries=entries)

    payload = {"cardNumber": number, "note": text}
    return await _run("reissueCard", actor=actor, key=key, payload=payload, body=body)


async def renew_card(*, actor: Actor, card_number: str, idempotency_key: str | None = None) -> Operation:
    """Extends validity by the configured months (from the later of today and the old end); EXPIRED → ACTIVE."""
    _require_role(actor, SERVING, "续期会员卡")
    c = FieldErrors()
    number = c.run(parse_card_number, card_number)
    key = c.run(idempotency.clean_key, idempotency_key)
    c.check()
    assert number is not None

    async def body(now: datetime) -> Operation:
        card = await _locked_card(number)
        start = max(card.valid_until, hotel_date(now))
        until = add_months(start, get_settings().membership_validity_months)
        await _move_status(
            card,
            CardStatus.ACTIVE,
            allowed=(CardStatus.ACTIVE, CardStatus.EXPIRED),
            what="续期",
            extra={"valid_until": until},
        )
        await _event(
            card,
            "RENEWED",
            actor=actor,
            at=now,
            from_status=card.status,
            to_status=CardStatus.ACTIVE,
            note=f"有效期 {card.valid_until.isoformat()} → {until.isoformat()}",
        )
        return Operation(card=card)

    return await _run("renewCard", actor=actor, key=key, payload={"cardNumber": number}, body=body)


async def cancel_card(*, actor: Actor, card_number: str, reason: str) -> Operation:
    """A manager closes a card for good; refused while stored value (the guest's money) remains."""
    _require_role(actor, MANAGING, "注销会员卡")
    c = FieldErrors()
    number = c.run(parse_card_number, card_number)
    why = c.run(require_text, reason, field="reason", max_length=MAX_NOTE, label="注销原因")
    c.check()
    assert number is not None
    assert why is not None

    async def body(now: datetime) -> Operation:
        card = await _locked_card(number)
        if card.stored_value_balance > 0 and card.status in HELD:
            raise DomainError(
                ErrorCode.INVALID_STATE,
                f"卡内仍有储值 {yuan_text(card.stored_value_balance)}，请先退还并调整为零再注销",
                field="cardNumber",
            )
        await _move_status(card, CardStatus.CANCELLED, allowed=HELD, what="注销")
        await _event(
            card, "CANCELLED", actor=actor, at=now, from_status=card.status, to_status=CardStatus.CANCELLED, note=why
        )
        return Operation(card=card)

    return await _run("cancelCard", actor=actor, key=None, payload={"cardNumber": number}, body=body, reason=why)


async def set_partner_sharing(*, actor: Actor, card_number: str, share: bool) -> Operation:
    """The member's choice whether partners may verify the card (off: it looks like an unknown number)."""
    _require_role(actor, SERVING, "更改合作伙伴共享设置")
    number = parse_card_number(card_number)

    async def body(now: datetime) -> Operation:
        card = await _locked_card(number)
        if card.status not in HELD:
            raise _state_error(card, "更改共享设置")
        await MembershipCard.filter(id=card.id).update(share_with_partners=share, version=card.version + 1)
        await _event(
            card, "PARTNER_SHARING", actor=actor, at=now, note="允许合作伙伴查询等级" if share else "不允许合作伙伴查询"
        )
        return Operation(card=card)

    return await _run(
        "setPartnerSharing", actor=actor, key=None, payload={"cardNumber": number, "share": share}, body=body
    )


# ---------------------------------------------------------------- nightly evaluation


@dataclass
class Evaluation:
    expired: list[str] = field(default_factory=list)
    downgraded: list[tuple[str, MemberTier, MemberTier]] = field(default_factory=list)


async def evaluate_cards(*, actor: Actor | None = None) -> Evaluation:
    """Expires ACTIVE cards past valid_until and downgrades tiers the window's spend no longer holds.

    A card is downgraded only after it has held its tier for a whole window (so a card issued or
    upgraded recently keeps its tier), to the tier its spend supports, never below CLASSIC.
    Idempotent: a second run the same day finds nothing to do.
    """
    who = actor or Actor.system("membership-evaluate")
    now = utcnow()
    today = hotel_date(now)
    held_since = window_start(now)
    result = Evaluation()
    for card in await MembershipCard.filter(status=CardStatus.ACTIVE, valid_until__lt=today).order_by("id"):
        async with in_transaction():
            moved = await MembershipCard.filter(id=card.id, status=CardStatus.ACTIVE, valid_until__lt=today).update(
                status=CardStatus.EXPIRED, version=card.version + 1
            )
            if not moved:
                continue
            await _event(
                card, "EXPIRED", actor=who, at=now, from_status=CardStatus.ACTIVE, to_status=CardStatus.EXPIRED
            )
            await audit.record(who, "membership.expire", target_type="MembershipCard", target_id=card.id)
        result.expired.append(card.card_number)
    candidates = await MembershipCard.filter(
        status__in=list(HELD), tier__not=MemberTier.CLASSIC, tier_since__lte=held_since
    ).order_by("id")
    for card in candidates:
        reached = tier_for(await window_spend(card.customer_id, now=now))  # type: ignore[attr-defined]
        if _rank(reached) >= _rank(card.tier):
            continue
        async with in_transaction():
            moved = await MembershipCard.filter(id=card.id, tier=card.tier).update(
                tier=reached, tier_since=now, version=card.version + 1
            )
            if not moved:
                continue
            await _event(
                card,
                "TIER_CHANGED",
                actor=who,
                at=now,
                from_tier=card.tier,
                to_tier=reached,
                note="滚动周期消费未达标降级",
            )
            await audit.record(
                who,
                "membership.downgrade",
                target_type="MembershipCard",
                target_id=card.id,
                details={"from": card.tier.value, "to": reached.value},
            )
        result.downgraded.append((card.card_number, card.tier, reached))
    return result


# ---------------------------------------------------------------- birthdays


@dataclass
class MemberBirthday:
    customer: Customer
    card: MembershipCard
    on: date  # the day celebrated in the window (28 Feb for a 29 Feb birthday in a common year)
    age: int


async def member_birthdays(*, actor: Actor, within_days: int) -> list[MemberBirthday]:
    """Holders of an ACTIVE card whose birthday falls today or within the next days (hotel time)."""
    if within_days < 0 or within_days > MAX_BIRTHDAY_WINDOW:
        raise DomainError(ErrorCode.INVALID, f"天数应在 0 到 {MAX_BIRTHDAY_WINDOW} 之间", field="withinDays")
    # The same window as the care calendar (29 Feb on 28 Feb in a common year).
    wanted = care_window(hotel_date(), within_days)
    keys = list(wanted)
    rows = await fetch(
        f"SELECT c.id AS card_id, cu.id AS customer_id FROM membership_cards c "
        f"JOIN customers cu ON cu.id = c.customer_id "
        f"WHERE c.status = ? AND cu.birthday IS NOT NULL AND {month_day('cu.birthday')} IN ({in_list(keys)})",
        [CardStatus.ACTIVE.value, *keys],
    )
    cards = await cards_by_ids([r["card_id"] for r in rows])
    people = {c.id: c for c in await Customer.filter(id__in=[r["customer_id"] for r in rows])} if rows else {}
    found: list[MemberBirthday] = []
    for r in rows:
        person = people[r["customer_id"]]
        assert person.birthday is not None
        on = wanted[person.birthday.strftime("%m-%d")]
        found.append(
            MemberBirthday(customer=person, card=cards[r["card_id"]], on=on, age=on.year - person.birthday.year)
        )
    found.sort(key=lambda b: (b.on, b.customer.name, b.card.id))
    return found
