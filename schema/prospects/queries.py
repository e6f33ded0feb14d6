from __future__ import annotations

import strawberry

from schema.context import Info
from schema.enums import ProspectGrade, ProspectStatus
from schema.ids import parse_id, parse_optional_id
from schema.pagination import Connection, connection, decode_cursor, page_size
from schema.permissions import ACCOUNT_STAFF, MANAGERS
from schema.prospects.types import DormantCustomer, DueFollowUps, HotelEvent, Prospect, ProspectBoardColumn
from server.prospects import service

MAX_DAYS_AHEAD = 31
MAX_DUE = 100


def _days(days_ahead: int | None) -> int:
    return max(0, min(days_ahead if days_ahead is not None else 7, MAX_DAYS_AHEAD))


@strawberry.type
class ProspectQueries:
    @strawberry.field(
        description="A prospect by id (yours, your team's, or any for managers).", permission_classes=[ACCOUNT_STAFF]
    )
    async def prospect(self, info: Info, id: strawberry.ID) -> Prospect | None:
        found = await service.read_prospect(actor=info.context.actor, prospect_id=parse_id(id))
        return Prospect.from_model(found) if found else None

    @strawberry.field(
        description="Prospects, open first and soonest follow-up first. SALES see their own, "
        "supervisors their team's, managers all.",
        permission_classes=[ACCOUNT_STAFF],
    )
    async def prospects(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        grade: ProspectGrade | None = None,
        status: ProspectStatus | None = None,
        owner_id: strawberry.ID | None = None,
        customer_id: strawberry.ID | None = None,
    ) -> Connection[Prospect]:
        size = page_size(first)
        offset = decode_cursor(after)
        board = service.ProspectFilter(
            grade=grade,
            status=status,
            owner_id=parse_optional_id(owner_id, field="ownerId"),
            customer_id=parse_optional_id(customer_id, field="customerId"),
        )
        page = await service.prospects_page(actor=info.context.actor, board=board, first=size, offset=offset)
        return connection([Prospect.from_model(p) for p in page.prospects], offset=offset, total=page.total)

    @strawberry.field(
        description="The follow-ups board: open prospects in H, A, B, C columns with counts.",
        permission_classes=[ACCOUNT_STAFF],
    )
    async def prospect_board(self, info: Info, owner_id: strawberry.ID | None = None) -> list[ProspectBoardColumn]:
        columns = await service.prospect_board(
            actor=info.context.actor, owner_id=parse_optional_id(owner_id, field="ownerId")
        )
        return [ProspectBoardColumn.from_data(c) for c in columns]

    @strawberry.field(
        description="Your open follow-up tasks: overdue, due today and the next daysAhead days (≤ 31; default 7).",
        permission_classes=[ACCOUNT_STAFF],
    )
    async def my_follow_ups(self, info: Info, days_ahead: int | None = 7) -> DueFollowUps:
        return DueFollowUps.from_data(
            await service.my_follow_ups(actor=info.context.actor, days_ahead=_days(days_ahead), limit=MAX_DUE)
        )

    @strawberry.field(
        description="Your team's open follow-up tasks (managers: everyone's), overdue, today and upcoming.",
        permission_classes=[ACCOUNT_STAFF],
    )
    async def team_follow_ups(self, info: Info, days_ahead: int | None = 7) -> DueFollowUps:
        return DueFollowUps.from_data(
            await service.team_follow_ups(actor=info.context.actor, days_ahead=_days(days_ahead), limit=MAX_DUE)
        )

    @strawberry.field(description="Events, the latest first (up to 100).", permission_classes=[ACCOUNT_STAFF])
    async def hotel_events(self, info: Info) -> list[HotelEvent]:
        return [HotelEvent.from_model(e) for e in await service.latest_events(actor=info.context.actor)]

    @strawberry.field(description="An event by id, with its guests.", permission_classes=[ACCOUNT_STAFF])
    async def hotel_event(self, info: Info, id: strawberry.ID) -> HotelEvent | None:
        found = await service.read_event(actor=info.context.actor, event_id=parse_id(id))
        return HotelEvent.from_model(found) if found else None

    @strawberry.field(
        description="Customers with no stay and no interaction for `months` (default HOTEL_CRM_DORMANT_MONTHS), "
        "not yet DORMANT and not verified within that time; for the verification calls.",
        permission_classes=[MANAGERS],
    )
    async def dormant_customers(
        self, info: Info, months: int | None = None, first: int | None = None, after: str | None = None
    ) -> Connection[DormantCustomer]:
        size = page_size(first)
        offset = decode_cursor(after)
        page = await service.dormant_customers(actor=info.context.actor, months=months, first=size, offset=offset)
        nodes = [
            DormantCustomer(last_stay_on=r.last_stay_on, last_contact_at=r.last_contact_at, customer_id=r.customer.id)
            for r in page.rows
        ]
        return connection(nodes, offset=offset, total=page.total)
