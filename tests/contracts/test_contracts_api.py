"""Contracts over HTTP: validation, every legal and illegal move, renewal, expiry, lists, permissions, rates."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from typing import Any

import pytest

from server.auth.actor import Actor
from server.auth.models import AuditEntry, Role
from server.contracts import service
from server.contracts.models import Contract, ContractRate, ContractStatus
from server.customers.models import CustomerKind
from tests.conftest import Api, QueryCounter
from tests.factories import make_customer

C = """id number kind status startDate endDate discountPercent creditLimit paymentTerms notes terminatedReason
version rates { roomType rate } customer { id name } renews { id number status }"""
E = "errors { field code message }"
CREATE = f"mutation($input: CreateContractInput!) {{ createContract(input: $input) {{ contract {{ {C} }} {E} }} }}"
UPDATE = f"mutation($input: UpdateContractInput!) {{ updateContract(input: $input) {{ contract {{ {C} }} {E} }} }}"
ACTIVATE = f"mutation($input: ContractMoveInput!) {{ activateContract(input: $input) {{ contract {{ {C} }} {E} }} }}"
TERMINATE = (
    f"mutation($input: TerminateContractInput!) {{ terminateContract(input: $input) {{ contract {{ {C} }} {E} }} }}"
)
RENEW = f"""mutation($input: RenewContractInput!) {{ renewContract(input: $input) {{ contract {{ {C} }}
  previous {{ id status version }} {E} }} }}"""
EXPIRING = "query($n: Int!) { expiringContracts(withinDays: $n) { number endDate status } }"


async def account(name: str = "华为技术有限公司") -> str:
    return str((await make_customer(kind=CustomerKind.CORPORATE, name=name, phones=[])).id)


async def call(api: Api, document: str, as_role: Role = Role.SALES, **input: Any) -> dict[str, Any]:
    data = await api.data(document, {"input": input}, as_role=as_role)
    result: dict[str, Any] = next(iter(data.values()))
    return result


async def new_contract(api: Api, customer_id: str, number: str = "HT-2026-001", **extra: Any) -> dict[str, Any]:
    input: dict[str, Any] = {
        "customerId": customer_id,
        "number": number,
        "kind": "公司协议",
        "startDate": "2026-01-01",
        "endDate": "2026-12-31",
        "discountPercent": 12.5,
        "rates": [{"roomType": "大床房", "rate": 48800}, {"roomType": "双床房", "rate": 52800}],
        "creditLimit": 5000000,
        "paymentTerms": "月结 30 天",
    }
    input.update(extra)
    result = await call(api, CREATE, **input)
    assert result["errors"] == [], result["errors"]
    contract: dict[str, Any] = result["contract"]
    return contract


async def test_create_contract_stores_exact_discount_and_rates(api: Api, today: list[date]) -> None:
    cid = await account()
    contract = await new_contract(api, cid, number=" ht-2026-001 ")
    assert contract["number"] == "HT-2026-001"
    assert contract["status"] == "DRAFT"
    assert contract["discountPercent"] == 12.5
    assert (await Contract.get(id=int(contract["id"]))).discount_bp == 1250
    assert contract["rates"] == [{"roomType": "双床房", "rate": 52800}, {"roomType": "大床房", "rate": 48800}]
    assert contract["creditLimit"] == 5000000
    assert await AuditEntry.filter(action="contract.create", target_id=contract["id"]).count() == 1
    card = await api.data(
        "query($id: ID!) { customer(id: $id) { contracts { number status endDate } } }", {"id": cid}, as_role=Role.AGENT
    )
    assert card["customer"]["contracts"] == [{"number": "HT-2026-001", "status": "DRAFT", "endDate": "2026-12-31"}]


async def test_create_contract_validation_reports_every_field_and_writes_nothing(api: Api, today: list[date]) -> None:
    cid = await account()
    result = await call(
        api,
        CREATE,
        customerId=cid,
        number=" ",
        startDate="2026-12-31",
        endDate="2026-01-01",
        discountPercent=12.345,
        rates=[{"roomType": "大床房", "rate": 0}, {"roomType": "大床房", "rate": 100}, {"roomType": "", "rate": 1}],
    )
    assert result["contract"] is None
    assert sorted((tuple(e["field"]), e["code"]) for e in result["errors"]) == [
        (("discountPercent",), "INVALID"),
        (("endDate",), "INVALID"),  # reported with the others, not after them
        (("number",), "REQUIRED"),
        (("rates", "0", "rate"), "INVALID"),
        (("rates", "1", "roomType"), "DUPLICATE"),
        (("rates", "2", "roomType"), "REQUIRED"),
    ]
    dates = await call(api, CREATE, customerId=cid, number="X", startDate="2026-05-01", endDate="2026-04-30")
    assert dates["errors"] == [{"field": ["endDate"], "code": "INVALID", "message": "结束日期不能早于开始日期"}]
    for bad in (-1, 100.01):
        out = await call(api, CREATE, customerId=cid, number="X", startDate="2026-05-01", endDate="2026-05-01",
                         discountPercent=bad)  # fmt: skip
        assert [e["field"] for e in out["errors"]] == [["discountPercent"]]
    assert await Contract.all().count() == 0
    assert await ContractRate.all().count() == 0


async def test_duplicate_number(api: Api, today: list[date]) -> None:
    cid = await account()
    await new_contract(api, cid, number="HT-1")
    result = await call(api, CREATE, customerId=cid, number="ht-1", startDate="2026-01-01", endDate="2026-02-01")
    assert result["errors"] == [{"field": ["number"], "code": "DUPLICATE", "message": "合同编号 HT-1 已存在"}]
    assert await Contract.all().count() == 1


async def test_every_move(api: Api, today: list[date]) -> None:
    cid = await account()
    c = await new_contract(api, cid)
    cid_ = c["id"]
    # DRAFT: terminate and renew are refused
    for document, extra in ((TERMINATE, {"reason": "x"}), (RENEW, {"number": "N2", "endDate": "2027-12-31"})):
        refused = await call(api, document, id=cid_, **extra)
        assert [e["code"] for e in refused["errors"]] == ["INVALID_STATE"]
    active = await call(api, ACTIVATE, id=cid_, expectedVersion=1)
    assert active["errors"] == []
    assert active["contract"]["status"] == "ACTIVE"
    assert active["contract"]["version"] == 2
    again = await call(api, ACTIVATE, id=cid_)
    assert again["errors"][0]["code"] == "INVALID_STATE"
    assert "生效（ACTIVE）" in again["errors"][0]["message"]
    # ACTIVE: only credit limit, terms and notes may change
    locked = await call(api, UPDATE, id=cid_, expectedVersion=2, endDate="2027-01-31")
    assert [e["code"] for e in locked["errors"]] == ["INVALID_STATE"]
    notes = await call(api, UPDATE, id=cid_, expectedVersion=2, notes="已盖章", creditLimit=None)
    assert notes["errors"] == []
    assert (notes["contract"]["notes"], notes["contract"]["creditLimit"]) == ("已盖章", None)
    ended = await call(api, TERMINATE, id=cid_, reason="  客户搬迁 ")
    assert ended["contract"]["status"] == "TERMINATED"
    assert ended["contract"]["terminatedReason"] == "客户搬迁"
    moves: list[tuple[str, dict[str, Any]]] = [
        (ACTIVATE, {}),
        (TERMINATE, {"reason": "x"}),
        (RENEW, {"number": "N2", "endDate": "2027-12-31"}),
        (UPDATE, {"expectedVersion": 4, "notes": "x"}),
    ]
    for document, extra in moves:
        refused = await call(api, document, id=cid_, **extra)
        assert [e["code"] for e in refused["errors"]] == ["INVALID_STATE"], document
    assert (await Contract.get(id=int(cid_))).status is ContractStatus.TERMINATED
    assert await AuditEntry.filter(action="contract.terminate", reason="客户搬迁").count() == 1


async def test_terminate_needs_a_reason(api: Api, today: list[date]) -> None:
    c = await new_contract(api, await account())
    await call(api, ACTIVATE, id=c["id"])
    result = await call(api, TERMINATE, id=c["id"], reason=" ")
    assert [(e["field"], e["code"]) for e in result["errors"]] == [(["reason"], "REQUIRED")]
    assert (await Contract.get(id=int(c["id"]))).status is ContractStatus.ACTIVE


async def test_draft_is_editable_and_conflict_on_stale_version(api: Api, today: list[date]) -> None:
    c = await new_contract(api, await account())
    done = await call(
        api, UPDATE, id=c["id"], expectedVersion=1, endDate="2027-06-30", rates=[{"roomType": "套房", "rate": 128800}]
    )
    assert done["errors"] == []
    assert done["contract"]["endDate"] == "2027-06-30"
    assert done["contract"]["rates"] == [{"roomType": "套房", "rate": 128800}]
    stale = await call(api, UPDATE, id=c["id"], expectedVersion=1, notes="x")
    assert [e["code"] for e in stale["errors"]] == ["CONFLICT"]
    bad = await call(api, UPDATE, id=c["id"], expectedVersion=2, startDate="2027-07-01")
    assert [(e["field"], e["code"]) for e in bad["errors"]] == [(["endDate"], "INVALID")]
    assert (await Contract.get(id=int(c["id"]))).start_date == date(2026, 1, 1)


async def test_activate_refuses_a_contract_already_ended(api: Api, today: list[date]) -> None:
    c = await new_contract(api, await account(), startDate="2025-01-01", endDate="2025-12-31")
    result = await call(api, ACTIVATE, id=c["id"])
    assert [(e["field"], e["code"]) for e in result["errors"]] == [(["endDate"], "INVALID")]


@pytest.mark.parametrize("start_status", ["ACTIVE", "EXPIRED"])
async def test_renewal_links_a_new_contract_from_the_day_after(api: Api, today: list[date], start_status: str) -> None:
    c = await new_contract(api, await account())
    await call(api, ACTIVATE, id=c["id"])
    if start_status == "EXPIRED":
        today[0] = date(2027, 1, 2)
        await service.expire_contracts(actor=Actor.system())
    result = await call(api, RENEW, id=c["id"], number="HT-2027-001", endDate="2027-12-31", activate=True)
    assert result["errors"] == []
    new = result["contract"]
    assert (new["number"], new["status"], new["startDate"], new["endDate"]) == (
        "HT-2027-001",
        "ACTIVE",
        "2027-01-01",
        "2027-12-31",
    )
    assert new["rates"] == c["rates"]
    assert new["discountPercent"] == 12.5
    assert new["renews"] == {"id": c["id"], "number": "HT-2026-001", "status": "RENEWED"}
    assert result["previous"]["status"] == "RENEWED"
    twice = await call(api, RENEW, id=c["id"], number="HT-2027-002", endDate="2027-12-31")
    assert [e["code"] for e in twice["errors"]] == ["INVALID_STATE"]
    assert await Contract.all().count() == 2


async def test_renewal_validation(api: Api, today: list[date]) -> None:
    c = await new_contract(api, await account())
    await new_contract(api, await account("其他公司"), number="TAKEN")
    await call(api, ACTIVATE, id=c["id"])
    early = await call(api, RENEW, id=c["id"], number="N2", endDate="2026-12-31")
    assert [(e["field"], e["code"]) for e in early["errors"]] == [(["endDate"], "INVALID")]
    taken = await call(api, RENEW, id=c["id"], number="taken", endDate="2027-12-31")
    assert [(e["field"], e["code"]) for e in taken["errors"]] == [(["number"], "DUPLICATE")]
    changed = await call(
        api, RENEW, id=c["id"], number="N2", endDate="2027-12-31", discountPercent=None,
        rates=[{"roomType": "大床房", "rate": 50800}],
    )  # fmt: skip
    assert changed["errors"] == []
    assert changed["contract"]["status"] == "DRAFT"
    assert changed["contract"]["discountPercent"] is None
    assert changed["contract"]["rates"] == [{"roomType": "大床房", "rate": 50800}]


async def test_expiring_contracts_and_the_list(api: Api, today: list[date], count_queries: QueryCounter) -> None:
    cid = await account()
    for number, end in (("A", "2026-12-10"), ("B", "2026-11-24"), ("C", "2027-03-01"), ("D", "2026-11-23")):
        c = await new_contract(api, cid, number=number, endDate=end)
        if number != "D":
            await call(api, ACTIVATE, id=c["id"])
    await new_contract(api, cid, number="DRAFT-1", endDate="2026-11-30")
    data = await api.data(EXPIRING, {"n": 30}, as_role=Role.AGENT)
    assert data["expiringContracts"] == [
        {"number": "B", "endDate": "2026-11-24", "status": "ACTIVE"},
        {"number": "A", "endDate": "2026-12-10", "status": "ACTIVE"},
    ]
    assert [c["number"] for c in (await api.data(EXPIRING, {"n": 0}))["expiringContracts"]] == ["B"]
    body = await api.gql(EXPIRING, {"n": 367})
    assert body["errors"][0]["extensions"]["code"] == "INVALID"
    lst = """query($s: [ContractStatus!], $e: Int, $c: ID) {
      contracts(status: $s, expiringWithinDays: $e, customerId: $c, first: 10) {
      totalCount edges { node { number status rates { rate } customer { name } } } } }"""
    await api.user(Role.FRONT_DESK)
    count_queries.statements.clear()
    every = (await api.data(lst, {"c": cid}, as_role=Role.FRONT_DESK))["contracts"]
    assert len(count_queries.statements) <= 5, count_queries.statements  # user, count, page, rates, customers
    assert every["totalCount"] == 5
    assert [e["node"]["number"] for e in every["edges"]] == ["B", "A", "C", "DRAFT-1", "D"]
    drafts = (await api.data(lst, {"s": ["DRAFT"]}))["contracts"]
    assert [e["node"]["number"] for e in drafts["edges"]] == ["DRAFT-1", "D"]
    soon = (await api.data(lst, {"e": 30}))["contracts"]
    assert [e["node"]["number"] for e in soon["edges"]] == ["B", "A"]


async def test_expire_job_is_idempotent_and_uses_the_hotel_date(api: Api, today: list[date]) -> None:
    cid = await account()
    ended = await new_contract(api, cid, number="OLD", endDate="2026-11-30")
    running = await new_contract(api, cid, number="RUN", endDate="2026-12-01")
    for c in (ended, running):
        await call(api, ACTIVATE, id=c["id"])
    assert (await service.expire_contracts()).expired == []
    today[0] = date(2026, 12, 1)
    first = await service.expire_contracts()
    assert [c.number for c in first.expired] == ["OLD"]
    assert (await service.expire_contracts()).expired == []
    assert {c.number: c.status for c in await Contract.all()} == {
        "OLD": ContractStatus.EXPIRED,
        "RUN": ContractStatus.ACTIVE,
    }
    assert await AuditEntry.filter(action="contract.expire").count() == 1


def test_expire_cli_prints_what_it_did(db: str) -> None:
    out = subprocess.run(
        [sys.executable, "-m", "server.cli", "contracts", "expire"], capture_output=True, text=True, check=False
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().endswith("0 contract(s) expired")


@pytest.mark.parametrize("role", [Role.AGENT, Role.FRONT_DESK, Role.ADMIN])
async def test_only_sales_and_managers_change_contracts(api: Api, today: list[date], role: Role) -> None:
    cid = await account()
    existing = await new_contract(api, cid, number="KEEP")
    body = await api.gql(
        CREATE, {"input": {"customerId": cid, "number": "NEW", "startDate": "2026-01-01", "endDate": "2026-02-01"}},
        as_role=role,
    )  # fmt: skip
    assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    for document, input in (
        (ACTIVATE, {"id": existing["id"]}),
        (UPDATE, {"id": existing["id"], "expectedVersion": 1, "notes": "x"}),
        (TERMINATE, {"id": existing["id"], "reason": "x"}),
        (RENEW, {"id": existing["id"], "number": "R", "endDate": "2027-12-31"}),
    ):
        body = await api.gql(document, {"input": input}, as_role=role)
        assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    assert [(c.number, c.status, c.version) for c in await Contract.all()] == [("KEEP", ContractStatus.DRAFT, 1)]


async def test_negotiated_rates_for_the_guests_employer(api: Api, today: list[date]) -> None:
    cid = await account("ACME Ltd.")
    c = await new_contract(api, cid, number="ACME-1")
    query = """query($e: String, $c: ID) { negotiatedRates(employer: $e, customerId: $c) { roomType rate discountPercent
      contract { number customer { name } } } }"""
    assert (await api.data(query, {"e": "ACME Ltd."}, as_role=Role.FRONT_DESK))["negotiatedRates"] == []  # a draft
    await call(api, ACTIVATE, id=c["id"])
    for employer in ("ACME Ltd.", "acme ltd"):
        rates = (await api.data(query, {"e": employer}, as_role=Role.FRONT_DESK))["negotiatedRates"]
        assert [(r["roomType"], r["rate"]) for r in rates] == [("双床房", 52800), ("大床房", 48800)]
    assert rates[0]["contract"] == {"number": "ACME-1", "customer": {"name": "ACME Ltd."}}
    assert (await api.data(query, {"c": cid}, as_role=Role.FRONT_DESK))["negotiatedRates"][0]["rate"] == 52800
    assert (await api.data(query, {"e": "Other"}, as_role=Role.FRONT_DESK))["negotiatedRates"] == []
