"""Interactions with customers, the agents' extensions, and the call events from the PBX.

A call's life: RINGING is pushed to the console of whoever listens on the extension
(screen pop); ANSWERED and ENDED write the call into the interaction log by itself
(direction, agent, customer when the number is unambiguous, duration); the agent's
wrap-up adds purpose, summary and a follow-up date. Everything else (outgoing calls,
visits, e-mail, WeChat, notes) is logged by hand.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from server.auth import audit
from server.auth.actor import Actor
from server.auth.models import Role, User
from server.core.broker import get_broker
from server.core.errors import DomainError, ErrorCode, FieldErrors
from server.core.phones import parse_phone
from server.core.text import clean_text, require_text
from server.core.time import hotel_today, utcnow
from server.customers import service as customers
from server.customers.models import CustomerStatus
from server.interactions.models import (
    CallEvent,
    CallEventKind,
    CallOutcome,
    ExtensionBinding,
    Interaction,
    InteractionKind,
    InteractionPurpose,
)

EXTENSION_PATTERN = re.compile(r"^[0-9A-Za-z*#+._-]{1,32}$")
MAX_SUMMARY = 4000
MAX_CALL_SECONDS = 24 * 3600
# A call has three events, and the PBX may retry each: enough attempts to see every concurrent writer.
WRITE_ATTEMPTS = 5
# Roles that may listen on any extension (supervising the floor) and not only their own.
SUPERVISORS = frozenset({Role.MANAGER})
# Roles that may answer calls from a bound extension.
CALL_TAKERS = frozenset({Role.AGENT, Role.SALES, Role.FRONT_DESK, Role.MANAGER})


def channel_of(extension: str) -> str:
    return f"hotel-crm:calls:{extension}"


def check_extension(value: str | None, *, field: str | list[str] = "extension") -> str:
    text = (value or "").strip()
    if not text:
        raise DomainError(ErrorCode.REQUIRED, "请填写分机号", field=field)
    if not EXTENSION_PATTERN.match(text):
        raise DomainError(
            ErrorCode.INVALID,
            "分机号只能包含数字、字母和 * # + . _ -，最多 32 个字符",
            field=field,
        )
    return text


# ---------------------------------------------------------------- extensions


async def extension_of(user_id: int) -> str | None:
    binding = await ExtensionBinding.get_or_none(user_id=user_id)
    return binding.extension if binding else None


async def extensions_of(user_ids: list[int]) -> dict[int, str | None]:
    rows = await ExtensionBinding.filter(user_id__in=user_ids).values("user_id", "extension")
    return {r["user_id"]: r["extension"] for r in rows}


async def extension_bindings() -> list[ExtensionBinding]:
    return await ExtensionBinding.all().order_by("extension")


async def bind_extension(*, actor: Actor, extension: str, take_over: bool = False) -> str:
    """Binds the actor's console to an extension; their previous extension is released.

    An extension bound to someone else is refused unless take_over is set (the next
    shift sits down at the same telephone); their console then stops receiving calls.
    """
    if actor.user_id is None or actor.role not in CALL_TAKERS:
        raise DomainError(ErrorCode.FORBIDDEN, "该角色不接听电话，不能绑定分机", field="extension")
    number = check_extension(extension)
    previous_owner: int | None = None
    async with in_transaction():
        current = await ExtensionBinding.filter(extension=number).select_for_update().first()
        if current is not None and current.user_id != actor.user_id:  # type: ignore[attr-defined]
            owner_id: int = current.user_id  # type: ignore[attr-defined]
            if not take_over:
                owner = await User.get_or_none(id=owner_id)
                name = owner.display_name if owner else str(owner_id)
                raise DomainError(
                    ErrorCode.CONFLICT,
                    f"分机 {number} 已由 {name} 绑定；确认接替请选择“接替”",
                    field="extension",
                )
            previous_owner = owner_id
            await current.delete()
        await ExtensionBinding.filter(user_id=actor.user_id).exclude(extension=number).delete()
        if current is None or previous_owner is not None:
            await ExtensionBinding.create(extension=number, user_id=actor.user_id, bound_at=utcnow())
        await audit.record(
            actor,
            "extension.bind",
            target_type="Extension",
            target_id=number,
            details={"takenFrom": previous_owner} if previous_owner else None,
        )
    await get_broker().publish(channel_of(number), {"type": "bound", "userId": actor.user_id})
    return number


async def unbind_extension(*, actor: Actor) -> str | None:
    """Releases the actor's extension; returns which one it was (None: there was none)."""
    if actor.user_id is None:
        return None
    async with in_transaction():
        binding = await ExtensionBinding.get_or_none(user_id=actor.user_id)
        if binding is None:
            return None
        await binding.delete()
        await audit.record(actor, "extension.unbind", target_type="Extension", target_id=binding.extension)
    await get_broker().publish(channel_of(binding.extension), {"type": "bound", "userId": None})
    return binding.extension


