"""`hotel-crm transfer-customers` and `hotel-crm deactivate-user`: the same rules, audited as the CLI."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from pathlib import Path

from server.auth.models import AuditEntry, User, UserStatus
from tests.factories import make_user
from tests.staff.support import give_work, owners

HOTEL_CRM = Path(sys.executable).parent / "hotel-crm"
REPO = Path(__file__).resolve().parents[2]


async def hotel_crm(*args: str) -> subprocess.CompletedProcess[str]:
    # Another process on the test's database (HOTEL_CRM_DATABASE_URL is set by the db fixture).
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return await asyncio.to_thread(
        subprocess.run, [str(HOTEL_CRM), *args], env=env, capture_output=True, text=True, timeout=60, check=False
    )


async def test_the_cli_refuses_then_hands_over_then_deactivates(db: str) -> None:
    leaver = await make_user("leaver", display_name="王销售")
    await make_user("heir")
    book = await give_work(leaver)

    refused = await hotel_crm("deactivate-user", "leaver")
    moved = await hotel_crm("transfer-customers", "--from", "leaver", "--to", "heir")
    done = await hotel_crm("deactivate-user", "leaver")

    assert refused.returncode == 1
    assert "王销售 仍负责 2 个客户" in refused.stderr
    assert moved.returncode == 0, moved.stderr
    assert moved.stdout.strip() == (
        "moved to heir: 2 customers, 2 contracts, 1 prospects, 1 follow-up tasks, 2 complaints"
    )
    assert done.returncode == 0, done.stderr
    assert (await User.get(id=leaver.id)).status is UserStatus.INACTIVE
    heir = await User.get(username="heir")
    assert (await owners(book))["customers"] == [heir.id, heir.id]
    rows = await AuditEntry.filter(action__in=["user.transferCustomers", "user.deactivate"]).order_by("id")
    assert [(r.action, r.actor_label, r.actor_id) for r in rows] == [
        ("user.transferCustomers", "cli", None),
        ("user.deactivate", "cli", None),
    ]


async def test_the_cli_names_an_unknown_user(db: str) -> None:
    await make_user("heir")
    done = await hotel_crm("transfer-customers", "--from", "nobody", "--to", "heir")
    assert done.returncode == 1
    assert "no user 'nobody'" in done.stderr
