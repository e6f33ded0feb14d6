"""Demo accounts for `hotel-crm seed-demo`: contacts at corporate customers and contracts, a few expiring soon."""

from __future__ import annotations

from datetime import date, timedelta
from random import Random

from server.auth.actor import Actor
from server.auth.models import Role
from server.contacts import service as contacts
from server.contacts.models import Contact
from server.contracts import service as contracts
from server.contracts.models import Contract, ContractStatus
from server.core.time import hotel_today
from server.customers.models import Customer, CustomerKind, CustomerStatus
from server.customers.service import PhoneEntry

MAX_ACCOUNTS = 12
_PEOPLE = ["王丽", "陈刚", "刘洋", "赵敏", "孙磊", "周婷", "吴昊", "郑爽", "冯静", "何军", "许晴", "高峰"]
_TITLES = ["行政经理", "总经理助理", "采购主管", "人事总监", "会务负责人"]
_ROOMS = [("标准间", 38800), ("大床房", 42800), ("豪华大床房", 52800), ("行政套房", 98800)]


async def seed_accounts(*, seed: int, users: dict[str, int]) -> tuple[int, int]:
    """Adds contacts and contracts when there are none; returns (contacts, contracts) added."""
    if await Contact.exists() or await Contract.exists():
        return 0, 0
    rng = Random(seed)
    accounts = list(
        await Customer.filter(kind=CustomerKind.CORPORATE, status__not=CustomerStatus.MERGED)
        .order_by("id")
        .limit(MAX_ACCOUNTS)
    )
    sales = Actor(user_id=users.get("sales"), username="sales", role=Role.SALES)
    today = hotel_today()
    added_contacts = added_contracts = 0
    for index, account in enumerate(accounts):
        for n in range(1 + index % 2):
            person = _PEOPLE[(index * 2 + n) % len(_PEOPLE)]
            # Every third account has someone with a birthday this week, for the care calendar.
            soon = today + timedelta(days=(index % 7))
            birthday = (
                date(1975 + rng.randrange(20), soon.month, min(soon.day, 28)) if n == 0 and index % 3 == 0 else None
            )
            await contacts.create_contact(
                actor=sales,
                customer_id=account.id,
                data=contacts.ContactData(
                    name=person,
                    title=rng.choice(_TITLES),
                    phones=[PhoneEntry(f"139{rng.randrange(10**8):08d}", "手机")],
                    email=None,
                    birthday=birthday,
                ),
            )
            added_contacts += 1
        # Accounts 0-2 end within 30 days (the expiring list), 3 is a draft, 4 expired, the rest run a year.
        if index < 3:
            start, end = today - timedelta(days=335), today + timedelta(days=5 + 9 * index)
        elif index == 4:
            start, end = today - timedelta(days=400), today - timedelta(days=35)
        else:
            start = today - timedelta(days=rng.randrange(30, 200))
            end = start + timedelta(days=364)
        rooms = rng.sample(_ROOMS, k=2)
        contract = await contracts.create_contract(
            actor=sales,
            customer_id=account.id,
            data=contracts.ContractData(
                number=f"HT-{start.year}-{account.id:05d}",
                kind="公司协议",
                start_date=start,
                end_date=end,
                discount_percent=float(rng.choice([5, 8, 10, 12.5, 15])),
                rates=[contracts.RateEntry(room, rate) for room, rate in rooms],
                credit_limit=rng.choice([2_000_000, 5_000_000, 10_000_000]),
                payment_terms="月结 30 天",
            ),
        )
        added_contracts += 1
        if index == 3:
            continue
        if end >= today:
            await contracts.activate_contract(actor=sales, contract_id=contract.id)
        else:
            contract.status = ContractStatus.EXPIRED
            await contract.save(update_fields=["status"])
    return added_contacts, added_contracts
