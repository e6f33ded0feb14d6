"""Profile upkeep over HTTP: preferences, key dates and the wider updateCustomer."""

from __future__ import annotations

from typing import Any

import pytest

from server.auth.models import AuditEntry, Role
from server.core.crypto import decrypt_field
from server.customers.models import Customer, CustomerKind, KeyDate, Preference
from tests.conftest import Api
from tests.factories import make_customer, resident_id

ADD_PREFERENCE = """mutation($input: AddPreferenceInput!) {
  addPreference(input: $input) { preference { id category value note } customer { id preferences { id value } }
    errors { field code message } }
}"""
REMOVE_PREFERENCE = """mutation($id: ID!) {
  removePreference(input: {id: $id}) { preference { id } customer { preferences { id } } errors { field code message } }
}"""
ADD_KEY_DATE = """mutation($input: AddKeyDateInput!) {
  addKeyDate(input: $input) {
    keyDate { id kind date note } customer { keyDates { kind date } } errors { field code message }
  }
}"""
REMOVE_KEY_DATE = """mutation($id: ID!) {
  removeKeyDate(input: {id: $id}) { keyDate { id } customer { keyDates { id } } errors { field code message } }
}"""
UPDATE = """mutation($input: UpdateCustomerInput!) {
  updateCustomer(input: $input) {
    customer { id version address employer tags nationality nature gender birthday idDocumentType idNumberMasked
      personInCharge annualRoomVolume businessScope }
    errors { field code message }
  }
}"""


async def test_an_agent_records_a_preference_and_it_joins_the_card(api: Api) -> None:
    customer = await make_customer()
    data = await api.data(
        ADD_PREFERENCE,
        {"input": {"customerId": str(customer.id), "category": "枕头", "value": "荞麦枕", "note": "颈椎不好"}},
        as_role=Role.AGENT,
    )
    payload = data["addPreference"]
    assert payload["errors"] == []
    assert payload["preference"]["value"] == "荞麦枕"
    assert payload["customer"]["preferences"] == [{"id": payload["preference"]["id"], "value": "荞麦枕"}]
    assert await AuditEntry.filter(action="customer.add_preference").count() == 1


async def test_removing_a_preference_archives_it(api: Api) -> None:
    customer = await make_customer()
    added = await api.data(
        ADD_PREFERENCE, {"input": {"customerId": str(customer.id), "category": "楼层", "value": "高楼层"}}
    )
    pid = added["addPreference"]["preference"]["id"]
    removed = await api.data(REMOVE_PREFERENCE, {"id": pid}, as_role=Role.AGENT)
    assert removed["removePreference"]["errors"] == []
    assert removed["removePreference"]["customer"]["preferences"] == []
    row = await Preference.get(id=int(pid))
    assert row.archived_at is not None
    again = await api.data(REMOVE_PREFERENCE, {"id": pid}, as_role=Role.AGENT)
    assert again["removePreference"]["errors"] == [
        {"field": ["id"], "code": "NOT_FOUND", "message": f"偏好 {pid} 不存在或已移除"}
    ]


async def test_bad_preference_input_is_reported_and_writes_nothing(api: Api) -> None:
    customer = await make_customer()
    data = await api.data(
        ADD_PREFERENCE, {"input": {"customerId": str(customer.id), "category": "", "value": "x" * 300}}
    )
    assert data["addPreference"]["errors"] == [
        {"field": ["category"], "code": "REQUIRED", "message": "请填写偏好类别"},
        {"field": ["value"], "code": "TOO_LONG", "message": "偏好内容最多 255 个字符（当前 300 个）"},
    ]
    data = await api.data(ADD_PREFERENCE, {"input": {"customerId": "999999", "category": "枕头", "value": "低"}})
    assert [e["code"] for e in data["addPreference"]["errors"]] == ["NOT_FOUND"]
    assert await Preference.all().count() == 0


async def test_key_dates_are_added_and_archived(api: Api) -> None:
    customer = await make_customer(kind=CustomerKind.CORPORATE, name="合肥百货大楼")
    data = await api.data(
        ADD_KEY_DATE,
        {"input": {"customerId": str(customer.id), "kind": "公司成立日", "date": "1959-10-01", "note": "周年庆"}},
        as_role=Role.SALES,
    )
    payload = data["addKeyDate"]
    assert payload["errors"] == []
    assert payload["customer"]["keyDates"] == [{"kind": "公司成立日", "date": "1959-10-01"}]
    removed = await api.data(REMOVE_KEY_DATE, {"id": payload["keyDate"]["id"]}, as_role=Role.SALES)
    assert removed["removeKeyDate"]["customer"]["keyDates"] == []
    assert await KeyDate.filter(archived_at__isnull=False).count() == 1


async def test_agents_cannot_add_key_dates(api: Api) -> None:
    customer = await make_customer()
    body = await api.gql(
        ADD_KEY_DATE, {"input": {"customerId": str(customer.id), "kind": "x", "date": "2020-01-01"}}, as_role=Role.AGENT
    )
    assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    assert await KeyDate.all().count() == 0


async def update(api: Api, input: dict[str, Any], role: Role = Role.MANAGER) -> dict[str, Any]:
    result: dict[str, Any] = (await api.data(UPDATE, {"input": input}, as_role=role))["updateCustomer"]
    return result


