"""registerGuest over HTTP: validation, recognition of returning guests, idempotency, all or nothing."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest

from server.auth.models import AuditEntry, Role
from server.core.time import hotel_today
from server.customers.models import Customer, CustomerPhone
from server.stays.models import Stay
from tests.conftest import Api
from tests.factories import resident_id

REGISTER = """mutation($input: RegisterGuestInput!) {
  registerGuest(input: $input) {
    created
    customer { id name gender birthday idNumberMasked idDocumentType nationality phones { number } status version }
    stay { id arrival departure roomNights roomType nightlyRate roomRevenue status property }
    errors { field code message }
  }
}"""

GUEST_ID = "11010519491231002X"  # female, born 1949-12-31


def registration(**guest: Any) -> dict[str, Any]:
    today = hotel_today()
    stay = guest.pop("stay", {})
    return {
        "guest": {
            "name": "王芳",
            "phone": "13800138000",
            "idDocumentType": "RESIDENT_ID",
            "idNumber": GUEST_ID,
            **guest,
        },
        "stay": {
            "arrival": today.isoformat(),
            "departure": (today + timedelta(days=2)).isoformat(),
            "roomType": "大床房",
            "nightlyRate": 58800,
            **stay,
        },
    }


async def register(api: Api, input: dict[str, Any], role: Role = Role.FRONT_DESK) -> dict[str, Any]:
    data = await api.data(REGISTER, {"input": input}, as_role=role)
    payload: dict[str, Any] = data["registerGuest"]
    return payload


async def test_new_guest_gets_a_profile_with_dob_and_gender_from_the_id(api: Api) -> None:
    payload = await register(api, registration())
    assert payload["errors"] == []
    assert payload["created"] is True
    customer = payload["customer"]
    assert customer["gender"] == "FEMALE"
    assert customer["birthday"] == "1949-12-31"
    assert customer["idNumberMasked"] == "110105********002X"
    assert customer["nationality"] == "CN"
    assert customer["phones"] == [{"number": "+8613800138000"}]
    stay = payload["stay"]
    assert stay["roomNights"] == 2
    assert stay["roomRevenue"] == 117600
    assert stay["status"] == "IN_HOUSE"


async def test_id_number_is_stored_encrypted_not_in_plaintext(api: Api) -> None:
    payload = await register(api, registration())
    row = await Customer.get(id=int(payload["customer"]["id"]))
    assert GUEST_ID not in (row.id_number_encrypted or "")
    assert row.id_number_hash
    assert GUEST_ID not in row.id_number_hash


async def test_returning_guest_is_recognised_by_document(api: Api) -> None:
    first = await register(api, registration())
    second = await register(api, registration(phone="+86 139 0000 1111", stay={"roomType": "行政套房"}))
    assert second["errors"] == []
    assert second["created"] is False
    assert second["customer"]["id"] == first["customer"]["id"]
    assert await Customer.all().count() == 1
    assert await Stay.filter(customer_id=int(first["customer"]["id"])).count() == 2
    phones = await CustomerPhone.filter(customer_id=int(first["customer"]["id"])).values_list("e164", flat=True)
    assert sorted(phones) == ["+8613800138000", "+8613900001111"]


async def test_returning_guest_is_recognised_by_phone_and_name_with_another_document(
    api: Api,
) -> None:
    first = await register(api, registration())
    second = await register(api, registration(phone="138-0013-8000", idDocumentType="PASSPORT", idNumber="E12345678"))
    assert second["created"] is False
    assert second["customer"]["id"] == first["customer"]["id"]


async def test_same_phone_but_another_name_is_another_guest(api: Api) -> None:
    await register(api, registration())
    other = await register(api, registration(name="李娜", idNumber=resident_id(male=False)))
    assert other["created"] is True
    assert await Customer.all().count() == 2


@pytest.mark.parametrize(
    ("guest", "errors"),
    [
        (
            {"idNumber": "110105194912310021"},
            [
                {
                    "field": ["guest", "idNumber"],
                    "code": "INVALID",
                    "message": "居民身份证号校验位错误，请核对号码",
                }
            ],
        ),
        (
            {"idNumber": "11010519491231"},
            [
                {
                    "field": ["guest", "idNumber"],
                    "code": "INVALID",
                    "message": "居民身份证号应为 18 位，当前为 14 位",
                }
            ],
        ),
        (
            {"idNumber": "110105199002300014"},
            [
                {
                    "field": ["guest", "idNumber"],
                    "code": "INVALID",
                    "message": "居民身份证号中的出生日期 19900230 不是有效日期",
                }
            ],
        ),
        (
            {"gender": "MALE", "birthday": "1950-01-01"},
            [
                {
                    "field": ["guest", "birthday"],
                    "code": "INVALID",
                    "message": "生日 1950-01-01 与身份证号中的出生日期 1949-12-31 不一致",
                },
                {
                    "field": ["guest", "gender"],
                    "code": "INVALID",
                    "message": "性别与身份证号不一致（身份证号显示为女性）",
                },
            ],
        ),
        (
            {"phone": "12345"},
            [
                {
                    "field": ["guest", "phone"],
                    "code": "INVALID",
                    "message": "无法识别的电话号码：12345（请输入手机号或带区号的固定电话）",
                }
            ],
        ),
        (
            {"name": "   "},
            [{"field": ["guest", "name"], "code": "REQUIRED", "message": "请填写姓名/名称"}],
        ),
        (
            {"idDocumentType": "PASSPORT", "idNumber": "??"},
            [
                {
                    "field": ["guest", "idNumber"],
                    "code": "INVALID",
                    "message": "护照号应为 5-20 位字母或数字",
                }
            ],
        ),
    ],
)
async def test_bad_guest_input_is_a_specific_error_and_writes_nothing(
    api: Api, guest: dict[str, Any], errors: list[dict[str, Any]]
) -> None:
    payload = await register(api, registration(**guest))
    assert payload["errors"] == errors
    assert payload["customer"] is None
    assert payload["stay"] is None
    assert await Customer.all().count() == 0
    assert await Stay.all().count() == 0


async def test_departure_before_arrival_and_negative_rate_are_reported_together(api: Api) -> None:
    today = hotel_today()
    payload = await register(
        api,
        registration(stay={"departure": (today - timedelta(days=1)).isoformat(), "nightlyRate": -100}),
    )
    assert payload["errors"] == [
        {"field": ["stay", "nightlyRate"], "code": "INVALID", "message": "金额不能为负数"},
        {"field": ["stay", "departure"], "code": "INVALID", "message": "离店日期必须晚于入住日期"},
    ]
    assert await Stay.all().count() == 0


async def test_retry_with_the_same_idempotency_key_does_not_write_twice(api: Api) -> None:
    input = {**registration(), "idempotencyKey": "8f1c-retry-1"}
    first = await register(api, input)
    again = await register(api, input)
    assert again == first
    assert await Stay.all().count() == 1
    assert await AuditEntry.filter(action="stay.register_guest").count() == 1


async def test_reusing_a_key_for_another_registration_is_a_conflict(api: Api) -> None:
    await register(api, {**registration(), "idempotencyKey": "k-1"})
    other = await register(api, {**registration(name="李娜", idNumber=resident_id()), "idempotencyKey": "k-1"})
    assert [e["code"] for e in other["errors"]] == ["CONFLICT"]
    assert await Customer.all().count() == 1


async def test_choosing_a_suggested_profile_attaches_the_stay_to_it(api: Api) -> None:
    first = await register(api, registration(idDocumentType="PASSPORT", idNumber="E11112222"))
    chosen = await register(
        api,
        {**registration(name="王芳", phone="13700001111"), "customerId": first["customer"]["id"]},
    )
    assert chosen["errors"] == []
    assert chosen["created"] is False
    assert chosen["customer"]["id"] == first["customer"]["id"]


async def test_future_arrival_is_a_reservation(api: Api) -> None:
    start = hotel_today() + timedelta(days=10)
    payload = await register(
        api,
        registration(
            stay={
                "arrival": start.isoformat(),
                "departure": (start + timedelta(days=1)).isoformat(),
            }
        ),
    )
    assert payload["stay"]["status"] == "RESERVED"


@pytest.mark.parametrize("role", [Role.AGENT, Role.SALES, Role.ADMIN])
async def test_roles_without_the_right_cannot_register_and_nothing_changes(api: Api, role: Role) -> None:
    body = await api.gql(REGISTER, {"input": registration()}, as_role=role)
    assert body["data"] is None
    assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    assert await Customer.all().count() == 0


async def test_registration_is_audited(api: Api) -> None:
    payload = await register(api, registration())
    entry = await AuditEntry.get(action="stay.register_guest")
    assert entry.target_id == payload["customer"]["id"]
    assert entry.client_address == "203.0.113.7"
    assert GUEST_ID not in str(entry.details)


async def test_birthday_in_the_future_is_refused(api: Api) -> None:
    payload = await register(
        api,
        registration(
            idDocumentType="PASSPORT",
            idNumber="E99998888",
            birthday=(date.today() + timedelta(days=400)).isoformat(),
        ),
    )
    assert [e["field"] for e in payload["errors"]] == [["guest", "birthday"]]


async def test_full_width_digits_from_a_chinese_keyboard_are_the_same_guest(api: Api) -> None:
    first = await register(api, registration())
    width = str.maketrans("0123456789X", "０１２３４５６７８９Ｘ")
    again = await register(api, registration(idNumber=GUEST_ID.translate(width), phone="１３８００１３８０００"))
    assert again["errors"] == []
    assert again["created"] is False
    assert again["customer"]["id"] == first["customer"]["id"]
