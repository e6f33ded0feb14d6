"""Partners read memberStatus and nothing else (SPEC §5): every other field, mutation and introspection is FORBIDDEN."""

from __future__ import annotations

import asyncio
import json
import re
from typing import Any

import pytest
import websockets
from graphql import (
    GraphQLEnumType,
    GraphQLField,
    GraphQLInputObjectType,
    GraphQLInputType,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLScalarType,
    get_named_type,
)
from strawberry.schema.config import StrawberryConfig

from schema import HotelSchema, Mutation, Query, schema
from schema.context import Context
from schema.loaders import Loaders
from schema.scalars import SCALAR_MAP
from server.app import create_app
from server.auth.models import AuditEntry, Role
from server.membership.models import CardStatus, MemberTier
from server.partners.service import PartnerPrincipal, flush_partner_audit
from tests.conftest import Api
from tests.factories import make_customer, resident_id
from tests.interactions.support import PROTOCOL, GqlSocket, live_server
from tests.partners.support import BAD_CHECK_DIGIT, MEMBER_STATUS, issue_key, make_card, partner_headers

SCALARS: dict[str, Any] = {
    "String": "8860000000000018",
    "ID": "1",
    "Int": 1,
    "Float": 1.0,
    "Boolean": True,
    "Date": "2026-01-01",
    "DateTime": "2026-01-01T08:00:00+08:00",
    "Fen": 100,
}
CHINESE_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}")
PHONE = re.compile(r"\+86|(?<!\d)1[3-9]\d{9}(?!\d)")
ID_NUMBER = re.compile(r"(?<!\d)\d{17}[\dXx](?!\d)|\d{6}\*+\d{3}[\dXx]")


def dummy(type_: GraphQLInputType) -> Any:
    """A value of this input type with every required field filled in."""
    if isinstance(type_, GraphQLNonNull):
        return dummy(type_.of_type)
    if isinstance(type_, GraphQLList):
        return [dummy(type_.of_type)]
    if isinstance(type_, GraphQLEnumType):
        return next(iter(type_.values))
    if isinstance(type_, GraphQLInputObjectType):
        return {name: dummy(f.type) for name, f in type_.fields.items() if isinstance(f.type, GraphQLNonNull)}
    assert isinstance(type_, GraphQLScalarType)
    return SCALARS[type_.name]


def operation(kind: str, name: str, field: GraphQLField) -> tuple[str, dict[str, Any]]:
    """`query($a: T!) { name(a: $a) { __typename } }` with dummy values for every argument."""
    declared = ", ".join(f"${a}: {arg.type}" for a, arg in field.args.items())
    passed = ", ".join(f"{a}: ${a}" for a in field.args)
    selection = " { __typename }" if isinstance(get_named_type(field.type), GraphQLObjectType) else ""
    text = f"{kind}{f'({declared})' if declared else ''} {{ {name}{f'({passed})' if passed else ''}{selection} }}"
    return text, {a: dummy(arg.type) for a, arg in field.args.items()}


def root_operations() -> list[tuple[str, str, dict[str, Any]]]:
    gql = schema._schema
    found = []
    for kind, root in (("query", gql.query_type), ("mutation", gql.mutation_type)):
        assert root is not None
        for name, field in root.fields.items():
            if name != "memberStatus":
                text, variables = operation(kind, name, field)
                found.append((f"{kind}.{name}", text, variables))
    return found


OPERATIONS = root_operations()


@pytest.fixture
async def world(api: Api) -> dict[str, Any]:
    """Customers with names, phones and ID numbers a leak would show; a partner's key."""
    for name in ("张伟", "李娜"):
        await make_customer(
            name=name,
            phones=["13800138000" if name == "张伟" else "+86 139 1234 5678"],
            id_document_type="RESIDENT_ID",
            id_number=resident_id(),
        )
    card = await make_card()
    issued = await issue_key(rate_limit=100_000)
    await api.user(Role.MANAGER)
    return {"card": card, "key": issued.key, "prefix": issued.record.prefix}


def assert_no_personal_data(text: str) -> None:
    assert not CHINESE_NAME.search(text.split("合作方只能查询")[0] + text.split("memberStatus")[-1][40:]), text
    assert not PHONE.search(text), text
    assert not ID_NUMBER.search(text), text


def test_the_walk_covers_every_root_field() -> None:
    gql = schema._schema
    assert gql.query_type is not None
    assert gql.mutation_type is not None
    assert len(OPERATIONS) == len(gql.query_type.fields) - 1 + len(gql.mutation_type.fields)
    assert len(OPERATIONS) > 40