async def test_update_sets_and_clears_profile_fields(api: Api) -> None:
    customer = await make_customer(address="旧地址")
    payload = await update(
        api,
        {
            "id": str(customer.id),
            "expectedVersion": 1,
            "address": None,
            "employer": "安徽江淮汽车集团",
            "tags": ["VIP", "常客", "VIP"],
            "nationality": "hk",
        },
    )
    assert payload["errors"] == []
    customer_view = payload["customer"]
    assert customer_view["address"] is None
    assert customer_view["employer"] == "安徽江淮汽车集团"
    assert customer_view["tags"] == ["VIP", "常客"]
    assert customer_view["nationality"] == "HK"
    found = await api.data('{ customers(search: "安徽江淮") { edges { node { id } } } }')
    assert found["customers"]["edges"] == [{"node": {"id": str(customer.id)}}]


async def test_update_of_the_id_number_is_checked_like_registration(api: Api) -> None:
    number = resident_id(male=False)
    customer = await make_customer(gender="FEMALE")
    payload = await update(
        api,
        {"id": str(customer.id), "expectedVersion": 1, "idDocumentType": "RESIDENT_ID", "idNumber": number},
    )
    assert payload["errors"] == []
    assert payload["customer"]["idNumberMasked"] == number[:6] + "********" + number[-4:]
    assert payload["customer"]["birthday"] == "1990-05-17"
    row = await Customer.get(id=customer.id)
    assert decrypt_field(row.id_number_encrypted or "") == number
    wrong = await update(api, {"id": str(customer.id), "expectedVersion": 2, "gender": "MALE"})
    assert wrong["errors"] == [
        {"field": ["gender"], "code": "INVALID", "message": "性别与身份证号不一致（身份证号显示为女性）"}
    ]


async def test_update_refuses_an_id_number_of_another_customer(api: Api) -> None:
    number = resident_id()
    await make_customer(name="甲", id_document_type="RESIDENT_ID", id_number=number)
    other = await make_customer(name="乙")
    payload = await update(
        api, {"id": str(other.id), "expectedVersion": 1, "idDocumentType": "RESIDENT_ID", "idNumber": number}
    )
    assert [(e["field"], e["code"]) for e in payload["errors"]] == [(["idNumber"], "DUPLICATE")]
    assert (await Customer.get(id=other.id)).id_number_hash is None


async def test_clearing_the_id_number_removes_every_trace_of_it(api: Api) -> None:
    customer = await make_customer(id_document_type="PASSPORT", id_number="E12312312")
    payload = await update(api, {"id": str(customer.id), "expectedVersion": 1, "idNumber": None})
    assert payload["customer"]["idNumberMasked"] is None
    assert payload["customer"]["idDocumentType"] is None
    row = await Customer.get(id=customer.id)
    assert (row.id_number_encrypted, row.id_number_hash) == (None, None)


@pytest.mark.parametrize(
    ("field", "value", "error"),
    [
        ("annualRoomVolume", -5, {"field": ["annualRoomVolume"], "code": "INVALID"}),
        ("nature", "ALIEN", {"field": ["nature"], "code": "INVALID"}),
        ("nationality", "China", {"field": ["nationality"], "code": "INVALID"}),
        ("tags", ["ok", ""], {"field": ["tags", "1"], "code": "REQUIRED"}),
    ],
)
async def test_bad_profile_values_are_refused(api: Api, field: str, value: Any, error: dict[str, Any]) -> None:
    customer = await make_customer(kind=CustomerKind.CORPORATE, name="某公司")
    payload = await update(api, {"id": str(customer.id), "expectedVersion": 1, field: value})
    assert [{"field": e["field"], "code": e["code"]} for e in payload["errors"]] == [error]
    assert (await Customer.get(id=customer.id)).version == 1


async def test_corporate_fields_and_no_personal_identity_for_companies(api: Api) -> None:
    company = await make_customer(kind=CustomerKind.CORPORATE, name="某公司")
    payload = await update(
        api,
        {"id": str(company.id), "expectedVersion": 1, "personInCharge": "王总", "annualRoomVolume": 1200},
        role=Role.SALES,
    )
    assert payload["customer"]["personInCharge"] == "王总"
    assert payload["customer"]["annualRoomVolume"] == 1200
    refused = await update(api, {"id": str(company.id), "expectedVersion": 2, "gender": "MALE"}, role=Role.SALES)
    assert [e["field"] for e in refused["errors"]] == [["gender"]]


async def test_the_same_preference_twice_is_a_duplicate(api: Api) -> None:
    customer = await make_customer()
    input = {"customerId": str(customer.id), "category": "枕头", "value": "荞麦枕"}
    await api.data(ADD_PREFERENCE, {"input": input}, as_role=Role.AGENT)
    again = await api.data(ADD_PREFERENCE, {"input": input}, as_role=Role.AGENT)
    assert again["addPreference"]["errors"] == [
        {"field": ["value"], "code": "DUPLICATE", "message": "已记录该偏好：枕头 / 荞麦枕"}
    ]
    assert await Preference.all().count() == 1
