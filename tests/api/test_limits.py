"""Bounded requests and safe errors over HTTP (SPEC §4.2, §4.3, §5, §6).

Depth, aliases, tokens, page size, body size, GET and batching, response headers,
masking of unexpected errors, suggestions and introspection, scalar and enum input
errors, /healthz and the SPA fallback.
"""

from __future__ import annotations

import asyncio
import dataclasses
import json
import logging
import re
from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from graphql.language import Lexer, Source, TokenKind

import server.app
from server.auth import audit
from server.auth.models import AuditEntry, IdempotencyRecord, Role
from server.core.time import hotel_today
from server.customers import service as customer_service
from server.customers.models import Customer, CustomerKind, CustomerPhone
from server.settings import Settings, get_settings, reset_settings_cache
from server.stays.models import Stay
from tests.conftest import BACKEND, Api, QueryCounter
from tests.factories import make_customer, make_stay

MAX_BODY = 100 * 1024
REQUEST_ID = re.compile(r"^[0-9a-f]{32}$")
CREATE = """mutation($input: CreateCustomerInput!) {
  createCustomer(input: $input) { customer { id } errors { field code message } }
}"""
REGISTER = """mutation($input: RegisterGuestInput!) {
  registerGuest(input: $input) { created customer { id } errors { field code message } }
}"""


def chain(depth: int) -> str:
    """A valid query whose leaf field sits `depth` levels below the root field (depth 0)."""
    fields = ['customer(id: "1")'] + ["recentStays", "customer"] * depth
    selection = "id"
    for name in reversed(fields[:depth]):
        selection = f"{name} {{ {selection} }}"
    return "{ " + selection + " }"


def guest_input(**stay: Any) -> dict[str, Any]:
    today = hotel_today()
    return {
        "guest": {
            "name": "王芳",
            "phone": "13800138000",
            "idDocumentType": "PASSPORT",
            "idNumber": "E12345678",
        },
        "stay": {
            "arrival": today.isoformat(),
            "departure": (today + timedelta(days=1)).isoformat(),
            "roomType": "大床房",
            "nightlyRate": 58800,
            **stay,
        },
    }


async def nothing_written() -> None:
    assert await Customer.all().count() == 0
    assert await CustomerPhone.all().count() == 0
    assert await Stay.all().count() == 0
    assert await IdempotencyRecord.all().count() == 0
    assert await AuditEntry.filter(action__in=["customer.create", "stay.register_guest"]).count() == 0


def settings_with(**changes: Any) -> Settings:
    return dataclasses.replace(get_settings(), **changes)


@pytest.fixture
async def production(api: Api) -> AsyncIterator[httpx.AsyncClient]:
    """The same database served by an app built with production settings."""
    from server.app import create_app

    app = create_app(manage_database=False, settings=settings_with(env="production"))
    transport = httpx.ASGITransport(app=app, client=("203.0.113.8", 40001))
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
        yield client


async def bearer(api: Api, role: Role = Role.MANAGER) -> dict[str, str]:
    await api.user(role)
    return {"authorization": f"Bearer {api.tokens[role]}"}


# ---------------------------------------------------------------- depth, aliases, tokens


async def test_depth_ten_runs(api: Api) -> None:
    # Given a customer with a stay, so that every level resolves
    customer = await make_customer()
    stay = await make_stay(customer)
    query = chain(10).replace('"1"', f'"{customer.id}"')

    # When a query ten levels deep asks for it
    data = await api.data(query)

    # Then it runs to the bottom
    level = data["customer"]
    for name in (["recentStays", "customer"] * 5)[:9]:
        level = level[name][0] if name == "recentStays" else level[name]
    assert level == {"id": str(stay.id)}


async def test_depth_over_ten_is_rejected_before_any_resolver_runs(api: Api, count_queries: QueryCounter) -> None:
    # Given a customer with a stay that a resolver would read
    customer = await make_customer()
    await make_stay(customer)
    headers = await bearer(api)
    query = chain(11).replace('"1"', f'"{customer.id}"')
    count_queries.statements.clear()

    # When a query eleven levels deep is sent
    response = await api.client.post("/graphql", json={"query": query}, headers=headers)

    # Then it is refused as a whole, and the only statement sent was the token's user lookup
    body = response.json()
    assert body["data"] is None
    assert [e["message"] for e in body["errors"]] == ["'anonymous' exceeds maximum operation depth of 10"]
    assert len(count_queries.statements) == 1
    assert 'FROM "users"' in count_queries.statements[0]


