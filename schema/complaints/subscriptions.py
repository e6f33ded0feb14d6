from __future__ import annotations

from collections.abc import AsyncGenerator

import strawberry

from schema.complaints.types import Complaint
from schema.context import Info
from schema.feeds import live_feed
from schema.permissions import MANAGERS
from server.complaints import service


async def _escalated(complaint_id: int) -> Complaint | None:
    found = await service.get_complaint(complaint_id)
    return Complaint.from_model(found) if found is not None else None


@strawberry.type
class ComplaintSubscriptions:
    @strawberry.subscription(
        description="Complaints as they are escalated (unresolved past dueAt), for the managers' console.",
        permission_classes=[MANAGERS],
    )
    async def complaint_escalations(self, info: Info) -> AsyncGenerator[Complaint, None]:
        async for complaint in live_feed(info, service.escalations(info.context.actor), _escalated):
            yield complaint
