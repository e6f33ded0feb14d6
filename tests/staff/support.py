"""Queries and records for the staff tests: users who own work in every domain, made with the models."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from server.auth.models import AuditEntry, User
from server.auth.service import issue_token
from server.complaints.models import Complaint, ComplaintStatus, Severity
from server.contracts.models import Contract, ContractStatus
from server.customers.models import Customer
from server.prospects.models import (
    FollowUpTask,
    FollowUpTaskKind,
    FollowUpTaskStatus,
    Prospect,
    ProspectGrade,
    ProspectStatus,
)
from tests.factories import make_customer

ERRORS = "errors { field code message }"
USER_FIELDS = "id username displayName role department status deactivatedAt supervisor { username }"

USERS = f"""query($first: Int, $after: String, $role: Role, $status: UserStatus, $search: String) {{
  users(first: $first, after: $after, role: $role, status: $status, search: $search) {{
    totalCount pageInfo {{ hasNextPage endCursor }} edges {{ node {{ {USER_FIELDS} }} }}
  }}
}}"""
OWNED = """query($id: ID!) {
  ownedBy(userId: $id) { customers contracts prospects followUpTasks complaints }
}"""
CREATE = f"""mutation($input: CreateUserInput!) {{
  createUser(input: $input) {{ user {{ {USER_FIELDS} }} password {ERRORS} }}
}}"""
UPDATE = f"""mutation($input: UpdateUserInput!) {{
  updateUser(input: $input) {{ user {{ {USER_FIELDS} }} {ERRORS} }}
}}"""
RESET = f"""mutation($input: ResetPasswordInput!) {{
  resetPassword(input: $input) {{ user {{ username }} password {ERRORS} }}
}}"""
DEACTIVATE = f"""mutation($id: ID!) {{
  deactivateUser(input: {{userId: $id}}) {{ user {{ username status deactivatedAt }} {ERRORS} }}
}}"""
REACTIVATE = f"""mutation($id: ID!) {{
  reactivateUser(input: {{userId: $id}}) {{ user {{ username status deactivatedAt }} {ERRORS} }}
}}"""
TRANSFER = f"""mutation($from: ID!, $to: ID!) {{
  transferCustomers(input: {{fromUserId: $from, toUserId: $to}}) {{
    transferred moved {{ customers contracts prospects followUpTasks complaints }}
    fromUser {{ username }} toUser {{ username }} {ERRORS}
  }}
}}"""
LOGIN = """mutation($u: String!, $p: String!) {
  login(input: {username: $u, password: $p}) { token errors { field code message } }
}"""
ME = "{ me { username status supervisor { username } } }"


def bearer(user: User) -> dict[str, str]:
    return {"authorization": f"Bearer {issue_token(user)}"}


@dataclass
class Book:
    """One user's work in every domain: what a handover moves and what it leaves."""

    customers: list[Customer]
    live_contracts: list[Contract]
    ended_contract: Contract
    open_prospect: Prospect
    won_prospect: Prospect
    open_task: FollowUpTask
    done_task: FollowUpTask
    open_complaints: list[Complaint]
    resolved_complaint: Complaint


async def give_work(owner: User) -> Book:
    first = await make_customer(name="王芳")
    second = await make_customer(name="李娜")
    for c in (first, second):
        c.owner_id = owner.id  # type: ignore[attr-defined]
        await c.save(update_fields=["owner_id"])

    def contract(number: str, status: ContractStatus) -> Any:
        return Contract.create(
            customer_id=first.id,
            number=number,
            status=status,
            start_date=date(2026, 1, 1),
            end_date=date(2026, 12, 31),
            owner_id=owner.id,
        )

    draft = await contract("HT-1", ContractStatus.DRAFT)
    active = await contract("HT-2", ContractStatus.ACTIVE)
    ended = await contract("HT-3", ContractStatus.EXPIRED)
    open_prospect = await Prospect.create(customer_id=second.id, owner_id=owner.id, grade=ProspectGrade.A)
    won = await Prospect.create(
        customer_id=first.id, owner_id=owner.id, grade=ProspectGrade.H, status=ProspectStatus.WON
    )

    def task(title: str, status: FollowUpTaskStatus) -> Any:
        return FollowUpTask.create(
            customer_id=first.id,
            owner_id=owner.id,
            kind=FollowUpTaskKind.MANUAL,
            title=title,
            due_on=date(2026, 3, 5),
            status=status,
        )

    open_task = await task("回访", FollowUpTaskStatus.OPEN)
    done_task = await task("已回访", FollowUpTaskStatus.DONE)
    filed = datetime(2026, 3, 1, 1, 0, tzinfo=UTC)

    def complaint(status: ComplaintStatus) -> Any:
        return Complaint.create(
            customer_id=first.id,
            severity=Severity.MEDIUM,
            description="空调噪音",
            status=status,
            assignee_id=owner.id,
            due_at=filed + timedelta(hours=24),
            filed_at=filed,
        )

    open_complaints = [await complaint(ComplaintStatus.OPEN), await complaint(ComplaintStatus.INVESTIGATING)]
    resolved = await complaint(ComplaintStatus.RESOLVED)
    return Book(
        customers=[first, second],
        live_contracts=[draft, active],
        ended_contract=ended,
        open_prospect=open_prospect,
        won_prospect=won,
        open_task=open_task,
        done_task=done_task,
        open_complaints=open_complaints,
        resolved_complaint=resolved,
    )


async def owners(book: Book) -> dict[str, Any]:
    """Who owns each record of the book now."""

    async def of(model: Any, pk: int, column: str = "owner_id") -> Any:
        return (await model.get(id=pk).values(column))[column]

    return {
        "customers": [await of(Customer, c.id) for c in book.customers],
        "live_contracts": [await of(Contract, c.id) for c in book.live_contracts],
        "ended_contract": await of(Contract, book.ended_contract.id),
        "open_prospect": await of(Prospect, book.open_prospect.id),
        "won_prospect": await of(Prospect, book.won_prospect.id),
        "open_task": await of(FollowUpTask, book.open_task.id),
        "done_task": await of(FollowUpTask, book.done_task.id),
        "open_complaints": [await of(Complaint, c.id, "assignee_id") for c in book.open_complaints],
        "resolved_complaint": await of(Complaint, book.resolved_complaint.id, "assignee_id"),
    }


async def user_row(user: User) -> dict[str, Any]:
    row: dict[str, Any] = await User.get(id=user.id).values()
    return row


async def audit_actions() -> list[str]:
    return [a.action for a in await AuditEntry.all().order_by("id") if a.action.startswith("user.")]
