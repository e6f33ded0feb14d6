"""Every domain enum exposed in the API, registered once with Strawberry.

Modules that annotate with these enums import them from here, so the
registration (name, description) happens before any type is resolved.
"""

from __future__ import annotations

import strawberry

from server.auth.models import Role
from server.core.errors import ErrorCode
from server.core.idcards import Gender, IdDocumentType
from server.customers.models import CustomerKind, CustomerStatus
from server.stays.models import StayStatus

strawberry.enum(Role, description="What a member of staff may do (SPEC §5).")
strawberry.enum(ErrorCode, description="Why an input was refused; stable codes that clients translate.")
strawberry.enum(Gender, description="Gender as on the ID document.")
strawberry.enum(IdDocumentType, description="Kind of identity document.")
strawberry.enum(CustomerKind, description="INDIVIDUAL (散客) or CORPORATE (单位客户).")
strawberry.enum(CustomerStatus, description="Lifecycle of a customer record.")
strawberry.enum(StayStatus, description="Where a stay stands.")

__all__ = [
    "CustomerKind",
    "CustomerStatus",
    "ErrorCode",
    "Gender",
    "IdDocumentType",
    "Role",
    "StayStatus",
]
