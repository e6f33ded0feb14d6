"""GraphQL documents and helpers for the prospect and follow-up tests."""

from __future__ import annotations

from typing import Any

from server.auth.models import Role, User
from server.auth.service import issue_token
from tests.conftest import Api
from tests.factories import make_user

ERRORS = "errors { field code message }"
PROSPECT_FIELDS = """id grade status interest nextFollowUpOn outcomeReason closedAt version overdue
customer { id name status } owner { username }
followUps { id content impression bottleneck plan nextDate grade supervisorComment by { username }
  supervisor { username } }"""

CREATE = f"""mutation($input: CreateProspectInput!) {{
  createProspect(input: $input) {{ prospect {{ {PROSPECT_FIELDS} }} {ERRORS} }}
}}"""
GRADE = f"""mutation($input: ChangeProspectGradeInput!) {{
  changeProspectGrade(input: $input) {{ prospect {{ {PROSPECT_FIELDS} }} {ERRORS} }}
}}"""
FOLLOW_UP = f"""mutation($input: RecordProspectFollowUpInput!) {{
  recordProspectFollowUp(input: $input) {{ followUp {{ id nextDate }} prospect {{ {PROSPECT_FIELDS} }} {ERRORS} }}
}}"""
COMMENT = f"""mutation($input: CommentOnFollowUpInput!) {{
  commentOnFollowUp(input: $input) {{ followUp {{ id supervisorComment supervisor {{ username }} }} {ERRORS} }}
}}"""
CLOSE = f"""mutation($input: CloseProspectInput!) {{
  closeProspect(input: $input) {{ prospect {{ {PROSPECT_FIELDS} }} {ERRORS} }}
}}"""
TASK_FIELDS = "id kind title dueOn status overdue note customer { id name } owner { username } prospect { id }"
MY = f"""query($days: Int) {{ myFollowUps(daysAhead: $days) {{ today
  overdue {{ {TASK_FIELDS} }} dueToday {{ {TASK_FIELDS} }} upcoming {{ {TASK_FIELDS} }} }} }}"""
TEAM = f"""query($days: Int) {{ teamFollowUps(daysAhead: $days) {{ today
  overdue {{ {TASK_FIELDS} }} dueToday {{ {TASK_FIELDS} }} upcoming {{ {TASK_FIELDS} }} }} }}"""
COMPLETE = f"""mutation($input: CompleteFollowUpTaskInput!) {{
  completeFollowUpTask(input: $input) {{ task {{ {TASK_FIELDS} }} {ERRORS} }}
}}"""
RESCHEDULE = f"""mutation($input: RescheduleFollowUpTaskInput!) {{
  rescheduleFollowUpTask(input: $input) {{ task {{ {TASK_FIELDS} }} {ERRORS} }}
}}"""
CREATE_TASK = f"""mutation($input: CreateFollowUpTaskInput!) {{
  createFollowUpTask(input: $input) {{ task {{ {TASK_FIELDS} }} {ERRORS} }}
}}"""
BOARD = """query { prospectBoard { grade count prospects { id nextFollowUpOn customer { name } } } }"""
LIST = """query($grade: ProspectGrade, $status: ProspectStatus) {
  prospects(grade: $grade, status: $status) { totalCount edges { node { id grade status owner { username } } } }
}"""


async def create_prospect(api: Api, customer_id: int, grade: str = "H", as_role: Role = Role.SALES) -> dict[str, Any]:
    data = await api.data(CREATE, {"input": {"customerId": str(customer_id), "grade": grade}}, as_role=as_role)
    result: dict[str, Any] = data["createProspect"]
    assert result["errors"] == [], result["errors"]
    prospect: dict[str, Any] = result["prospect"]
    return prospect


async def staff(api: Api, username: str, role: Role, supervisor: User | None = None) -> tuple[User, str]:
    """Another member of staff (the Api helper has one user per role) and a token for them."""
    user = await make_user(username, role, display_name=username, supervisor_id=supervisor.id if supervisor else None)
    return user, issue_token(user)


async def as_token(api: Api, token: str, query: str, variables: dict[str, Any] | None = None) -> dict[str, Any]:
    response = await api.client.post(
        "/graphql",
        json={"query": query, "variables": variables or {}},
        headers={"authorization": f"Bearer {token}"},
    )
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    assert "errors" not in body, body["errors"]
    data: dict[str, Any] = body["data"]
    return data
