"""Staff administration (ADMIN) and handover (MANAGER, ADMIN): queries and mutations."""

from __future__ import annotations

import strawberry

from schema.auth.types import User
from schema.context import Info
from schema.enums import Role, UserStatus
from schema.errors import UserError, refusals_as
from schema.ids import parse_id, parse_optional_id
from schema.inputs import sent_changes
from schema.pagination import Connection, connection, decode_cursor, page_size
from schema.permissions import ADMINS, HANDOVER
from server.auth import staff
from server.auth.models import User as UserModel


@strawberry.type(description="What a member of staff is responsible for: deactivation waits until all are 0.")
class OwnedRecords:
    customers: int = strawberry.field(description="Customers they own.")
    contracts: int = strawberry.field(description="Live contracts (DRAFT or ACTIVE) they own.")
    prospects: int = strawberry.field(description="Open prospects they follow.")
    follow_up_tasks: int = strawberry.field(description="OPEN follow-up tasks.")
    complaints: int = strawberry.field(description="Unresolved complaints assigned to them.")

    @classmethod
    def from_data(cls, owned: staff.Owned) -> OwnedRecords:
        return cls(
            customers=owned.customers,
            contracts=owned.contracts,
            prospects=owned.prospects,
            follow_up_tasks=owned.follow_up_tasks,
            complaints=owned.complaints,
        )


@strawberry.type
class StaffQueries:
    @strawberry.field(
        description="Staff accounts, filtered (search: username, name or department); never password hashes.",
        permission_classes=[HANDOVER],
    )
    async def users(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        role: Role | None = None,
        status: UserStatus | None = None,
        search: str | None = None,
    ) -> Connection[User]:
        size = page_size(first)
        offset = decode_cursor(after)
        page = await staff.users_page(
            filters=staff.UserFilter(role=role, status=status, search=search), first=size, offset=offset
        )
        return connection([User.from_model(u) for u in page.users], offset=offset, total=page.total)

    @strawberry.field(
        description="What a handover of this user would move (and what blocks their deactivation).",
        permission_classes=[HANDOVER],
    )
    async def owned_by(self, info: Info, user_id: strawberry.ID) -> OwnedRecords:
        return OwnedRecords.from_data(await staff.owned_by(parse_id(user_id, field="userId")))


@strawberry.input(description="A new staff account.")
class CreateUserInput:
    username: str = strawberry.field(description="Letters, digits and . _ - ; stored in lower case.")
    role: Role
    display_name: str | None = None
    department: str | None = None
    supervisor_id: strawberry.ID | None = None
    password: str | None = strawberry.field(
        default=None, description="The initial password; left out, one is generated and returned once."
    )


@strawberry.input(description="Changes to a staff account; fields left out stay as they are, null clears.")
class UpdateUserInput:
    id: strawberry.ID
    display_name: str | None = strawberry.UNSET
    role: Role | None = strawberry.UNSET
    department: str | None = strawberry.UNSET
    supervisor_id: strawberry.ID | None = strawberry.field(
        default=strawberry.UNSET, description="An active member of staff; no cycles."
    )

    def changes(self) -> dict[str, object]:
        sent = sent_changes(self, ("display_name", "role", "department", "supervisor_id"))
        if sent.get("supervisorId") is not None:
            sent["supervisorId"] = parse_id(sent["supervisorId"], field="supervisorId")
        return sent


@strawberry.input(description="A new password for a member of staff; their signed-in sessions end.")
class ResetPasswordInput:
    user_id: strawberry.ID
    password: str | None = strawberry.field(default=None, description="Left out, one is generated and returned once.")


@strawberry.input(description="The account to deactivate (refused while it owns customers or other work).")
class DeactivateUserInput:
    user_id: strawberry.ID


@strawberry.input(description="The deactivated account to let sign in again.")
class ReactivateUserInput:
    user_id: strawberry.ID


@strawberry.input(description="Whose work moves to whom (客户交接).")
class TransferCustomersInput:
    from_user_id: strawberry.ID
    to_user_id: strawberry.ID


@strawberry.type(description="The changed staff account, or why not.")
class UserPayload:
    user: User | None
    errors: list[UserError]


