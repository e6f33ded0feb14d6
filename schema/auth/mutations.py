from __future__ import annotations

import strawberry

from schema.auth.staff import StaffMutations
from schema.auth.types import User
from schema.context import Info
from schema.errors import UserError, refusals_as
from schema.permissions import AllowAny
from server.auth import service


@strawberry.input(description="Username and password of a member of staff.")
class LoginInput:
    username: str
    password: str


@strawberry.type(description="A bearer token for the Authorization header, or why not.")
class LoginPayload:
    token: str | None
    user: User | None
    errors: list[UserError]


@strawberry.type
class AuthMutations(StaffMutations):
    @strawberry.mutation(
        description="Signs in; the 11th failure within 15 minutes per user or client is refused.",
        permission_classes=[AllowAny],
    )
    @refusals_as(LoginPayload)
    async def login(self, info: Info, input: LoginInput) -> LoginPayload:
        ctx = info.context
        result = await service.login(
            username=input.username,
            password=input.password,
            client_address=ctx.client_address,
            request_id=ctx.request_id,
        )
        return LoginPayload(token=result.token, user=User.from_model(result.user), errors=[])
