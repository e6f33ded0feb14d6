from __future__ import annotations

from datetime import date
from typing import Annotated

import strawberry

from schema.auth.types import User
from schema.complaints.types import Complaint, ComplaintAnalysis
from schema.context import Info
from schema.enums import ComplaintStatus, Severity
from schema.ids import parse_id, parse_optional_id
from schema.pagination import Connection, connection, decode_cursor, page_size
from schema.permissions import MANAGERS, READ_CUSTOMERS
from server.complaints import service

MAX_SIDE_LIST = 100


@strawberry.type
class ComplaintQueries:
    @strawberry.field(description="A complaint by id.", permission_classes=[READ_CUSTOMERS])
    async def complaint(self, info: Info, id: strawberry.ID) -> Complaint | None:
        found = await service.read_complaint(actor=info.context.actor, complaint_id=parse_id(id))
        return Complaint.from_model(found) if found else None

    @strawberry.field(
        description="The complaints board, newest first. Managers see every complaint; "
        "others those they filed or are assigned. overdue: unresolved and past dueAt.",
        permission_classes=[READ_CUSTOMERS],
    )
    async def complaints(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        status: ComplaintStatus | None = None,
        severity: Severity | None = None,
        category: str | None = None,
        department: str | None = None,
        assignee_id: strawberry.ID | None = None,
        customer_id: strawberry.ID | None = None,
        overdue: bool | None = None,
    ) -> Connection[Complaint]:
        size = page_size(first)
        offset = decode_cursor(after)
        board = service.BoardFilter(
            status=status,
            severity=severity,
            category=category or None,
            department=department or None,
            assignee_id=parse_optional_id(assignee_id, field="assigneeId"),
            customer_id=parse_optional_id(customer_id, field="customerId"),
            overdue=overdue,
        )
        page = await service.complaints_page(actor=info.context.actor, board=board, first=size, offset=offset)
        return connection([Complaint.from_model(c) for c in page.complaints], offset=offset, total=page.total)

    @strawberry.field(
        description="Unresolved complaints past their due time, the longest overdue first (first ≤ 100).",
        permission_classes=[MANAGERS],
    )
    async def overdue_complaints(self, info: Info, first: int | None = 50) -> list[Complaint]:
        limit = max(0, min(first if first is not None else 50, MAX_SIDE_LIST))
        return [Complaint.from_model(c) for c in await service.overdue_complaints(limit=limit)]

    @strawberry.field(
        description="Escalated complaints not yet resolved, the latest escalation first (first ≤ 100).",
        permission_classes=[MANAGERS],
    )
    async def escalated_complaints(self, info: Info, first: int | None = 20) -> list[Complaint]:
        limit = max(0, min(first if first is not None else 20, MAX_SIDE_LIST))
        return [Complaint.from_model(c) for c in await service.escalated_complaints(limit=limit)]

    @strawberry.field(
        description="Complaints of a period (default: the last twelve months) by category, department and month, "
        "time to resolve, on-time rate and repeat complainers.",
        permission_classes=[MANAGERS],
    )
    async def complaint_analysis(
        self,
        info: Info,
        start: Annotated[date | None, strawberry.argument(name="from")] = None,
        end: Annotated[date | None, strawberry.argument(name="to")] = None,
    ) -> ComplaintAnalysis:
        return ComplaintAnalysis.from_data(await service.analysis(actor=info.context.actor, start=start, end=end))

    @strawberry.field(description="Staff a complaint can be assigned to.", permission_classes=[MANAGERS])
    async def complaint_assignees(self, info: Info) -> list[User]:
        return [User.from_model(u) for u in await service.assignable_staff()]
