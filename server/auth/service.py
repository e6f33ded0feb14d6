"""Staff accounts: creation, sign-in with throttling, tokens."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

import jwt
from tortoise.expressions import Q
from tortoise.transactions import in_transaction

from server.auth import audit
from server.auth.actor import Actor
from server.auth.models import LoginFailure, Role, User, UserStatus
from server.auth.passwords import (
    DUMMY_HASH,
    check_password_policy,
    hash_password,
    needs_rehash,
    verify_password,
)
from server.core.crypto import key
from server.core.errors import DomainError, ErrorCode
from server.core.text import clean_text, require_text
from server.core.time import utcnow
from server.settings import get_settings

_TOKEN_ALGORITHM = "HS256"  # noqa: S105 - an algorithm name, not a secret
USERNAME_MAX = 64


def normalize_username(username: str) -> str:
    return username.strip().lower()


async def create_user(
    *,
    actor: Actor,
    username: str,
    password: str,
    role: Role,
    display_name: str | None = None,
    department: str | None = None,
) -> User:
    name = require_text(username, field="username", max_length=USERNAME_MAX, label="用户名")
    name = normalize_username(name)
    if not all(ch.isalnum() or ch in "._-" for ch in name):
        raise DomainError(ErrorCode.INVALID, "用户名只能包含字母、数字和 . _ -", field="username")
    check_password_policy(password)
    shown = clean_text(display_name, field="displayName", max_length=64, label="显示名") or name
    dept = clean_text(department, field="department", max_length=64, label="部门")
    async with in_transaction():
        if await User.filter(username=name).exists():
            raise DomainError(ErrorCode.DUPLICATE, f"用户名 {name} 已存在", field="username")
        user = await User.create(
            username=name,
            display_name=shown,
            role=role,
            department=dept,
            password_hash=hash_password(password),
        )
        await audit.record(actor, "user.create", target_type="User", target_id=user.id)
    return user


@dataclass(frozen=True)
class LoginResult:
    token: str
    user: User


def issue_token(user: User) -> str:
    now = utcnow()
    claims = {
        "sub": str(user.id),
        "gen": user.token_generation,
        "iat": int(now.timestamp()),
        "exp": int((now + timedelta(seconds=get_settings().token_ttl_seconds)).timestamp()),
    }
    return jwt.encode(claims, key("token"), algorithm=_TOKEN_ALGORITHM)


async def user_for_token(token: str) -> User | None:
    """The active user a token was issued to, or None for a bad, expired or revoked token."""
    try:
        claims = jwt.decode(token, key("token"), algorithms=[_TOKEN_ALGORITHM], options={"require": ["exp", "sub"]})
        user_id = int(claims["sub"])
    except (jwt.PyJWTError, ValueError, KeyError):
        return None
    user = await User.get_or_none(id=user_id)
    if user is None or user.status is not UserStatus.ACTIVE:
        return None
    if claims.get("gen") != user.token_generation:
        return None
    return user


async def login(*, username: str, password: str, client_address: str, request_id: str | None) -> LoginResult:
    """Checks a password; the 11th failure for a user or a client within the window is refused."""
    settings = get_settings()
    name = normalize_username(username or "")[:USERNAME_MAX]
    anonymous = Actor(
        user_id=None,
        username=name or "?",
        role=None,
        client_address=client_address,
        request_id=request_id,
    )
    if not name:
        raise DomainError(ErrorCode.REQUIRED, "请输入用户名", field="username")
    if not password:
        raise DomainError(ErrorCode.REQUIRED, "请输入密码", field="password")
    since = utcnow() - timedelta(seconds=settings.login_window_seconds)
    by_user = await LoginFailure.filter(username=name, at__gte=since).count()
    by_client = await LoginFailure.filter(client_address=client_address, at__gte=since).count()
    if by_user >= settings.login_max_failures or by_client >= settings.login_max_failures:
        await audit.record(anonymous, "auth.login", outcome="THROTTLED")
        minutes = settings.login_window_seconds // 60
        raise DomainError(ErrorCode.THROTTLED, f"登录失败次数过多，请 {minutes} 分钟后再试", field="password")
    user = await User.get_or_none(username=name)
    valid = verify_password(user.password_hash if user else DUMMY_HASH, password[:256])
    if user is None or not valid:
        await LoginFailure.create(username=name, client_address=client_address, at=utcnow())
        await audit.record(anonymous, "auth.login", outcome="FAILED")
        raise DomainError(ErrorCode.INVALID, "用户名或密码错误", field="password")
    if user.status is not UserStatus.ACTIVE:
        # Said only after the right password: a guesser learns no more than from a wrong one.
        await audit.record(anonymous, "auth.login", target_type="User", target_id=user.id, outcome="DEACTIVATED")
        raise DomainError(ErrorCode.INVALID_STATE, "该账号已停用，请联系管理员", field="username")
    if needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
        await user.save(update_fields=["password_hash"])
    actor = Actor(
        user_id=user.id,
        username=user.username,
        role=user.role,
        client_address=client_address,
        request_id=request_id,
    )
    await audit.record(actor, "auth.login", target_type="User", target_id=user.id)
    return LoginResult(token=issue_token(user), user=user)


async def users_by_ids(ids: list[int]) -> dict[int, User]:
    return {u.id: u for u in await User.filter(id__in=ids)}


async def find_user(query: str) -> User | None:
    return await User.get_or_none(Q(username=normalize_username(query)))