async def test_depth_hidden_in_fragments_is_counted(api: Api, count_queries: QueryCounter) -> None:
    # Given a deep query split into named fragments
    headers = await bearer(api)
    fragments = """
      query Deep { customer(id: "1") { ...A } }
      fragment A on Customer { recentStays { customer { ...B } } }
      fragment B on Customer { recentStays { customer { ...C } } }
      fragment C on Customer { recentStays { customer { ...D } } }
      fragment D on Customer { recentStays { customer { ...E } } }
      fragment E on Customer { recentStays { customer { recentStays { id } } } }
    """
    count_queries.statements.clear()

    # When it is sent
    response = await api.client.post("/graphql", json={"query": fragments}, headers=headers)

    # Then the fragments count towards the depth and nothing runs
    assert response.json() == {
        "data": None,
        "errors": [
            {
                "message": "'Deep' exceeds maximum operation depth of 10",
                "locations": [{"line": 7, "column": 57}],
            }
        ],
    }
    assert not [s for s in count_queries.statements if 'FROM "users"' not in s]


async def test_fifteen_aliases_run(api: Api) -> None:
    aliases = " ".join(f"a{i}: me {{ username }}" for i in range(15))
    data = await api.data(f"{{ {aliases} }}", as_role=Role.AGENT)
    assert data == {f"a{i}": {"username": "agent-user"} for i in range(15)}


async def test_sixteen_aliases_are_rejected_and_nothing_is_written(api: Api) -> None:
    # Given sixteen aliased creates in one request
    creates = " ".join(
        f'c{i}: createCustomer(input: {{kind: INDIVIDUAL, name: "客户{i}"}}) {{ errors {{ code }} }}' for i in range(16)
    )

    # When it is sent
    body = await api.gql(f"mutation {{ {creates} }}")

    # Then the whole request is refused and no customer exists
    assert body == {"data": None, "errors": [{"message": "16 aliases found. Allowed: 15"}]}
    await nothing_written()


async def test_more_than_2000_tokens_are_rejected_and_nothing_is_written(api: Api) -> None:
    # Given a create whose selection repeats one field until the document has > 2000 tokens
    padding = " ".join(["id"] * 2000)
    query = (
        'mutation { createCustomer(input: {kind: INDIVIDUAL, name: "张伟"}) '
        f"{{ customer {{ {padding} }} errors {{ code }} }} }}"
    )

    # When it is sent
    body = await api.gql(query)

    # Then parsing stops: a syntax error names the limit, and nothing is written
    assert body["data"] is None
    assert [e["message"] for e in body["errors"]] == [
        "Syntax Error: Document contains more than 2000 tokens. Parsing aborted."
    ]
    await nothing_written()


def token_count(document: str) -> int:
    lexer = Lexer(Source(document))
    count = 0
    while lexer.advance().kind is not TokenKind.EOF:
        count += 1
    return count


async def test_a_document_of_2000_tokens_runs(api: Api) -> None:
    # Given a create with a long list of phones: five tokens each, up to 2000 in all
    def create(phones: int) -> str:
        listed = ", ".join('{number: "13800138000"}' for _ in range(phones))
        return (
            f'mutation {{ createCustomer(input: {{kind: INDIVIDUAL, name: "张伟", phones: [{listed}]}}) '
            "{ errors { field code message } } }"
        )

    phones = max(n for n in range(500) if token_count(create(n)) <= 2000)
    assert token_count(create(phones)) > 1995

    # When it is sent
    data = await api.data(create(phones))

    # Then it is parsed, validated and run: the service refuses that many phones
    assert data == {
        "createCustomer": {"errors": [{"field": ["phones"], "code": "INVALID", "message": "最多登记 10 个电话"}]}
    }
    await nothing_written()


# ---------------------------------------------------------------- page size


