"""Contracts (合同 / 协议): negotiated rates, their lifecycle, renewal, expiry and the rate at registration.

DRAFT ──activate──► ACTIVE ──terminate (reason)──► TERMINATED
  │                   │  └──(nightly: past end date)──► EXPIRED
  │                   └──renew──► RENEWED  (a new linked contract starts the day after)
  └── editable                      EXPIRED ──renew──► RENEWED
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

from tortoise.exceptions import IntegrityError
from tortoise.expressions import Case, F, When
from tortoise.queryset import QuerySet
from tortoise.transactions import in_transaction

from server.auth import audit
from server.auth.actor import Actor
from server.contracts.models import Contract, ContractRate, ContractStatus
from server.core.errors import DomainError, ErrorCode, FieldErrors
from server.core.money import Fen, require_fen
from server.core.pinyin import name_pinyin
from server.core.text import clean_text, require_text
from server.core.time import hotel_today, utcnow
from server.customers.models import Customer, CustomerKind, CustomerStatus
from server.customers.service import require_open_customer

NUMBER_MAX = 64
KIND_MAX = 32
TERMS_MAX = 200
NOTES_MAX = 4000
REASON_MAX = 500
ROOM_TYPE_MAX = 32
MAX_RATES = 50
MAX_WINDOW = 366
# renew_contract: keep the renewed contract's discount.
KEEP: Any = object()

# Which moves are allowed (renewal is a move of the old contract to RENEWED).
_MOVES: dict[str, tuple[frozenset[ContractStatus], ContractStatus]] = {
    "activate": (frozenset({ContractStatus.DRAFT}), ContractStatus.ACTIVE),
    "terminate": (frozenset({ContractStatus.ACTIVE}), ContractStatus.TERMINATED),
    "renew": (frozenset({ContractStatus.ACTIVE, ContractStatus.EXPIRED}), ContractStatus.RENEWED),
    "expire": (frozenset({ContractStatus.ACTIVE}), ContractStatus.EXPIRED),
}
_LABELS = {
    ContractStatus.DRAFT: "草稿",
    ContractStatus.ACTIVE: "生效",
    ContractStatus.EXPIRED: "已到期",
    ContractStatus.TERMINATED: "已终止",
    ContractStatus.RENEWED: "已续签",
}


@dataclass(frozen=True)
class RateEntry:
    room_type: str
    rate: Fen


@dataclass
class ContractData:
    number: str | None = None
    kind: str | None = None
    start_date: date | None = None
    end_date: date | None = None
    discount_percent: float | None = None
    rates: list[RateEntry] | None = None
    credit_limit: Fen | None = None
    payment_terms: str | None = None
    notes: str | None = None
    provided: set[str] = field(default_factory=set)  # updates: which fields were sent (null clears)


# ---------------------------------------------------------------- validation


def discount_bp(percent: float | None, *, field_path: str = "discountPercent") -> int | None:
    """12.5 (%) -> 1250 basis points; 0…100 with at most two decimals."""
    if percent is None:
        return None
    try:
        exact = Decimal(str(percent))
    except InvalidOperation:
        raise DomainError(ErrorCode.INVALID, "折扣必须是数字", field=field_path) from None
    if not exact.is_finite() or exact < 0 or exact > 100:
        raise DomainError(ErrorCode.INVALID, "折扣应在 0 到 100（%）之间", field=field_path)
    if exact != exact.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP):
        raise DomainError(ErrorCode.INVALID, "折扣最多保留两位小数", field=field_path)
    return int(exact * 100)


def _clean_rates(rates: list[RateEntry], c: FieldErrors) -> list[RateEntry]:
    if len(rates) > MAX_RATES:
        c.add(DomainError(ErrorCode.INVALID, f"最多 {MAX_RATES} 种房型价格", field="rates"))
        return []
    clean: list[RateEntry] = []
    seen: set[str] = set()
    for index, entry in enumerate(rates):
        path = ["rates", str(index)]
        room_type = c.run(
            require_text, entry.room_type, field=[*path, "roomType"], max_length=ROOM_TYPE_MAX, label="房型"
        )
        rate = c.run(require_fen, entry.rate, field="rate")
        if rate is not None and rate <= 0:
            c.add(DomainError(ErrorCode.INVALID, "协议价必须大于 0", field=[*path, "rate"]))
            rate = None
        elif rate is None:
            c.errors[-1].field = [*path, "rate"]
        if room_type is not None:
            if room_type in seen:
                c.add(DomainError(ErrorCode.DUPLICATE, f"房型 {room_type} 重复", field=[*path, "roomType"]))
                continue
            seen.add(room_type)
        if room_type is not None and rate is not None:
            clean.append(RateEntry(room_type, rate))
    return clean


def _clean(data: ContractData, *, creating: bool) -> tuple[dict[str, Any], list[RateEntry] | None]:
    c = FieldErrors()
    sent = (
        {"number", "kind", "startDate", "endDate", "discountPercent", "creditLimit", "paymentTerms", "notes"}
        if creating
        else data.provided
    )
    columns: dict[str, Any] = {}
    if "number" in sent:
        number = c.run(require_text, data.number, field="number", max_length=NUMBER_MAX, label="合同编号")
        columns["number"] = number.upper() if number else number
    if "kind" in sent:
        columns["kind"] = c.run(clean_text, data.kind, field="kind", max_length=KIND_MAX, label="合同类型")
    for key, column, value in (("startDate", "start_date", data.start_date), ("endDate", "end_date", data.end_date)):
        if key in sent:
            if value is None:
                c.add(DomainError(ErrorCode.REQUIRED, "请填写日期", field=key))
            columns[column] = value
    start, end = columns.get("start_date"), columns.get("end_date")
    if start is not None and end is not None:
        c.run(_check_dates, start, end)
    if "discountPercent" in sent:
        columns["discount_bp"] = c.run(discount_bp, data.discount_percent)
    if "creditLimit" in sent:
        if data.credit_limit is None:
            columns["credit_limit"] = None
        else:
            columns["credit_limit"] = c.run(require_fen, data.credit_limit, field="creditLimit")
    if "paymentTerms" in sent:
        columns["payment_terms"] = c.run(
            clean_text, data.payment_terms, field="paymentTerms", max_length=TERMS_MAX, label="付款条件"
        )
    if "notes" in sent:
        columns["notes"] = c.run(
            clean_text, data.notes, field="notes", max_length=NOTES_MAX, label="备注", multiline=True
        )
    rates = None
    if data.rates is not None and (creating or "rates" in sent):
        rates = _clean_rates(data.rates, c)
    c.check()
    return columns, rates


def _check_dates(start: date, end: date) -> None:
    if end < start:
        raise DomainError(ErrorCode.INVALID, "结束日期不能早于开始日期", field="endDate")


# ---------------------------------------------------------------- reads

# The contracts screen's order of statuses.
_SCREEN_ORDER = (
    ContractStatus.ACTIVE,
    ContractStatus.DRAFT,
    ContractStatus.EXPIRED,
    ContractStatus.RENEWED,
    ContractStatus.TERMINATED,
)


async def require_contract(contract_id: int, *, field: str = "id") -> Contract:
    contract = await Contract.get_or_none(id=contract_id)
    if contract is None:
        raise DomainError(ErrorCode.NOT_FOUND, f"合同 {contract_id} 不存在", field=field)
    return contract


async def contracts_by_ids(ids: list[int]) -> dict[int, Contract]:
    if not ids:
        return {}
    return {c.id: c for c in await Contract.filter(id__in=ids)}


async def rates_of(ids: list[int]) -> dict[int, list[ContractRate]]:
    grouped: dict[int, list[ContractRate]] = {i: [] for i in ids}
    if not ids:
        return grouped
    for rate in await ContractRate.filter(contract_id__in=ids).order_by("contract_id", "room_type"):
        grouped.setdefault(rate.contract_id, []).append(rate)  # type: ignore[attr-defined]
    return grouped


async def contracts_of(customer_ids: list[int]) -> dict[int, list[Contract]]:
    """Every contract of these customers, the newest end date first."""
    grouped: dict[int, list[Contract]] = {i: [] for i in customer_ids}
    if not customer_ids:
        return grouped
    for contract in await Contract.filter(customer_id__in=customer_ids).order_by("-end_date", "-id"):
        grouped.setdefault(contract.customer_id, []).append(contract)  # type: ignore[attr-defined]
    return grouped


def _expiring(query: QuerySet[Contract], within_days: int, *, field_name: str = "withinDays") -> QuerySet[Contract]:
    """ACTIVE contracts ending today … today+N (hotel time)."""
    if within_days < 0 or within_days > MAX_WINDOW:
        raise DomainError(ErrorCode.INVALID, f"天数应在 0 到 {MAX_WINDOW} 之间", field=field_name)
    today = hotel_today()
    return query.filter(
        status=ContractStatus.ACTIVE, end_date__gte=today, end_date__lte=today + timedelta(days=within_days)
    )


async def expiring_contracts(*, within_days: int) -> list[Contract]:
    """ACTIVE contracts ending today … today+N (hotel time), the soonest first."""
    return list(await _expiring(Contract.all(), within_days).order_by("end_date", "number").limit(500))


@dataclass(frozen=True)
class ContractPage:
    contracts: list[Contract]
    total: int


async def list_contracts(
    *,
    status: list[ContractStatus] | None,
    customer_id: int | None,
    expiring_within_days: int | None,
    search: str | None,
    first: int,
    offset: int,
) -> ContractPage:
    """Contracts filtered by status, customer, expiry window and number; ACTIVE ones ending soonest first."""
    query = Contract.all()
    if status:
        query = query.filter(status__in=status)
    if customer_id is not None:
        query = query.filter(customer_id=customer_id)
    if expiring_within_days is not None:
        query = _expiring(query, expiring_within_days, field_name="expiringWithinDays")
    text = (search or "").strip()
    if text:
        query = query.filter(number__icontains=text[:NUMBER_MAX])
    total = await query.count()
    # ACTIVE first (soonest end first), then DRAFT, then the rest by end date (newest first) - the
    # order the contracts screen wants: what needs attention on top. Sorted by the database, so a
    # page reads only its own rows.
    rows = (
        await query.annotate(
            # One digit per status, compared as text ('0' < '1' < …).
            screen_rank=Case(*(When(status=status, then=str(rank)) for rank, status in enumerate(_SCREEN_ORDER))),
            ends_soonest=Case(When(status=ContractStatus.ACTIVE, then=F("end_date"))),
            ended_latest=Case(When(status__in=list(_SCREEN_ORDER[2:]), then=F("end_date"))),
        )
        .order_by("screen_rank", "ends_soonest", "-ended_latest", "-id")
        .offset(offset)
        .limit(first)
    )
    return ContractPage(list(rows), total)


# ---------------------------------------------------------------- writes


async def _number_taken(number: str, *, exclude: int | None = None) -> None:
    query = Contract.filter(number=number)
    if exclude is not None:
        query = query.exclude(id=exclude)
    if await query.exists():
        raise DomainError(ErrorCode.DUPLICATE, f"合同编号 {number} 已存在", field="number")


async def _write_rates(contract_id: int, rates: list[RateEntry]) -> None:
    await ContractRate.filter(contract_id=contract_id).delete()
    if rates:
        await ContractRate.bulk_create(
            [ContractRate(contract_id=contract_id, room_type=r.room_type, rate=r.rate) for r in rates]
        )


async def create_contract(*, actor: Actor, customer_id: int, data: ContractData) -> Contract:
    """A new DRAFT contract; activate it when signed."""
    columns, rates = _clean(data, creating=True)
    try:
        async with in_transaction():
            customer = await require_open_customer(customer_id)
            await _number_taken(columns["number"])
            contract = await Contract.create(
                customer_id=customer.id, status=ContractStatus.DRAFT, owner_id=actor.user_id, **columns
            )
            await _write_rates(contract.id, rates or [])
            await audit.record(
                actor,
                "contract.create",
                target_type="Contract",
                target_id=contract.id,
                details={"customerId": customer.id, "number": contract.number},
            )
    except IntegrityError:
        # Two clerks saving the same number at once: the unique index decides.
        raise DomainError(ErrorCode.DUPLICATE, f"合同编号 {columns['number']} 已存在", field="number") from None
    return contract


def _refuse(contract: Contract, action: str, target: ContractStatus) -> DomainError:
    return DomainError(
        ErrorCode.INVALID_STATE,
        f"合同 {contract.number} 当前为 {_LABELS[contract.status]}（{contract.status.value}），"
        f"不能改为 {_LABELS[target]}（{target.value}）",
        field="id",
    )


async def _open_contract(contract_id: int, expected_version: int | None) -> Contract:
    contract = await Contract.select_for_update().get_or_none(id=contract_id)
    if contract is None:
        raise DomainError(ErrorCode.NOT_FOUND, f"合同 {contract_id} 不存在", field="id")
    if expected_version is not None and contract.version != expected_version:
        raise DomainError(
            ErrorCode.CONFLICT,
            f"合同已被他人修改（当前版本 {contract.version}），请刷新后重试",
            field="expectedVersion",
        )
    return contract


async def _save(contract: Contract, changed: list[str]) -> None:
    updated = await Contract.filter(id=contract.id, version=contract.version).update(
        **{f: getattr(contract, f) for f in changed}, version=contract.version + 1, updated_at=utcnow()
    )
    if not updated:
        raise DomainError(ErrorCode.CONFLICT, "合同已被他人修改，请刷新后重试", field="expectedVersion")
    contract.version += 1


# Fields an ACTIVE contract may still change (the commercial terms are fixed once it is signed).
_ACTIVE_EDITABLE = frozenset({"payment_terms", "notes", "credit_limit"})


async def update_contract(*, actor: Actor, contract_id: int, expected_version: int, data: ContractData) -> Contract:
    """A DRAFT changes freely; an ACTIVE contract only its credit limit, payment terms and notes."""
    columns, rates = _clean(data, creating=False)
    try:
        async with in_transaction():
            contract = await _open_contract(contract_id, expected_version)
            if contract.status is not ContractStatus.DRAFT:
                locked = sorted(set(columns) - _ACTIVE_EDITABLE) + (["rates"] if rates is not None else [])
                if contract.status is not ContractStatus.ACTIVE or locked:
                    raise DomainError(
                        ErrorCode.INVALID_STATE,
                        f"合同 {contract.number} 为 {_LABELS[contract.status]}，"
                        + (
                            "只能修改信用额度、付款条件和备注"
                            if contract.status is ContractStatus.ACTIVE
                            else "不能修改"
                        ),
                        field="id",
                    )
            if "number" in columns:
                await _number_taken(columns["number"], exclude=contract.id)
            for name, value in columns.items():
                setattr(contract, name, value)
            _check_dates(contract.start_date, contract.end_date)
            await _save(contract, list(columns))
            if rates is not None:
                await _write_rates(contract.id, rates)
            await audit.record(
                actor,
                "contract.update",
                target_type="Contract",
                target_id=contract.id,
                details={"fields": sorted([*columns, *(["rates"] if rates is not None else [])])},
            )
    except IntegrityError:
        raise DomainError(ErrorCode.DUPLICATE, "合同编号已存在", field="number") from None
    return await require_contract(contract.id)


async def _move(
    actor: Actor, contract: Contract, action: str, *, extra: dict[str, Any] | None = None, reason: str | None = None
) -> None:
    allowed, target = _MOVES[action]
    if contract.status not in allowed:
        raise _refuse(contract, action, target)
    before = contract.status
    contract.status = target
    changed = ["status"]
    for name, value in (extra or {}).items():
        setattr(contract, name, value)
        changed.append(name)
    await _save(contract, changed)
    await audit.record(
        actor,
        f"contract.{action}",
        target_type="Contract",
        target_id=contract.id,
        reason=reason,
        details={"from": before.value, "to": target.value},
    )


async def activate_contract(*, actor: Actor, contract_id: int, expected_version: int | None = None) -> Contract:
    """DRAFT → ACTIVE (signed). A contract already past its end date cannot start."""
    async with in_transaction():
        contract = await _open_contract(contract_id, expected_version)
        if contract.status is ContractStatus.DRAFT and contract.end_date < hotel_today():
            raise DomainError(
                ErrorCode.INVALID, f"合同结束日期 {contract.end_date.isoformat()} 已过，不能生效", field="endDate"
            )
        await _move(actor, contract, "activate")
    return contract


async def terminate_contract(
    *, actor: Actor, contract_id: int, reason: str, expected_version: int | None = None
) -> Contract:
    """ACTIVE → TERMINATED, with the reason (kept on the contract and in the audit log)."""
    clean_reason = require_text(reason, field="reason", max_length=REASON_MAX, label="终止原因", multiline=True)
    async with in_transaction():
        contract = await _open_contract(contract_id, expected_version)
        await _move(actor, contract, "terminate", extra={"terminated_reason": clean_reason}, reason=clean_reason)
    return contract


@dataclass(frozen=True)
class Renewal:
    previous: Contract
    contract: Contract


async def renew_contract(
    *,
    actor: Actor,
    contract_id: int,
    number: str,
    end_date: date,
    rates: list[RateEntry] | None = None,
    discount_percent: float | None = KEEP,
    activate: bool = False,
    expected_version: int | None = None,
) -> Renewal:
    """ACTIVE or EXPIRED → RENEWED; a new contract linked to it starts the day after it ends.

    Rates, discount, credit limit, payment terms and kind are carried over unless new ones are given.
    The new contract is a DRAFT, or ACTIVE at once when asked.
    """
    c = FieldErrors()
    clean_number = c.run(require_text, number, field="number", max_length=NUMBER_MAX, label="合同编号")
    new_rates = _clean_rates(rates, c) if rates is not None else None
    bp = c.run(discount_bp, discount_percent) if discount_percent is not KEEP else KEEP
    c.check()
    assert clean_number is not None
    clean_number = clean_number.upper()
    try:
        async with in_transaction():
            old = await _open_contract(contract_id, expected_version)
            allowed, target = _MOVES["renew"]
            if old.status not in allowed:
                raise _refuse(old, "renew", target)
            start = old.end_date + timedelta(days=1)
            if end_date < start:
                raise DomainError(
                    ErrorCode.INVALID, f"新合同自 {start.isoformat()} 开始，结束日期不能更早", field="endDate"
                )
            await _number_taken(clean_number)
            carried = await ContractRate.filter(contract_id=old.id).order_by("room_type")
            contract = await Contract.create(
                customer_id=old.customer_id,  # type: ignore[attr-defined]
                number=clean_number,
                kind=old.kind,
                status=ContractStatus.ACTIVE if activate else ContractStatus.DRAFT,
                start_date=start,
                end_date=end_date,
                discount_bp=old.discount_bp if bp is KEEP else bp,
                credit_limit=old.credit_limit,
                payment_terms=old.payment_terms,
                notes=None,
                renews_id=old.id,
                owner_id=actor.user_id or old.owner_id,  # type: ignore[attr-defined]
            )
            await _write_rates(
                contract.id,
                new_rates if new_rates is not None else [RateEntry(r.room_type, r.rate) for r in carried],
            )
            await _move(actor, old, "renew")
            await audit.record(
                actor,
                "contract.create",
                target_type="Contract",
                target_id=contract.id,
                details={"renews": old.id, "number": contract.number, "status": contract.status.value},
            )
    except IntegrityError:
        raise DomainError(ErrorCode.DUPLICATE, f"合同编号 {clean_number} 已存在", field="number") from None
    return Renewal(previous=old, contract=contract)


@dataclass
class ExpiryRun:
    expired: list[Contract] = field(default_factory=list)


async def expire_contracts(*, actor: Actor | None = None) -> ExpiryRun:
    """Nightly: ACTIVE contracts whose end date has passed (hotel time) become EXPIRED. Idempotent."""
    who = actor or Actor.system("contracts-expire")
    done = ExpiryRun()
    today = hotel_today()
    for candidate in await Contract.filter(status=ContractStatus.ACTIVE, end_date__lt=today).order_by("end_date", "id"):
        async with in_transaction():
            contract = await Contract.select_for_update().get(id=candidate.id)
            if contract.status is not ContractStatus.ACTIVE:
                continue  # changed meanwhile (renewed, terminated)
            await _move(who, contract, "expire")
        done.expired.append(contract)
    return done


# ---------------------------------------------------------------- negotiated rate at registration


@dataclass(frozen=True)
class NegotiatedRate:
    contract: Contract
    customer: Customer
    room_type: str
    rate: Fen
    discount_bp: int | None


async def negotiated_rates(*, employer: str | None, customer_id: int | None) -> list[NegotiatedRate]:
    """The rates of the ACTIVE contract(s) in force today of a corporate customer, by id or employer name."""
    today = hotel_today()
    accounts: list[Customer] = []
    if customer_id is not None:
        found = await Customer.get_or_none(id=customer_id)
        accounts = [found] if found is not None else []
    elif employer and employer.strip():
        # The employer as typed at registration: the corporate customer of that exact name, else the one
        # whose name reads the same ignoring case, spaces and punctuation ("ACME Ltd." = "acme ltd").
        text = employer.strip()[:128]
        corporate = Customer.filter(kind=CustomerKind.CORPORATE).exclude(status=CustomerStatus.MERGED)
        accounts = list(await corporate.filter(name=text).limit(5))
        compact = name_pinyin(text).compact
        if not accounts and compact:
            accounts = list(await corporate.filter(name_pinyin_key=compact).limit(5))
    if not accounts:
        return []
    by_id = {a.id: a for a in accounts}
    contracts = await Contract.filter(
        customer_id__in=list(by_id), status=ContractStatus.ACTIVE, start_date__lte=today, end_date__gte=today
    ).order_by("-start_date", "id")
    if not contracts:
        return []
    rates = await rates_of([c.id for c in contracts])
    result: list[NegotiatedRate] = []
    seen: set[tuple[int, str]] = set()
    for contract in contracts:
        cid: int = contract.customer_id  # type: ignore[attr-defined]
        for rate in rates[contract.id]:
            if (cid, rate.room_type) in seen:
                continue
            seen.add((cid, rate.room_type))
            result.append(NegotiatedRate(contract, by_id[cid], rate.room_type, Fen(rate.rate), contract.discount_bp))
    return result
