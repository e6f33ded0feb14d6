from __future__ import annotations

import strawberry

from schema.context import Info
from schema.ids import parse_id
from schema.interactions.types import ExtensionBinding, Interaction
from schema.pagination import Connection, connection, decode_cursor, page_size
from schema.permissions import MANAGERS, READ_CUSTOMERS
from server.interactions import service

MAX_SIDE_LIST = 50


@strawberry.type
class InteractionQueries:
    @strawberry.field(
        description="A customer's interactions, newest first (the timeline on the card).",
        permission_classes=[READ_CUSTOMERS],
    )
    async def interactions(
        self, info: Info, customer_id: strawberry.ID, first: int | None = None, after: str | None = None
    ) -> Connection[Interaction]:
        size = page_size(first)
        offset = decode_cursor(after)
        page = await service.interactions_of(parse_id(customer_id, field="customerId"), first=size, offset=offset)
        return connection([Interaction.from_model(i) for i in page.interactions], offset=offset, total=page.total)

    @strawberry.field(
        description="Calls the signed-in member of staff took or made, newest first (first ≤ 50).",
        permission_classes=[READ_CUSTOMERS],
    )
    async def recent_calls(self, info: Info, first: int | None = 10) -> list[Interaction]:
        assert info.context.user is not None
        limit = max(0, min(first if first is not None else 10, MAX_SIDE_LIST))
        return [Interaction.from_model(i) for i in await service.recent_calls(info.context.user.id, limit=limit)]

    @strawberry.field(
        description="Call-backs the signed-in member of staff promised for today or earlier, oldest first.",
        permission_classes=[READ_CUSTOMERS],
    )
    async def due_follow_ups(self, info: Info, first: int | None = 20) -> list[Interaction]:
        assert info.context.user is not None
        limit = max(0, min(first if first is not None else 20, MAX_SIDE_LIST))
        return [Interaction.from_model(i) for i in await service.due_follow_ups(info.context.user.id, limit=limit)]

    @strawberry.field(description="Which console each extension rings.", permission_classes=[MANAGERS])
    async def extension_bindings(self, info: Info) -> list[ExtensionBinding]:
        return [
            ExtensionBinding(extension=b.extension, bound_at=b.bound_at, user_id=b.user_id)  # type: ignore[attr-defined]
            for b in await service.extension_bindings()
        ]
