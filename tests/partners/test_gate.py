"""X-API-Key on POST /graphql: refused keys (401), both credentials (400), rate limit (429), last use."""

from __future__ import annotations

from datetime import timedelta

import pytest

from server.auth.models import AuditEntry, Role
from server.core.time import utcnow
from server.partners import service
from server.partners.models import PartnerKey
from tests.conftest import Api
from tests.partners.support import MEMBER_STATUS, issue_key, make_card, partner_headers


async def _ask(api: Api, key: str, number: str = "8860000000000018", **headers: str) -> tuple[int, dict, dict]:  # type: ignore[type-arg]
    response = await api.client.post(
        "/graphql",
        json={"query": MEMBER_STATUS, "variables": {"n": number}},
        headers={**partner_headers(key), **headers},
    )
    return response.status_code, response.json(), dict(response.headers)


def _code(body: dict) -> str:  # type: ignore[type-arg]
    assert "data" not in body  # nothing was executed
    [error] = body["errors"]
    return str(error["extensions"]["code"])


async def test_a_valid_key_reads_member_status(api: Api) -> None:
    card = await make_card()
    issued = await issue_key()
    status, body, headers = await _ask(api, issued.key, card.card_number)
    assert status == 200
    assert body["data"]["memberStatus"]["cardNumber"] == card.card_number
    assert headers["cache-control"] == "no-store"


@pytest.mark.parametrize(
    "mangle",
    [
        lambda k: "",
        lambda k: "not-a-key",
        lambda k: k[:-1] + ("A" if k[-1] != "A" else "B"),  # right prefix, wrong secret
        lambda k: "hcp_0000000000_" + k.split("_", 2)[2],  # unknown prefix
        lambda k: k + "x",
    ],
    ids=["empty", "garbage", "wrong-secret", "unknown-prefix", "too-long"],
)
async def test_a_bad_or_unknown_key_is_401_without_saying_whether_the_prefix_exists(api: Api, mangle) -> None:  # type: ignore[no-untyped-def]
    issued = await issue_key()
    status, body, _ = await _ask(api, mangle(issued.key))
    assert status == 401
    assert _code(body) == "API_KEY_INVALID"
    assert await AuditEntry.filter(action__startswith="partner.").count() == 0


async def test_revoked_expired_and_scopeless_keys_are_401_with_their_reason_and_audited(api: Api) -> None:
    revoked = await issue_key("Revoked Air")
    await service.revoke_partner_key(actor=service.Actor.system("test"), key_id=revoked.record.id)
    expiring = await issue_key("Expired Air", expires_at=utcnow() + timedelta(days=1))
    await PartnerKey.filter(id=expiring.record.id).update(expires_at=utcnow() - timedelta(seconds=1))
    scopeless = await issue_key("Scopeless Air")
    await PartnerKey.filter(id=scopeless.record.id).update(scopes=[])
    for issued, code in [
        (revoked, "API_KEY_REVOKED"),
        (expiring, "API_KEY_EXPIRED"),
        (scopeless, "API_KEY_SCOPE"),
    ]:
        status, body, _ = await _ask(api, issued.key)
        assert (status, _code(body)) == (401, code)
    rows = await AuditEntry.filter(action="partner.authenticate").order_by("id").values_list("target_id", "outcome")
    assert rows == [
        (revoked.record.prefix, "REVOKED"),
        (expiring.record.prefix, "EXPIRED"),
        (scopeless.record.prefix, "SCOPE"),
    ]


async def test_both_credentials_are_400(api: Api) -> None:
    issued = await issue_key()
    await api.user(Role.MANAGER)
    status, body, _ = await _ask(api, issued.key, authorization=f"Bearer {api.tokens[Role.MANAGER]}")
    assert (status, _code(body)) == (400, "AMBIGUOUS_CREDENTIALS")


async def test_a_partner_cannot_use_get(api: Api) -> None:
    issued = await issue_key()
    response = await api.client.get("/graphql", headers=partner_headers(issued.key))
    assert response.status_code == 405


async def test_an_oversized_body_is_413_before_the_key_is_checked(api: Api) -> None:
    issued = await issue_key()
    response = await api.client.post(
        "/graphql",
        content=b"{" + b" " * 200_000 + b"}",
        headers={**partner_headers(issued.key), "content-type": "application/json"},
    )
    assert response.status_code == 413


async def test_the_rate_limit_is_per_key_and_answers_429_with_retry_after(api: Api) -> None:
    card = await make_card()
    slow = await issue_key("Slow Air", rate_limit=3)
    other = await issue_key("Other Air", rate_limit=3)
    for _ in range(3):
        status, _, _ = await _ask(api, slow.key, card.card_number)
        assert status == 200
    status, body, headers = await _ask(api, slow.key, card.card_number)
    assert (status, _code(body)) == (429, "RATE_LIMITED")
    assert 1 <= int(headers["retry-after"]) <= 60
    # Another key has its own budget
    status, _, _ = await _ask(api, other.key, card.card_number)
    assert status == 200
    # Refused requests were not executed, so not audited as queries
    await service.flush_partner_audit()
    assert await AuditEntry.filter(action="partner.member_status").count() == 4


async def test_the_default_rate_limit_comes_from_the_setting(api: Api, monkeypatch: pytest.MonkeyPatch) -> None:
    from server.settings import reset_settings_cache

    monkeypatch.setenv("HOTEL_CRM_PARTNER_RATE_LIMIT_PER_MINUTE", "2")
    reset_settings_cache()
    issued = await issue_key()
    statuses = [(await _ask(api, issued.key))[0] for _ in range(3)]
    assert statuses == [200, 200, 429]


async def test_last_used_is_written_at_most_once_a_minute(api: Api, count_queries) -> None:  # type: ignore[no-untyped-def]
    issued = await issue_key()
    assert issued.record.last_used_at is None
    await _ask(api, issued.key)
    await issued.record.refresh_from_db()
    first = issued.record.last_used_at
    assert first is not None
    count_queries.statements.clear()
    for _ in range(3):
        await _ask(api, issued.key)
    assert not [s for s in count_queries.statements if s.lstrip().upper().startswith("UPDATE")]
    await issued.record.refresh_from_db()
    assert issued.record.last_used_at == first