async def test_every_field_but_member_status_is_forbidden_to_a_partner(api: Api, world: dict[str, Any]) -> None:
    for name, text, variables in OPERATIONS:
        response = await api.client.post(
            "/graphql", json={"query": text, "variables": variables}, headers=partner_headers(world["key"])
        )
        assert response.status_code == 200, (name, response.text)
        body = response.json()
        assert body.get("data") is None, (name, body)
        assert [e["extensions"]["code"] for e in body["errors"]] == ["FORBIDDEN"], (name, body)
        assert_no_personal_data(response.text.replace("合作方只能查询 memberStatus", ""))
    refused = await AuditEntry.filter(action="partner.forbidden").count()
    assert refused == len(OPERATIONS)


async def test_the_permission_classes_refuse_a_partner_on_their_own(api: Api, world: dict[str, Any]) -> None:
    """Without the isolation extension, every root field still answers FORBIDDEN (not UNAUTHENTICATED)."""
    bare = HotelSchema(query=Query, mutation=Mutation, config=StrawberryConfig(scalar_map=SCALAR_MAP))
    principal = PartnerPrincipal(
        key_id=1, partner="Air", prefix=world["prefix"], scopes=("membership:read",), rate_limit_per_minute=60
    )
    for name, text, variables in OPERATIONS:
        context = Context(
            request=None, user=None, client_address="203.0.113.7", request_id="t", loaders=Loaders(), partner=principal
        )
        result = await bare.execute(text, variable_values=variables, context_value=context)
        assert result.errors, name
        assert [e.extensions["code"] for e in result.errors if e.extensions] == ["FORBIDDEN"], (name, result.errors)
        assert not result.data or all(v is None for v in result.data.values()), (name, result.data)
        assert_no_personal_data(json.dumps(result.data, ensure_ascii=False))


@pytest.mark.parametrize(
    "query",
    [
        "{ __schema { types { name fields { name } } } }",
        '{ __type(name: "Customer") { fields { name } } }',
        '{ memberStatus(cardNumber: "1") { tier } __schema { queryType { name } } }',
        "{ ...F } fragment F on Query { __schema { queryType { name } } }",
        "{ ... on Query { me { id } } }",
        '{ memberStatus(cardNumber: "1") { tier } customers { totalCount } }',
        'subscription { incomingCalls(extension: "8001") { phone } }',
        'query A { me { id } } query B { memberStatus(cardNumber: "1") { tier } }',
        "{ nosuchfield }",
    ],
)
async def test_introspection_and_everything_beside_member_status_is_refused(
    api: Api, world: dict[str, Any], query: str
) -> None:
    response = await api.client.post("/graphql", json={"query": query}, headers=partner_headers(world["key"]))
    body = response.json()
    assert body.get("data") is None, body
    assert [e["extensions"]["code"] for e in body["errors"]] == ["FORBIDDEN"]
    assert "Customer" not in response.text
    assert "Query" not in response.text


async def test_typename_is_harmless(api: Api, world: dict[str, Any]) -> None:
    response = await api.client.post(
        "/graphql", json={"query": "{ __typename }"}, headers=partner_headers(world["key"])
    )
    assert response.json() == {"data": {"__typename": "Query"}}


async def test_member_status_gives_the_four_fields_of_an_active_card_and_audits_the_last_four_digits(
    api: Api, world: dict[str, Any]
) -> None:
    card = world["card"]
    spaced = " ".join(card.card_number[i : i + 4] for i in range(0, 16, 4))
    response = await api.client.post(
        "/graphql",
        json={
            "query": "query($n: String!) { memberStatus(cardNumber: $n) "
            "{ cardNumber tier status validUntil __typename } }",
            "variables": {"n": spaced},
        },
        headers=partner_headers(world["key"]),
    )
    assert response.json() == {
        "data": {
            "memberStatus": {
                "cardNumber": card.card_number,
                "tier": "GOLD",
                "status": "ACTIVE",
                "validUntil": "2027-06-30",
                "__typename": "MemberStatus",
            }
        }
    }
    await flush_partner_audit()
    [row] = await AuditEntry.filter(action="partner.member_status").values()
    assert row["actor_label"] == f"partner:东方航空 China Eastern ({world['prefix']})"
    assert row["actor_id"] is None
    assert row["target_id"] == "…" + card.card_number[-4:]
    assert row["outcome"] == "FOUND"
    assert row["client_address"] == "203.0.113.7"
    assert card.card_number not in json.dumps(row, default=str)