@strawberry.type(description="The staff account and, when the server chose it, its new password (shown once).")
class UserPasswordPayload:
    user: User | None
    password: str | None = strawberry.field(description="Only when generated; it is not stored and not shown again.")
    errors: list[UserError]


@strawberry.type(description="What the handover moved, or why not.")
class TransferCustomersPayload:
    transferred: int = strawberry.field(default=0, description="Customers moved.")
    moved: OwnedRecords | None = strawberry.field(
        description="Everything moved: customers, live contracts, open prospects, open tasks, open complaints."
    )
    from_user: User | None
    to_user: User | None
    errors: list[UserError]


def _user(done: UserModel) -> UserPayload:
    return UserPayload(user=User.from_model(done), errors=[])


def _with_password(done: staff.WithPassword) -> UserPasswordPayload:
    return UserPasswordPayload(user=User.from_model(done.user), password=done.generated_password, errors=[])


@strawberry.type
class StaffMutations:
    @strawberry.mutation(description="Creates a staff account (ADMIN).", permission_classes=[ADMINS])
    @refusals_as(UserPasswordPayload)
    async def create_user(self, info: Info, input: CreateUserInput) -> UserPasswordPayload:
        done = await staff.create_staff(
            actor=info.context.actor,
            username=input.username,
            role=input.role,
            display_name=input.display_name,
            department=input.department,
            password=input.password,
            supervisor_id=parse_optional_id(input.supervisor_id, field="supervisorId"),
        )
        return _with_password(done)

    @strawberry.mutation(
        description="Changes name, role, department or supervisor (ADMIN).", permission_classes=[ADMINS]
    )
    @refusals_as(UserPayload)
    async def update_user(self, info: Info, input: UpdateUserInput) -> UserPayload:
        done = await staff.update_staff(actor=info.context.actor, user_id=parse_id(input.id), changes=input.changes())
        return _user(done)

    @strawberry.mutation(
        description="Sets a new password; tokens issued before stop working (ADMIN).", permission_classes=[ADMINS]
    )
    @refusals_as(UserPasswordPayload)
    async def reset_password(self, info: Info, input: ResetPasswordInput) -> UserPasswordPayload:
        done = await staff.reset_password(
            actor=info.context.actor,
            user_id=parse_id(input.user_id, field="userId"),
            password=input.password,
        )
        return _with_password(done)

    @strawberry.mutation(
        description="Deactivates an account: refused (CONFLICT) while the user owns customers or other work (ADMIN).",
        permission_classes=[ADMINS],
    )
    @refusals_as(UserPayload)
    async def deactivate_user(self, info: Info, input: DeactivateUserInput) -> UserPayload:
        done = await staff.deactivate_user(actor=info.context.actor, user_id=parse_id(input.user_id, field="userId"))
        return _user(done)

    @strawberry.mutation(description="Lets a deactivated user sign in again (ADMIN).", permission_classes=[ADMINS])
    @refusals_as(UserPayload)
    async def reactivate_user(self, info: Info, input: ReactivateUserInput) -> UserPayload:
        done = await staff.reactivate_user(actor=info.context.actor, user_id=parse_id(input.user_id, field="userId"))
        return _user(done)

    @strawberry.mutation(
        description=(
            "Handover (客户交接): moves the from-user's customers, live contracts, open prospects and open "
            "follow-up tasks to the to-user and reassigns their unresolved complaints, in one step (MANAGER, ADMIN)."
        ),
        permission_classes=[HANDOVER],
    )
    @refusals_as(TransferCustomersPayload)
    async def transfer_customers(self, info: Info, input: TransferCustomersInput) -> TransferCustomersPayload:
        done = await staff.transfer_customers(
            actor=info.context.actor,
            from_user_id=parse_id(input.from_user_id, field="fromUserId"),
            to_user_id=parse_id(input.to_user_id, field="toUserId"),
        )
        return TransferCustomersPayload(
            transferred=done.moved.customers,
            moved=OwnedRecords.from_data(done.moved),
            from_user=User.from_model(done.from_user),
            to_user=User.from_model(done.to_user),
            errors=[],
        )
