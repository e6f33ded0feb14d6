"""Every HOTEL_CRM_* setting, read once from the environment, typed.

In development a secret key is generated on first start and stored beside the
database so that restarts keep tokens and encrypted fields readable. In
production (HOTEL_CRM_ENV=production) a missing HOTEL_CRM_SECRET_KEY is a
start-up error.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from zoneinfo import ZoneInfo

DEFAULT_DATA_DIR = Path("var")


class SettingsError(RuntimeError):
    """A setting is missing or malformed; the server refuses to start."""


@dataclass(frozen=True)
class Settings:
    env: str
    database_url: str
    secret_key: str
    data_key: str | None
    redis_url: str | None
    timezone: ZoneInfo
    property_name: str
    token_ttl_seconds: int
    max_body_bytes: int
    operation_timeout_seconds: float
    login_max_failures: int
    login_window_seconds: int
    cti_secret: str | None
    max_subscriptions_per_connection: int
    trusted_origins: tuple[str, ...] = field(default_factory=tuple)
    # Promised time to resolve a complaint, by severity, counted from filing or reopening.
    complaint_sla_critical_minutes: int = 30
    complaint_sla_high_minutes: int = 2 * 60
    complaint_sla_medium_minutes: int = 24 * 60
    complaint_sla_low_minutes: int = 72 * 60
    # How often the server itself escalates overdue complaints; 0 leaves it to `hotel-crm complaints escalate`.
    complaint_escalation_interval_seconds: int = 60
    # Requests per minute a partner key may make unless the key sets its own limit.
    partner_rate_limit_per_minute: int = 60
    # Membership (会员卡): validity, earning, tier thresholds over a rolling window, top-up bonus bands.
    membership_validity_months: int = 12
    membership_points_per_100_yuan: int = 10
    membership_tier_window_months: int = 12
    membership_silver_threshold_yuan: int = 10_000
    membership_gold_threshold_yuan: int = 30_000
    membership_platinum_threshold_yuan: int = 80_000
    # (top-up from, bonus) in yuan, ascending: the highest band reached applies.
    membership_top_up_bonus_yuan: tuple[tuple[int, int], ...] = ((1_000, 50), (5_000, 500), (10_000, 1_200))
    # Prospects (意向客户): the next follow-up after a grade is set or a follow-up is recorded.
    prospect_h_days: int = 7
    prospect_a_months: int = 1
    prospect_b_months: int = 3
    prospect_c_months: int = 6
    # Revisit rules (回访): follow-up tasks this many days after a checked-out stay's departure,
    # and after an event the guest attended without buying.
    revisit_after_stay_days: tuple[int, ...] = (3, 30, 60)
    revisit_after_event_days: tuple[int, ...] = (3, 15)
    # A customer with no stay and no interaction for this many months is on the dormant list.
    dormant_months: int = 12
    # Customer value classes (KEY / REGULAR / OCCASIONAL) from the figures shown beside them:
    # KEY at this total revenue (yuan) or this many visits, else REGULAR at these, else OCCASIONAL.
    value_key_revenue_yuan: int = 50_000
    value_key_visits: int = 12
    value_regular_revenue_yuan: int = 10_000
    value_regular_visits: int = 3
    # Churn warning: the last N months against the M months before, a drop of at least P percent
    # per month, for customers with at least K visits in those M months.
    churn_recent_months: int = 12
    churn_history_months: int = 24
    churn_drop_percent: int = 50
    churn_min_previous_visits: int = 2
    # Imports: a nightly rate above this (yuan, or the PMS's currency unit) is imported with an EXTREME_RATE warning.
    import_extreme_rate_yuan: int = 5_000

    @property
    def is_production(self) -> bool:
        return self.env == "production"

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")


def _int(name: str, default: int) -> int:
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    try:
        return int(raw)
    except ValueError as exc:
        raise SettingsError(f"{name} must be an integer, got {raw!r}") from exc


def _positive(name: str, default: int, *, allow_zero: bool = False) -> int:
    value = _int(name, default)
    if value < 0 or (value == 0 and not allow_zero):
        raise SettingsError(f"{name} must be {'0 or more' if allow_zero else 'at least 1'}, got {value}")
    return value


def _percent(name: str, default: int) -> int:
    value = _int(name, default)
    if not 1 <= value <= 100:
        raise SettingsError(f"{name} must be a whole percentage from 1 to 100, got {value}")
    return value


def _bonus_bands(name: str, default: str) -> tuple[tuple[int, int], ...]:
    """'1000:50,5000:500' (yuan topped up : yuan bonus) -> ((1000, 50), (5000, 500)), ascending."""
    raw = os.environ.get(name, "").strip() or default
    bands: list[tuple[int, int]] = []
    try:
        for part in raw.split(","):
            if not part.strip():
                continue
            start, _, bonus = part.partition(":")
            bands.append((int(start), int(bonus)))
    except ValueError as exc:
        raise SettingsError(f"{name} must look like '1000:50,5000:500' (yuan:bonus yuan), got {raw!r}") from exc
    if any(start <= 0 or bonus < 0 for start, bonus in bands):
        raise SettingsError(f"{name}: amounts must be positive and bonuses 0 or more, got {raw!r}")
    return tuple(sorted(bands))


def _day_list(name: str, default: str) -> tuple[int, ...]:
    """'3,30,60' -> (3, 30, 60): whole days, each at least 1, ascending, no repeats."""
    raw = os.environ.get(name, "").strip() or default
    try:
        days = sorted({int(part) for part in raw.split(",") if part.strip()})
    except ValueError as exc:
        raise SettingsError(f"{name} must look like '3,30,60' (days), got {raw!r}") from exc
    if any(d < 1 for d in days):
        raise SettingsError(f"{name}: every number of days must be at least 1, got {raw!r}")
    return tuple(days)


def sqlite_path(database_url: str) -> Path | None:
    """The file behind a sqlite:// URL, or None for other databases and :memory:."""
    if not database_url.startswith("sqlite://"):
        return None
    # sqlite:///abs/path -> /abs/path ; sqlite://rel/path -> rel/path
    rest = database_url.split("://", 1)[1].split("?", 1)[0]
    if rest in ("", ":memory:"):
        return None
    return Path("/" + rest.lstrip("/") if rest.startswith("/") else rest)


