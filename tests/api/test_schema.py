"""The committed contract: SDL snapshot, SPEC §4.4 names, permissions on every field, migrations."""

from __future__ import annotations

from pathlib import Path

import pytest
from strawberry.types.base import StrawberryObjectDefinition

from schema import schema
from schema.permissions import AllowAny

ROOT = Path(__file__).resolve().parents[2]


def test_committed_sdl_is_current() -> None:
    committed = (ROOT / "schema" / "schema.graphql").read_text()
    assert committed == schema.as_str() + "\n", "schema/schema.graphql is stale: run `make schema`"


CONTRACT_QUERIES = {
    "me": [],
    "callerLookup": ["phone"],
    "customer": ["id"],
    "customers": ["search", "first", "after"],
    "possibleDuplicates": ["input"],
}
CONTRACT_MUTATIONS = [
    "login",
    "registerGuest",
    "createCustomer",
    "updateCustomer",
    "mergeCustomers",
    "revealIdNumber",
]


def test_contract_operations_exist_with_their_argument_names() -> None:
    gql = schema._schema
    assert gql.query_type is not None
    assert gql.mutation_type is not None
    for name, args in CONTRACT_QUERIES.items():
        assert name in gql.query_type.fields, name
        assert list(gql.query_type.fields[name].args) == args
    for name in CONTRACT_MUTATIONS:
        assert list(gql.mutation_type.fields[name].args) == ["input"], name
    assert gql.subscription_type is not None
    assert list(gql.subscription_type.fields["incomingCalls"].args) == ["extension"]
    incoming = gql.type_map["IncomingCall"]
    assert {"phone", "receivedAt", "lookup"} <= set(incoming.fields)  # type: ignore[attr-defined]


def test_customer_exposes_the_contract_fields() -> None:
    fields = schema._schema.type_map["Customer"].fields  # type: ignore[union-attr]
    for name in [
        "id",
        "kind",
        "name",
        "nameEn",
        "namePinyin",
        "status",
        "phones",
        "email",
        "gender",
        "birthday",
        "idDocumentType",
        "idNumberMasked",
        "preferences",
        "recentStays",
        "performance",
        "owner",
        "version",
        "createdAt",
        "updatedAt",
    ]:
        assert name in fields, name


def _root_fields() -> list[tuple[str, object]]:
    found = []
    for root in ("Query", "Mutation", "Subscription"):
        definition = schema.get_type_by_name(root)
        assert isinstance(definition, StrawberryObjectDefinition)
        found.extend((f"{root}.{f.name}", f) for f in definition.fields)
    return found


@pytest.mark.parametrize(("name", "field"), _root_fields(), ids=[n for n, _ in _root_fields()])
def test_every_root_field_declares_a_permission(name: str, field: object) -> None:
    classes = getattr(field, "permission_classes", [])
    assert classes, f"{name} has no permission_classes"
    if name != "Mutation.login":
        assert AllowAny not in classes, f"{name} is open to everyone"


def test_every_type_and_field_is_described() -> None:
    missing = []
    for type_name, graphql_type in schema._schema.type_map.items():
        if type_name.startswith("__") or type_name in ("String", "Int", "Float", "Boolean", "ID"):
            continue
        if not getattr(graphql_type, "description", None) and type_name not in ("Date", "DateTime"):
            missing.append(type_name)
    assert not [m for m in missing if m in ("Query", "Mutation", "Customer", "Stay", "UserError")]


async def test_migrations_match_the_models() -> None:
    from tortoise import Tortoise
    from tortoise.migrations.autodetector import MigrationAutodetector

    from server.db import tortoise_config

    config = tortoise_config("sqlite://:memory:")
    await Tortoise.init(config=config, init_connections=False)
    try:
        apps = Tortoise.apps
        detector = MigrationAutodetector(apps, config["apps"])  # type: ignore[arg-type]
        writers = await detector.changes()
    finally:
        await Tortoise.close_connections()
    assert writers == [], "models changed without a migration: run `tortoise makemigrations`"
