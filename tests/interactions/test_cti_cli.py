"""`hotel-crm cti-secret` and `hotel-crm cti-call`: the secret for the PBX and a signed test call."""

from __future__ import annotations

import asyncio

import pytest

from server.app import create_app
from server.cli import main
from server.core.broker import get_broker
from server.interactions.models import CallEvent
from server.interactions.service import channel_of
from server.settings import SettingsError, load_settings, reset_settings_cache
from tests.interactions.support import live_server


def test_cti_secret_prints_a_new_random_secret_each_time(capsys: pytest.CaptureFixture[str]) -> None:
    secrets = []
    for _ in range(2):
        with pytest.raises(SystemExit) as done:
            main(["cti-secret"])
        assert done.value.code == 0
        secrets.append(capsys.readouterr().out.strip())
    assert secrets[0] != secrets[1]
    assert all(len(s) >= 43 for s in secrets)


def test_a_short_cti_secret_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOTEL_CRM_CTI_SECRET", "short")
    with pytest.raises(SettingsError, match="HOTEL_CRM_CTI_SECRET"):
        load_settings()


def test_production_has_no_cti_secret_unless_given(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOTEL_CRM_ENV", "production")
    monkeypatch.delenv("HOTEL_CRM_CTI_SECRET", raising=False)
    assert load_settings().cti_secret is None
    monkeypatch.setenv("HOTEL_CRM_CTI_SECRET", "x" * 43)
    assert load_settings().cti_secret == "x" * 43


async def test_cti_call_posts_a_signed_event_that_rings(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    reset_settings_cache()
    async with live_server(create_app(manage_database=False)) as host, get_broker().listen(channel_of("8001")) as queue:
        argv = ["cti-call", "--url", f"http://{host}", "--extension", "8001", "--caller", "13800138000"]
        with pytest.raises(SystemExit) as done:
            await asyncio.to_thread(main, [*argv, "--call-id", "cli-test-1"])
        assert done.value.code == 0
        message = await asyncio.wait_for(queue.get(), 5)
    assert message["callId"] == "cli-test-1"
    assert '"status":"accepted"' in capsys.readouterr().out
    assert await CallEvent.filter(call_id="cli-test-1").count() == 1


def test_cti_call_refuses_a_url_that_is_not_http(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["cti-call", "--url", "file:///etc/passwd", "--extension", "8001", "--caller", "1"])
    assert done.value.code == 2
    assert "http" in capsys.readouterr().err