async def test_first_is_capped_at_100(api: Api) -> None:
    # Given 105 customers
    await Customer.bulk_create(
        [
            Customer(kind=CustomerKind.INDIVIDUAL, **customer_service.name_columns(f"客户{i:03d}", None))
            for i in range(105)
        ]
    )

    # When a page of 1000 is asked for
    data = await api.data(
        "{ customers(first: 1000) { totalCount edges { cursor } pageInfo { hasNextPage } } }",
        as_role=Role.AGENT,
    )

    # Then 100 come back and the rest is a next page
    page = data["customers"]
    assert len(page["edges"]) == 100
    assert page["totalCount"] == 105
    assert page["pageInfo"] == {"hasNextPage": True}


async def test_negative_first_is_an_error(api: Api) -> None:
    body = await api.gql("{ customers(first: -1) { totalCount } }", as_role=Role.AGENT)
    assert body == {
        "data": None,
        "errors": [
            {
                "message": "first 不能为负数",
                "locations": [{"line": 1, "column": 3}],
                "path": ["customers"],
                "extensions": {"code": "INVALID", "field": ["first"]},
            }
        ],
    }


# ---------------------------------------------------------------- body size, GET, batching


def create_body(size: int) -> bytes:
    """A createCustomer request of exactly `size` bytes (whitespace padding in the query)."""
    base = {"query": CREATE, "variables": {"input": {"kind": "INDIVIDUAL", "name": "张伟"}}}
    raw = json.dumps(base, ensure_ascii=False).encode()
    pad = size - len(raw)
    assert pad >= 0
    base["query"] = CREATE + " " * pad
    raw = json.dumps(base, ensure_ascii=False).encode()
    assert len(raw) == size
    return raw


async def test_a_body_of_exactly_100_kib_runs(api: Api) -> None:
    headers = {**await bearer(api), "content-type": "application/json"}
    response = await api.client.post("/graphql", content=create_body(MAX_BODY), headers=headers)
    assert response.status_code == 200
    assert response.json()["data"]["createCustomer"]["errors"] == []
    assert await Customer.all().count() == 1


async def test_a_body_over_100_kib_is_413_and_nothing_runs(api: Api, count_queries: QueryCounter) -> None:
    # Given a create one byte over the limit, with a valid token
    headers = {**await bearer(api), "content-type": "application/json"}
    count_queries.statements.clear()

    # When it is sent with its length declared
    response = await api.client.post("/graphql", content=create_body(MAX_BODY + 1), headers=headers)

    # Then it is refused before the app reads it: not even the token is looked up
    assert response.status_code == 413
    assert response.json() == {
        "errors": [{"message": "请求体过大 (request body too large)", "extensions": {"code": "PAYLOAD_TOO_LARGE"}}]
    }
    assert response.headers["cache-control"] == "no-store"
    assert REQUEST_ID.match(response.headers["x-request-id"])
    assert count_queries.statements == []
    await nothing_written()


async def test_a_chunked_body_over_100_kib_is_413_and_nothing_runs(api: Api, count_queries: QueryCounter) -> None:
    # Given a body streamed in chunks without a Content-Length
    headers = {**await bearer(api), "content-type": "application/json"}
    raw = create_body(MAX_BODY + 10_000)

    async def chunks() -> AsyncIterator[bytes]:
        for start in range(0, len(raw), 8192):
            yield raw[start : start + 8192]

    count_queries.statements.clear()

    # When it is sent
    response = await api.client.post("/graphql", content=chunks(), headers=headers)

    # Then the stream is cut off at the limit and nothing runs
    assert "content-length" not in {k.lower() for k in response.request.headers}
    assert response.status_code == 413
    assert response.json()["errors"][0]["extensions"] == {"code": "PAYLOAD_TOO_LARGE"}
    assert count_queries.statements == []
    await nothing_written()


async def test_get_with_a_query_does_not_execute(api: Api, count_queries: QueryCounter) -> None:
    # Given a mutation and a query in the URL, with a valid token
    headers = await bearer(api)
    mutation = 'mutation { createCustomer(input: {kind: INDIVIDUAL, name: "张伟"}) { errors { code } } }'
    count_queries.statements.clear()

    # When they are sent with GET
    responses = [
        await api.client.get("/graphql", params={"query": q}, headers={**headers, "accept": accept})
        for q in (mutation, "{ me { id } }")
        for accept in ("application/json", "text/html")
    ]

    # Then nothing runs (at most the token is looked up) and no data comes back
    for response in responses:
        assert response.status_code in (400, 404, 405), response.text
        assert '"data"' not in response.text
    assert [s for s in count_queries.statements if 'FROM "users"' not in s] == []
    await nothing_written()


