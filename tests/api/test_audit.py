"""The audit log is append-only, at the database level too."""

from __future__ import annotations

import pytest

from server.auth.actor import Actor
from server.auth.audit import record
from server.auth.models import AuditEntry


async def test_audit_rows_cannot_be_changed_or_deleted(db: str) -> None:
    await record(Actor.system("test"), "probe", target_type="Customer", target_id=1)
    with pytest.raises(Exception, match="append-only"):
        await AuditEntry.filter(action="probe").update(action="tampered")
    with pytest.raises(Exception, match="append-only"):
        await AuditEntry.filter(action="probe").delete()
    assert await AuditEntry.filter(action="probe").count() == 1
