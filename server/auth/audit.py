"""The append-only audit log: every login, mutation and sensitive read.

Rows are only ever inserted; the migration adds database triggers that refuse
UPDATE and DELETE on the table. No row holds the plaintext of what was revealed.
"""

from __future__ import annotations

from typing import Any

from server.auth.actor import Actor
from server.auth.models import AuditEntry


async def record(
    actor: Actor,
    action: str,
    *,
    target_type: str | None = None,
    target_id: object | None = None,
    reason: str | None = None,
    outcome: str = "OK",
    details: dict[str, Any] | None = None,
    actor_label: str | None = None,
) -> None:
    await AuditEntry.create(
        actor_id=actor.user_id,
        actor_label=(actor_label or actor.label)[:128],
        action=action,
        target_type=target_type,
        target_id=None if target_id is None else str(target_id),
        reason=reason[:500] if reason else None,
        outcome=outcome,
        client_address=actor.client_address,
        request_id=actor.request_id,
        details=details,
    )