async def test_development_serves_graphiql_on_get(api: Api) -> None:
    response = await api.client.get("/graphql", headers={"accept": "text/html"})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    assert "graphiql" in response.text.lower()


async def test_production_does_not_serve_graphiql(production: httpx.AsyncClient) -> None:
    for accept in ("text/html", "*/*"):
        response = await production.get("/graphql", headers={"accept": accept})
        assert response.status_code in (404, 405)
        assert "graphiql" not in response.text.lower()
    response = await production.get("/graphql", params={"query": "{ __typename }"})
    assert response.status_code in (400, 404, 405)
    assert '"data"' not in response.text


async def test_batching_is_refused_and_nothing_runs(api: Api) -> None:
    # Given two creates in a JSON array
    headers = await bearer(api)
    one = {"query": CREATE, "variables": {"input": {"kind": "INDIVIDUAL", "name": "张伟"}}}

    # When the array is posted
    response = await api.client.post("/graphql", json=[one, one], headers=headers)

    # Then it is refused and no customer exists
    assert response.status_code == 400
    assert "batch" in response.text.lower()
    await nothing_written()


@pytest.mark.parametrize(
    "content_type",
    ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", None],
)
async def test_only_json_posts_run_operations(api: Api, content_type: str | None) -> None:
    headers = await bearer(api)
    if content_type:
        headers["content-type"] = content_type
    body = json.dumps({"query": CREATE, "variables": {"input": {"kind": "INDIVIDUAL", "name": "张伟"}}})
    response = await api.client.post("/graphql", content=body, headers=headers)
    assert response.status_code in (400, 415)
    await nothing_written()


# ---------------------------------------------------------------- response headers


async def test_every_response_is_no_store_with_its_own_request_id(api: Api) -> None:
    responses = [
        await api.post("{ me { id } }", as_role=Role.AGENT),
        await api.post("{ me { idd } }", as_role=Role.AGENT),
        await api.client.post("/graphql", json=[{"query": "{ me { id } }"}]),
        await api.client.get("/graphql", headers={"accept": "text/html"}),
        await api.client.get("/healthz"),
        await api.client.get("/graphql/nothing-here"),
        await api.client.get("/some/client/route"),
    ]
    ids = []
    for response in responses:
        assert response.headers["cache-control"] == "no-store", response.request.url
        assert REQUEST_ID.match(response.headers["x-request-id"])
        ids.append(response.headers["x-request-id"])
    assert len(set(ids)) == len(ids)


# ---------------------------------------------------------------- masking


@pytest.fixture
def failing_lookup(monkeypatch: pytest.MonkeyPatch) -> None:
    async def broken(phone: str) -> Any:
        raise RuntimeError("secret detail")

    monkeypatch.setattr(customer_service, "caller_lookup", broken)


@pytest.mark.usefixtures("failing_lookup")
@pytest.mark.parametrize("env", ["development", "production"])
async def test_unexpected_error_is_masked_with_the_request_id(
    api: Api, env: str, caplog: pytest.LogCaptureFixture
) -> None:
    # Given a service that fails with an internal detail
    from server.app import create_app

    app = create_app(manage_database=False, settings=settings_with(env=env))
    headers = await bearer(api, Role.AGENT)

    # When a resolver calls it
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as client:
        with caplog.at_level(logging.ERROR, logger="hotel_crm.graphql"):
            response = await client.post(
                "/graphql",
                json={"query": '{ callerLookup(phone: "13800138000") { normalizedPhone } }'},
                headers=headers,
            )

    # Then the client sees a generic error with the request id of the response header
    assert response.status_code == 200
    request_id = response.headers["x-request-id"]
    assert response.json() == {
        "data": None,
        "errors": [
            {
                "message": f"服务器内部错误，请联系管理员并提供请求编号 {request_id} (internal server error)",
                "locations": [{"line": 1, "column": 3}],
                "path": ["callerLookup"],
                "extensions": {"code": "INTERNAL_SERVER_ERROR", "requestId": request_id},
            }
        ],
    }
    for leak in ("secret detail", "RuntimeError", "Traceback", ".py"):
        assert leak not in response.text
    # And the log has the detail, under the same request id
    logged = [r for r in caplog.records if r.name == "hotel_crm.graphql" and request_id in r.getMessage()]
    assert len(logged) == 1
    assert logged[0].exc_info is not None
    assert str(logged[0].exc_info[1]) == "secret detail"


