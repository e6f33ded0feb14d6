"""Customer archive over HTTP: lookup, search, create, update, merge, reveal, roles."""

from __future__ import annotations

from typing import Any

import pytest

from server.auth.models import AuditEntry, Role
from server.customers.models import Customer, CustomerKind, CustomerStatus
from server.stays.models import Stay
from tests.conftest import Api, QueryCounter
from tests.factories import make_customer, make_preference, make_stay, resident_id

CARD = """
  id kind name nameEn namePinyin status statusReason mergedIntoId phones { number label }
  email gender birthday idDocumentType idNumberMasked preferences { category value note }
  keyDates { kind date note }
  recentStays(first: 5) { arrival departure roomNights roomType nightlyRate roomRevenue status }
  performance { roomNights adr roomRevenue otherRevenue totalRevenue visits lastVisit }
  owner { id username } version createdAt updatedAt
"""
LOOKUP = f"query($p: String!) {{ callerLookup(phone: $p) {{ normalizedPhone matches {{ {CARD} }} }} }}"
SEARCH = """query($s: String, $first: Int, $after: String) {
  customers(search: $s, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id name } }
  }
}"""
UPDATE = """mutation($input: UpdateCustomerInput!) {
  updateCustomer(input: $input) { customer { id name nameEn email status statusReason version phones { number } }
    errors { field code message } }
}"""
CREATE = """mutation($input: CreateCustomerInput!) {
  createCustomer(input: $input) { customer { id kind name namePinyin owner { username } version }
    errors { field code message } }
}"""
MERGE = """mutation($input: MergeCustomersInput!) {
  mergeCustomers(input: $input) { customer { id name phones { number } version } errors { field code message } }
}"""
REVEAL = """mutation($input: RevealIdNumberInput!) {
  revealIdNumber(input: $input) { idNumber errors { field code message } }
}"""


@pytest.mark.parametrize(
    "typed",
    [
        "13800138000",
        "+86 138 0013 8000",
        "0086 138 0013 8000",
        "008613800138000",
        "138-0013-8000",
        "(+86) 13800138000",
    ],
)
async def test_caller_lookup_finds_the_card_from_any_format(api: Api, typed: str) -> None:
    customer = await make_customer(name="张伟", phones=["13800138000"])
    await make_stay(customer)
    data = await api.data(LOOKUP, {"p": typed}, as_role=Role.AGENT)
    lookup = data["callerLookup"]
    assert lookup["normalizedPhone"] == "+8613800138000"
    assert [m["id"] for m in lookup["matches"]] == [str(customer.id)]
    card = lookup["matches"][0]
    assert card["performance"]["roomNights"] == 2
    assert card["recentStays"][0]["roomRevenue"] == 97600


async def test_caller_lookup_of_a_landline(api: Api) -> None:
    customer = await make_customer(name="合肥某公司", kind=CustomerKind.CORPORATE, phones=["0551-6288 1234"])
    data = await api.data(LOOKUP, {"p": "055162881234"}, as_role=Role.AGENT)
    assert data["callerLookup"]["normalizedPhone"] == "+8655162881234"
    assert [m["id"] for m in data["callerLookup"]["matches"]] == [str(customer.id)]


@pytest.mark.parametrize("typed", ["12345", "abc", "", "+86", "1" * 60])
async def test_unparseable_phone_gives_no_number_and_no_matches(api: Api, typed: str) -> None:
    await make_customer(phones=["13800138000"])
    data = await api.data(LOOKUP, {"p": typed}, as_role=Role.AGENT)
    assert data["callerLookup"] == {"normalizedPhone": None, "matches": []}


async def test_caller_lookup_lists_active_customers_before_lost_ones(api: Api) -> None:
    lost = await make_customer(name="李四", phones=["13911112222"])
    await Customer.filter(id=lost.id).update(status=CustomerStatus.LOST, status_reason="搬走")
    active = await make_customer(name="李四娘", phones=["13911112222"])
    data = await api.data(LOOKUP, {"p": "13911112222"}, as_role=Role.AGENT)
    assert [m["id"] for m in data["callerLookup"]["matches"]] == [str(active.id), str(lost.id)]