async def check_listener(actor: Actor, extension: str) -> str:
    """The extension a member of staff may watch: their own, or any for a manager."""
    number = check_extension(extension)
    if actor.role in SUPERVISORS:
        return number
    if actor.user_id is None or actor.role not in CALL_TAKERS:
        raise DomainError(ErrorCode.FORBIDDEN, "没有权限接听来电", field="extension")
    if await extension_of(actor.user_id) != number:
        raise DomainError(ErrorCode.FORBIDDEN, f"分机 {number} 没有绑定到你的账号", field="extension")
    return number


@dataclass(frozen=True)
class Ringing:
    call_id: str
    extension: str
    caller: str
    at: datetime
    received_at: datetime


async def ringing_calls(actor: Actor, extension: str) -> AsyncIterator[Ringing]:
    """RINGING events on an extension, as they arrive, until the listener stops.

    An agent's feed ends when someone else takes over the extension.
    """
    number = await check_listener(actor, extension)
    async with get_broker().listen(channel_of(number)) as queue:
        while True:
            message = await queue.get()
            kind = message.get("type")
            if kind == "bound":
                if actor.role not in SUPERVISORS and message.get("userId") != actor.user_id:
                    raise DomainError(ErrorCode.FORBIDDEN, f"分机 {number} 已由他人接替", field="extension")
                continue
            if kind != "ringing":
                continue
            yield Ringing(
                call_id=message["callId"],
                extension=message["extension"],
                caller=message["caller"],
                at=datetime.fromisoformat(message["at"]),
                received_at=datetime.fromisoformat(message["receivedAt"]),
            )


# ---------------------------------------------------------------- call events


@dataclass(frozen=True)
class CallEventData:
    call_id: str
    extension: str
    caller: str
    event: CallEventKind
    at: datetime


@dataclass(frozen=True)
class CallEventOutcome:
    duplicate: bool
    bound_to: int | None
    interaction_id: int | None


async def receive_call_event(data: CallEventData) -> CallEventOutcome:
    """Records a PBX event once; RINGING pops the card, ANSWERED/ENDED write the interaction."""
    received = utcnow()
    row: dict[str, Any] = {
        "call_id": data.call_id,
        "event": data.event,
        "extension": data.extension,
        "caller": data.caller,
        "at": data.at,
        "received_at": received,
    }
    if data.event is CallEventKind.RINGING:
        try:
            await CallEvent.create(**row)
        except IntegrityError:
            return CallEventOutcome(duplicate=True, bound_to=None, interaction_id=None)
        await get_broker().publish(
            channel_of(data.extension),
            {
                "type": "ringing",
                "callId": data.call_id,
                "extension": data.extension,
                "caller": data.caller,
                "at": data.at.isoformat(),
                "receivedAt": received.isoformat(),
            },
        )
        binding = await ExtensionBinding.get_or_none(extension=data.extension)
        return CallEventOutcome(False, binding.user_id if binding else None, None)  # type: ignore[attr-defined]
    for attempt in range(1, WRITE_ATTEMPTS + 1):
        try:
            async with in_transaction():
                # The event and what it changes are written together: a failure leaves the
                # event unrecorded, so the PBX's retry is not mistaken for a duplicate.
                if await CallEvent.filter(call_id=data.call_id, event=data.event).exists():
                    return CallEventOutcome(duplicate=True, bound_to=None, interaction_id=None)
                await CallEvent.create(**row)
                interaction = await _record_call(data)
            return CallEventOutcome(False, interaction.agent_id, interaction.id)  # type: ignore[attr-defined]
        except IntegrityError:
            # Another request wrote this event, or another event of this call, at the same moment:
            # the next attempt sees what it wrote (a duplicate, or an interaction to update).
            if attempt == WRITE_ATTEMPTS:
                raise
    raise AssertionError("unreachable")


async def _unambiguous_customer(caller: str) -> int | None:
    lookup = await customers.caller_lookup(caller)
    return lookup.matches[0].id if len(lookup.matches) == 1 else None


