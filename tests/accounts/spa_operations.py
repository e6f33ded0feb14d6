"""The SPA's own GraphQL documents (web/src/*/operations.ts), so API tests send exactly what the screens send."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

WEB_SRC = Path(__file__).resolve().parents[2] / "web" / "src"
_DOCUMENT = re.compile(r"graphql\(\s*`(.*?)`\s*\)", re.DOTALL)
_DEFINITION = re.compile(r"^\s*(query|mutation|subscription|fragment)\s+(\w+)", re.MULTILINE)
_SPREAD = re.compile(r"\.\.\.\s*([A-Za-z_]\w*)")


@cache
def _definitions() -> dict[str, str]:
    """Every named operation and fragment of the SPA, by name."""
    found: dict[str, str] = {}
    for source in sorted(WEB_SRC.rglob("*.ts*")):
        if "gql" in source.relative_to(WEB_SRC).parts[:1]:
            continue  # generated code
        for document in _DOCUMENT.findall(source.read_text(encoding="utf-8")):
            match = _DEFINITION.search(document)
            if match:
                found[match.group(2)] = document.strip()
    return found


def spa_document(name: str) -> str:
    """The SPA's operation of this name with every fragment it spreads, as the generated client sends it."""
    definitions = _definitions()
    if name not in definitions:
        raise KeyError(f"no SPA operation named {name} under {WEB_SRC}")
    wanted = [name]
    seen: set[str] = set()
    while wanted:
        current = wanted.pop()
        if current in seen:
            continue
        seen.add(current)
        # "... on Type" is an inline fragment, not a spread of a named one.
        wanted.extend(s for s in _SPREAD.findall(definitions[current]) if s != "on" and s in definitions)
    return "\n\n".join(definitions[n] for n in [name, *sorted(seen - {name})])
