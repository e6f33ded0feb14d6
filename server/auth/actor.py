"""Who is acting: the signed-in user (or a system job) and where the request came from."""

from __future__ import annotations

from dataclasses import dataclass

from server.auth.models import Role


@dataclass(frozen=True)
class Actor:
    user_id: int | None
    username: str
    role: Role | None
    client_address: str | None = None
    request_id: str | None = None

    @property
    def label(self) -> str:
        return self.username

    @classmethod
    def system(cls, name: str = "system") -> Actor:
        return cls(user_id=None, username=name, role=None)
