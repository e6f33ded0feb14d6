from __future__ import annotations

import strawberry


@strawberry.type
class ContactQueries:
    pass
