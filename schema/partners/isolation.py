"""Partners read memberStatus and nothing else (SPEC §5), decided before validation and execution.

A partner's operation must be a query whose root fields (through fragments too) are memberStatus
or __typename; anything else — another field, a mutation, a subscription, __schema or __type — is
refused as a whole: one FORBIDDEN error, no data, nothing resolved, and no validation message that
would describe the rest of the schema. The permission classes refuse partners as well (FORBIDDEN),
so a field is closed to them even without this extension.
"""

from __future__ import annotations

from collections.abc import AsyncIterator

from graphql import (
    DocumentNode,
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLError,
    InlineFragmentNode,
    OperationType,
    SelectionSetNode,
    get_operation_ast,
)
from strawberry.extensions import SchemaExtension

from server.partners.service import record_refused_operation

PARTNER_ROOT_FIELDS = frozenset({"memberStatus", "__typename"})


def refused_root_fields(document: DocumentNode, operation_name: str | None) -> list[str]:
    """The root fields a partner may not ask for; ["<operation>"] when it is no single query."""
    operation = get_operation_ast(document, operation_name)
    if operation is None:
        return ["<operation>"]
    if operation.operation is not OperationType.QUERY:
        return [operation.operation.value]
    fragments = {d.name.value: d for d in document.definitions if isinstance(d, FragmentDefinitionNode)}
    names: list[str] = []
    seen: set[str] = set()

    def walk(selection_set: SelectionSetNode) -> None:
        for selection in selection_set.selections:
            if isinstance(selection, FieldNode):
                names.append(selection.name.value)
            elif isinstance(selection, InlineFragmentNode):
                walk(selection.selection_set)
            elif isinstance(selection, FragmentSpreadNode) and selection.name.value not in seen:
                seen.add(selection.name.value)
                fragment = fragments.get(selection.name.value)
                if fragment is None:
                    names.append(f"...{selection.name.value}")
                else:
                    walk(fragment.selection_set)

    walk(operation.selection_set)
    return [n for n in names if n not in PARTNER_ROOT_FIELDS]


class PartnerIsolation(SchemaExtension):
    """Listed after ValidationCache: its result for a partner's refused operation is replaced."""

    async def on_validate(self) -> AsyncIterator[None]:
        context = self.execution_context
        partner = getattr(context.context, "partner", None)
        if partner is not None and context.graphql_document is not None:
            refused = refused_root_fields(context.graphql_document, context.operation_name)
            if refused:
                context.pre_execution_errors = [
                    GraphQLError(
                        "合作方只能查询 memberStatus (partners may read memberStatus only)",
                        extensions={"code": "FORBIDDEN"},
                    )
                ]
                await record_refused_operation(actor=context.context.actor, fields=refused)
        yield