async def test_validation_errors_are_not_masked(api: Api) -> None:
    body = await api.gql("{ me { idd } }", as_role=Role.AGENT)
    assert body == {
        "data": None,
        "errors": [{"message": "Cannot query field 'idd' on type 'User'.", "locations": [{"line": 1, "column": 8}]}],
    }


async def test_permission_errors_are_not_masked(api: Api) -> None:
    body = await api.gql(REGISTER, {"input": guest_input()}, as_role=Role.AGENT)
    assert body["data"] is None
    assert [(e["path"], e["extensions"]["code"]) for e in body["errors"]] == [(["registerGuest"], "FORBIDDEN")]
    await nothing_written()


async def test_an_operation_over_the_time_limit_is_cut_off_and_rolled_back(
    api: Api, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Given an app with a short time limit, and an audit write that hangs inside the transaction
    from server.app import create_app

    app = create_app(manage_database=False, settings=settings_with(operation_timeout_seconds=0.5))
    headers = await bearer(api)
    real_record = audit.record

    async def slow_record(*args: Any, **kwargs: Any) -> None:
        if args[1] == "customer.create":
            await asyncio.sleep(30)
        await real_record(*args, **kwargs)

    monkeypatch.setattr(audit, "record", slow_record)

    # When a create is sent
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as client:
        response = await client.post(
            "/graphql",
            json={"query": CREATE, "variables": {"input": {"kind": "INDIVIDUAL", "name": "张伟"}}},
            headers=headers,
        )

    # Then it is answered 503 TIMEOUT and the half-done transaction left nothing behind
    assert response.status_code == 503
    assert response.json()["errors"][0]["extensions"] == {"code": "TIMEOUT"}
    await nothing_written()
    # And the database still works afterwards
    monkeypatch.setattr(audit, "record", real_record)
    data = await api.data(CREATE, {"input": {"kind": "INDIVIDUAL", "name": "张伟"}})
    assert data["createCustomer"]["errors"] == []
    assert await Customer.all().count() == 1


# ---------------------------------------------------------------- suggestions and introspection

SUGGESTION_BAITS = [
    pytest.param("{ me { usernam } }", None, id="output-field"),
    pytest.param("{ mee { id } }", None, id="root-field"),
    pytest.param("{ customers(firs: 1) { totalCount } }", None, id="argument"),
    pytest.param("query($s: Strin) { customers(search: $s) { totalCount } }", None, id="type-name"),
    pytest.param("{ me { ... on Usr { id } } }", None, id="fragment-type"),
    pytest.param('{ possibleDuplicates(input: {nam: "x"}) { score } }', None, id="input-field-literal"),
    pytest.param(
        "query($i: DuplicateCheckInput!) { possibleDuplicates(input: $i) { score } }",
        {"i": {"nam": "x"}},
        id="input-field-variable",
    ),
    pytest.param(
        'mutation { createCustomer(input: {kind: INDIVIDUA, name: "x"}) { errors { code } } }',
        None,
        id="enum-literal",
    ),
    pytest.param(
        "mutation($i: CreateCustomerInput!) { createCustomer(input: $i) { errors { code } } }",
        {"i": {"kind": "individual", "name": "x"}},
        id="enum-variable",
    ),
]


@pytest.mark.parametrize(("query", "variables"), SUGGESTION_BAITS)
async def test_no_did_you_mean_suggestions(
    api: Api, production: httpx.AsyncClient, query: str, variables: dict[str, Any] | None
) -> None:
    # Given a near miss of a real name, in production where introspection is off
    headers = await bearer(api)

    # When it is sent
    response = await production.post("/graphql", json={"query": query, "variables": variables}, headers=headers)

    # Then it is refused without naming what exists
    body = response.json()
    assert body["data"] is None
    assert body["errors"], body
    for error in body["errors"]:
        assert "did you mean" not in error["message"].lower(), error["message"]
    await nothing_written()


async def test_introspection_works_in_development(api: Api) -> None:
    data = await api.data("{ __schema { queryType { name } mutationType { name } } }", as_role=None)
    assert data == {"__schema": {"queryType": {"name": "Query"}, "mutationType": {"name": "Mutation"}}}


@pytest.mark.parametrize(
    "query",
    [
        "{ __schema { queryType { name } } }",
        '{ __type(name: "Customer") { fields { name } } }',
        "{ me { id } __schema { types { name } } }",
    ],
)
async def test_introspection_is_refused_in_production(api: Api, production: httpx.AsyncClient, query: str) -> None:
    headers = await bearer(api, Role.ADMIN)
    response = await production.post("/graphql", json={"query": query}, headers=headers)
    body = response.json()
    assert body["data"] is None
    assert body["errors"]
    assert all("introspection has been disabled" in e["message"] for e in body["errors"])
    assert "Customer" not in json.dumps(body).replace('"Customer"', "")


async def test_typename_still_works_in_production(api: Api, production: httpx.AsyncClient) -> None:
    headers = await bearer(api, Role.AGENT)
    response = await production.post("/graphql", json={"query": "{ me { __typename username } }"}, headers=headers)
    assert response.json() == {"data": {"me": {"__typename": "User", "username": "agent-user"}}}


# ---------------------------------------------------------------- bad scalar and enum input


async def test_unknown_enum_value_is_a_clear_validation_error_and_writes_nothing(api: Api) -> None:
    literal = await api.gql('mutation { createCustomer(input: {kind: PERSON, name: "x"}) { errors { code } } }')
    variable = await api.gql(CREATE, {"input": {"kind": "PERSON", "name": "x"}})
    assert literal == {
        "data": None,
        "errors": [
            {
                "message": "Value 'PERSON' does not exist in 'CustomerKind' enum.",
                "locations": [{"line": 1, "column": 41}],
            }
        ],
    }
    assert variable == {
        "data": None,
        "errors": [
            {
                "message": "Variable '$input' has invalid value at .kind: "
                "Value 'PERSON' does not exist in 'CustomerKind' enum.",
                "locations": [{"line": 1, "column": 10}],
            }
        ],
    }
    await nothing_written()


@pytest.mark.parametrize(
    ("rate", "reason"),
    [
        (100.5, "fractions are rejected"),
        ("100", "integer amount of fen"),
        (True, "integer amount of fen"),
        (2**53, "out of range"),
    ],
)
async def test_bad_fen_in_variables_is_rejected_naming_fen_and_writes_nothing(
    api: Api, rate: object, reason: str
) -> None:
    body = await api.gql(REGISTER, {"input": guest_input(nightlyRate=rate)}, as_role=Role.FRONT_DESK)
    assert body["data"] is None
    [error] = body["errors"]
    assert error["message"].startswith("Variable '$input' has invalid value at .stay.nightlyRate: ")
    assert "Fen" in error["message"]
    assert reason in error["message"]
    assert "extensions" not in error or error["extensions"].get("code") != "INTERNAL_SERVER_ERROR"
    await nothing_written()


def register_literal(rate: str) -> str:
    today = hotel_today()
    return (
        'mutation { registerGuest(input: {guest: {name: "王芳", phone: "13800138000", '
        'idDocumentType: PASSPORT, idNumber: "E12345678"}, '
        f'stay: {{arrival: "{today.isoformat()}", departure: "{(today + timedelta(days=1)).isoformat()}", '
        f'roomType: "大床房", nightlyRate: {rate}}}}}) {{ created errors {{ code }} }} }}'
    )


@pytest.mark.parametrize(
    ("rate", "reason"),
    [
        ("100.5", "fractions are rejected"),
        ('"100"', "number literal"),
        (str(2**53), "out of range"),
    ],
)
async def test_bad_fen_literal_is_a_validation_error_naming_fen_and_writes_nothing(
    api: Api, rate: str, reason: str
) -> None:
    body = await api.gql(register_literal(rate), as_role=Role.FRONT_DESK)
    assert body["data"] is None
    [error] = body["errors"]
    assert error.get("extensions", {}).get("code") != "INTERNAL_SERVER_ERROR", error
    assert "Fen" in error["message"]
    assert reason in error["message"]
    await nothing_written()


async def test_a_whole_fen_amount_is_accepted(api: Api) -> None:
    body = await api.gql(register_literal("58800"), as_role=Role.FRONT_DESK)
    assert body == {"data": {"registerGuest": {"created": True, "errors": []}}}


# ---------------------------------------------------------------- /healthz and the SPA


async def test_healthz_reports_the_database(api: Api) -> None:
    response = await api.client.get("/healthz")
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    assert response.json() == {
        "status": "ok",
        "database": {"status": "ok", "dialect": "postgres" if BACKEND == "postgres" else "sqlite"},
        "broker": {"kind": "in-process", "status": "ok"},
    }


async def test_healthz_reports_an_unreachable_redis_as_degraded(api: Api, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOTEL_CRM_REDIS_URL", "redis://127.0.0.1:1/0")
    reset_settings_cache()
    response = await api.client.get("/healthz")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "degraded"
    assert body["broker"]["kind"] == "redis"
    assert body["broker"]["status"] == "unavailable"


@pytest.fixture
def web_dist(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A built SPA in a temporary folder, with a secret file beside it."""
    dist = tmp_path / "web_dist"
    (dist / "assets").mkdir(parents=True)
    (dist / "index.html").write_text("<!doctype html><title>酒店客户管理</title><div id=root></div>")
    (dist / "assets" / "app-1a2b3c.js").write_text("console.log('app')")
    (tmp_path / "secret.txt").write_text("do not serve me")
    monkeypatch.setattr(server.app, "WEB_DIST", dist)
    return dist


@pytest.mark.usefixtures("web_dist")
@pytest.mark.parametrize("path", ["/", "/customers/42", "/registration", "/deep/client/route?tab=stays"])
async def test_the_spa_and_its_client_routes_get_index_html(api: Api, path: str) -> None:
    response = await api.client.get(path)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    assert "酒店客户管理" in response.text
    assert response.headers["cache-control"] == "no-store"
    assert response.headers["x-frame-options"] == "DENY"
    assert "frame-ancestors 'none'" in response.headers["content-security-policy"]


@pytest.mark.usefixtures("web_dist")
async def test_built_assets_are_served_and_cached(api: Api) -> None:
    response = await api.client.get("/assets/app-1a2b3c.js")
    assert response.status_code == 200
    assert response.text == "console.log('app')"
    assert response.headers["cache-control"] == "public, max-age=31536000, immutable"


@pytest.mark.usefixtures("web_dist")
@pytest.mark.parametrize("path", ["/..%2fsecret.txt", "/assets/..%2f..%2fsecret.txt", "/%2e%2e/secret.txt"])
async def test_files_outside_the_build_are_not_served(api: Api, path: str) -> None:
    response = await api.client.get(path)
    assert "do not serve me" not in response.text


async def test_without_a_build_the_spa_says_so(api: Api, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(server.app, "WEB_DIST", tmp_path / "missing")
    response = await api.client.get("/customers/42")
    assert response.status_code == 503
    assert response.headers["content-type"].startswith("text/plain")
    assert "not built" in response.text


@pytest.mark.usefixtures("web_dist")
@pytest.mark.parametrize("path", ["/graphql/anything", "/graphql/", "/healthz/deep", "/cti/unknown"])
async def test_unknown_api_paths_are_404_not_the_spa(api: Api, path: str) -> None:
    response = await api.client.get(path)
    assert response.status_code == 404
    assert "酒店客户管理" not in response.text
    assert response.json() == {"error": "not found"}


@pytest.mark.usefixtures("web_dist")
async def test_a_missing_bundle_file_is_404_not_the_app_html(api: Api) -> None:
    response = await api.client.get("/assets/app-missing.js")
    assert response.status_code == 404
    assert "酒店客户管理" not in response.text