async def test_card_statement_count_does_not_grow_with_stays_and_preferences(
    api: Api, count_queries: QueryCounter
) -> None:
    small = await make_customer(phones=["13800000001"])
    big = await make_customer(phones=["13800000002"])
    await make_stay(small)
    for month in range(1, 13):
        from datetime import date

        await make_stay(big, arrival=date(2024, month, 1), departure=date(2024, month, 3))
        await make_preference(big, value=f"偏好{month}")
    await api.user(Role.AGENT)
    count_queries.statements.clear()
    await api.data(LOOKUP, {"p": "13800000001"}, as_role=Role.AGENT)
    few = len(count_queries.statements)
    count_queries.statements.clear()
    await api.data(LOOKUP, {"p": "13800000002"}, as_role=Role.AGENT)
    assert len(count_queries.statements) == few
    assert few <= 10, count_queries.statements


async def test_search_statement_count_does_not_grow_with_matches(api: Api, count_queries: QueryCounter) -> None:
    for i in range(3):
        c = await make_customer(name=f"张{'伟' * (i + 1)}")
        await make_stay(c)
    query = f"query($s: String) {{ customers(search: $s, first: 50) {{ edges {{ node {{ {CARD} }} }} }} }}"
    await api.user(Role.AGENT)
    count_queries.statements.clear()
    await api.data(query, {"s": "张伟"}, as_role=Role.AGENT)
    three = len(count_queries.statements)
    for i in range(20):
        c = await make_customer(name=f"张伟{i}")
        await make_stay(c)
    count_queries.statements.clear()
    data = await api.data(query, {"s": "张伟"}, as_role=Role.AGENT)
    assert len(data["customers"]["edges"]) == 23  # 张伟, 张伟伟, 张伟伟伟 and 张伟0…19
    assert len(count_queries.statements) == three


async def names(api: Api, search: str) -> list[str]:
    data = await api.data(SEARCH, {"s": search, "first": 20}, as_role=Role.AGENT)
    return [e["node"]["name"] for e in data["customers"]["edges"]]


async def test_search_by_chinese_name_pinyin_and_initials_best_match_first(api: Api) -> None:
    await make_customer(name="张伟")
    await make_customer(name="张伟明")
    await make_customer(name="赵文")
    await make_customer(name="李娜")
    assert (await names(api, "张伟"))[:2] == ["张伟", "张伟明"]
    assert (await names(api, "zhangwei"))[:2] == ["张伟", "张伟明"]
    assert (await names(api, "zhang wei"))[0] == "张伟"
    assert (await names(api, "ZhangWei"))[0] == "张伟"
    assert set(await names(api, "zw")) >= {"张伟", "赵文"}
    assert await names(api, "李") == ["李娜"]


async def test_search_by_english_name_email_phone_digits_and_company(api: Api) -> None:
    await make_customer(name="王芳", name_en="Fiona Wang", email="Fiona.Wang@Example.com", phones=["13612345678"])
    await make_customer(name="上海锦江国际酒店有限公司", kind=CustomerKind.CORPORATE, phones=["021-63218888"])
    await make_customer(name="刘洋", employer="安徽江淮汽车集团")
    assert await names(api, "fiona") == ["王芳"]
    assert await names(api, "Fiona Wang") == ["王芳"]
    assert await names(api, "fiona.wang@example.com") == ["王芳"]
    assert await names(api, "5678") == ["王芳"]
    assert await names(api, "136 1234 5678") == ["王芳"]
    assert await names(api, "锦江") == ["上海锦江国际酒店有限公司"]
    assert await names(api, "安徽江淮") == ["刘洋"]
    assert await names(api, "nobody-here") == []


