"""Staff accounts (ADMIN): list, create with a one-time password, edit, reset a password."""

from __future__ import annotations

import pytest

from server.auth.models import AuditEntry, Role, User, UserStatus
from server.auth.passwords import verify_password
from tests.conftest import Api
from tests.factories import TEST_PASSWORD, make_user
from tests.staff.support import CREATE, LOGIN, ME, RESET, UPDATE, USERS, bearer, user_row


async def test_the_list_filters_by_role_status_and_text_and_pages(api: Api) -> None:
    await make_user("zhang.sales", display_name="张三", department="销售部")
    await make_user("li.sales", display_name="李四", department="销售部")
    await make_user("gone", status=UserStatus.INACTIVE)
    await make_user("desk", Role.FRONT_DESK, department="前台")

    def names(data: dict[str, object]) -> list[str]:
        edges = data["users"]["edges"]  # type: ignore[index]
        return [e["node"]["username"] for e in edges]

    sales = await api.data(USERS, {"role": "SALES", "status": "ACTIVE"}, as_role=Role.ADMIN)
    by_text = await api.data(USERS, {"search": "销售"}, as_role=Role.ADMIN)
    inactive = await api.data(USERS, {"status": "INACTIVE"}, as_role=Role.MANAGER)
    page = await api.data(USERS, {"first": 2}, as_role=Role.ADMIN)

    assert names(sales) == ["li.sales", "zhang.sales"]
    assert names(by_text) == ["li.sales", "zhang.sales"]
    assert names(inactive) == ["gone"]
    assert page["users"]["totalCount"] == 6  # the four, the admin and the manager asking
    assert page["users"]["pageInfo"]["hasNextPage"] is True
    rest = await api.data(USERS, {"first": 10, "after": page["users"]["pageInfo"]["endCursor"]}, as_role=Role.ADMIN)
    assert len(rest["users"]["edges"]) == 4


async def test_creating_a_user_shows_a_generated_password_once(api: Api) -> None:
    lead = await make_user("lead", Role.MANAGER)
    data = await api.data(
        CREATE,
        {
            "input": {
                "username": " New.Sales ",
                "role": "SALES",
                "displayName": "新销售",
                "department": "销售部",
                "supervisorId": str(lead.id),
            }
        },
        as_role=Role.ADMIN,
    )
    payload = data["createUser"]
    assert payload["errors"] == []
    assert payload["user"]["username"] == "new.sales"
    assert payload["user"]["supervisor"] == {"username": "lead"}
    assert payload["user"]["status"] == "ACTIVE"
    password = payload["password"]
    assert len(password) >= 12
    stored = await User.get(username="new.sales")
    assert stored.password_hash != password
    assert verify_password(stored.password_hash, password)
    login = await api.data(LOGIN, {"u": "new.sales", "p": password}, as_role=None)
    assert login["login"]["errors"] == []
    assert await AuditEntry.filter(action="user.create", target_id=str(stored.id)).count() == 1


async def test_a_given_password_is_not_echoed(api: Api) -> None:
    data = await api.data(
        CREATE, {"input": {"username": "agent2", "role": "AGENT", "password": "a-long-password"}}, as_role=Role.ADMIN
    )
    assert data["createUser"]["password"] is None
    assert data["createUser"]["errors"] == []


@pytest.mark.parametrize(
    ("given", "error"),
    [
        (
            {"username": "bad name"},
            {"field": ["username"], "code": "INVALID", "message": "用户名只能包含字母、数字和 . _ -"},
        ),
        (
            {"username": "sales-user"},
            {"field": ["username"], "code": "DUPLICATE", "message": "用户名 sales-user 已存在"},
        ),
        ({"password": "short"}, {"field": ["password"], "code": "INVALID", "message": "密码至少 8 个字符"}),
        ({"supervisorId": "999999"}, {"field": ["supervisorId"], "code": "NOT_FOUND", "message": "员工 999999 不存在"}),
    ],
)
async def test_a_refused_create_writes_nothing(api: Api, given: dict[str, str], error: dict[str, object]) -> None:
    await api.user(Role.SALES)
    await api.user(Role.ADMIN)
    before = await User.all().count()
    data = await api.data(CREATE, {"input": {"username": "fresh", "role": "SALES", **given}}, as_role=Role.ADMIN)
    assert data["createUser"] == {"user": None, "password": None, "errors": [error]}
    assert await User.all().count() == before
    assert await AuditEntry.filter(action="user.create").count() == 0


