"""Relay-style connections: first/after, edges { node cursor }, pageInfo, totalCount; first ≤ 100."""

from __future__ import annotations

import base64
import binascii
from typing import Generic, TypeVar

import strawberry

from server.core.errors import DomainError, ErrorCode

MAX_PAGE = 100
DEFAULT_PAGE = 20
NodeT = TypeVar("NodeT")


@strawberry.type(description="Where a page sits in the whole list.")
class PageInfo:
    has_next_page: bool
    has_previous_page: bool
    start_cursor: str | None
    end_cursor: str | None


@strawberry.type(description="One item of a page and its cursor.")
class Edge(Generic[NodeT]):
    node: NodeT
    cursor: str


@strawberry.type(description="A page of a list that can grow.")
class Connection(Generic[NodeT]):
    edges: list[Edge[NodeT]]
    page_info: PageInfo
    total_count: int = strawberry.field(description="Items in the whole list (search: candidates found).")


def encode_cursor(offset: int) -> str:
    return base64.urlsafe_b64encode(f"o:{offset}".encode()).decode()


def decode_cursor(cursor: str | None) -> int:
    if not cursor:
        return 0
    try:
        kind, _, raw = base64.urlsafe_b64decode(cursor.encode()).decode().partition(":")
        offset = int(raw)
    except (binascii.Error, UnicodeDecodeError, ValueError):
        offset = -1
        kind = ""
    if kind != "o" or offset < 0:
        raise DomainError(ErrorCode.INVALID, "无效的分页游标 (invalid cursor)", field="after")
    return offset + 1


def page_size(first: int | None) -> int:
    if first is None:
        return DEFAULT_PAGE
    if first < 0:
        raise DomainError(ErrorCode.INVALID, "first 不能为负数", field="first")
    return min(first, MAX_PAGE)


def connection(nodes: list[NodeT], *, offset: int, total: int) -> Connection[NodeT]:
    edges = [Edge(node=n, cursor=encode_cursor(offset + i)) for i, n in enumerate(nodes)]
    return Connection(
        edges=edges,
        page_info=PageInfo(
            has_next_page=offset + len(nodes) < total,
            has_previous_page=offset > 0,
            start_cursor=edges[0].cursor if edges else None,
            end_cursor=edges[-1].cursor if edges else None,
        ),
        total_count=total,
    )