async def test_search_excludes_merged_records(api: Api) -> None:
    survivor = await make_customer(name="陈静")
    duplicate = await make_customer(name="陈静")
    await api.data(MERGE, {"input": {"survivorId": str(survivor.id), "duplicateId": str(duplicate.id)}})
    assert await names(api, "陈静") == ["陈静"]


async def test_customer_list_pages_with_cursors_and_caps_first(api: Api) -> None:
    for i in range(5):
        await make_customer(name=f"客户{i}")
    page1 = (await api.data(SEARCH, {"first": 2}, as_role=Role.AGENT))["customers"]
    assert page1["totalCount"] == 5
    assert page1["pageInfo"]["hasNextPage"] is True
    page2 = (await api.data(SEARCH, {"first": 2, "after": page1["pageInfo"]["endCursor"]}, as_role=Role.AGENT))[
        "customers"
    ]
    first_ids = [e["node"]["id"] for e in page1["edges"]]
    second_ids = [e["node"]["id"] for e in page2["edges"]]
    assert len(second_ids) == 2
    assert not set(first_ids) & set(second_ids)


async def test_bad_cursor_is_a_clear_error(api: Api) -> None:
    body = await api.gql(SEARCH, {"after": "not-a-cursor"}, as_role=Role.AGENT)
    assert "cursor" in body["errors"][0]["message"]


async def test_create_customer_sets_owner_pinyin_and_version(api: Api) -> None:
    data = await api.data(
        CREATE,
        {
            "input": {
                "kind": "CORPORATE",
                "name": "合肥百货大楼",
                "phones": [{"number": "0551-62881234", "label": "总机"}],
            }
        },
        as_role=Role.SALES,
    )
    payload = data["createCustomer"]
    assert payload["errors"] == []
    assert payload["customer"]["namePinyin"] == "he fei bai huo da lou"
    assert payload["customer"]["owner"]["username"] == "sales-user"
    assert payload["customer"]["version"] == 1


async def test_create_customer_reports_every_bad_field_and_writes_nothing(api: Api) -> None:
    data = await api.data(
        CREATE,
        {
            "input": {
                "kind": "INDIVIDUAL",
                "name": "",
                "email": "not-an-email",
                "phones": [{"number": "13800138000"}, {"number": "999"}],
                "idDocumentType": "RESIDENT_ID",
                "idNumber": "110105194912310021",
                "nature": "ALIEN",
            }
        },
    )
    assert data["createCustomer"]["errors"] == [
        {"field": ["name"], "code": "REQUIRED", "message": "请填写姓名/名称"},
        {
            "field": ["phones", "1", "number"],
            "code": "INVALID",
            "message": "无法识别的电话号码：999（请输入手机号或带区号的固定电话）",
        },
        {"field": ["email"], "code": "INVALID", "message": "电子邮箱格式不正确：not-an-email"},
        {
            "field": ["nature"],
            "code": "INVALID",
            "message": "未知的客户性质 ALIEN（可选：GOVERNMENT, SPECIAL, COMPANY, INDIVIDUAL, PARTNER）",
        },
        {"field": ["idNumber"], "code": "INVALID", "message": "居民身份证号校验位错误，请核对号码"},
    ]
    assert await Customer.all().count() == 0


async def test_create_customer_with_a_known_id_number_is_a_duplicate(api: Api) -> None:
    number = resident_id()
    existing = await make_customer(id_document_type="RESIDENT_ID", id_number=number)
    data = await api.data(
        CREATE,
        {
            "input": {
                "kind": "INDIVIDUAL",
                "name": "别人",
                "idDocumentType": "RESIDENT_ID",
                "idNumber": number,
            }
        },
    )
    assert data["createCustomer"]["errors"] == [
        {
            "field": ["idNumber"],
            "code": "DUPLICATE",
            "message": f"证件号码已登记在客户 张伟（编号 {existing.id}）的档案中",
        }
    ]


