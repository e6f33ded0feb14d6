"""Deactivation: refused while the user owns work, then no sign-in and no old token; last admin and self kept."""

from __future__ import annotations

import pytest

from server.auth.models import AuditEntry, LoginFailure, Role, User, UserStatus
from server.complaints import service as complaints
from server.core.time import utcnow
from server.interactions.models import ExtensionBinding
from tests.conftest import Api
from tests.factories import TEST_PASSWORD, make_user
from tests.staff.support import (
    DEACTIVATE,
    LOGIN,
    ME,
    REACTIVATE,
    TRANSFER,
    bearer,
    give_work,
    user_row,
)


async def test_deactivation_is_refused_while_anything_is_owned_and_allowed_after_the_handover(api: Api) -> None:
    leaver = await make_user("leaver", display_name="王销售")
    heir = await make_user("heir")
    await give_work(leaver)
    before = await user_row(leaver)

    refused = await api.data(DEACTIVATE, {"id": str(leaver.id)}, as_role=Role.ADMIN)

    assert refused["deactivateUser"] == {
        "user": None,
        "errors": [
            {
                "field": ["userId"],
                "code": "CONFLICT",
                "message": "王销售 仍负责 2 个客户、2 份有效合同、1 个跟进中的意向客户、1 个未完成的回访任务、"
                "2 个待处理的投诉，请先办理客户交接再停用",
            }
        ],
    }
    assert await user_row(leaver) == before
    assert await AuditEntry.filter(action="user.deactivate").count() == 0

    await api.data(TRANSFER, {"from": str(leaver.id), "to": str(heir.id)})
    done = await api.data(DEACTIVATE, {"id": str(leaver.id)}, as_role=Role.ADMIN)

    assert done["deactivateUser"]["errors"] == []
    assert done["deactivateUser"]["user"]["status"] == "INACTIVE"
    assert done["deactivateUser"]["user"]["deactivatedAt"] is not None
    assert [a.target_id for a in await AuditEntry.filter(action="user.deactivate")] == [str(leaver.id)]


async def test_one_owned_customer_is_enough_to_refuse(api: Api) -> None:
    from tests.factories import make_customer

    leaver = await make_user("leaver")
    customer = await make_customer()
    customer.owner_id = leaver.id  # type: ignore[attr-defined]
    await customer.save(update_fields=["owner_id"])
    refused = await api.data(DEACTIVATE, {"id": str(leaver.id)}, as_role=Role.ADMIN)
    assert refused["deactivateUser"]["errors"][0]["message"] == "Leaver 仍负责 1 个客户，请先办理客户交接再停用"


async def test_a_deactivated_user_cannot_sign_in_and_their_token_stops_at_once(api: Api) -> None:
    leaver = await make_user("leaver")
    token = bearer(leaver)
    await ExtensionBinding.create(extension="8001", user_id=leaver.id, bound_at=utcnow())
    assert (await api.client.post("/graphql", json={"query": ME}, headers=token)).json()["data"]["me"] == {
        "username": "leaver",
        "status": "ACTIVE",
        "supervisor": None,
    }

    await api.data(DEACTIVATE, {"id": str(leaver.id)}, as_role=Role.ADMIN)

    after = (await api.client.post("/graphql", json={"query": ME}, headers=token)).json()
    assert after["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    right = await api.data(LOGIN, {"u": "leaver", "p": TEST_PASSWORD}, as_role=None)
    assert right["login"] == {
        "token": None,
        "errors": [{"field": ["username"], "code": "INVALID_STATE", "message": "该账号已停用，请联系管理员"}],
    }
    # A wrong password gets the usual answer: deactivation is no hint to someone guessing.
    wrong = await api.data(LOGIN, {"u": "leaver", "p": "wrong-password"}, as_role=None)
    assert wrong["login"]["errors"] == [{"field": ["password"], "code": "INVALID", "message": "用户名或密码错误"}]
    assert await ExtensionBinding.filter(user_id=leaver.id).count() == 0
    assert leaver.id not in [u.id for u in await complaints.assignable_staff()]
    assert await AuditEntry.filter(action="auth.login", outcome="DEACTIVATED").count() == 1
    assert await LoginFailure.filter(username="leaver").count() == 1


async def test_reactivation_lets_them_sign_in_but_old_tokens_stay_dead(api: Api) -> None:
    leaver = await make_user("leaver")
    token = bearer(leaver)
    await api.data(DEACTIVATE, {"id": str(leaver.id)}, as_role=Role.ADMIN)

    back = await api.data(REACTIVATE, {"id": str(leaver.id)}, as_role=Role.ADMIN)

    assert back["reactivateUser"] == {
        "user": {"username": "leaver", "status": "ACTIVE", "deactivatedAt": None},
        "errors": [],
    }
    old = (await api.client.post("/graphql", json={"query": ME}, headers=token)).json()
    assert old["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    login = await api.data(LOGIN, {"u": "leaver", "p": TEST_PASSWORD}, as_role=None)
    assert login["login"]["errors"] == []
    again = await api.data(REACTIVATE, {"id": str(leaver.id)}, as_role=Role.ADMIN)
    assert again["reactivateUser"]["errors"][0]["code"] == "INVALID_STATE"


async def test_an_admin_cannot_deactivate_themselves_or_the_last_admin(api: Api) -> None:
    me = await api.user(Role.ADMIN)
    before = await user_row(me)

    self_refused = await api.data(DEACTIVATE, {"id": str(me.id)}, as_role=Role.ADMIN)
    other = await make_user("second-admin", Role.ADMIN)
    await api.data(DEACTIVATE, {"id": str(other.id)}, as_role=Role.ADMIN)
    # Now the signed-in admin is the last one; the CLI (no user) tries.
    from server.auth import staff
    from server.auth.actor import Actor
    from server.core.errors import DomainError

    with pytest.raises(DomainError) as last:
        await staff.deactivate_user(actor=Actor.system("cli"), user_id=me.id)

    assert self_refused["deactivateUser"]["errors"] == [
        {"field": ["userId"], "code": "INVALID", "message": "不能停用自己的账号"}
    ]
    assert last.value.message == "不能停用最后一位在职管理员"
    assert await user_row(me) == before
    assert (await User.get(id=other.id)).status is UserStatus.INACTIVE


async def test_deactivating_a_supervisor_leaves_the_team_without_one(api: Api) -> None:
    lead = await make_user("lead", Role.MANAGER)
    member = await make_user("member", supervisor_id=lead.id)
    await api.data(DEACTIVATE, {"id": str(lead.id)}, as_role=Role.ADMIN)
    assert (await User.get(id=member.id)).supervisor_id is None  # type: ignore[attr-defined]
    row = await AuditEntry.get(action="user.deactivate")
    assert row.details == {"teamMembersWithoutSupervisor": [member.id]}


@pytest.mark.parametrize("role", [Role.MANAGER, Role.SALES, Role.AGENT, Role.FRONT_DESK])
async def test_only_an_admin_deactivates(api: Api, role: Role) -> None:
    target = await make_user("target")
    before = await user_row(target)
    body = await api.gql(DEACTIVATE, {"id": str(target.id)}, as_role=role)
    assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    assert await user_row(target) == before
    assert await AuditEntry.filter(action="user.deactivate").count() == 0
