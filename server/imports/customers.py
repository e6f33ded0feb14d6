"""Rows of a customers file -> the customers service's NewCustomer (its cleaning and validation decide)."""

from __future__ import annotations

import re
from datetime import date
from enum import Enum
from typing import TypeVar

from server.core.idcards import Gender, IdDocumentType
from server.customers.models import CustomerKind
from server.customers.service import NewCustomer, PhoneEntry
from server.imports.cells import Columns, RowReader, resolve_columns
from server.imports.files import ImportFileError, Table

# field -> header aliases (English and Chinese; case, spaces and '_' do not matter).
CUSTOMER_ALIASES: dict[str, tuple[str, ...]] = {
    "kind": ("类型", "客户类型", "个人/单位"),
    "name": ("姓名", "名称", "客户名称", "客户姓名", "单位名称"),
    "name_en": ("english_name", "英文名", "英文姓名"),
    "phone": ("phones", "mobile", "手机", "手机号", "电话", "联系电话"),
    "email": ("e-mail", "mail", "邮箱", "电子邮箱"),
    "gender": ("sex", "性别"),
    "birthday": ("birth_date", "date_of_birth", "生日", "出生日期"),
    "id_document_type": ("document_type", "证件类型"),
    "id_number": ("document_number", "证件号码", "证件号", "身份证号", "身份证号码"),
    "nationality": ("国籍",),
    "nature": ("客户性质", "性质"),
    "industry": ("行业",),
    "region": ("地区",),
    "channel": ("渠道", "来源渠道"),
    "address": ("地址",),
    "employer": ("company", "工作单位", "公司"),
    "notes": ("备注",),
}
_KINDS = {
    CustomerKind.INDIVIDUAL: ("individual", "个人", "散客"),
    CustomerKind.CORPORATE: ("corporate", "company", "单位", "公司", "企业", "协议单位"),
}
_GENDERS = {
    Gender.MALE: ("male", "m", "男"),
    Gender.FEMALE: ("female", "f", "女"),
    Gender.UNKNOWN: ("unknown", "未知"),
}
_DOCUMENTS = {
    IdDocumentType.RESIDENT_ID: ("resident_id", "身份证", "居民身份证"),
    IdDocumentType.PASSPORT: ("passport", "护照"),
    IdDocumentType.HK_MACAO_PERMIT: ("hk_macao_permit", "港澳通行证", "港澳居民来往内地通行证"),
    IdDocumentType.TAIWAN_PERMIT: ("taiwan_permit", "台湾通行证", "台胞证", "台湾居民来往大陆通行证"),
    IdDocumentType.FOREIGN_PERMANENT_RESIDENT_ID: (
        "foreign_permanent_resident_id",
        "外国人永久居留身份证",
        "永居证",
    ),
    IdDocumentType.OTHER: ("other", "其他"),
}
_PHONE_SEPARATORS = re.compile(r"[;；、,，|]")


ChoiceT = TypeVar("ChoiceT", bound=Enum)


def _lookup(table: dict[ChoiceT, tuple[str, ...]]) -> dict[str, ChoiceT]:
    return {alias.lower(): key for key, aliases in table.items() for alias in aliases}


_KIND_BY_TEXT = _lookup(_KINDS)
_GENDER_BY_TEXT = _lookup(_GENDERS)
_DOCUMENT_BY_TEXT = _lookup(_DOCUMENTS)


def recognise_customer_columns(table: Table) -> Columns:
    columns = resolve_columns(table.header, CUSTOMER_ALIASES)
    if "name" not in columns:
        raise ImportFileError(
            f"{table.name}: unknown layout. A customers file needs a name column (name / 姓名 / 名称); "
            f"found {', '.join(table.header)}"
        )
    return columns


def new_customer(r: RowReader) -> NewCustomer:
    """The row as the customers service's input; RowRejected for values that are no known choice."""
    phones = r.text("phone", max_length=400, missing_warns=False)
    id_number = r.text("id_number", max_length=40, missing_warns=False)
    document = _choice(r, "id_document_type", _DOCUMENT_BY_TEXT)
    if id_number is not None and document is None:
        # A number without its type: a Chinese hotel's file means the resident ID card.
        document = IdDocumentType.RESIDENT_ID
    birthday: date | None = r.date("birthday") if r.text("birthday", max_length=40, missing_warns=False) else None
    return NewCustomer(
        kind=_choice(r, "kind", _KIND_BY_TEXT) or CustomerKind.INDIVIDUAL,
        name=r.text("name", max_length=400, missing_warns=False) or "",
        name_en=r.text("name_en", max_length=400, missing_warns=False),
        phones=[PhoneEntry(p.strip()) for p in _PHONE_SEPARATORS.split(phones or "") if p.strip()],
        email=r.text("email", max_length=400, missing_warns=False),
        gender=_choice(r, "gender", _GENDER_BY_TEXT),
        birthday=birthday,
        id_document_type=document,
        id_number=id_number,
        nationality=r.text("nationality", max_length=400, missing_warns=False),
        nature=r.text("nature", max_length=400, missing_warns=False),
        industry=r.text("industry", max_length=400, missing_warns=False),
        region=r.text("region", max_length=400, missing_warns=False),
        channel=r.text("channel", max_length=400, missing_warns=False),
        address=r.text("address", max_length=1000, missing_warns=False),
        employer=r.text("employer", max_length=400, missing_warns=False),
        notes=r.text("notes", max_length=10_000, missing_warns=False),
    )


def _choice(r: RowReader, field: str, choices: dict[str, ChoiceT]) -> ChoiceT | None:
    value = r.text(field, max_length=64, missing_warns=False)
    if value is None:
        return None
    found = choices.get(value.lower())
    if found is None:
        raise r.reject(
            "UNKNOWN_CODE",
            f"{r.column(field)} {value!r} is none of {', '.join(sorted({k for k in choices if not k.isascii()}))}",
            field,
        )
    return found