async def test_oversize_text_is_refused(api: Api) -> None:
    data = await api.data(CREATE, {"input": {"kind": "INDIVIDUAL", "name": "张" * 200}})
    assert data["createCustomer"]["errors"][0]["code"] == "TOO_LONG"


async def test_html_in_text_is_stored_as_given(api: Api) -> None:
    data = await api.data(
        CREATE,
        {"input": {"kind": "INDIVIDUAL", "name": "<b>张三</b>", "notes": "<script>x</script>"}},
    )
    assert data["createCustomer"]["customer"]["name"] == "<b>张三</b>"


async def test_create_customer_is_idempotent(api: Api) -> None:
    input = {"kind": "INDIVIDUAL", "name": "周杰", "idempotencyKey": "create-1"}
    a = await api.data(CREATE, {"input": input}, as_role=Role.SALES)
    b = await api.data(CREATE, {"input": input}, as_role=Role.SALES)
    assert a == b
    assert await Customer.all().count() == 1


async def update(api: Api, input: dict[str, Any], role: Role = Role.MANAGER) -> dict[str, Any]:
    result: dict[str, Any] = (await api.data(UPDATE, {"input": input}, as_role=role))["updateCustomer"]
    return result


async def test_update_with_current_version_changes_and_bumps_version(api: Api) -> None:
    customer = await make_customer(name="张伟")
    payload = await update(
        api,
        {
            "id": str(customer.id),
            "expectedVersion": 1,
            "nameEn": "Wei Zhang",
            "phones": [{"number": "13700000000"}],
        },
    )
    assert payload["errors"] == []
    assert payload["customer"]["nameEn"] == "Wei Zhang"
    assert payload["customer"]["phones"] == [{"number": "+8613700000000"}]
    assert payload["customer"]["version"] == 2


async def test_stale_version_is_a_conflict_and_changes_nothing(api: Api) -> None:
    customer = await make_customer(name="张伟")
    await update(api, {"id": str(customer.id), "expectedVersion": 1, "email": "a@b.cn"})
    payload = await update(api, {"id": str(customer.id), "expectedVersion": 1, "name": "张卫"})
    assert payload["customer"] is None
    assert [(e["field"], e["code"]) for e in payload["errors"]] == [(["expectedVersion"], "CONFLICT")]
    row = await Customer.get(id=customer.id)
    assert (row.name, row.version) == ("张伟", 2)


async def test_marking_lost_needs_a_reason(api: Api) -> None:
    customer = await make_customer()
    payload = await update(api, {"id": str(customer.id), "expectedVersion": 1, "status": "LOST"})
    assert payload["errors"] == [
        {"field": ["statusReason"], "code": "REQUIRED", "message": "标记为流失客户时请填写原因"}
    ]
    payload = await update(
        api,
        {
            "id": str(customer.id),
            "expectedVersion": 1,
            "status": "UNSUITABLE",
            "statusReason": "多次恶意投诉",
        },
    )
    assert payload["customer"]["status"] == "UNSUITABLE"
    assert payload["customer"]["statusReason"] == "多次恶意投诉"
    assert await Customer.filter(id=customer.id).exists()


async def test_only_managers_mark_unsuitable(api: Api) -> None:
    customer = await make_customer()
    payload = await update(
        api,
        {"id": str(customer.id), "expectedVersion": 1, "status": "UNSUITABLE", "statusReason": "x"},
        role=Role.SALES,
    )
    assert [e["code"] for e in payload["errors"]] == ["FORBIDDEN"]
    assert (await Customer.get(id=customer.id)).status is CustomerStatus.ACTIVE