async def _record_call(data: CallEventData) -> Interaction:
    """ANSWERED or ENDED: the call's interaction, created by whichever event comes first."""
    binding = await ExtensionBinding.get_or_none(extension=data.extension)
    agent_id = binding.user_id if binding else None  # type: ignore[attr-defined]
    interaction = await Interaction.filter(call_id=data.call_id).select_for_update().first()
    created = interaction is None
    if interaction is None:
        interaction = Interaction(
            call_id=data.call_id,
            kind=InteractionKind.CALL_IN,
            extension=data.extension,
            phone=parse_phone(data.caller) or data.caller or None,
            customer_id=await _unambiguous_customer(data.caller),
            agent_id=agent_id,
            occurred_at=data.at,
            outcome=CallOutcome.MISSED,
        )
    if data.event is CallEventKind.ANSWERED:
        interaction.answered_at = data.at
        interaction.outcome = CallOutcome.ANSWERED
        if interaction.agent_id is None:  # type: ignore[attr-defined]
            interaction.agent_id = agent_id
    else:
        interaction.ended_at = data.at
    if interaction.answered_at and interaction.ended_at:
        seconds = int((interaction.ended_at - interaction.answered_at).total_seconds())
        interaction.duration_seconds = max(0, min(seconds, MAX_CALL_SECONDS))
    elif interaction.ended_at:
        interaction.duration_seconds = 0
    await interaction.save()
    if created:
        await audit.record(
            Actor.system("cti"),
            "interaction.call",
            target_type="Interaction",
            target_id=interaction.id,
            details={"callId": data.call_id, "extension": data.extension},
        )
    return interaction


# ---------------------------------------------------------------- interactions


@dataclass
class NewInteraction:
    customer_id: int | None
    kind: InteractionKind
    purpose: InteractionPurpose | None = None
    summary: str | None = None
    occurred_at: datetime | None = None
    duration_seconds: int | None = None
    follow_up_on: date | None = None
    phone: str | None = None


def _check_follow_up(value: date | None, c: FieldErrors) -> date | None:
    if value is not None and value < hotel_today():
        c.add(DomainError(ErrorCode.INVALID, "回访日期不能早于今天", field=c.path("followUpOn")))
    if value is not None and value > hotel_today() + timedelta(days=3 * 366):
        c.add(DomainError(ErrorCode.INVALID, "回访日期不能晚于三年后", field=c.path("followUpOn")))
    return value


def _check_summary(value: str | None, c: FieldErrors) -> str | None:
    return c.run(clean_text, value, field=c.path("summary"), max_length=MAX_SUMMARY, multiline=True, label="摘要")


async def log_interaction(*, actor: Actor, data: NewInteraction) -> Interaction:
    """Logs a contact made by hand: an outgoing call, a visit, an e-mail, SMS, WeChat or a note."""
    c = FieldErrors()
    if data.customer_id is None:
        c.add(DomainError(ErrorCode.REQUIRED, "请选择客户", field="customerId"))
    if data.kind is InteractionKind.CALL_IN:
        c.add(
            DomainError(
                ErrorCode.INVALID,
                "来电由电话系统自动记录；请在来电卡片上填写小结",
                field="kind",
            )
        )
    summary = _check_summary(data.summary, c)
    if data.kind is InteractionKind.NOTE and not summary:
        c.add(DomainError(ErrorCode.REQUIRED, "请填写备注内容", field="summary"))
    now = utcnow()
    occurred = data.occurred_at or now
    if occurred.tzinfo is None:
        c.add(DomainError(ErrorCode.INVALID, "时间须带时区", field="occurredAt"))
    elif occurred > now + timedelta(minutes=5):
        c.add(DomainError(ErrorCode.INVALID, "联系时间不能在将来", field="occurredAt"))
    elif occurred < now - timedelta(days=366):
        c.add(DomainError(ErrorCode.INVALID, "只能补记一年内的联系", field="occurredAt"))
    if data.duration_seconds is not None and not 0 <= data.duration_seconds <= MAX_CALL_SECONDS:
        c.add(DomainError(ErrorCode.INVALID, "时长须在 0 到 86400 秒之间", field="durationSeconds"))
    follow_up = _check_follow_up(data.follow_up_on, c)
    phone = None
    if data.phone is not None and data.phone.strip():
        phone = parse_phone(data.phone)
        if phone is None:
            c.add(DomainError(ErrorCode.INVALID, "无法识别的电话号码", field="phone"))
    c.check()
    assert data.customer_id is not None
    async with in_transaction():
        customer = await customers.require_customer(data.customer_id, field="customerId")
        if customer.status is CustomerStatus.MERGED:
            raise DomainError(ErrorCode.INVALID_STATE, "该档案已合并，请记录到合并后的档案", field="customerId")
        interaction = await Interaction.create(
            customer_id=customer.id,
            kind=data.kind,
            purpose=data.purpose,
            summary=summary,
            agent_id=actor.user_id,
            occurred_at=occurred,
            duration_seconds=data.duration_seconds,
            follow_up_on=follow_up,
            phone=phone,
            wrapped_up_at=now,
        )
        await audit.record(
            actor,
            "interaction.log",
            target_type="Customer",
            target_id=customer.id,
            details={"interactionId": interaction.id, "kind": data.kind.value},
        )
    return interaction


@dataclass
class WrapUp:
    call_id: str
    customer_id: int | None
    purpose: InteractionPurpose | None
    summary: str | None
    follow_up_on: date | None


