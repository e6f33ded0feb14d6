"""UserError in payloads, and masking of unexpected errors with a request id."""

from __future__ import annotations

import dataclasses
import functools
import logging
import re
from collections.abc import Awaitable, Callable, Iterator
from typing import Any, ParamSpec, TypeVar

import strawberry
from graphql import GraphQLError
from strawberry.extensions import SchemaExtension

from schema.enums import ErrorCode
from server.core.errors import DomainError, ValidationErrors

log = logging.getLogger("hotel_crm.graphql")

PayloadT = TypeVar("PayloadT")
ResolverArgs = ParamSpec("ResolverArgs")


@strawberry.type(description="An expected failure: which input field, what kind, and a message.")
class UserError:
    field: list[str] | None = strawberry.field(
        description='Path of the input field, e.g. ["guest", "idNumber"]; null for the whole input.'
    )
    code: ErrorCode = strawberry.field(description="Machine-readable reason.")
    message: str = strawberry.field(description="Human-readable message (Simplified Chinese).")


def user_errors(exc: DomainError | ValidationErrors) -> list[UserError]:
    errors = exc.errors if isinstance(exc, ValidationErrors) else [exc]
    return [UserError(field=e.field, code=e.code, message=e.message) for e in errors]


def refused(payload: type[PayloadT], err: DomainError | ValidationErrors) -> PayloadT:
    """A refused change's payload: the errors, every other field at its declared default, else null."""
    empty: dict[str, Any] = {}
    for f in dataclasses.fields(payload):  # type: ignore[arg-type]
        if f.name == "errors":
            continue
        if f.default is not dataclasses.MISSING:
            empty[f.name] = f.default
        elif f.default_factory is not dataclasses.MISSING:
            empty[f.name] = f.default_factory()
        else:
            empty[f.name] = None
    make: Callable[..., PayloadT] = payload
    return make(**empty, errors=user_errors(err))


def refusals_as(
    payload: type[PayloadT],
) -> Callable[[Callable[ResolverArgs, Awaitable[PayloadT]]], Callable[ResolverArgs, Awaitable[PayloadT]]]:
    """Turns a mutation's expected failures (DomainError, ValidationErrors) into `payload`'s errors.

    The resolver is written for success only; whatever it raises on purpose, parsing an id included,
    comes back as `refused(payload, err)` instead of a top-level error (conventions 3).
    """

    def decorate(
        resolve: Callable[ResolverArgs, Awaitable[PayloadT]],
    ) -> Callable[ResolverArgs, Awaitable[PayloadT]]:
        @functools.wraps(resolve)
        async def resolve_or_refuse(*args: ResolverArgs.args, **kwargs: ResolverArgs.kwargs) -> PayloadT:
            try:
                return await resolve(*args, **kwargs)
            except (DomainError, ValidationErrors) as err:
                return refused(payload, err)

        return resolve_or_refuse

    return decorate


def _expected(error: GraphQLError) -> bool:
    original = error.original_error
    # No original error: a syntax, validation or variable-coercion error, safe to show.
    # A GraphQLError raised on purpose (permissions, limits) is meant for the client too.
    return original is None or isinstance(original, GraphQLError | DomainError)


_SUGGESTION = re.compile(r"\s*Did you mean [^?]*\?")


def _without_suggestions(error: GraphQLError) -> GraphQLError:
    """graphql-core suggests names of fields, types, arguments and enum values; we tell none."""
    if "Did you mean" not in error.message:
        return error
    return GraphQLError(
        _SUGGESTION.sub("", error.message),
        nodes=error.nodes,
        path=error.path,
        original_error=error.original_error,
        extensions=error.extensions,
    )


class MaskUnexpectedErrors(SchemaExtension):
    """Unexpected failures become INTERNAL_SERVER_ERROR with a request id; the traceback is logged.

    Strawberry's MaskErrors with its default predicate would also hide validation and
    permission errors, which clients need to see.
    """

    def on_operation(self) -> Iterator[None]:
        yield
        result = self.execution_context.result
        if result is None or not getattr(result, "errors", None):
            return
        context = self.execution_context.context
        request_id = getattr(context, "request_id", None)
        masked: list[GraphQLError] = []
        for error in result.errors or []:
            original = error.original_error
            if isinstance(original, DomainError):
                # A refused query argument (e.g. a bad cursor): say which and why.
                masked.append(
                    GraphQLError(
                        original.message,
                        nodes=error.nodes,
                        path=error.path,
                        extensions={"code": original.code.value, "field": original.field},
                    )
                )
                continue
            if _expected(error):
                masked.append(_without_suggestions(error))
                continue
            log.error(
                "unexpected error in %s (request %s)",
                ".".join(str(p) for p in error.path or []),
                request_id,
                exc_info=error.original_error,
            )
            masked.append(
                GraphQLError(
                    f"服务器内部错误，请联系管理员并提供请求编号 {request_id} (internal server error)",
                    nodes=error.nodes,
                    path=error.path,
                    extensions={"code": "INTERNAL_SERVER_ERROR", "requestId": request_id},
                )
            )
        result.errors = masked
