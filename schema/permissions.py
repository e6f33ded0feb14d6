"""Permissions, declared on every field with permission_classes (SPEC §5).

Not signed in -> UNAUTHENTICATED; signed in without the role -> FORBIDDEN. A partner (X-API-Key)
is known but no member of staff: FORBIDDEN everywhere except memberStatus (MEMBER_STATUS).
"""

from __future__ import annotations

from typing import Any

from graphql import OperationType
from strawberry.exceptions import StrawberryGraphQLError
from strawberry.permission import BasePermission

from server.auth import audit
from server.auth.models import Role
from server.partners.service import SCOPE_MEMBERSHIP_READ


def unauthenticated() -> StrawberryGraphQLError:
    return StrawberryGraphQLError("请先登录 (authentication required)", extensions={"code": "UNAUTHENTICATED"})


class AllowAny(BasePermission):
    """Open to everyone but partners, on purpose (login); declared so that the schema walk sees a decision."""

    message = "没有权限 (forbidden)"
    error_extensions = {"code": "FORBIDDEN"}  # noqa: RUF012

    def has_permission(self, source: Any, info: Any, **kwargs: Any) -> bool:
        return info.context.partner is None


class IsStaff(BasePermission):
    message = "没有权限 (forbidden)"
    error_extensions = {"code": "FORBIDDEN"}  # noqa: RUF012
    roles: frozenset[Role] = frozenset(Role)

    async def has_permission(self, source: Any, info: Any, **kwargs: Any) -> bool:
        user = info.context.user
        if user is None:
            if info.context.partner is not None:
                return False
            raise unauthenticated()
        if user.role in self.roles:
            return True
        if info.operation.operation is OperationType.MUTATION and info.path.prev is None:
            # A refused change is worth knowing about as much as a done one.
            await audit.record(info.context.actor, info.field_name, outcome="FORBIDDEN")
        return False


def has_role(*roles: Role) -> type[IsStaff]:
    """A permission class for staff with one of these roles."""
    name = "HasRole_" + "_".join(r.value for r in roles)
    return type(name, (IsStaff,), {"roles": frozenset(roles)})


# The rights of SPEC §5, named once.
ANY_STAFF = IsStaff
READ_CUSTOMERS = has_role(Role.AGENT, Role.FRONT_DESK, Role.SALES, Role.MANAGER)
EDIT_CUSTOMERS = has_role(Role.FRONT_DESK, Role.SALES, Role.MANAGER)
REGISTER_GUESTS = has_role(Role.FRONT_DESK, Role.MANAGER)
SERVE_MEMBERS = has_role(Role.FRONT_DESK, Role.MANAGER)
MANAGERS = has_role(Role.MANAGER)
# Account management: contacts and contracts of any account (the archive is shared, as for customers);
# prospects and follow-up tasks SALES their own (supervisors their team's), MANAGER all.
ACCOUNT_STAFF = has_role(Role.SALES, Role.MANAGER)
ADMINS = has_role(Role.ADMIN)
# Handover is a manager's job; an admin may do it too (and sees the whole staff list for it).
HANDOVER = has_role(Role.MANAGER, Role.ADMIN)


class MemberStatusReaders(IsStaff):
    """memberStatus: a partner whose key has membership:read, or staff who see customers."""

    roles = READ_CUSTOMERS.roles

    async def has_permission(self, source: Any, info: Any, **kwargs: Any) -> bool:
        partner = info.context.partner
        if partner is not None:
            return SCOPE_MEMBERSHIP_READ in partner.scopes
        return await super().has_permission(source, info, **kwargs)


MEMBER_STATUS = MemberStatusReaders