async def test_merge_moves_everything_and_the_duplicate_id_resolves_to_the_survivor(
    api: Api,
) -> None:
    survivor = await make_customer(name="陈静", phones=["13800000011"])
    duplicate = await make_customer(name="陈静", phones=["13800000022"], email="chen@example.com")
    await make_stay(duplicate)
    await make_preference(duplicate)
    data = await api.data(MERGE, {"input": {"survivorId": str(survivor.id), "duplicateId": str(duplicate.id)}})
    payload = data["mergeCustomers"]
    assert payload["errors"] == []
    assert sorted(p["number"] for p in payload["customer"]["phones"]) == [
        "+8613800000011",
        "+8613800000022",
    ]
    assert await Stay.filter(customer_id=survivor.id).count() == 1
    card = await api.data(
        "query($id: ID!) { customer(id: $id) { id email preferences { value } } }",
        {"id": str(duplicate.id)},
    )
    assert card["customer"] == {
        "id": str(survivor.id),
        "email": "chen@example.com",
        "preferences": [{"value": "低枕"}],
    }
    row = await Customer.get(id=duplicate.id)
    assert row.status is CustomerStatus.MERGED
    assert row.merged_into_id == survivor.id
    assert await AuditEntry.filter(action="customer.merge").count() == 1


async def test_merge_of_two_different_id_numbers_is_refused(api: Api) -> None:
    a = await make_customer(id_document_type="RESIDENT_ID", id_number=resident_id())
    b = await make_customer(id_document_type="RESIDENT_ID", id_number=resident_id())
    data = await api.data(MERGE, {"input": {"survivorId": str(a.id), "duplicateId": str(b.id)}})
    assert [e["code"] for e in data["mergeCustomers"]["errors"]] == ["CONFLICT"]
    assert (await Customer.get(id=b.id)).status is CustomerStatus.ACTIVE


async def test_merge_with_itself_or_unknown_is_refused(api: Api) -> None:
    a = await make_customer()
    data = await api.data(MERGE, {"input": {"survivorId": str(a.id), "duplicateId": str(a.id)}})
    assert [e["code"] for e in data["mergeCustomers"]["errors"]] == ["INVALID"]
    data = await api.data(MERGE, {"input": {"survivorId": str(a.id), "duplicateId": "999999"}})
    assert data["mergeCustomers"]["errors"] == [
        {"field": ["duplicateId"], "code": "NOT_FOUND", "message": "客户 999999 不存在"}
    ]


async def test_reveal_id_number_needs_a_reason_and_is_audited_without_the_number(api: Api) -> None:
    number = resident_id()
    customer = await make_customer(id_document_type="RESIDENT_ID", id_number=number)
    data = await api.data(REVEAL, {"input": {"customerId": str(customer.id), "reason": " "}})
    assert [e["code"] for e in data["revealIdNumber"]["errors"]] == ["REQUIRED"]
    data = await api.data(REVEAL, {"input": {"customerId": str(customer.id), "reason": "公安核查入住记录"}})
    assert data["revealIdNumber"] == {"idNumber": number, "errors": []}
    entries = await AuditEntry.filter(action="customer.reveal_id_number")
    assert len(entries) == 1
    assert entries[0].reason == "公安核查入住记录"
    assert number not in str(entries[0].details)
    assert number not in (entries[0].reason or "")


@pytest.mark.parametrize("role", [Role.AGENT, Role.FRONT_DESK, Role.SALES, Role.ADMIN])
async def test_only_managers_reveal_and_merge(api: Api, role: Role) -> None:
    a = await make_customer(id_document_type="RESIDENT_ID", id_number=resident_id())
    b = await make_customer()
    body = await api.gql(REVEAL, {"input": {"customerId": str(a.id), "reason": "想看看"}}, as_role=role)
    assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    body = await api.gql(MERGE, {"input": {"survivorId": str(a.id), "duplicateId": str(b.id)}}, as_role=role)
    assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    assert (await Customer.get(id=b.id)).status is CustomerStatus.ACTIVE
    assert await AuditEntry.filter(action="customer.reveal_id_number").count() == 0


