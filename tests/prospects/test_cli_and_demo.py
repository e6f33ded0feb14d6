"""`hotel-crm follow-ups generate` (the nightly job, idempotent) and the demo prospects and feedback."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

from server.auth.models import Role, User
from server.core.time import hotel_today
from server.feedback.models import Feedback
from server.prospects.demo import seed_prospects
from server.prospects.models import FollowUpTask, FollowUpTaskKind, HotelEvent, Prospect, ProspectFollowUp
from tests.factories import make_customer, make_stay

HOTEL_CRM = Path(sys.executable).parent / "hotel-crm"
REPO = Path(__file__).resolve().parents[2]


async def hotel_crm(*args: str) -> subprocess.CompletedProcess[str]:
    # Another process on the test's database (HOTEL_CRM_DATABASE_URL is set by the db fixture).
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return await asyncio.to_thread(
        subprocess.run, [str(HOTEL_CRM), *args], env=env, capture_output=True, text=True, timeout=60, check=False
    )


async def test_generate_prints_counts_and_is_idempotent(db: str) -> None:
    customer = await make_customer()
    yesterday = hotel_today() - timedelta(days=1)
    await make_stay(customer, arrival=yesterday - timedelta(days=2), departure=yesterday)

    first = await hotel_crm("follow-ups", "generate")
    second = await hotel_crm("follow-ups", "generate")

    assert first.returncode == 0, first.stderr
    assert first.stdout.strip() == "3 stay revisit task(s), 0 event revisit task(s) created"
    assert second.stdout.strip() == "0 stay revisit task(s), 0 event revisit task(s) created"
    assert await FollowUpTask.filter(kind=FollowUpTaskKind.REVISIT_STAY).count() == 3


async def test_demo_prospects_feedback_and_events(db: str) -> None:
    users = {}
    for role in (Role.SALES, Role.MANAGER, Role.AGENT):
        user = await User.create(username=role.value.lower(), display_name=role.value, role=role, password_hash="x")
        users[role.value.lower()] = user.id
    for n in range(20):
        await make_customer(name=f"演示客户{n}")

    made, feedback_rows, _ = await seed_prospects(seed=7, users=users)

    assert made == 12
    assert feedback_rows == await Feedback.all().count() == 48
    grades = set(await Prospect.all().values_list("grade", flat=True))
    assert len(grades) == 4
    assert await ProspectFollowUp.exclude(supervisor_comment=None).count() >= 1
    assert await HotelEvent.all().count() == 2
    assert await FollowUpTask.filter(kind=FollowUpTaskKind.REVISIT_EVENT).count() > 0
    assert await seed_prospects(seed=7, users=users) == (0, 0, 0)
