from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from server.partners.service import flush_partner_audit


@pytest.fixture(autouse=True)
async def partner_audit_written(db: str) -> AsyncIterator[None]:
    """Partner queries' audit rows are written behind the answer; each test ends with them written."""
    yield
    await flush_partner_audit()