async def wrap_up_call(*, actor: Actor, data: WrapUp) -> Interaction:
    """The agent's notes on a call: who it was, why they called, what was said, when to call back.

    The PBX may not have sent ANSWERED yet; the interaction is then created here and the
    events fill in times and duration when they arrive.
    """
    c = FieldErrors()
    call_id = c.run(require_text, data.call_id, field="callId", max_length=128, label="通话编号")
    summary = _check_summary(data.summary, c)
    follow_up = _check_follow_up(data.follow_up_on, c)
    if data.purpose is None:
        c.add(DomainError(ErrorCode.REQUIRED, "请选择来电目的", field="purpose"))
    c.check()
    async with in_transaction():
        customer_id = None
        if data.customer_id is not None:
            customer = await customers.require_customer(data.customer_id, field="customerId")
            if customer.status is CustomerStatus.MERGED:
                raise DomainError(ErrorCode.INVALID_STATE, "该档案已合并，请选择合并后的档案", field="customerId")
            customer_id = customer.id
        interaction = await Interaction.filter(call_id=call_id).select_for_update().first()
        if interaction is None:
            ringing = await CallEvent.get_or_none(call_id=call_id, event=CallEventKind.RINGING)
            if ringing is None:
                raise DomainError(ErrorCode.NOT_FOUND, "没有这个通话", field="callId")
            interaction = Interaction(
                call_id=call_id,
                kind=InteractionKind.CALL_IN,
                extension=ringing.extension,
                phone=parse_phone(ringing.caller) or ringing.caller or None,
                agent_id=actor.user_id,
                occurred_at=ringing.at,
                outcome=CallOutcome.ANSWERED,
            )
        elif (
            interaction.agent_id not in (None, actor.user_id)  # type: ignore[attr-defined]
            and actor.role not in SUPERVISORS
        ):
            raise DomainError(ErrorCode.FORBIDDEN, "这通电话由其他同事接听", field="callId")
        if customer_id is not None:
            interaction.customer_id = customer_id
        if interaction.agent_id is None:  # type: ignore[attr-defined]
            interaction.agent_id = actor.user_id
        interaction.purpose = data.purpose  # type: ignore[assignment]
        interaction.summary = summary  # type: ignore[assignment]
        interaction.follow_up_on = follow_up
        interaction.wrapped_up_at = utcnow()
        await interaction.save()
        await audit.record(
            actor,
            "interaction.wrap_up",
            target_type="Interaction",
            target_id=interaction.id,
            details={"callId": call_id, "customerId": customer_id},
        )
    return interaction


async def complete_follow_up(*, actor: Actor, interaction_id: int) -> Interaction:
    async with in_transaction():
        interaction = await Interaction.filter(id=interaction_id).select_for_update().first()
        if interaction is None:
            raise DomainError(ErrorCode.NOT_FOUND, "没有这条联系记录", field="interactionId")
        if interaction.follow_up_on is None:
            raise DomainError(ErrorCode.INVALID_STATE, "这条记录没有约定回访", field="interactionId")
        if interaction.follow_up_done_at is not None:
            raise DomainError(ErrorCode.INVALID_STATE, "该回访已完成", field="interactionId")
        interaction.follow_up_done_at = utcnow()
        await interaction.save(update_fields=["follow_up_done_at", "updated_at"])
        await audit.record(actor, "interaction.follow_up_done", target_type="Interaction", target_id=interaction.id)
    return interaction


@dataclass(frozen=True)
class InteractionPage:
    interactions: list[Interaction]
    total: int
    offset: int


async def interactions_of(customer_id: int, *, first: int, offset: int) -> InteractionPage:
    """A customer's interactions, newest first (merged records resolve to the survivor)."""
    customer = await customers.get_customer(customer_id)
    if customer is None:
        return InteractionPage([], 0, offset)
    query = Interaction.filter(customer_id=customer.id)
    total = await query.count()
    rows = await query.order_by("-occurred_at", "-id").offset(offset).limit(first)
    return InteractionPage(rows, total, offset)


async def recent_calls(user_id: int, *, limit: int) -> list[Interaction]:
    """The calls this member of staff took or made, newest first."""
    return (
        await Interaction.filter(agent_id=user_id, kind__in=[InteractionKind.CALL_IN, InteractionKind.CALL_OUT])
        .order_by("-occurred_at", "-id")
        .limit(limit)
    )


async def due_follow_ups(user_id: int, *, limit: int) -> list[Interaction]:
    """Call-backs this member of staff promised for today or earlier and has not made yet."""
    return (
        await Interaction.filter(agent_id=user_id, follow_up_on__lte=hotel_today(), follow_up_done_at=None)
        .order_by("follow_up_on", "id")
        .limit(limit)
    )


async def interactions_by_ids(ids: Sequence[int]) -> dict[int, Interaction]:
    return {i.id: i for i in await Interaction.filter(id__in=list(ids))}
