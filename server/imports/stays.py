"""Rows of a stays file -> Stay columns: the PMS booking export and our own columns.

Historical facts are kept as the PMS reported them. What looks wrong but can be read
(a negative or extreme rate, zero nights, NULL/NA, a code we do not know) is imported
with a warning; a row that cannot be read (bad date, a rate that is not a number, a
required value missing) is rejected with its reason. Nothing is dropped silently.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from server.core.money import MAX_FEN
from server.core.time import hotel_today
from server.imports.cells import Columns, RowReader, cell_text, resolve_columns
from server.imports.files import Cell, ImportFileError, Table
from server.imports.report import Issue, RowRejected
from server.settings import get_settings
from server.stays.models import StayStatus
from server.stays.service import status_on

PMS = "pms"
OWN = "own"

# The PMS booking export (hotel_bookings.csv): the columns we read.
PMS_COLUMNS = (
    "hotel",
    "arrival_date_year",
    "arrival_date_month",
    "arrival_date_day_of_month",
    "stays_in_weekend_nights",
    "stays_in_week_nights",
    "adr",
    "assigned_room_type",
    "reservation_status",
)
PMS_OPTIONAL = (
    "reserved_room_type",
    "market_segment",
    "distribution_channel",
    "customer_type",
    "country",
    "adults",
    "children",
)
PMS_STATUS = {"Check-Out": StayStatus.CHECKED_OUT, "Canceled": StayStatus.CANCELLED, "No-Show": StayStatus.NO_SHOW}
# The codes the PMS documents; anything else (its own "Undefined" included) is kept and warned about.
KNOWN_CODES: dict[str, frozenset[str]] = {
    "market_segment": frozenset(
        {"Online TA", "Offline TA/TO", "Groups", "Direct", "Corporate", "Complementary", "Aviation"}
    ),
    "channel": frozenset({"TA/TO", "Direct", "Corporate", "GDS"}),
    "customer_type": frozenset({"Transient", "Transient-Party", "Contract", "Group"}),
}
MONTHS = {
    name: number
    for number, name in enumerate(
        (
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ),
        start=1,
    )
}

# Our own columns: field -> header aliases (English and Chinese; case, spaces and '_' do not matter).
OWN_ALIASES: dict[str, tuple[str, ...]] = {
    "property": ("hotel", "酒店", "门店", "物业"),
    "arrival": ("arrival_date", "check_in", "到店日期", "入住日期", "抵店日期", "到达日期"),
    "departure": ("departure_date", "check_out", "离店日期", "退房日期"),
    "room_type": ("房型",),
    "nightly_rate": ("rate", "房价", "房价(元)", "房价（元）", "每晚房价", "平均房价"),
    "status": ("状态", "预订状态"),
    "channel": ("distribution_channel", "渠道", "预订渠道"),
    "market_segment": ("segment", "市场细分", "市场分类"),
    "customer_type": ("客人类型", "客户类型"),
    "country": ("国家", "国家/地区"),
    "adults": ("成人", "成人数"),
    "children": ("儿童", "儿童数"),
    "purpose": ("来访目的",),
    "payment_method": ("付款方式",),
    "reference": ("booking_reference", "预订号", "订单号", "预订编号"),
    "phone": ("mobile", "手机", "手机号", "电话"),
    "name": ("guest_name", "姓名", "客人姓名"),
    "customer_id": ("客户编号", "客户id"),
}
OWN_REQUIRED = ("arrival", "departure", "room_type", "nightly_rate")
OWN_STATUS = {
    StayStatus.RESERVED: ("reserved", "预订", "已预订", "预定"),
    StayStatus.IN_HOUSE: ("in_house", "in-house", "在住", "入住中"),
    StayStatus.CHECKED_OUT: ("checked_out", "check-out", "checkout", "离店", "已离店", "退房", "已退房"),
    StayStatus.CANCELLED: ("cancelled", "canceled", "取消", "已取消"),
    StayStatus.NO_SHOW: ("no_show", "no-show", "noshow", "未到", "未到店", "应到未到"),
}
_OWN_STATUS_BY_TEXT = {text: status for status, texts in OWN_STATUS.items() for text in texts}
REFERENCE_MAX = 120  # source_ref holds "own:" + the reference in 128 characters
MAX_NIGHTS = 3650  # longer cannot be a stay: the row is rejected


@dataclass(frozen=True)
class StayLayout:
    name: str  # PMS or OWN
    columns: Columns
    header: list[str]

    def content_names(self) -> list[str]:
        """A name per header position for the row's identity: the field it means, else the header as written."""
        fields = {position: name for name, position in self.columns.index.items()}
        return [fields.get(position, "?" + name) for position, name in enumerate(self.header)]


