"""Staff administration and handover (客户交接, SPEC §2.9).

Who: an ADMIN manages accounts (create, edit, reset a password, deactivate, reactivate); a
MANAGER or an ADMIN hands one user's work over to another. A MANAGER does not deactivate:
SPEC §5 gives user management to the ADMIN alone, the manager's part is the handover.

What a user owns: customers (customers.owner_id), live contracts (DRAFT or ACTIVE), open
prospects, OPEN follow-up tasks and unresolved complaints assigned to them. Deactivation is
refused (CONFLICT) while any of it is left; the handover moves all of it in one transaction.
Ended contracts, closed prospects, done or cancelled tasks and resolved complaints keep
their owner: they record who did the work.

Contracts, prospects and tasks belong to other domains; their rows are changed here with
plain UPDATEs on their tables (owner only, version bumped where there is one), so that no
service of theirs is needed.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from typing import Any

from tortoise.expressions import F, Q
from tortoise.transactions import in_transaction

from server.auth import audit
from server.auth.actor import Actor
from server.auth.models import Role, User, UserStatus
from server.auth.passwords import check_password_policy, hash_password
from server.auth.service import create_user
from server.complaints.models import Complaint, ComplaintEvent
from server.contracts.models import Contract
from server.core import sql
from server.core.errors import DomainError, ErrorCode
from server.core.text import clean_text, require_text
from server.core.time import utcnow
from server.customers.models import Customer
from server.prospects.models import FollowUpTask, Prospect

GENERATED_PASSWORD_BYTES = 9  # 12 characters of URL-safe base64
MAX_SEARCH = 64

# The statuses in which a record is still someone's work.
LIVE_CONTRACTS = ("DRAFT", "ACTIVE")
OPEN_PROSPECTS = ("OPEN",)
OPEN_TASKS = ("OPEN",)
UNRESOLVED_COMPLAINTS = ("OPEN", "INVESTIGATING", "REOPENED")


@dataclass(frozen=True)
class Owned:
    """What a user is responsible for; all zero when they may be deactivated."""

    customers: int = 0
    contracts: int = 0
    prospects: int = 0
    follow_up_tasks: int = 0
    complaints: int = 0

    @property
    def anything(self) -> bool:
        return any((self.customers, self.contracts, self.prospects, self.follow_up_tasks, self.complaints))

    def describe(self) -> str:
        parts = [
            (self.customers, "个客户"),
            (self.contracts, "份有效合同"),
            (self.prospects, "个跟进中的意向客户"),
            (self.follow_up_tasks, "个未完成的回访任务"),
            (self.complaints, "个待处理的投诉"),
        ]
        return "、".join(f"{n} {label}" for n, label in parts if n)

    def as_details(self) -> dict[str, int]:
        return {
            "customers": self.customers,
            "contracts": self.contracts,
            "prospects": self.prospects,
            "followUpTasks": self.follow_up_tasks,
            "complaints": self.complaints,
        }


# (kind, table, owner column, statuses that count as still owned or None for all rows)
_OWNED: tuple[tuple[str, str, str, tuple[str, ...] | None], ...] = (
    ("customers", "customers", "owner_id", None),
    ("contracts", "contracts", "owner_id", LIVE_CONTRACTS),
    ("prospects", "prospects", "owner_id", OPEN_PROSPECTS),
    ("follow_up_tasks", "follow_up_tasks", "owner_id", OPEN_TASKS),
    ("complaints", "complaints", "assignee_id", UNRESOLVED_COMPLAINTS),
)


def _where(column: str, statuses: tuple[str, ...] | None) -> str:
    condition = f"{column} = ?"
    if statuses is not None:
        condition += f" AND status IN ({sql.in_list(list(statuses))})"
    return condition


async def owned_by(user_id: int) -> Owned:
    counts: dict[str, int] = {}
    for kind, table, column, statuses in _OWNED:
        rows = await sql.fetch(
            f"SELECT COUNT(*) AS n FROM {table} WHERE {_where(column, statuses)}",
            [user_id, *(statuses or ())],
        )
        counts[kind] = int(rows[0]["n"])
    return Owned(**counts)


async def get_user(user_id: int, *, field: str = "userId") -> User:
    user = await User.get_or_none(id=user_id)
    if user is None:
        raise DomainError(ErrorCode.NOT_FOUND, f"员工 {user_id} 不存在", field=field)
    return user


# --- Reading --------------------------------------------------------------------------------


@dataclass(frozen=True)
class UserFilter:
    role: Role | None = None
    status: UserStatus | None = None
    search: str | None = None


@dataclass(frozen=True)
class UsersPage:
    users: list[User]
    total: int


async def users_page(*, filters: UserFilter, first: int, offset: int) -> UsersPage:
    query = User.all()
    if filters.role is not None:
        query = query.filter(role=filters.role)
    if filters.status is not None:
        query = query.filter(status=filters.status)
    text = (filters.search or "").strip()[:MAX_SEARCH]
    if text:
        query = query.filter(
            Q(username__icontains=text) | Q(display_name__icontains=text) | Q(department__icontains=text)
        )
    total = await query.count()
    users = await query.order_by("status", "username", "id").offset(offset).limit(first)
    return UsersPage(users=list(users), total=total)


# --- Accounts -------------------------------------------------------------------------------


def generated_password() -> str:
    return secrets.token_urlsafe(GENERATED_PASSWORD_BYTES)


@dataclass(frozen=True)
class WithPassword:
    user: User
    # Only when the server chose it: shown once, never stored in plaintext.
    generated_password: str | None


async def create_staff(
    *,
    actor: Actor,
    username: str,
    role: Role,
    display_name: str | None = None,
    department: str | None = None,
    password: str | None = None,
    supervisor_id: int | None = None,
) -> WithPassword:
    chosen = password or generated_password()
    async with in_transaction():
        if supervisor_id is not None:
            await _supervisor(supervisor_id, for_user=None)
        user = await create_user(
            actor=actor,
            username=username,
            password=chosen,
            role=role,
            display_name=display_name,
            department=department,
        )
        if supervisor_id is not None:
            user.supervisor_id = supervisor_id
            await user.save(update_fields=["supervisor_id"])
    return WithPassword(user=user, generated_password=None if password else chosen)


async def _supervisor(supervisor_id: int, *, for_user: User | None) -> User:
    supervisor = await get_user(supervisor_id, field="supervisorId")
    if supervisor.status is not UserStatus.ACTIVE:
        raise DomainError(ErrorCode.INVALID, f"{supervisor.display_name} 已停用，不能做主管", field="supervisorId")
    if for_user is None:
        return supervisor
    # Walk up from the new supervisor: meeting the user again would make a cycle.
    seen: set[int] = set()
    current: User | None = supervisor
    while current is not None and current.id not in seen:
        if current.id == for_user.id:
            raise DomainError(
                ErrorCode.INVALID, "主管关系不能形成循环（不能选自己或自己的下属做主管）", field="supervisorId"
            )
        seen.add(current.id)
        above = current.supervisor_id  # type: ignore[attr-defined]
        current = await User.get_or_none(id=above) if above is not None else None
    return supervisor


async def _active_admins() -> int:
    return await User.filter(role=Role.ADMIN, status=UserStatus.ACTIVE).count()


async def update_staff(*, actor: Actor, user_id: int, changes: dict[str, Any]) -> User:
    """changes: displayName, role, department, supervisorId (None clears); absent keys stay."""
    async with in_transaction():
        user = await get_user(user_id, field="id")
        before = {
            "displayName": user.display_name,
            "role": user.role.value,
            "department": user.department,
            "supervisorId": user.supervisor_id,  # type: ignore[attr-defined]
        }
        if "displayName" in changes:
            user.display_name = require_text(
                changes["displayName"] or "", field="displayName", max_length=64, label="显示名"
            )
        if "department" in changes:
            user.department = clean_text(changes["department"], field="department", max_length=64, label="部门")
        if "role" in changes:
            role = changes["role"]
            if role is None:
                raise DomainError(ErrorCode.REQUIRED, "请选择角色", field="role")
            if (
                user.role is Role.ADMIN
                and role is not Role.ADMIN
                and user.status is UserStatus.ACTIVE
                and await _active_admins() <= 1
            ):
                raise DomainError(ErrorCode.INVALID_STATE, "不能修改最后一位在职管理员的角色", field="role")
            user.role = role
        if "supervisorId" in changes:
            wanted = changes["supervisorId"]
            if wanted is None:
                user.supervisor_id = None
            else:
                user.supervisor_id = (await _supervisor(int(wanted), for_user=user)).id
        after = {
            "displayName": user.display_name,
            "role": user.role.value,
            "department": user.department,
            "supervisorId": user.supervisor_id,  # type: ignore[attr-defined]
        }
        diff = {k: {"from": before[k], "to": after[k]} for k in before if before[k] != after[k]}
        await user.save(update_fields=["display_name", "department", "role", "supervisor_id", "updated_at"])
        await audit.record(actor, "user.update", target_type="User", target_id=user.id, details=diff)
    return user


async def reset_password(*, actor: Actor, user_id: int, password: str | None = None) -> WithPassword:
    """A new password; every token issued before stops working at once."""
    chosen = password or generated_password()
    check_password_policy(chosen)
    async with in_transaction():
        user = await get_user(user_id)
        user.password_hash = hash_password(chosen)
        user.token_generation += 1
        await user.save(update_fields=["password_hash", "token_generation", "updated_at"])
        await audit.record(actor, "user.resetPassword", target_type="User", target_id=user.id)
    return WithPassword(user=user, generated_password=None if password else chosen)


async def deactivate_user(*, actor: Actor, user_id: int) -> User:
    """Refused while the user still owns work; then they cannot sign in and their tokens stop working."""
    async with in_transaction():
        user = await get_user(user_id)
        if actor.user_id == user.id:
            raise DomainError(ErrorCode.INVALID, "不能停用自己的账号", field="userId")
        if user.status is UserStatus.INACTIVE:
            raise DomainError(ErrorCode.INVALID_STATE, f"{user.display_name} 已经停用", field="userId")
        if user.role is Role.ADMIN and await _active_admins() <= 1:
            raise DomainError(ErrorCode.INVALID_STATE, "不能停用最后一位在职管理员", field="userId")
        owned = await owned_by(user.id)
        if owned.anything:
            raise DomainError(
                ErrorCode.CONFLICT,
                f"{user.display_name} 仍负责 {owned.describe()}，请先办理客户交接再停用",
                field="userId",
            )
        user.status = UserStatus.INACTIVE
        user.deactivated_at = utcnow()
        user.token_generation += 1
        await user.save(update_fields=["status", "deactivated_at", "token_generation", "updated_at"])
        await sql.fetch("DELETE FROM extension_bindings WHERE user_id = ?", [user.id])
        # A team cannot be led by someone who has left: its members wait for a new supervisor.
        team = await User.filter(supervisor_id=user.id).values_list("id", flat=True)
        if team:
            await User.filter(id__in=list(team)).update(supervisor_id=None)
        await audit.record(
            actor,
            "user.deactivate",
            target_type="User",
            target_id=user.id,
            details={"teamMembersWithoutSupervisor": sorted(int(str(i)) for i in team)},
        )
    return user


async def reactivate_user(*, actor: Actor, user_id: int) -> User:
    async with in_transaction():
        user = await get_user(user_id)
        if user.status is UserStatus.ACTIVE:
            raise DomainError(ErrorCode.INVALID_STATE, f"{user.display_name} 在职，无需启用", field="userId")
        user.status = UserStatus.ACTIVE
        user.deactivated_at = None
        await user.save(update_fields=["status", "deactivated_at", "updated_at"])
        await audit.record(actor, "user.reactivate", target_type="User", target_id=user.id)
    return user


# --- Handover -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Handover:
    from_user: User
    to_user: User
    moved: Owned


async def transfer_customers(*, actor: Actor, from_user_id: int, to_user_id: int) -> Handover:
    """Moves everything the from-user owns (see the module) to the to-user, in one transaction."""
    if from_user_id == to_user_id:
        raise DomainError(ErrorCode.INVALID, "交出人和接收人不能是同一人", field="toUserId")
    async with in_transaction():
        giver = await get_user(from_user_id, field="fromUserId")
        taker = await get_user(to_user_id, field="toUserId")
        if taker.status is not UserStatus.ACTIVE:
            raise DomainError(ErrorCode.INVALID, f"{taker.display_name} 已停用，不能接收客户", field="toUserId")
        if taker.role is Role.ADMIN:
            raise DomainError(ErrorCode.INVALID, "管理员不负责客户，请选择业务人员", field="toUserId")
        owned = await owned_by(giver.id)
        customer_ids = [
            int(r["id"]) for r in await sql.fetch("SELECT id FROM customers WHERE owner_id = ? ORDER BY id", [giver.id])
        ]
        complaint_ids = [
            int(r["id"])
            for r in await sql.fetch(
                f"SELECT id FROM complaints WHERE {_where('assignee_id', UNRESOLVED_COMPLAINTS)} ORDER BY id",
                [giver.id, *UNRESOLVED_COMPLAINTS],
            )
        ]
        now = utcnow()
        bumped = {"version": F("version") + 1, "updated_at": now}
        await Customer.filter(owner_id=giver.id).update(owner_id=taker.id, **bumped)
        await Contract.filter(owner_id=giver.id, status__in=list(LIVE_CONTRACTS)).update(owner_id=taker.id, **bumped)
        await Prospect.filter(owner_id=giver.id, status__in=list(OPEN_PROSPECTS)).update(owner_id=taker.id, **bumped)
        await FollowUpTask.filter(owner_id=giver.id, status__in=list(OPEN_TASKS)).update(owner_id=taker.id)
        await Complaint.filter(id__in=complaint_ids).update(assignee_id=taker.id, **bumped)
        # The complaint timeline says who took a case over and why, as a manual reassignment does.
        await ComplaintEvent.bulk_create(
            [
                ComplaintEvent(
                    complaint_id=complaint_id,
                    at=now,
                    actor_id=actor.user_id,
                    action="ASSIGNED",
                    changes={"assignee": {"from": giver.display_name, "to": taker.display_name}},
                    note="客户交接",
                )
                for complaint_id in complaint_ids
            ]
        )
        await audit.record(
            actor,
            "user.transferCustomers",
            target_type="User",
            target_id=giver.id,
            details={
                "fromUserId": giver.id,
                "toUserId": taker.id,
                **owned.as_details(),
                "customerIds": customer_ids,
                "complaintIds": complaint_ids,
            },
        )
    return Handover(from_user=giver, to_user=taker, moved=owned)
