"""Sign-in over HTTP: tokens, wrong passwords, throttling, audit."""

from __future__ import annotations

from server.auth.models import AuditEntry, LoginFailure, Role
from tests.conftest import Api
from tests.factories import TEST_PASSWORD

LOGIN = """mutation($u: String!, $p: String!) {
  login(input: {username: $u, password: $p}) { token user { username role } errors { field code message } }
}"""
ME = "{ me { id username displayName role } }"


async def test_login_returns_a_token_that_identifies_the_user(api: Api) -> None:
    await api.user(Role.AGENT)
    data = await api.data(LOGIN, {"u": "Agent-User ", "p": TEST_PASSWORD}, as_role=None)
    payload = data["login"]
    assert payload["errors"] == []
    assert payload["user"] == {"username": "agent-user", "role": "AGENT"}
    response = await api.client.post(
        "/graphql", json={"query": ME}, headers={"authorization": f"Bearer {payload['token']}"}
    )
    assert response.json()["data"]["me"]["username"] == "agent-user"
    assert await AuditEntry.filter(action="auth.login", outcome="OK").count() == 1


async def test_wrong_password_is_a_user_error_and_is_audited(api: Api) -> None:
    await api.user(Role.AGENT)
    data = await api.data(LOGIN, {"u": "agent-user", "p": "wrong-password"}, as_role=None)
    assert data["login"] == {
        "token": None,
        "user": None,
        "errors": [{"field": ["password"], "code": "INVALID", "message": "用户名或密码错误"}],
    }
    assert await AuditEntry.filter(action="auth.login", outcome="FAILED").count() == 1


async def test_unknown_user_gets_the_same_answer_as_a_wrong_password(api: Api) -> None:
    data = await api.data(LOGIN, {"u": "nobody", "p": "whatever-pass"}, as_role=None)
    assert data["login"]["errors"][0]["message"] == "用户名或密码错误"


async def test_eleventh_failure_within_the_window_is_refused_even_with_the_right_password(
    api: Api,
) -> None:
    await api.user(Role.AGENT)
    for _ in range(10):
        data = await api.data(LOGIN, {"u": "agent-user", "p": "wrong-password"}, as_role=None)
        assert data["login"]["errors"][0]["code"] == "INVALID"
    data = await api.data(LOGIN, {"u": "agent-user", "p": TEST_PASSWORD}, as_role=None)
    assert data["login"]["token"] is None
    assert [e["code"] for e in data["login"]["errors"]] == ["THROTTLED"]


async def test_aliases_in_one_request_count_one_by_one(api: Api) -> None:
    await api.user(Role.AGENT)
    aliases = " ".join(
        f'a{i}: login(input: {{username: "agent-user", password: "bad-{i}-pass"}}) {{ errors {{ code }} }}'
        for i in range(12)
    )
    body = await api.gql(f"mutation {{ {aliases} }}", as_role=None)
    codes = [body["data"][f"a{i}"]["errors"][0]["code"] for i in range(12)]
    assert codes == ["INVALID"] * 10 + ["THROTTLED"] * 2
    assert await LoginFailure.filter(username="agent-user").count() == 10


async def test_throttling_per_client_covers_many_usernames(api: Api) -> None:
    for i in range(10):
        await api.data(LOGIN, {"u": f"guess{i}", "p": "wrong-password"}, as_role=None)
    await api.user(Role.AGENT)
    data = await api.data(LOGIN, {"u": "agent-user", "p": TEST_PASSWORD}, as_role=None)
    assert data["login"]["errors"][0]["code"] == "THROTTLED"


async def test_missing_or_bad_token_is_unauthenticated(api: Api) -> None:
    body = await api.gql(ME, as_role=None)
    assert body["data"] == {"me": None}
    assert body["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    response = await api.client.post("/graphql", json={"query": ME}, headers={"authorization": "Bearer junk"})
    assert response.json()["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


async def test_deactivated_user_token_stops_working(api: Api) -> None:
    user = await api.user(Role.AGENT)
    assert (await api.data(ME, as_role=Role.AGENT))["me"]["username"] == "agent-user"
    from server.auth.models import UserStatus

    user.status = UserStatus.INACTIVE
    await user.save()
    body = await api.gql(ME, as_role=Role.AGENT)
    assert body["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
