"""Helpers for the complaint tests: GraphQL documents, filing through the API, direct rows in a given state."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from server.auth.models import Role, User
from server.complaints.models import Complaint, ComplaintEvent, ComplaintStatus, Severity
from tests.conftest import Api

FIELDS = """id status severity description channel category departments dueAt overdue rootCause resolution
compensation staffAtFault staffAtFaultWho satisfied filedAt resolvedAt closedAt reopenedAt escalatedAt version
allowedTransitions canEdit customer { id name } assignee { id username } filedBy { username }"""

FILE = f"""mutation($input: FileComplaintInput!) {{
  fileComplaint(input: $input) {{ complaint {{ {FIELDS} }} errors {{ field code message }} }}
}}"""
MOVE = f"""mutation($input: MoveComplaintInput!) {{
  moveComplaint(input: $input) {{ complaint {{ {FIELDS} }} errors {{ field code message }} }}
}}"""
UPDATE = f"""mutation($input: UpdateComplaintInput!) {{
  updateComplaint(input: $input) {{ complaint {{ {FIELDS} }} errors {{ field code message }} }}
}}"""
NOTE = """mutation($input: AddComplaintNoteInput!) {
  addComplaintNote(input: $input) { complaint { id } errors { field code message } }
}"""
TIMELINE = """query($id: ID!) {
  complaint(id: $id) {
    version
    timeline { action fromStatus toStatus note actor { username } changes { field before after } }
  }
}"""
BOARD = """query($first: Int, $after: String, $status: ComplaintStatus, $severity: Severity, $category: String,
  $department: String, $assigneeId: ID, $customerId: ID, $overdue: Boolean) {
  complaints(first: $first, after: $after, status: $status, severity: $severity, category: $category,
    department: $department, assigneeId: $assigneeId, customerId: $customerId, overdue: $overdue) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id status severity overdue dueAt category departments
      customer { id name } assignee { username } filedBy { username } } }
  }
}"""


async def file_complaint(api: Api, as_role: Role = Role.AGENT, **fields: Any) -> dict[str, Any]:
    payload = {"description": "客房空调噪音很大，整晚无法入睡", "articleIds": [], **fields}
    data = await api.data(FILE, {"input": payload}, as_role=as_role)
    result: dict[str, Any] = data["fileComplaint"]
    assert result["errors"] == [], result["errors"]
    complaint: dict[str, Any] = result["complaint"]
    return complaint


async def move(api: Api, complaint: dict[str, Any], status: str, as_role: Role = Role.MANAGER, **extra: Any) -> Any:
    data = await api.data(
        MOVE,
        {"input": {"id": complaint["id"], "expectedVersion": complaint["version"], "status": status, **extra}},
        as_role=as_role,
    )
    return data["moveComplaint"]


async def complaint_in(
    status: ComplaintStatus,
    *,
    filed_by: User | None = None,
    assignee: User | None = None,
    severity: Severity = Severity.MEDIUM,
    filed_at: datetime | None = None,
    **columns: Any,
) -> Complaint:
    """A complaint row put straight into a state (the workflow tests start from every state)."""
    filed = filed_at or datetime(2026, 3, 1, 1, 0, tzinfo=UTC)
    values: dict[str, Any] = {
        "severity": severity,
        "description": "浴室下水道堵塞",
        "status": status,
        "due_at": filed + timedelta(hours=24),
        "filed_at": filed,
        "filed_by_id": filed_by.id if filed_by else None,
        "assignee_id": assignee.id if assignee else None,
        "category": "客房设施",
    }
    if status in (ComplaintStatus.RESOLVED, ComplaintStatus.CLOSED):
        values.update(resolution="已维修", resolved_at=filed + timedelta(hours=2))
    if status is ComplaintStatus.CLOSED:
        values.update(satisfied=True, closed_at=filed + timedelta(hours=3))
    if status is ComplaintStatus.REOPENED:
        values.update(reopened_at=filed + timedelta(hours=5))
    values.update(columns)
    return await Complaint.create(**values)


async def snapshot(complaint_id: int) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The row and its timeline, to prove that a refused request changed nothing."""
    row = await Complaint.filter(id=complaint_id).values()
    events = await ComplaintEvent.filter(complaint_id=complaint_id).order_by("id").values()
    return row[0], events