def _development_secret(database_url: str) -> str:
    db_file = sqlite_path(database_url)
    directory = db_file.parent if db_file is not None else DEFAULT_DATA_DIR
    directory.mkdir(parents=True, exist_ok=True)
    secret_file = directory / ".hotel-crm-secret"
    if secret_file.exists():
        return secret_file.read_text().strip()
    secret = secrets.token_urlsafe(48)
    secret_file.write_text(secret)
    secret_file.chmod(0o600)
    return secret


def _cti_secret(env: str, secret_key: str) -> str | None:
    """HOTEL_CRM_CTI_SECRET; outside production one is derived from the secret key so the demo rings."""
    given = os.environ.get("HOTEL_CRM_CTI_SECRET", "").strip()
    if given:
        if len(given) < 16:
            raise SettingsError("HOTEL_CRM_CTI_SECRET must be at least 16 characters (hotel-crm cti-secret makes one)")
        return given
    if env == "production":
        return None
    return hmac.new(secret_key.encode(), b"hotel-crm cti webhook", hashlib.sha256).hexdigest()


def load_settings() -> Settings:
    env = os.environ.get("HOTEL_CRM_ENV", "development").strip().lower()
    if env not in ("development", "production", "test"):
        raise SettingsError("HOTEL_CRM_ENV must be development, production or test")
    database_url = os.environ.get("HOTEL_CRM_DATABASE_URL", f"sqlite://{DEFAULT_DATA_DIR / 'hotel-crm.sqlite3'}")
    secret_key = os.environ.get("HOTEL_CRM_SECRET_KEY", "").strip()
    if not secret_key:
        if env == "production":
            raise SettingsError("HOTEL_CRM_SECRET_KEY is required when HOTEL_CRM_ENV=production")
        secret_key = _development_secret(database_url)
    elif len(secret_key) < 32:
        raise SettingsError("HOTEL_CRM_SECRET_KEY must be at least 32 characters")
    tz_name = os.environ.get("HOTEL_CRM_TIMEZONE", "Asia/Shanghai")
    try:
        timezone = ZoneInfo(tz_name)
    except (KeyError, ValueError) as exc:
        raise SettingsError(f"HOTEL_CRM_TIMEZONE: unknown time zone {tz_name!r}") from exc
    origins = tuple(o.strip() for o in os.environ.get("HOTEL_CRM_TRUSTED_ORIGINS", "").split(",") if o.strip())
    return Settings(
        env=env,
        database_url=database_url,
        secret_key=secret_key,
        data_key=os.environ.get("HOTEL_CRM_DATA_KEY") or None,
        redis_url=os.environ.get("HOTEL_CRM_REDIS_URL") or None,
        timezone=timezone,
        property_name=os.environ.get("HOTEL_CRM_PROPERTY", "主楼 Main Building"),
        token_ttl_seconds=_int("HOTEL_CRM_TOKEN_TTL_SECONDS", 12 * 3600),
        max_body_bytes=_int("HOTEL_CRM_MAX_BODY_BYTES", 100 * 1024),
        operation_timeout_seconds=float(_int("HOTEL_CRM_OPERATION_TIMEOUT_SECONDS", 15)),
        login_max_failures=_int("HOTEL_CRM_LOGIN_MAX_FAILURES", 10),
        login_window_seconds=_int("HOTEL_CRM_LOGIN_WINDOW_SECONDS", 15 * 60),
        cti_secret=_cti_secret(env, secret_key),
        max_subscriptions_per_connection=_int("HOTEL_CRM_MAX_SUBSCRIPTIONS_PER_CONNECTION", 5),
        trusted_origins=origins,
        complaint_sla_critical_minutes=_positive("HOTEL_CRM_COMPLAINT_SLA_CRITICAL_MINUTES", 30),
        complaint_sla_high_minutes=_positive("HOTEL_CRM_COMPLAINT_SLA_HIGH_MINUTES", 2 * 60),
        complaint_sla_medium_minutes=_positive("HOTEL_CRM_COMPLAINT_SLA_MEDIUM_MINUTES", 24 * 60),
        complaint_sla_low_minutes=_positive("HOTEL_CRM_COMPLAINT_SLA_LOW_MINUTES", 72 * 60),
        complaint_escalation_interval_seconds=_positive(
            "HOTEL_CRM_COMPLAINT_ESCALATION_INTERVAL_SECONDS", 60, allow_zero=True
        ),
        partner_rate_limit_per_minute=_positive("HOTEL_CRM_PARTNER_RATE_LIMIT_PER_MINUTE", 60),
        membership_validity_months=_positive("HOTEL_CRM_MEMBERSHIP_VALIDITY_MONTHS", 12),
        membership_points_per_100_yuan=_positive("HOTEL_CRM_MEMBERSHIP_POINTS_PER_100_YUAN", 10, allow_zero=True),
        membership_tier_window_months=_positive("HOTEL_CRM_MEMBERSHIP_TIER_WINDOW_MONTHS", 12),
        membership_silver_threshold_yuan=_positive("HOTEL_CRM_MEMBERSHIP_SILVER_THRESHOLD_YUAN", 10_000),
        membership_gold_threshold_yuan=_positive("HOTEL_CRM_MEMBERSHIP_GOLD_THRESHOLD_YUAN", 30_000),
        membership_platinum_threshold_yuan=_positive("HOTEL_CRM_MEMBERSHIP_PLATINUM_THRESHOLD_YUAN", 80_000),
        membership_top_up_bonus_yuan=_bonus_bands(
            "HOTEL_CRM_MEMBERSHIP_TOP_UP_BONUS_YUAN", "1000:50,5000:500,10000:1200"
        ),
        prospect_h_days=_positive("HOTEL_CRM_PROSPECT_H_DAYS", 7),
        prospect_a_months=_positive("HOTEL_CRM_PROSPECT_A_MONTHS", 1),
        prospect_b_months=_positive("HOTEL_CRM_PROSPECT_B_MONTHS", 3),
        prospect_c_months=_positive("HOTEL_CRM_PROSPECT_C_MONTHS", 6),
        revisit_after_stay_days=_day_list("HOTEL_CRM_REVISIT_AFTER_STAY_DAYS", "3,30,60"),
        revisit_after_event_days=_day_list("HOTEL_CRM_REVISIT_AFTER_EVENT_DAYS", "3,15"),
        dormant_months=_positive("HOTEL_CRM_DORMANT_MONTHS", 12),
        value_key_revenue_yuan=_positive("HOTEL_CRM_VALUE_KEY_REVENUE_YUAN", 50_000),
        value_key_visits=_positive("HOTEL_CRM_VALUE_KEY_VISITS", 12),
        value_regular_revenue_yuan=_positive("HOTEL_CRM_VALUE_REGULAR_REVENUE_YUAN", 10_000),
        value_regular_visits=_positive("HOTEL_CRM_VALUE_REGULAR_VISITS", 3),
        churn_recent_months=_positive("HOTEL_CRM_CHURN_RECENT_MONTHS", 12),
        churn_history_months=_positive("HOTEL_CRM_CHURN_HISTORY_MONTHS", 24),
        churn_drop_percent=_percent("HOTEL_CRM_CHURN_DROP_PERCENT", 50),
        churn_min_previous_visits=_positive("HOTEL_CRM_CHURN_MIN_PREVIOUS_VISITS", 2),
        import_extreme_rate_yuan=_positive("HOTEL_CRM_IMPORT_EXTREME_RATE_YUAN", 5_000),
    )


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return load_settings()


def reset_settings_cache() -> None:
    """Tests change the environment; this makes the next get_settings() re-read it."""
    get_settings.cache_clear()
