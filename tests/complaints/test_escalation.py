"""Escalation of overdue complaints: once per due time, on the timeline, pushed to managers' consoles."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path

import pytest

from server.app import create_app
from server.auth.models import AuditEntry, Role
from server.complaints import service
from server.complaints.models import Complaint, ComplaintEvent, ComplaintStatus, Severity
from server.core.broker import get_broker
from server.core.time import utcnow
from tests.complaints.support import complaint_in, move
from tests.conftest import Api, FixedClock
from tests.interactions.support import gql_socket, live_server

S = ComplaintStatus
ESCALATIONS = "subscription { complaintEscalations { id status severity overdue escalatedAt } }"


async def test_an_overdue_complaint_is_escalated_once_per_due_time(api: Api, clock: FixedClock) -> None:
    late = await complaint_in(S.INVESTIGATING, severity=Severity.HIGH, due_at=clock.now - timedelta(minutes=7))
    await complaint_in(S.OPEN, due_at=clock.now + timedelta(minutes=10))  # not yet due
    await complaint_in(S.RESOLVED, due_at=clock.now - timedelta(days=1))  # resolved: never escalated

    first = await service.escalate_overdue()
    clock.advance(minutes=5)
    again = await service.escalate_overdue()

    assert [c.id for c in first] == [late.id]
    assert again == []
    row = await Complaint.get(id=late.id)
    assert row.escalated_at == clock.now - timedelta(minutes=5)
    assert row.version == late.version  # escalation is not an edit: nobody's form goes stale
    events = await ComplaintEvent.filter(complaint_id=late.id).values("action", "actor_id", "note")
    assert events == [{"action": "ESCALATED", "actor_id": None, "note": "已超过承诺处理时间 7 分钟，已通知经理"}]
    assert await AuditEntry.filter(action="complaint.escalate", target_id=str(late.id)).count() == 1
    listed = await api.data("{ escalatedComplaints { id } overdueComplaints { id } }")
    assert listed == {"escalatedComplaints": [{"id": str(late.id)}], "overdueComplaints": [{"id": str(late.id)}]}


async def test_reopening_gives_a_new_due_time_that_may_escalate_again(api: Api, clock: FixedClock) -> None:
    complaint = await complaint_in(S.OPEN, severity=Severity.CRITICAL, due_at=clock.now - timedelta(minutes=1))
    assert len(await service.escalate_overdue()) == 1
    resolved = await move(api, {"id": str(complaint.id), "version": 1}, "RESOLVED", resolution="换房")
    reopened = await move(api, resolved["complaint"], "REOPENED", note="客人不满意")
    assert reopened["complaint"]["escalatedAt"] is None
    clock.advance(minutes=29)
    assert await service.escalate_overdue() == []
    clock.advance(minutes=2)
    assert [c.id for c in await service.escalate_overdue()] == [complaint.id]
    assert await ComplaintEvent.filter(complaint_id=complaint.id, action="ESCALATED").count() == 2


@pytest.fixture
async def host(api: Api) -> AsyncIterator[str]:
    async with live_server(create_app(manage_database=False)) as address:
        yield address


async def test_managers_consoles_get_the_escalation_live(api: Api, host: str) -> None:
    await api.user(Role.MANAGER)
    await api.user(Role.AGENT)
    async with gql_socket(host) as manager, gql_socket(host) as agent:
        assert (await manager.init(api.tokens[Role.MANAGER]))["type"] == "connection_ack"
        assert (await agent.init(api.tokens[Role.AGENT]))["type"] == "connection_ack"
        await manager.send({"id": "1", "type": "subscribe", "payload": {"query": ESCALATIONS}})
        await agent.send({"id": "1", "type": "subscribe", "payload": {"query": ESCALATIONS}})
        refused = await agent.receive()
        assert refused["type"] == "error"
        assert refused["payload"][0]["extensions"]["code"] == "FORBIDDEN"
        async with asyncio.timeout(5):
            while get_broker().listener_count(service.ESCALATIONS_CHANNEL) < 1:  # noqa: ASYNC110
                await asyncio.sleep(0.005)
        late = await complaint_in(S.OPEN, severity=Severity.HIGH, due_at=utcnow() - timedelta(minutes=3))

        await service.escalate_overdue()

        message = await manager.receive()
        assert message["type"] == "next"
        pushed = message["payload"]["data"]["complaintEscalations"]
        assert (pushed["id"], pushed["status"], pushed["severity"], pushed["overdue"]) == (
            str(late.id),
            "OPEN",
            "HIGH",
            True,
        )
        assert pushed["escalatedAt"] is not None


async def test_the_escalate_command_for_cron(api: Api, db: str) -> None:
    late = await complaint_in(S.OPEN, due_at=utcnow() - timedelta(minutes=10))
    env = {**os.environ, "HOTEL_CRM_DATABASE_URL": db}
    command = [str(Path(sys.executable).parent / "hotel-crm"), "complaints", "escalate"]

    first = await asyncio.to_thread(subprocess.run, command, env=env, capture_output=True, text=True, timeout=60)
    second = await asyncio.to_thread(subprocess.run, command, env=env, capture_output=True, text=True, timeout=60)

    assert first.returncode == 0, first.stderr
    assert first.stdout.splitlines()[0].startswith(f"escalated complaint {late.id} (MEDIUM, due ")
    assert first.stdout.splitlines()[-1] == "1 complaint(s) escalated"
    assert second.stdout.strip() == "0 complaint(s) escalated"
    assert await ComplaintEvent.filter(complaint_id=late.id, action="ESCALATED").count() == 1
