"""Every domain enum exposed in the API, registered once with Strawberry.

Modules that annotate with these enums import them from here, so the
registration (name, description) happens before any type is resolved.
"""

from __future__ import annotations

import strawberry

from server.auth.models import Role, UserStatus
from server.complaints.models import ComplaintStatus, Severity
from server.contracts.models import ContractStatus
from server.core.errors import ErrorCode
from server.core.idcards import Gender, IdDocumentType
from server.customers.models import CustomerKind, CustomerStatus
from server.insights.service import ChurnReason, PerformanceMeasure, ValueClass
from server.interactions.models import CallOutcome, InteractionKind, InteractionPurpose
from server.knowledge.models import ArticleStatus
from server.membership.models import CardStatus, LedgerAccount, LedgerKind, MemberTier
from server.partners.service import PartnerKeyStatus
from server.prospects.models import FollowUpTaskKind, FollowUpTaskStatus, ProspectGrade, ProspectStatus
from server.reports.export import ExportFormat, ReportKind
from server.reports.service import SegmentDimension
from server.stays.models import StayStatus

strawberry.enum(Role, description="What a member of staff may do (SPEC §5).")
strawberry.enum(UserStatus, description="A staff account: ACTIVE, or INACTIVE (deactivated; cannot sign in).")
strawberry.enum(ErrorCode, description="Why an input was refused; stable codes that clients translate.")
strawberry.enum(Gender, description="Gender as on the ID document.")
strawberry.enum(IdDocumentType, description="Kind of identity document.")
strawberry.enum(CustomerKind, description="INDIVIDUAL (散客) or CORPORATE (单位客户).")
strawberry.enum(CustomerStatus, description="Lifecycle of a customer record.")
strawberry.enum(StayStatus, description="Where a stay stands.")
strawberry.enum(InteractionKind, description="Call in or out, visit, e-mail, SMS, WeChat or an internal note.")
strawberry.enum(InteractionPurpose, description="Why the guest got in touch (or why we did).")
strawberry.enum(CallOutcome, description="Whether a call from the PBX was answered.")
strawberry.enum(ArticleStatus, description="Where a knowledge-base procedure stands: DRAFT, PUBLISHED or ARCHIVED.")
strawberry.enum(
    ComplaintStatus,
    description="Where a complaint stands: OPEN → INVESTIGATING → RESOLVED → CLOSED, or REOPENED.",
)
strawberry.enum(Severity, description="How serious a complaint is; sets the promised time to resolve (SLA).")
strawberry.enum(LedgerAccount, description="Which balance a ledger entry moves: POINTS or STORED_VALUE (fen).")
strawberry.enum(
    LedgerKind, description="Why a balance moved: earned, redeemed, topped up, bonus, spent, adjusted, transferred."
)
strawberry.enum(MemberTier, description="Membership tier: CLASSIC 普通, SILVER 银卡, GOLD 金卡, PLATINUM 白金卡.")
strawberry.enum(
    CardStatus, description="Where a membership card stands; LOST, REPLACED, EXPIRED, CANCELLED cards are blocked."
)
strawberry.enum(
    ContractStatus,
    description="Where a contract stands: DRAFT → ACTIVE → EXPIRED, TERMINATED (with a reason) or RENEWED.",
)
strawberry.enum(
    ProspectGrade, description="A prospect's grade: H within 7 days, A within a month, B 1–3 months, C over 3 months."
)
strawberry.enum(ProspectStatus, description="A prospect: OPEN, or ended WON or LOST.")
strawberry.enum(
    FollowUpTaskKind,
    description="What made a follow-up task: a prospect, a stay or event revisit rule, a dormant check, by hand.",
)
strawberry.enum(FollowUpTaskStatus, description="A follow-up task: OPEN, DONE or CANCELLED.")
strawberry.enum(PartnerKeyStatus, description="A partner API key: ACTIVE, EXPIRED (past its expiry) or REVOKED.")
strawberry.enum(
    PerformanceMeasure,
    description="A figure of customer performance to rank by: room nights, ADR, room revenue, other revenue, "
    "total revenue, visits or the last visit.",
)
strawberry.enum(
    ValueClass,
    description="A customer's value from total revenue and visits: KEY 重点, REGULAR 常客, OCCASIONAL 偶尔 "
    "(thresholds HOTEL_CRM_VALUE_*).",
)
strawberry.enum(
    ChurnReason,
    description="Why a customer may be leaving: visits or spend per month dropped against the earlier window, "
    "or on the dormant list.",
)
strawberry.enum(
    SegmentDimension,
    description="What segmentReport groups stays by: property, market segment, channel, country (code as stored), "
    "region (UN M49 sub-region of the country), the customer's industry or nature, customer type, room type, "
    "arrival year or month.",
)
strawberry.enum(ReportKind, description="A report that exportReport writes as a file.")
strawberry.enum(ExportFormat, description="CSV (UTF-8 with BOM, opens in Chinese Excel) or XLSX.")

__all__ = [
    "ArticleStatus",
    "CallOutcome",
    "CardStatus",
    "ChurnReason",
    "ComplaintStatus",
    "ContractStatus",
    "CustomerKind",
    "CustomerStatus",
    "ErrorCode",
    "ExportFormat",
    "FollowUpTaskKind",
    "FollowUpTaskStatus",
    "Gender",
    "IdDocumentType",
    "InteractionKind",
    "InteractionPurpose",
    "LedgerAccount",
    "LedgerKind",
    "MemberTier",
    "PartnerKeyStatus",
    "PerformanceMeasure",
    "ProspectGrade",
    "ProspectStatus",
    "ReportKind",
    "Role",
    "SegmentDimension",
    "Severity",
    "StayStatus",
    "UserStatus",
    "ValueClass",
]
