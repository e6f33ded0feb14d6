"""hotel-crm import customers: the customers service's validation, recognition, filling blanks only, idempotent."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl import Workbook

from server.auth.actor import Actor
from server.core.crypto import decrypt_field
from server.core.sql import fetch
from server.customers.models import Customer, CustomerKind, CustomerPhone
from server.imports.service import import_customers
from tests.factories import make_customer, resident_id

CLI = Actor.system("cli")
HEADER = "类型,姓名,英文名,手机,邮箱,性别,生日,证件类型,证件号码,地址,工作单位,备注"


def write(tmp_path: Path, lines: list[str], encoding: str = "utf-8-sig", name: str = "客户.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    return path


async def phones_of(customer_id: int) -> list[str]:
    return [p.e164 for p in await CustomerPhone.filter(customer_id=customer_id).order_by("position")]


async def test_profiles_are_created_through_the_service_rules_and_bad_rows_rejected(db: str, tmp_path: Path) -> None:
    number = resident_id(date(1985, 2, 3), male=False)
    path = write(
        tmp_path,
        [
            HEADER,
            f"个人,李娜,Li Na,13800138000;021-6288 1234,LiNa@Example.com,女,,身份证,{number},上海,,常住",
            "单位,上海锦江国际,,021 6123 4567,,,,,,南京西路,,协议单位",
            "个人,王芳,,12345,,,,,,,,",
            f"个人,张伟,,13900000001,,男,,,{number[:-1]}0,,,",
            "个人,赵六,,,,,,,,,,",
            "外星人,孙七,,13900000002,,,,,,,,",
            "个人,,,13900000003,,,,,,,,",
        ],
    )

    report = await import_customers(actor=CLI, path=path)

    assert (report.rows, report.created, report.updated, report.duplicates) == (7, 2, 0, 0)
    assert [(r.row, r.reason, r.column) for r in report.rejected] == [
        (4, "INVALID", "手机"),
        (5, "INVALID", "证件号码"),
        (6, "REQUIRED", None),
        (7, "UNKNOWN_CODE", "类型"),
        (8, "REQUIRED", "姓名"),
    ]
    assert "12345" in report.rejected[0].message
    assert report.imported + len(report.rejected) == report.rows
    person = await Customer.get(name="李娜")
    assert (person.kind, person.name_en, person.email, person.birthday) == (
        CustomerKind.INDIVIDUAL,
        "Li Na",
        "lina@example.com",
        date(1985, 2, 3),
    )
    assert person.id_number_encrypted is not None
    assert decrypt_field(person.id_number_encrypted) == number
    assert await phones_of(person.id) == ["+8613800138000", "+862162881234"]
    company = await Customer.get(name="上海锦江国际")
    assert (company.kind, company.address) == (CustomerKind.CORPORATE, "南京西路")
    audit = await fetch("SELECT actor_label, target_id FROM audit_log WHERE action = ?", ["import.customers"])
    assert audit == [{"actor_label": "cli", "target_id": "客户.csv"}]


async def test_an_existing_customer_only_gets_blanks_filled_and_a_second_import_adds_nothing(
    db: str, tmp_path: Path
) -> None:
    known = await make_customer(name="张伟", phones=["13800138000"], address="北京")
    path = write(
        tmp_path,
        [
            HEADER,
            "个人,张伟,Zhang Wei,138 0013 8000;13900000009,zw@example.com,,,,,上海,锦江,",
            "个人,张伟,,+86 138-0013-8000,,,,,,,,",
            "单位,锦江国际,,,,,,,,,,",
            "单位,锦江国际,,02161234567,,,,,,,,",
        ],
        encoding="gbk",
        name="gbk.csv",
    )

    first = await import_customers(actor=CLI, path=path)
    again = await import_customers(actor=CLI, path=path)

    assert (first.created, first.updated, first.duplicates, first.rejected) == (1, 2, 1, [])
    assert first.encoding == "gb18030"
    assert [(w.row, w.reason) for w in first.warnings] == [(2, "KEPT_EXISTING")]
    assert "keeps its address" in first.warnings[0].message
    assert (again.created, again.updated, again.duplicates) == (0, 0, 4)
    customer = await Customer.get(id=known.id)
    assert (customer.address, customer.name_en, customer.email, customer.employer) == (
        "北京",
        "Zhang Wei",
        "zw@example.com",
        "锦江",
    )
    assert customer.version == known.version + 1
    assert await phones_of(known.id) == ["+8613800138000", "+8613900000009"]
    assert await Customer.filter(name="张伟").count() == 1
    assert await Customer.filter(name="锦江国际").count() == 1


async def test_an_xlsx_of_profiles_reads_dates_and_numbers(db: str, tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["name", "phone", "birthday", "gender", "email"])
    sheet.append(["Anna Schmidt", "+49 30 901820", date(1990, 1, 2), "F", None])
    sheet.append(["陈静", 13700000001, None, None, "cj@example.com"])
    book.save(tmp_path / "profiles.xlsx")

    report = await import_customers(actor=CLI, path=tmp_path / "profiles.xlsx")

    assert (report.created, report.rejected) == (2, [])
    anna = await Customer.get(name="Anna Schmidt")
    assert anna.birthday == date(1990, 1, 2)
    assert await phones_of(anna.id) == ["+4930901820"]
    chen = await Customer.get(name="陈静")
    assert await phones_of(chen.id) == ["+8613700000001"]