async def test_a_lost_card_shows_lost_and_other_states_as_they_are(api: Api, world: dict[str, Any]) -> None:
    for status in (CardStatus.LOST, CardStatus.REPLACED, CardStatus.EXPIRED, CardStatus.CANCELLED):
        card = await make_card(status=status, tier=MemberTier.PLATINUM)
        response = await api.client.post(
            "/graphql",
            json={"query": MEMBER_STATUS, "variables": {"n": card.card_number}},
            headers=partner_headers(world["key"]),
        )
        assert response.json()["data"]["memberStatus"]["status"] == status.value
        assert response.json()["data"]["memberStatus"]["tier"] == "PLATINUM"


async def test_unknown_opted_out_malformed_and_bad_check_digit_cards_all_look_the_same(
    api: Api, world: dict[str, Any]
) -> None:
    hidden = await make_card(share=False)
    answers = []
    for number in [
        hidden.card_number,
        "8860000000999990",
        BAD_CHECK_DIGIT,
        "12345",
        "'; DROP TABLE membership_cards; --",
        "",
    ]:
        response = await api.client.post(
            "/graphql", json={"query": MEMBER_STATUS, "variables": {"n": number}}, headers=partner_headers(world["key"])
        )
        answers.append((response.status_code, response.content))
    assert set(answers) == {(200, b'{"data":{"memberStatus":null}}')}
    await flush_partner_audit()
    outcomes = await AuditEntry.filter(action="partner.member_status").values_list("outcome", flat=True)
    assert outcomes == ["NOT_FOUND"] * 6


async def test_staff_may_read_member_status_too(api: Api, world: dict[str, Any]) -> None:
    data = await api.data(MEMBER_STATUS, {"n": world["card"].card_number}, as_role=Role.AGENT)
    assert data["memberStatus"]["tier"] == "GOLD"
    body = await api.gql(MEMBER_STATUS, {"n": world["card"].card_number}, as_role=Role.ADMIN)
    assert [e["extensions"]["code"] for e in body["errors"]] == ["FORBIDDEN"]
    body = await api.gql(MEMBER_STATUS, {"n": world["card"].card_number}, as_role=None)
    assert [e["extensions"]["code"] for e in body["errors"]] == ["UNAUTHENTICATED"]


async def test_member_status_is_two_statements_and_its_audit_row_before_the_answer(
    api: Api, world: dict[str, Any], count_queries
) -> None:  # type: ignore[no-untyped-def]
    await api.client.post(
        "/graphql", json={"query": MEMBER_STATUS, "variables": {"n": "x"}}, headers=partner_headers(world["key"])
    )
    count_queries.statements.clear()
    response = await api.client.post(
        "/graphql",
        json={"query": MEMBER_STATUS, "variables": {"n": world["card"].card_number}},
        headers=partner_headers(world["key"]),
    )
    assert response.json()["data"]["memberStatus"] is not None
    # Key, card, and the audit row — written before the answer left.
    assert [s.split()[0].upper() for s in count_queries.statements] == ["SELECT", "SELECT", "INSERT"]


async def test_concurrent_partner_queries_share_audit_commits_and_none_is_lost(api: Api, world: dict[str, Any]) -> None:
    before = await AuditEntry.filter(action="partner.member_status").count()
    responses = await asyncio.gather(
        *(
            api.client.post(
                "/graphql",
                json={"query": MEMBER_STATUS, "variables": {"n": world["card"].card_number}},
                headers=partner_headers(world["key"]),
            )
            for _ in range(20)
        )
    )
    assert all(r.json()["data"]["memberStatus"] is not None for r in responses)
    # Every answer waited for its row: all 20 are there without a flush.
    assert await AuditEntry.filter(action="partner.member_status").count() == before + 20


@pytest.mark.parametrize("where", ["upgrade-header", "connection-init"])
async def test_a_partner_cannot_open_the_websocket(api: Api, world: dict[str, Any], where: str) -> None:
    app = create_app(manage_database=False)
    headers = partner_headers(world["key"]) if where == "upgrade-header" else None
    payload = {"x-api-key": world["key"]} if where == "connection-init" else {}
    async with (
        live_server(app) as host,
        websockets.connect(f"ws://{host}/graphql", subprotocols=[PROTOCOL], additional_headers=headers) as raw,  # type: ignore[list-item]
    ):
        ws = GqlSocket(raw)
        await ws.send({"type": "connection_init", "payload": payload})
        assert await ws.closed_with() in (4401, 4403)
