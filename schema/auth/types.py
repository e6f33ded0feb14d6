from __future__ import annotations

import strawberry

from schema.context import Info
from schema.enums import Role
from server.auth.models import User as UserModel


@strawberry.type(description="A member of staff.")
class User:
    id: strawberry.ID
    username: str
    display_name: str
    role: Role
    department: str | None

    @classmethod
    def from_model(cls, user: UserModel) -> User:
        return cls(
            id=strawberry.ID(str(user.id)),
            username=user.username,
            display_name=user.display_name,
            role=user.role,
            department=user.department,
        )

    @strawberry.field(description="The telephone extension this user's console is bound to.")
    async def extension(self, info: Info) -> str | None:
        return await info.context.loaders.extensions.load(int(self.id))


async def load_user(info: Info, user_id: int | None) -> User | None:
    """The member of staff with this id, batched per request; None for no id or an unknown one."""
    if user_id is None:
        return None
    user = await info.context.loaders.users.load(user_id)
    return User.from_model(user) if user else None
