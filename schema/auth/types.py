from __future__ import annotations

import strawberry

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