async def test_updating_role_department_and_supervisor(api: Api) -> None:
    lead = await make_user("lead", Role.MANAGER)
    member = await make_user("member")
    data = await api.data(
        UPDATE,
        {"input": {"id": str(member.id), "role": "MANAGER", "department": "营销部", "supervisorId": str(lead.id)}},
        as_role=Role.ADMIN,
    )
    assert data["updateUser"]["errors"] == []
    assert data["updateUser"]["user"]["role"] == "MANAGER"
    assert data["updateUser"]["user"]["supervisor"] == {"username": "lead"}
    row = await AuditEntry.get(action="user.update")
    assert row.details == {
        "role": {"from": "SALES", "to": "MANAGER"},
        "department": {"from": None, "to": "营销部"},
        "supervisorId": {"from": None, "to": lead.id},
    }
    cleared = await api.data(UPDATE, {"input": {"id": str(member.id), "supervisorId": None}}, as_role=Role.ADMIN)
    assert cleared["updateUser"]["user"]["supervisor"] is None
    me = (await api.client.post("/graphql", json={"query": ME}, headers=bearer(member))).json()
    assert me["data"]["me"] == {"username": "member", "status": "ACTIVE", "supervisor": None}


async def test_supervisors_make_no_cycle_and_are_active(api: Api) -> None:
    top = await make_user("top", Role.MANAGER)
    middle = await make_user("middle", Role.MANAGER, supervisor_id=top.id)
    gone = await make_user("gone", Role.MANAGER, status=UserStatus.INACTIVE)
    before = [await user_row(u) for u in (top, middle)]

    cycle = await api.data(UPDATE, {"input": {"id": str(top.id), "supervisorId": str(middle.id)}}, as_role=Role.ADMIN)
    itself = await api.data(UPDATE, {"input": {"id": str(top.id), "supervisorId": str(top.id)}}, as_role=Role.ADMIN)
    inactive = await api.data(UPDATE, {"input": {"id": str(top.id), "supervisorId": str(gone.id)}}, as_role=Role.ADMIN)

    no_cycle = {
        "field": ["supervisorId"],
        "code": "INVALID",
        "message": "主管关系不能形成循环（不能选自己或自己的下属做主管）",
    }
    assert cycle["updateUser"]["errors"] == [no_cycle]
    assert itself["updateUser"]["errors"] == [no_cycle]
    assert inactive["updateUser"]["errors"] == [
        {"field": ["supervisorId"], "code": "INVALID", "message": "Gone 已停用，不能做主管"}
    ]
    assert [await user_row(u) for u in (top, middle)] == before


async def test_the_last_admin_keeps_the_role(api: Api) -> None:
    me = await api.user(Role.ADMIN)
    data = await api.data(UPDATE, {"input": {"id": str(me.id), "role": "MANAGER"}}, as_role=Role.ADMIN)
    assert data["updateUser"]["errors"] == [
        {"field": ["role"], "code": "INVALID_STATE", "message": "不能修改最后一位在职管理员的角色"}
    ]
    assert (await User.get(id=me.id)).role is Role.ADMIN


async def test_a_password_reset_ends_the_old_sessions(api: Api) -> None:
    member = await make_user("member")
    token = bearer(member)

    data = await api.data(RESET, {"input": {"userId": str(member.id)}}, as_role=Role.ADMIN)

    new_password = data["resetPassword"]["password"]
    assert data["resetPassword"]["errors"] == []
    old = (await api.client.post("/graphql", json={"query": ME}, headers=token)).json()
    assert old["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    assert (await api.data(LOGIN, {"u": "member", "p": TEST_PASSWORD}, as_role=None))["login"]["token"] is None
    assert (await api.data(LOGIN, {"u": "member", "p": new_password}, as_role=None))["login"]["token"]
    assert await AuditEntry.filter(action="user.resetPassword", target_id=str(member.id)).count() == 1


@pytest.mark.parametrize("role", [Role.MANAGER, Role.SALES, Role.AGENT, Role.FRONT_DESK])
async def test_only_an_admin_manages_accounts(api: Api, role: Role) -> None:
    member = await make_user("member")
    before = await user_row(member)
    count = await User.all().count()

    refused = [
        await api.gql(CREATE, {"input": {"username": "x1", "role": "ADMIN"}}, as_role=role),
        await api.gql(UPDATE, {"input": {"id": str(member.id), "role": "ADMIN"}}, as_role=role),
        await api.gql(RESET, {"input": {"userId": str(member.id), "password": "taken-over-1"}}, as_role=role),
    ]

    assert [body["errors"][0]["extensions"]["code"] for body in refused] == ["FORBIDDEN"] * 3
    assert await user_row(member) == before
    assert await User.all().count() == count + 1  # the caller's own account
    assert await AuditEntry.filter(action__startswith="user.").count() == 0


@pytest.mark.parametrize("role", [Role.SALES, Role.AGENT, Role.FRONT_DESK])
async def test_the_staff_list_is_for_managers_and_admins(api: Api, role: Role) -> None:
    body = await api.gql(USERS, {}, as_role=role)
    assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    assert (await api.gql(USERS, {}, as_role=None))["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


async def test_no_password_hash_in_the_api() -> None:
    from schema import schema

    sdl = str(schema).lower()
    assert "hash" not in sdl.split("type user {")[1].split("}")[0]
    assert "passwordhash" not in sdl