@dataclass
class CustomerHint:
    """Who the stay belongs to, as our own layout names them (resolved in the database in batches)."""

    customer_id: int | None = None
    phone: str | None = None
    name: str | None = None


@dataclass
class MappedStay:
    row: int
    source_ref: str
    columns: dict[str, Any]
    warnings: list[Issue] = field(default_factory=list)
    customer: CustomerHint | None = None
    by_reference: bool = False  # our own booking reference, not the row's content, is its identity


def recognise_layout(table: Table) -> StayLayout:
    """PMS booking export or our own columns, from the header; anything else is refused."""
    pms = resolve_columns(table.header, {name: () for name in (*PMS_COLUMNS, *PMS_OPTIONAL)})
    if all(name in pms for name in PMS_COLUMNS):
        return StayLayout(PMS, pms, table.header)
    own = resolve_columns(table.header, OWN_ALIASES)
    if all(name in own for name in OWN_REQUIRED):
        return StayLayout(OWN, own, table.header)
    if sum(name in pms for name in PMS_COLUMNS) >= 3:
        missing = ", ".join(n for n in PMS_COLUMNS if n not in pms)
        raise ImportFileError(f"{table.name}: looks like a PMS booking export but lacks the columns {missing}")
    chinese = {n: next(a for a in OWN_ALIASES[n] if not a.isascii()) for n in OWN_REQUIRED}
    missing = ", ".join(f"{n} ({chinese[n]})" for n in OWN_REQUIRED if n not in own)
    raise ImportFileError(
        f"{table.name}: unknown layout. Expected a PMS booking export (hotel_bookings columns) or our own "
        f"columns; missing: {missing}"
    )