@pytest.mark.parametrize(
    ("role", "allowed"),
    [
        (Role.AGENT, True),
        (Role.FRONT_DESK, True),
        (Role.SALES, True),
        (Role.MANAGER, True),
        (Role.ADMIN, False),
    ],
)
async def test_who_reads_customers(api: Api, role: Role, allowed: bool) -> None:
    await make_customer(phones=["13800138000"])
    body = await api.gql(LOOKUP, {"p": "13800138000"}, as_role=role)
    if allowed:
        assert "errors" not in body
    else:
        assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"


@pytest.mark.parametrize(("role", "allowed"), [(Role.AGENT, False), (Role.ADMIN, False), (Role.FRONT_DESK, True)])
async def test_who_creates_customers(api: Api, role: Role, allowed: bool) -> None:
    body = await api.gql(CREATE, {"input": {"kind": "INDIVIDUAL", "name": "新客"}}, as_role=role)
    assert ("errors" not in body) is allowed
    assert await Customer.all().count() == (1 if allowed else 0)


async def test_possible_duplicates_scores_id_phone_and_name(api: Api) -> None:
    number = resident_id()
    same_id = await make_customer(name="王强", id_document_type="RESIDENT_ID", id_number=number)
    same_phone = await make_customer(name="王强", phones=["13811112222"])
    await make_customer(name="无关")
    data = await api.data(
        "query($i: DuplicateCheckInput!) { possibleDuplicates(input: $i) { customer { id } score reasons } }",
        {"i": {"name": "王强", "phone": "138 1111 2222", "idNumber": number.lower()}},
        as_role=Role.FRONT_DESK,
    )
    found = data["possibleDuplicates"]
    assert [f["customer"]["id"] for f in found] == [str(same_id.id), str(same_phone.id)]
    assert found[0]["reasons"] == ["SAME_ID_NUMBER", "SAME_NAME"]
    assert found[1]["reasons"] == ["SAME_PHONE", "SAME_NAME"]
    assert found[0]["score"] > found[1]["score"] > 0.6


async def test_possible_duplicates_with_nothing_typed_is_empty(api: Api) -> None:
    await make_customer()
    data = await api.data("{ possibleDuplicates(input: {}) { score } }", as_role=Role.FRONT_DESK)
    assert data["possibleDuplicates"] == []


async def test_unknown_customer_is_null(api: Api) -> None:
    data = await api.data('{ customer(id: "424242") { id } }', as_role=Role.AGENT)
    assert data["customer"] is None
    data = await api.data('{ customer(id: "abc") { id } }', as_role=Role.AGENT)
    assert data["customer"] is None


async def test_bad_cursor_error_carries_its_code_and_argument(api: Api) -> None:
    body = await api.gql(SEARCH, {"after": "bm9wZQ=="}, as_role=Role.AGENT)
    assert body["errors"][0]["extensions"] == {"code": "INVALID", "field": ["after"]}


async def test_a_refused_mutation_is_audited(api: Api) -> None:
    a = await make_customer()
    b = await make_customer()
    await api.gql(MERGE, {"input": {"survivorId": str(a.id), "duplicateId": str(b.id)}}, as_role=Role.AGENT)
    entry = await AuditEntry.get(action="mergeCustomers")
    assert (entry.outcome, entry.actor_label) == ("FORBIDDEN", "agent-user")


async def test_only_managers_take_a_customer_out_of_unsuitable(api: Api) -> None:
    customer = await make_customer()
    await Customer.filter(id=customer.id).update(status=CustomerStatus.UNSUITABLE, status_reason="黑名单")
    payload = await update(api, {"id": str(customer.id), "expectedVersion": 1, "status": "ACTIVE"}, role=Role.SALES)
    assert [e["code"] for e in payload["errors"]] == ["FORBIDDEN"]
    payload = await update(api, {"id": str(customer.id), "expectedVersion": 1, "status": "ACTIVE"})
    assert payload["customer"]["status"] == "ACTIVE"
