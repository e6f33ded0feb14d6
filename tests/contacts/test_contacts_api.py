"""Contacts over HTTP: create, update, archive, primary, validation, permissions, caller lookup, statement counts."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from server.auth.models import AuditEntry, Role
from server.contacts.models import Contact, ContactPhone
from server.customers.models import CustomerKind
from tests.conftest import Api, QueryCounter
from tests.factories import make_customer

CONTACT = "id name title email birthday isPrimary notes archivedAt version phones { number label } customer { id }"
ERRORS = "errors { field code message }"
CREATE = (
    f"mutation($input: CreateContactInput!) {{ createContact(input: $input) {{ contact {{ {CONTACT} }} {ERRORS} }} }}"
)
UPDATE = (
    f"mutation($input: UpdateContactInput!) {{ updateContact(input: $input) {{ contact {{ {CONTACT} }} {ERRORS} }} }}"
)
ARCHIVE = (
    f"mutation($input: ContactIdInput!) {{ archiveContact(input: $input) {{ contact {{ {CONTACT} }} {ERRORS} }} }}"
)
PRIMARY = (
    f"mutation($input: ContactIdInput!) {{ setPrimaryContact(input: $input) {{ contact {{ {CONTACT} }} {ERRORS} }} }}"
)
CARD = "query($id: ID!) { customer(id: $id) { id contacts { id name title isPrimary phones { number } } } }"
LOOKUP = """query($p: String!) { callerLookup(phone: $p) { normalizedPhone matches { id name }
  matchedContacts { id name customer { id } } } }"""


async def corporate(name: str = "华为技术有限公司", phones: list[str] | None = None) -> int:
    customer = await make_customer(kind=CustomerKind.CORPORATE, name=name, phones=phones or [])
    return customer.id


async def create(api: Api, as_role: Role = Role.SALES, **input: Any) -> dict[str, Any]:
    data = await api.data(CREATE, {"input": input}, as_role=as_role)
    result: dict[str, Any] = data["createContact"]
    return result


async def test_create_contact_normalises_phones_and_first_is_primary(api: Api, today: list[date]) -> None:
    cid = await corporate()
    first = await create(
        api,
        customerId=str(cid),
        name=" 李娜 ",
        title="行政经理",
        phones=[{"number": "138-0013-8000", "label": "手机"}, {"number": "+86 138 0013 8000"}],
        email="Li.Na@Example.com",
        birthday="1985-02-28",
    )
    assert first["errors"] == []
    contact = first["contact"]
    assert contact["name"] == "李娜"
    assert contact["isPrimary"] is True
    assert contact["email"] == "li.na@example.com"
    assert contact["phones"] == [{"number": "+8613800138000", "label": "手机"}]
    second = await create(api, customerId=str(cid), name="王强")
    assert second["contact"]["isPrimary"] is False
    third = await create(api, customerId=str(cid), name="赵敏", isPrimary=True)
    assert third["contact"]["isPrimary"] is True
    card = await api.data(CARD, {"id": str(cid)}, as_role=Role.AGENT)
    assert [(c["name"], c["isPrimary"]) for c in card["customer"]["contacts"]] == [
        ("赵敏", True),
        ("李娜", False),
        ("王强", False),
    ]
    assert await AuditEntry.filter(action="contact.create").count() == 3


async def test_create_contact_reports_every_bad_field_and_writes_nothing(api: Api, today: list[date]) -> None:
    cid = await corporate()
    result = await create(
        api,
        customerId=str(cid),
        name="  ",
        phones=[{"number": "12"}, {"number": "13800138000"}, {"number": "abc"}],
        email="not-an-email",
        birthday="2027-01-01",
    )
    assert result["contact"] is None
    assert sorted((tuple(e["field"]), e["code"]) for e in result["errors"]) == [
        (("birthday",), "INVALID"),
        (("email",), "INVALID"),
        (("name",), "REQUIRED"),
        (("phones", "0", "number"), "INVALID"),
        (("phones", "2", "number"), "INVALID"),
    ]
    assert await Contact.all().count() == 0
    assert await ContactPhone.all().count() == 0


async def test_create_contact_for_unknown_customer(api: Api, today: list[date]) -> None:
    result = await create(api, customerId="999999", name="李娜")
    assert result["errors"] == [{"field": ["customerId"], "code": "NOT_FOUND", "message": "客户 999999 不存在"}]


async def test_update_contact_with_version_and_conflict(api: Api, today: list[date]) -> None:
    cid = await corporate()
    contact = (await create(api, customerId=str(cid), name="李娜", title="经理", phones=[{"number": "13800138000"}]))[
        "contact"
    ]
    done = (
        await api.data(
            UPDATE,
            {
                "input": {
                    "id": contact["id"],
                    "expectedVersion": 1,
                    "title": None,
                    "phones": [{"number": "13900139000"}],
                }
            },
            as_role=Role.MANAGER,
        )
    )["updateContact"]
    assert done["errors"] == []
    assert done["contact"]["title"] is None
    assert done["contact"]["name"] == "李娜"
    assert done["contact"]["phones"] == [{"number": "+8613900139000", "label": None}]
    assert done["contact"]["version"] == 2
    stale = (
        await api.data(
            UPDATE, {"input": {"id": contact["id"], "expectedVersion": 1, "name": "别人"}}, as_role=Role.SALES
        )
    )["updateContact"]
    assert stale["contact"] is None
    assert [e["code"] for e in stale["errors"]] == ["CONFLICT"]
    assert (await Contact.get(id=int(contact["id"]))).name == "李娜"


async def test_archive_and_primary(api: Api, today: list[date]) -> None:
    cid = await corporate()
    a = (await create(api, customerId=str(cid), name="李娜"))["contact"]
    b = (await create(api, customerId=str(cid), name="王强"))["contact"]
    moved = (await api.data(PRIMARY, {"input": {"id": b["id"]}}, as_role=Role.SALES))["setPrimaryContact"]
    assert moved["contact"]["isPrimary"] is True
    assert (await Contact.get(id=int(a["id"]))).is_primary is False
    gone = (await api.data(ARCHIVE, {"input": {"id": b["id"]}}, as_role=Role.SALES))["archiveContact"]
    assert gone["errors"] == []
    assert gone["contact"]["archivedAt"] is not None
    assert gone["contact"]["isPrimary"] is False
    again = (await api.data(ARCHIVE, {"input": {"id": b["id"]}}, as_role=Role.SALES))["archiveContact"]
    assert [e["code"] for e in again["errors"]] == ["INVALID_STATE"]
    card = await api.data(CARD, {"id": str(cid)}, as_role=Role.SALES)
    assert [c["name"] for c in card["customer"]["contacts"]] == ["李娜"]
    assert await Contact.filter(id=int(b["id"])).exists()  # never deleted


@pytest.mark.parametrize("role", [Role.AGENT, Role.FRONT_DESK, Role.ADMIN])
async def test_only_sales_and_managers_change_contacts(api: Api, today: list[date], role: Role) -> None:
    cid = await corporate()
    body = await api.gql(CREATE, {"input": {"customerId": str(cid), "name": "李娜"}}, as_role=role)
    assert body["data"] is None
    assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    assert await Contact.all().count() == 0
    existing = (await create(api, customerId=str(cid), name="王强"))["contact"]
    for document, input in (
        (UPDATE, {"id": existing["id"], "expectedVersion": 1, "name": "X"}),
        (ARCHIVE, {"id": existing["id"]}),
        (PRIMARY, {"id": existing["id"]}),
    ):
        body = await api.gql(document, {"input": input}, as_role=role)
        assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    after = await Contact.get(id=int(existing["id"]))
    assert (after.name, after.version, after.archived_at) == ("王强", 1, None)


async def test_caller_lookup_finds_the_account_by_a_contacts_phone(api: Api, today: list[date]) -> None:
    account = await corporate(name="华为技术有限公司")
    owner = await make_customer(name="张伟", phones=["13800138000"])
    contact = (await create(api, customerId=str(account), name="李娜", phones=[{"number": "13800138000"}]))["contact"]
    data = await api.data(LOOKUP, {"p": "+86 138-0013-8000"}, as_role=Role.AGENT)
    lookup = data["callerLookup"]
    assert [m["id"] for m in lookup["matches"]] == [str(owner.id), str(account)]
    assert lookup["matchedContacts"] == [{"id": contact["id"], "name": "李娜", "customer": {"id": str(account)}}]
    await api.data(ARCHIVE, {"input": {"id": contact["id"]}}, as_role=Role.SALES)
    lookup = (await api.data(LOOKUP, {"p": "13800138000"}, as_role=Role.AGENT))["callerLookup"]
    assert [m["id"] for m in lookup["matches"]] == [str(owner.id)]
    assert lookup["matchedContacts"] == []


async def test_customer_contacts_statement_count_does_not_grow(
    api: Api, today: list[date], count_queries: QueryCounter
) -> None:
    ids = [await corporate(name=f"公司{i}") for i in range(2)]
    await create(api, customerId=str(ids[0]), name="甲", phones=[{"number": "13800000001"}])
    for i in range(6):
        await create(api, customerId=str(ids[1]), name=f"乙{i}", phones=[{"number": f"1380000010{i}"}])
    query = "query { customers(first: 10) { edges { node { id contacts { id phones { number } } } } } }"
    await api.user(Role.AGENT)
    count_queries.statements.clear()
    data = await api.data(query, as_role=Role.AGENT)
    assert sum(len(e["node"]["contacts"]) for e in data["customers"]["edges"]) == 7
    many = len(count_queries.statements)
    assert many <= 8, count_queries.statements