class StayMapper:
    """Maps the rows of one file in order (identical rows are numbered by occurrence)."""

    def __init__(self, layout: StayLayout, *, today: date | None = None) -> None:
        self.layout = layout
        self.today = today or hotel_today()
        settings = get_settings()
        self.extreme_rate_fen = settings.import_extreme_rate_yuan * 100
        self.default_property = settings.property_name
        self.occurrences: Counter[str] = Counter()
        self.content_names = layout.content_names()
        self.content_order = [
            (position, f"{len(name)}:{name}")
            for position, name in sorted(enumerate(self.content_names), key=lambda pair: pair[1])
        ]
        self.rate_column = "adr" if layout.name == PMS else "nightly_rate"

    def map(self, number: int, cells: list[Cell]) -> MappedStay:
        """The stay of one row; RowRejected when the row cannot be interpreted."""
        width = len(self.content_names)
        if len(cells) > width and any(cell_text(c) for c in cells[width:]):
            raise RowRejected("EXTRA_VALUES", f"the row has {len(cells)} values, the header {width} columns")
        reader = RowReader(number, cells, self.layout.columns)
        if self.layout.name == PMS:
            columns = self._pms(reader)
            hint = None
            reference = None
        else:
            columns, hint, reference = self._own(reader)
        self._check(reader, columns)
        if reference is not None:
            source_ref = f"{OWN}:{reference}"
        else:
            digest = self._digest(columns["property"], cells)
            self.occurrences[digest] += 1
            source_ref = f"{self.layout.name}:{digest}#{self.occurrences[digest]}"
        return MappedStay(number, source_ref, columns, reader.warnings, hint, by_reference=reference is not None)

    def _digest(self, property_name: str, cells: list[Cell]) -> str:
        """The row's content, normalised: column name -> trimmed text, in name order, with the property.

        Names rather than positions, so the same export with its columns in another order (or
        our own layout with Chinese instead of English headers) keeps every row's identity.
        """
        # Each part as <length>:<text>, so no value can pose as a boundary between two others.
        texts = [cell_text(cell) for cell in cells]
        width = len(texts)
        parts = [f"{len(property_name)}:{property_name}"]
        parts += [
            f"{tag}{len(text)}:{text}"
            for position, tag in self.content_order
            if position < width and (text := texts[position])
        ]
        return hashlib.sha256("".join(parts).encode()).hexdigest()

    def _pms(self, r: RowReader) -> dict[str, Any]:
        property_name = r.required_text("hotel", max_length=64)
        arrival = self._pms_arrival(r)
        nights = r.required_count("stays_in_weekend_nights") + r.required_count("stays_in_week_nights")
        status_text = r.required_text("reservation_status", max_length=32)
        status = PMS_STATUS.get(status_text)
        if status is None:
            raise r.reject(
                "UNKNOWN_STATUS",
                f"reservation_status {status_text!r} is none of {', '.join(PMS_STATUS)}",
                "reservation_status",
            )
        room_type = r.text("assigned_room_type", max_length=32, missing_warns=False)
        if room_type is None:
            room_type = r.text("reserved_room_type", max_length=32, missing_warns=False)
            if room_type is None:
                raise r.reject("REQUIRED", "assigned_room_type and reserved_room_type are empty", "assigned_room_type")
            r.warn("MISSING_VALUE", "assigned_room_type is empty: reserved_room_type used", "assigned_room_type")
        return {
            "property": property_name,
            "arrival": arrival,
            "departure": self._departure(r, arrival, nights),
            "room_nights": nights,
            "room_type": room_type,
            "nightly_rate": r.fen("adr"),
            "market_segment": self._code(r, "market_segment", "market_segment"),
            "channel": self._code(r, "distribution_channel", "channel"),
            "customer_type": self._code(r, "customer_type", "customer_type"),
            "country": self._country(r),
            "adults": r.count("adults", default=1),
            "children": r.count("children", default=0),
            "purpose": None,
            "payment_method": None,
            "status": status,
        }

    def _pms_arrival(self, r: RowReader) -> date:
        year_text = cell_text(r.raw("arrival_date_year"))
        month_text = cell_text(r.raw("arrival_date_month"))
        day_text = cell_text(r.raw("arrival_date_day_of_month"))
        month = MONTHS.get(month_text.lower())
        if month is None and month_text.isdigit():
            month = int(month_text)
        try:
            return date(int(year_text), month or 0, int(day_text))
        except (ValueError, TypeError):
            raise r.reject(
                "BAD_DATE",
                f"arrival {year_text or '?'}-{month_text or '?'}-{day_text or '?'} is not a date",
                "arrival_date_year",
            ) from None

    def _departure(self, r: RowReader, arrival: date, nights: int) -> date:
        if nights > MAX_NIGHTS:
            raise r.reject("BAD_NUMBER", f"{nights} nights is more than {MAX_NIGHTS}")
        try:
            return arrival + timedelta(days=nights)
        except OverflowError:
            raise r.reject("BAD_DATE", f"arrival {arrival} plus {nights} nights is not a date") from None

    def _code(self, r: RowReader, column: str, known_as: str) -> str | None:
        value = r.text(column, max_length=32 if known_as == "customer_type" else 64)
        if value is not None and self.layout.name == PMS and value not in KNOWN_CODES[known_as]:
            r.warn("UNKNOWN_CODE", f"{r.column(column)} {value!r} is not a known code: kept as reported", column)
        return value

    def _country(self, r: RowReader) -> str | None:
        value = r.text("country", max_length=64)
        if value is None:
            return None
        if len(value) > 3 or not value.isascii() or not value.isalpha():
            r.warn("UNKNOWN_CODE", f"country {value!r} is not a country code: stored as none", "country")
            return None
        if len(value) != 3 and self.layout.name == PMS:
            r.warn("UNKNOWN_CODE", f"country {value!r} is not an ISO 3166-1 alpha-3 code: kept as reported", "country")
        return value.upper()

    def _own(self, r: RowReader) -> tuple[dict[str, Any], CustomerHint | None, str | None]:
        arrival = r.date("arrival")
        departure = r.date("departure")
        if departure < arrival:
            raise r.reject(
                "BAD_DATE", f"departure {departure.isoformat()} is before arrival {arrival.isoformat()}", "departure"
            )
        nights = (departure - arrival).days
        self._departure(r, arrival, nights)
        status_text = r.text("status", max_length=32, missing_warns=False)
        if status_text is None:
            status = status_on(arrival, departure, self.today)
        else:
            found = _OWN_STATUS_BY_TEXT.get(status_text.lower()) or _OWN_STATUS_BY_TEXT.get(status_text)
            if found is None:
                try:
                    found = StayStatus(status_text.upper())
                except ValueError:
                    raise r.reject(
                        "UNKNOWN_STATUS",
                        f"{r.column('status')} {status_text!r} is none of "
                        f"{', '.join(s.value for s in StayStatus)} (or 已离店, 已取消, 未到, 在住, 预订)",
                        "status",
                    ) from None
            status = found
        reference = r.text("reference", max_length=REFERENCE_MAX, missing_warns=False)
        columns: dict[str, Any] = {
            "property": r.text("property", max_length=64, missing_warns=False) or self.default_property,
            "arrival": arrival,
            "departure": departure,
            "room_nights": nights,
            "room_type": r.required_text("room_type", max_length=32),
            "nightly_rate": r.fen("nightly_rate"),
            "market_segment": self._code(r, "market_segment", "market_segment"),
            "channel": self._code(r, "channel", "channel"),
            "customer_type": self._code(r, "customer_type", "customer_type"),
            "country": self._country(r),
            "adults": r.count("adults", default=1, blank_is_default=True),
            "children": r.count("children", default=0, blank_is_default=True),
            "purpose": r.text("purpose", max_length=64),
            "payment_method": r.text("payment_method", max_length=64),
            "status": status,
        }
        hint = self._customer_hint(r)
        return columns, hint, reference

    def _customer_hint(self, r: RowReader) -> CustomerHint | None:
        customer_text = cell_text(r.raw("customer_id"))
        phone = r.text("phone", max_length=40, missing_warns=False)
        name = r.text("name", max_length=128, missing_warns=False)
        if not customer_text and phone is None:
            if name is not None:
                r.warn("CUSTOMER_NOT_FOUND", f"{r.column('name')} {name!r} without a phone: not linked", "name")
            return None
        customer_id: int | None = None
        if customer_text:
            if not customer_text.isdigit():
                r.warn(
                    "CUSTOMER_NOT_FOUND",
                    f"{r.column('customer_id')} {customer_text!r} is not a customer number: not linked",
                    "customer_id",
                )
                return None
            customer_id = int(customer_text)
        return CustomerHint(customer_id=customer_id, phone=phone, name=name)

    def _check(self, r: RowReader, columns: dict[str, Any]) -> None:
        rate: int = columns["nightly_rate"]
        revenue = rate * columns["room_nights"]
        if abs(revenue) > MAX_FEN:
            raise r.reject("BAD_NUMBER", "the room revenue is out of range", self.rate_column)
        columns["room_revenue"] = revenue
        rate_column = self.rate_column
        shown = Decimal(rate) / 100
        if rate < 0:
            r.warn("NEGATIVE_RATE", f"negative nightly rate {shown}: kept as reported", rate_column)
        elif rate > self.extreme_rate_fen:
            r.warn(
                "EXTREME_RATE",
                f"nightly rate {shown} is above {self.extreme_rate_fen // 100:,} "
                "(HOTEL_CRM_IMPORT_EXTREME_RATE_YUAN): kept as reported",
                rate_column,
            )
        if columns["room_nights"] == 0:
            r.warn("ZERO_NIGHTS", "zero nights: departure = arrival, no room revenue")
