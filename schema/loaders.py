"""Per-request DataLoaders: related data of many customers in one statement each (no N+1)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Hashable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from strawberry.dataloader import DataLoader

from server.auth import service as auth
from server.auth.models import User
from server.complaints import service as complaints
from server.complaints.models import Complaint, ComplaintEvent
from server.contacts import service as contacts
from server.contacts.models import Contact
from server.contracts import service as contracts
from server.contracts.models import Contract, ContractRate
from server.customers import service as customers
from server.customers.service import PhoneView
from server.feedback import service as feedback
from server.feedback.models import Feedback
from server.interactions import service as interactions
from server.knowledge import service as knowledge
from server.knowledge.models import KnowledgeArticle, KnowledgeArticleVersion
from server.membership import service as membership
from server.membership.models import CardEvent, MembershipCard
from server.prospects import service as prospects
from server.prospects.models import EventAttendance, FollowUpTask, Prospect, ProspectFollowUp
from server.stays import service as stays

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")
ApiT = TypeVar("ApiT")


def _batched(fetch: Callable[[list[K]], Awaitable[dict[K, V]]], default: Any = None) -> DataLoader[K, V]:
    async def load(keys: list[K]) -> list[V]:
        found = await fetch(list(dict.fromkeys(keys)))
        return [found.get(k, default) for k in keys]

    return DataLoader(load_fn=load)


async def load_one(loader: DataLoader[int, V], key: int | None, to_api: Callable[[V], ApiT]) -> ApiT | None:
    """The API object of one related row through a request's loader; None for no id or an unknown one."""
    if key is None:
        return None
    found = await loader.load(key)
    return to_api(found) if found else None


@dataclass
class Loaders:
    users: DataLoader[int, User] = field(default_factory=lambda: _batched(auth.users_by_ids))
    phones: DataLoader[int, list[customers.PhoneView]] = field(
        default_factory=lambda: _batched(customers.phones_of, [])
    )
    preferences: DataLoader[int, list[customers.PreferenceView]] = field(
        default_factory=lambda: _batched(customers.preferences_of, [])
    )
    key_dates: DataLoader[int, list[customers.KeyDateView]] = field(
        default_factory=lambda: _batched(customers.key_dates_of, [])
    )
    performance: DataLoader[int, stays.Performance] = field(default_factory=lambda: _batched(stays.performance_of))
    extensions: DataLoader[int, str | None] = field(default_factory=lambda: _batched(interactions.extensions_of))
    customers: DataLoader[int, Any] = field(default_factory=lambda: _batched(customers.customers_by_ids))
    open_complaints: DataLoader[int, list[Complaint]] = field(
        default_factory=lambda: _batched(complaints.open_complaints_of, [])
    )
    complaint_timelines: DataLoader[int, list[ComplaintEvent]] = field(
        default_factory=lambda: _batched(complaints.timelines_of, [])
    )
    complaint_articles: DataLoader[int, list[KnowledgeArticle]] = field(
        default_factory=lambda: _batched(complaints.linked_articles_of, [])
    )
    membership: DataLoader[int, MembershipCard] = field(default_factory=lambda: _batched(membership.held_cards_of))
    membership_cards: DataLoader[int, MembershipCard] = field(default_factory=lambda: _batched(membership.cards_by_ids))
    card_events: DataLoader[int, list[CardEvent]] = field(default_factory=lambda: _batched(membership.events_of, []))
    recent_feedback: DataLoader[int, list[Feedback]] = field(
        default_factory=lambda: _batched(feedback.recent_feedback_of, [])
    )
    prospects_by_id: DataLoader[int, Prospect] = field(default_factory=lambda: _batched(prospects.prospects_by_ids))
    customer_prospects: DataLoader[int, list[Prospect]] = field(
        default_factory=lambda: _batched(prospects.prospects_of, [])
    )
    prospect_follow_ups: DataLoader[int, list[ProspectFollowUp]] = field(
        default_factory=lambda: _batched(prospects.follow_ups_of, [])
    )
    open_follow_up_tasks: DataLoader[int, list[FollowUpTask]] = field(
        default_factory=lambda: _batched(prospects.tasks_of, [])
    )
    event_attendances: DataLoader[int, list[EventAttendance]] = field(
        default_factory=lambda: _batched(prospects.attendances_of, [])
    )
    attendance_revisits: DataLoader[int, list[FollowUpTask]] = field(
        default_factory=lambda: _batched(prospects.revisit_tasks_of, [])
    )
    contacts: DataLoader[int, list[Contact]] = field(default_factory=lambda: _batched(contacts.contacts_of, []))
    contacts_by_id: DataLoader[int, Contact] = field(default_factory=lambda: _batched(contacts.contacts_by_ids))
    contact_phones: DataLoader[int, list[PhoneView]] = field(
        default_factory=lambda: _batched(contacts.contact_phones_of, [])
    )
    contracts: DataLoader[int, list[Contract]] = field(default_factory=lambda: _batched(contracts.contracts_of, []))
    contracts_by_id: DataLoader[int, Contract] = field(default_factory=lambda: _batched(contracts.contracts_by_ids))
    contract_rates: DataLoader[int, list[ContractRate]] = field(
        default_factory=lambda: _batched(contracts.rates_of, [])
    )
    article_versions: DataLoader[int, list[KnowledgeArticleVersion]] = field(
        default_factory=lambda: _batched(knowledge.versions_of, [])
    )
    _recent_stays: dict[int, DataLoader[int, list[stays.StayView]]] = field(default_factory=dict)
    _helpful_marks: dict[int, DataLoader[int, bool]] = field(default_factory=dict)

    def recent_stays(self, limit: int) -> DataLoader[int, list[stays.StayView]]:
        loader = self._recent_stays.get(limit)
        if loader is None:

            async def fetch(ids: list[int]) -> dict[int, list[stays.StayView]]:
                return await stays.recent_stays_of(ids, limit)

            loader = self._recent_stays[limit] = _batched(fetch, [])
        return loader

    def helpful_marks(self, user_id: int) -> DataLoader[int, bool]:
        """Whether this member of staff marked each article helpful."""
        loader = self._helpful_marks.get(user_id)
        if loader is None:

            async def fetch(ids: list[int]) -> dict[int, bool]:
                marked = await knowledge.helpful_marked_by(user_id, ids)
                return {i: i in marked for i in ids}

            loader = self._helpful_marks[user_id] = _batched(fetch, False)
        return loader
