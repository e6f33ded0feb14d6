from __future__ import annotations

import strawberry

from schema.auth.staff import StaffQueries
from schema.auth.types import User
from schema.context import Info
from schema.permissions import ANY_STAFF


@strawberry.type
class AuthQueries(StaffQueries):
    @strawberry.field(description="The signed-in member of staff.", permission_classes=[ANY_STAFF])
    def me(self, info: Info) -> User | None:
        user = info.context.user
        return User.from_model(user) if user else None
