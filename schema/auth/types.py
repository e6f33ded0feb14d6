from __future__ import annotations

from datetime import datetime

import strawberry

from schema.context import Info
from schema.enums import Role, UserStatus
from schema.loaders import load_one
from server.auth.models import User as UserModel


@strawberry.type(description="A member of staff.")
class User:
    id: strawberry.ID
    username: str
    display_name: str
    role: Role
    department: str | None
    status: UserStatus = strawberry.field(description="ACTIVE, or INACTIVE (cannot sign in, cannot be given work).")
    deactivated_at: datetime | None = strawberry.field(description="When the account was deactivated.")
    supervisor_id: strawberry.Private[int | None]

    @classmethod
    def from_model(cls, user: UserModel) -> User:
        return cls(
            id=strawberry.ID(str(user.id)),
            username=user.username,
            display_name=user.display_name,
            role=user.role,
            department=user.department,
            status=user.status,
            deactivated_at=user.deactivated_at,
            supervisor_id=user.supervisor_id,  # type: ignore[attr-defined]
        )

    @strawberry.field(description="Whose team this member of staff is in.")
    async def supervisor(self, info: Info) -> User | None:
        return await load_user(info, self.supervisor_id)

    @strawberry.field(description="The telephone extension this user's console is bound to.")
    async def extension(self, info: Info) -> str | None:
        return await info.context.loaders.extensions.load(int(self.id))


async def load_user(info: Info, user_id: int | None) -> User | None:
    """The member of staff with this id, batched per request; None for no id or an unknown one."""
    return await load_one(info.context.loaders.users, user_id, User.from_model)
