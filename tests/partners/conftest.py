from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from server.partners.service import flush_partner_audit


@pytest.fixture(autouse=True)
async def partner_audit_written(db: str) -> AsyncIterator[None]:
    """Each test ends with no partner audit write in flight."""
    yield
    await flush_partner_audit()
