"""Partner keys: created on the command line or by an ADMIN, listed, revoked, expired; only a hash is stored."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest

from server.auth.models import AuditEntry, Role
from server.core.crypto import api_key_hash
from server.core.time import utcnow
from server.partners.models import PartnerKey
from tests.conftest import Api
from tests.partners.support import issue_key

CLI = Path(sys.executable).with_name("hotel-crm")
KEYS = """query { partnerKeys(first: 10) { totalCount edges { node {
  id partner prefix scopes rateLimitPerMinute customRateLimit status createdAt expiresAt revokedAt lastUsedAt } } } }"""
CREATE = """mutation($input: CreatePartnerKeyInput!) { createPartnerKey(input: $input) {
  key partnerKey { id prefix partner scopes status expiresAt rateLimitPerMinute } errors { field code message } } }"""
REVOKE = """mutation($input: RevokePartnerKeyInput!) { revokePartnerKey(input: $input) {
  partnerKey { id status revokedAt } errors { field code message } } }"""
EXPIRY = """mutation($input: SetPartnerKeyExpiryInput!) { setPartnerKeyExpiry(input: $input) {
  partnerKey { id status expiresAt } errors { field code message } } }"""


def _cli(db: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "HOTEL_CRM_DATABASE_URL": db}
    return subprocess.run([str(CLI), *args], capture_output=True, text=True, env=env, timeout=60, check=False)


async def _stored_columns() -> list[str]:
    rows = await PartnerKey.all().values()
    return [str(v) for row in rows for v in row.values()]


async def test_the_cli_prints_a_key_once_stores_its_hash_lists_and_revokes_it(db: str) -> None:
    # When a key is created on the command line
    created = _cli(db, "create-partner-key", "--partner", "Air Demo", "--expires-in-days", "30", "--rate-limit", "120")
    assert created.returncode == 0, created.stderr
    key = created.stdout.strip()
    # Then it is printed once, hcp_<prefix>_<secret> with 256 bits of secret, and only its HMAC is stored
    tag, prefix, secret = key.split("_", 2)
    assert (tag, len(prefix), len(secret)) == ("hcp", 10, 43)
    stored = await PartnerKey.get(prefix=f"hcp_{prefix}")
    assert stored.key_hash == api_key_hash(key)
    assert stored.scopes == ["membership:read"]
    assert stored.rate_limit_per_minute == 120
    assert stored.expires_at is not None
    assert timedelta(days=29) < stored.expires_at - utcnow() <= timedelta(days=30)
    assert not any(secret in value for value in await _stored_columns())
    assert "shown once" in created.stderr
    # And it is listed, then revoked by its prefix
    listed = _cli(db, "partner-keys")
    assert listed.returncode == 0, listed.stderr
    assert f"hcp_{prefix}" in listed.stdout
    assert "ACTIVE" in listed.stdout
    assert secret not in listed.stdout
    revoked = _cli(db, "revoke-partner-key", f"hcp_{prefix}")
    assert revoked.returncode == 0, revoked.stderr
    await stored.refresh_from_db()
    assert stored.revoked_at is not None
    assert "REVOKED" in _cli(db, "partner-keys").stdout
    again = _cli(db, "revoke-partner-key", prefix)
    assert again.returncode == 1
    assert _cli(db, "revoke-partner-key", "hcp_0000000000").returncode == 1
    assert await AuditEntry.filter(action__in=["partner_key.create", "partner_key.revoke"]).count() == 2


def test_the_cli_refuses_an_unknown_scope(db: str) -> None:
    done = _cli(db, "create-partner-key", "--partner", "Air Demo", "--scope", "customers:read")
    assert done.returncode == 1
    assert "customers:read" in done.stderr
    assert done.stdout == ""


async def test_an_admin_creates_lists_sets_expiry_and_revokes_keys(api: Api) -> None:
    # Given an admin
    expiry = (utcnow() + timedelta(days=90)).isoformat()
    # When they create a key
    body = await api.data(
        CREATE,
        {"input": {"partner": "  携程 Trip.com ", "expiresAt": expiry, "rateLimitPerMinute": 300}},
        as_role=Role.ADMIN,
    )
    payload = body["createPartnerKey"]
    assert payload["errors"] == []
    key, node = payload["key"], payload["partnerKey"]
    assert key.startswith(node["prefix"] + "_")
    assert node["partner"] == "携程 Trip.com"
    assert node["scopes"] == ["membership:read"]
    assert node["status"] == "ACTIVE"
    assert node["rateLimitPerMinute"] == 300
    stored = await PartnerKey.get(id=int(node["id"]))
    assert stored.key_hash == api_key_hash(key)
    assert not any(key.split("_", 2)[2] in value for value in await _stored_columns())
    # Then the list shows it without the key or its hash
    await issue_key("Air Demo")
    listed = await api.gql(KEYS, as_role=Role.ADMIN)
    assert listed["data"]["partnerKeys"]["totalCount"] == 2
    nodes = [e["node"] for e in listed["data"]["partnerKeys"]["edges"]]
    assert [n["partner"] for n in nodes] == ["Air Demo", "携程 Trip.com"]
    assert nodes[0]["rateLimitPerMinute"] == 60
    assert nodes[0]["customRateLimit"] is False
    text = str(listed)
    assert key.split("_", 2)[2] not in text
    assert stored.key_hash not in text
    # When the expiry is moved, then cleared
    later = (utcnow() + timedelta(days=10)).isoformat()
    moved = (await api.data(EXPIRY, {"input": {"id": node["id"], "expiresAt": later}}, as_role=Role.ADMIN))[
        "setPartnerKeyExpiry"
    ]
    assert moved["errors"] == []
    assert moved["partnerKey"]["expiresAt"] is not None
    cleared = (await api.data(EXPIRY, {"input": {"id": node["id"], "expiresAt": None}}, as_role=Role.ADMIN))[
        "setPartnerKeyExpiry"
    ]
    assert cleared["partnerKey"]["expiresAt"] is None
    past = (utcnow() - timedelta(minutes=1)).isoformat()
    refused = (await api.data(EXPIRY, {"input": {"id": node["id"], "expiresAt": past}}, as_role=Role.ADMIN))[
        "setPartnerKeyExpiry"
    ]
    assert refused == {
        "partnerKey": None,
        "errors": [
            {"field": ["expiresAt"], "code": "INVALID", "message": "到期时间须在将来 (expiry must be in the future)"}
        ],
    }
    # And revoked, once
    revoked = (await api.data(REVOKE, {"input": {"id": node["id"]}}, as_role=Role.ADMIN))["revokePartnerKey"]
    assert revoked["errors"] == []
    assert revoked["partnerKey"]["status"] == "REVOKED"
    twice = (await api.data(REVOKE, {"input": {"id": node["id"]}}, as_role=Role.ADMIN))["revokePartnerKey"]
    assert [e["code"] for e in twice["errors"]] == ["INVALID_STATE"]
    unknown = (await api.data(REVOKE, {"input": {"id": "999999"}}, as_role=Role.ADMIN))["revokePartnerKey"]
    assert [e["code"] for e in unknown["errors"]] == ["NOT_FOUND"]
    actions = (
        await AuditEntry.filter(action__startswith="partner_key.").order_by("id").values_list("action", "actor_label")
    )
    assert actions == [
        ("partner_key.create", "admin-user"),
        ("partner_key.create", "test"),
        ("partner_key.set_expiry", "admin-user"),
        ("partner_key.set_expiry", "admin-user"),
        ("partner_key.revoke", "admin-user"),
    ]


async def test_create_refuses_bad_input_and_writes_nothing(api: Api) -> None:
    body = await api.data(
        CREATE, {"input": {"partner": " ", "scopes": ["membership:write"], "rateLimitPerMinute": 0}}, as_role=Role.ADMIN
    )
    payload = body["createPartnerKey"]
    assert payload["key"] is None
    assert payload["partnerKey"] is None
    assert [e["field"] for e in payload["errors"]] == [["partner"]]
    assert await PartnerKey.all().count() == 0
    scope = await api.data(CREATE, {"input": {"partner": "X", "scopes": ["membership:write"]}}, as_role=Role.ADMIN)
    assert [e["field"] for e in scope["createPartnerKey"]["errors"]] == [["scopes"]]
    limit = await api.data(CREATE, {"input": {"partner": "X", "rateLimitPerMinute": 0}}, as_role=Role.ADMIN)
    assert [e["field"] for e in limit["createPartnerKey"]["errors"]] == [["rateLimitPerMinute"]]
    assert await PartnerKey.all().count() == 0


@pytest.mark.parametrize("role", [Role.MANAGER, Role.SALES, Role.AGENT, Role.FRONT_DESK])
async def test_only_admins_manage_partner_keys(api: Api, role: Role) -> None:
    issued = await issue_key()
    for query, variables in [
        (KEYS, {}),
        (CREATE, {"input": {"partner": "Sneaky"}}),
        (REVOKE, {"input": {"id": str(issued.record.id)}}),
        (EXPIRY, {"input": {"id": str(issued.record.id), "expiresAt": None}}),
    ]:
        body = await api.gql(query, variables, as_role=role)
        assert body["data"] is None
        assert [e["extensions"]["code"] for e in body["errors"]] == ["FORBIDDEN"]
    assert await PartnerKey.all().count() == 1
    await issued.record.refresh_from_db()
    assert issued.record.revoked_at is None


async def test_not_signed_in_is_unauthenticated(api: Api) -> None:
    body = await api.gql(KEYS, as_role=None)
    assert [e["extensions"]["code"] for e in body["errors"]] == ["UNAUTHENTICATED"]
