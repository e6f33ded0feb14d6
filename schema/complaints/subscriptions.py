from __future__ import annotations

from collections.abc import AsyncGenerator

import strawberry
from strawberry.exceptions import StrawberryGraphQLError

from schema.complaints.types import Complaint
from schema.context import Info
from schema.loaders import Loaders
from schema.permissions import MANAGERS, unauthenticated
from server.auth.service import user_for_token
from server.complaints import service
from server.core.errors import DomainError


@strawberry.type
class ComplaintSubscriptions:
    @strawberry.subscription(
        description="Complaints as they are escalated (unresolved past dueAt), for the managers' console.",
        permission_classes=[MANAGERS],
    )
    async def complaint_escalations(self, info: Info) -> AsyncGenerator[Complaint, None]:
        token = info.context.extra.get("token")
        try:
            async for complaint_id in service.escalations(info.context.actor):
                if token is not None and await user_for_token(token) is None:
                    raise unauthenticated()
                info.context.loaders = Loaders()
                found = await service.get_complaint(complaint_id)
                if found is not None:
                    yield Complaint.from_model(found)
        except DomainError as err:
            raise StrawberryGraphQLError(err.message, extensions={"code": err.code.value}) from err
