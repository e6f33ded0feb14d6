/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** A note on a complaint's timeline. */
export type AddComplaintNoteInput = {
  id: string;
  note: string;
};

/** A date worth a greeting: anniversary, company founding day, … */
export type AddKeyDateInput = {
  customerId: string;
  date: string;
  kind: string;
  note?: string | null | undefined;
};

/** A remembered wish of the guest, e.g. category 枕头, value 荞麦枕. */
export type AddPreferenceInput = {
  category: string;
  customerId: string;
  note?: string | null | undefined;
  value: string;
};

/** Where a knowledge-base procedure stands: DRAFT, PUBLISHED or ARCHIVED. */
export type ArticleStatus =
  | 'ARCHIVED'
  | 'DRAFT'
  | 'PUBLISHED';

/** Bind this console to a telephone extension. */
export type BindExtensionInput = {
  extension: string;
  /** Take the extension from whoever has it (shift change). */
  takeOver?: boolean;
};

/** Whether a call from the PBX was answered. */
export type CallOutcome =
  | 'ANSWERED'
  | 'MISSED';

/** Where a membership card stands; LOST, REPLACED, EXPIRED, CANCELLED cards are blocked. */
export type CardStatus =
  | 'ACTIVE'
  | 'CANCELLED'
  | 'EXPIRED'
  | 'LOST'
  | 'REPLACED';

/** A new grade; the next follow-up date is recomputed from today. */
export type ChangeProspectGradeInput = {
  /** Stale gives CONFLICT. */
  expectedVersion?: number | null | undefined;
  grade: ProspectGrade;
  id: string;
};

/** Why a customer may be leaving: visits or spend per month dropped against the earlier window, or on the dormant list. */
export type ChurnReason =
  | 'DORMANT'
  | 'FREQUENCY_DROP'
  | 'SPEND_DROP';

/** Ends a prospect WON (the customer becomes ACTIVE) or LOST (reason required). */
export type CloseProspectInput = {
  expectedVersion?: number | null | undefined;
  id: string;
  /** WON or LOST. */
  outcome: ProspectStatus;
  reason?: string | null | undefined;
};

/** The supervisor's comment on a follow-up (主管意见). */
export type CommentOnFollowUpInput = {
  comment: string;
  /** The follow-up. */
  id: string;
};

/** Where a complaint stands: OPEN → INVESTIGATING → RESOLVED → CLOSED, or REOPENED. */
export type ComplaintStatus =
  | 'CLOSED'
  | 'INVESTIGATING'
  | 'OPEN'
  | 'REOPENED'
  | 'RESOLVED';

/** A promised call-back that has been made. */
export type CompleteFollowUpInput = {
  interactionId: string;
};

/** Marks a follow-up task done. */
export type CompleteFollowUpTaskInput = {
  id: string;
  note?: string | null | undefined;
};

/** Which contact. */
export type ContactIdInput = {
  id: string;
};

/** A state change of a contract. */
export type ContractMoveInput = {
  /** Optional; stale gives CONFLICT. */
  expectedVersion?: number | null | undefined;
  id: string;
};

/** A negotiated rate for one room type. */
export type ContractRateInput = {
  /** Fen per night (> 0). */
  rate: number;
  roomType: string;
};

/** Where a contract stands: DRAFT → ACTIVE → EXPIRED, TERMINATED (with a reason) or RENEWED. */
export type ContractStatus =
  | 'ACTIVE'
  | 'DRAFT'
  | 'EXPIRED'
  | 'RENEWED'
  | 'TERMINATED';

/** A new contact at a customer; the first one becomes the primary contact. */
export type CreateContactInput = {
  birthday?: string | null | undefined;
  customerId: string;
  email?: string | null | undefined;
  /** true: becomes the one primary contact (default: true for the first contact). */
  isPrimary?: boolean | null | undefined;
  name: string;
  notes?: string | null | undefined;
  phones?: Array<PhoneInput> | null | undefined;
  title?: string | null | undefined;
};

/** A new contract; it starts as DRAFT (activate it when signed). */
export type CreateContractInput = {
  creditLimit?: number | null | undefined;
  customerId: string;
  /** 0…100, at most 2 decimals. */
  discountPercent?: number | null | undefined;
  /** Not before startDate. */
  endDate: string;
  kind?: string | null | undefined;
  notes?: string | null | undefined;
  /** Unique (DUPLICATE otherwise); stored in capitals. */
  number: string;
  paymentTerms?: string | null | undefined;
  /** One per room type. */
  rates?: Array<ContractRateInput> | null | undefined;
  startDate: string;
};

/** A new customer record. */
export type CreateCustomerInput = {
  address?: string | null | undefined;
  birthday?: string | null | undefined;
  channel?: string | null | undefined;
  email?: string | null | undefined;
  employer?: string | null | undefined;
  gender?: Gender | null | undefined;
  idDocumentType?: IdDocumentType | null | undefined;
  idNumber?: string | null | undefined;
  /** Retry with the same key and input returns the first result. */
  idempotencyKey?: string | null | undefined;
  industry?: string | null | undefined;
  kind: CustomerKind;
  name: string;
  nameEn?: string | null | undefined;
  /** ISO 3166-1 alpha-2. */
  nationality?: string | null | undefined;
  /** GOVERNMENT, SPECIAL, COMPANY, INDIVIDUAL or PARTNER. */
  nature?: string | null | undefined;
  notes?: string | null | undefined;
  phones?: Array<PhoneInput> | null | undefined;
  region?: string | null | undefined;
};

/** An event guests attend. */
export type CreateEventInput = {
  heldOn: string;
  name: string;
};

/** A follow-up task made by hand (MANUAL). */
export type CreateFollowUpTaskInput = {
  customerId: string;
  dueOn: string;
  note?: string | null | undefined;
  /** Default: you. Managers only. */
  ownerId?: string | null | undefined;
  title: string;
};

/** A new handling procedure; saved as a DRAFT unless a manager publishes it at once. */
export type CreateKnowledgeArticleInput = {
  category?: string | null | undefined;
  problem?: string | null | undefined;
  /** Publish at once (managers only). */
  publish?: boolean | null | undefined;
  /** The resolved or closed complaint it is written from. */
  sourceComplaintId?: string | null | undefined;
  /** What staff do, one step a line. */
  steps: string;
  /** At most 20, each up to 32 characters. */
  tags?: Array<string> | null | undefined;
  title: string;
};

/** A new API key for a partner. */
export type CreatePartnerKeyInput = {
  /** Null: never expires. */
  expiresAt?: string | null | undefined;
  /** Who gets the key (airline, travel agency, OTA). */
  partner: string;
  /** Null: the server's default (HOTEL_CRM_PARTNER_RATE_LIMIT_PER_MINUTE). */
  rateLimitPerMinute?: number | null | undefined;
  /** Default: [membership:read]. */
  scopes?: Array<string> | null | undefined;
};

/** A prospect card for a customer; the grade sets the first follow-up date. */
export type CreateProspectInput = {
  customerId: string;
  /** H: +7 days, A: +1 month, B: +3 months, C: +6 months. */
  grade: ProspectGrade;
  /** What they are interested in. */
  interest?: string | null | undefined;
  /** Default: you. Managers only. */
  ownerId?: string | null | undefined;
};

/** A new staff account. */
export type CreateUserInput = {
  department?: string | null | undefined;
  displayName?: string | null | undefined;
  /** The initial password; left out, one is generated and returned once. */
  password?: string | null | undefined;
  role: Role;
  supervisorId?: string | null | undefined;
  /** Letters, digits and . _ - ; stored in lower case. */
  username: string;
};

/** INDIVIDUAL (散客) or CORPORATE (单位客户). */
export type CustomerKind =
  | 'CORPORATE'
  | 'INDIVIDUAL';

/** Which customers to rank, by what, where and when (stays by arrival date). */
export type CustomerRankingInput = {
  /** How many rows, 1..100. */
  first?: number | null | undefined;
  /** First arrival date counted. */
  from?: string | null | undefined;
  measure: PerformanceMeasure;
  /** One hotel of the group; all when null. */
  property?: string | null | undefined;
  /** Last arrival date counted. */
  to?: string | null | undefined;
};

/** Lifecycle of a customer record. */
export type CustomerStatus =
  | 'ACTIVE'
  | 'DORMANT'
  | 'LOST'
  | 'MERGED'
  | 'PROSPECT'
  | 'UNSUITABLE';

/** The period and property of the customer value report. */
export type CustomerValueInput = {
  /** How many RFM rows, 1..100. */
  first?: number | null | undefined;
  /** First arrival date counted. */
  from?: string | null | undefined;
  /** One hotel of the group; all when null. */
  property?: string | null | undefined;
  /** Last arrival date counted. */
  to?: string | null | undefined;
};

/** The account to deactivate (refused while it owns customers or other work). */
export type DeactivateUserInput = {
  userId: string;
};

/** What is typed so far; any subset. */
export type DuplicateCheckInput = {
  birthday?: string | null | undefined;
  email?: string | null | undefined;
  idNumber?: string | null | undefined;
  name?: string | null | undefined;
  phone?: string | null | undefined;
};

/** Why an input was refused; stable codes that clients translate. */
export type ErrorCode =
  | 'CONFLICT'
  | 'DUPLICATE'
  | 'FORBIDDEN'
  | 'INSUFFICIENT_BALANCE'
  | 'INVALID'
  | 'INVALID_STATE'
  | 'NOT_FOUND'
  | 'REQUIRED'
  | 'THROTTLED'
  | 'TOO_LONG';

/** CSV (UTF-8 with BOM, opens in Chinese Excel) or XLSX. */
export type ExportFormat =
  | 'CSV'
  | 'XLSX';

/** Which report to export, in which format, with the filters of its query. */
export type ExportReportInput = {
  /** STAFF_KPIS: one team. */
  department?: string | null | undefined;
  /** SEGMENTS: required. */
  dimension?: SegmentDimension | null | undefined;
  /** CUSTOMER_RANKING, CUSTOMER_VALUE, CHURN_RISKS: how many customers, 1..100; the query's default (20, 50, 50) when null. */
  first?: number | null | undefined;
  format: ExportFormat;
  /** First day counted. */
  from?: string | null | undefined;
  /** CUSTOMER_RANKING: required. */
  measure?: PerformanceMeasure | null | undefined;
  /** One hotel of the group; all when null. */
  property?: string | null | undefined;
  report: ReportKind;
  /** Last day counted. */
  to?: string | null | undefined;
};

/** A complaint as the agent takes it down; dueAt follows from the severity. */
export type FileComplaintInput = {
  /** The procedures the agent saw or chose while typing, best first; left out: the best matches for the description are linked. */
  articleIds?: Array<string> | null | undefined;
  /** Managers only. */
  assigneeId?: string | null | undefined;
  category?: string | null | undefined;
  channel?: string | null | undefined;
  /** The guest, when known. */
  customerId?: string | null | undefined;
  departments?: Array<string> | null | undefined;
  description: string;
  /** A retry with the same key files once. */
  idempotencyKey?: string | null | undefined;
  /** Default MEDIUM. */
  severity?: Severity | null | undefined;
};

/** What was done about a piece of feedback. */
export type FollowUpFeedbackInput = {
  followUp: string;
  id: string;
};

/** What made a follow-up task: a prospect, a stay or event revisit rule, a dormant check, by hand. */
export type FollowUpTaskKind =
  | 'DORMANT_CHECK'
  | 'MANUAL'
  | 'PROSPECT'
  | 'REVISIT_EVENT'
  | 'REVISIT_STAY';

/** A follow-up task: OPEN, DONE or CANCELLED. */
export type FollowUpTaskStatus =
  | 'CANCELLED'
  | 'DONE'
  | 'OPEN';

/** Gender as on the ID document. */
export type Gender =
  | 'FEMALE'
  | 'MALE'
  | 'UNKNOWN';

/** The arriving guest as on the ID document. */
export type GuestInput = {
  address?: string | null | undefined;
  birthday?: string | null | undefined;
  email?: string | null | undefined;
  employer?: string | null | undefined;
  gender?: Gender | null | undefined;
  idDocumentType: IdDocumentType;
  idNumber: string;
  name: string;
  nameEn?: string | null | undefined;
  /** ISO 3166-1 alpha-2, default CN. */
  nationality?: string | null | undefined;
  phone: string;
};

/** Kind of identity document. */
export type IdDocumentType =
  | 'FOREIGN_PERMANENT_RESIDENT_ID'
  | 'HK_MACAO_PERMIT'
  | 'OTHER'
  | 'PASSPORT'
  | 'RESIDENT_ID'
  | 'TAIWAN_PERMIT';

/** Call in or out, visit, e-mail, SMS, WeChat or an internal note. */
export type InteractionKind =
  | 'CALL_IN'
  | 'CALL_OUT'
  | 'EMAIL'
  | 'NOTE'
  | 'SMS'
  | 'VISIT'
  | 'WECHAT';

/** Why the guest got in touch (or why we did). */
export type InteractionPurpose =
  | 'BOOKING'
  | 'CANCELLATION'
  | 'COMPLAINT'
  | 'FOLLOW_UP'
  | 'GREETING'
  | 'INQUIRY'
  | 'ITINERARY'
  | 'LOST_AND_FOUND'
  | 'SPECIAL_REQUEST';

/** A new card for a customer who holds none. */
export type IssueMembershipCardInput = {
  customerId: string;
  /** A retry with the same key applies once and gets the first answer; another payload under it is CONFLICT. */
  idempotencyKey?: string | null | undefined;
  /** Default CLASSIC. */
  tier?: MemberTier | null | undefined;
};

/** Which balance a ledger entry moves: POINTS or STORED_VALUE (fen). */
export type LedgerAccount =
  | 'POINTS'
  | 'STORED_VALUE';

/** Why a balance moved: earned, redeemed, topped up, bonus, spent, adjusted, transferred. */
export type LedgerKind =
  | 'ADJUST'
  | 'BONUS'
  | 'EARN'
  | 'REDEEM'
  | 'SPEND'
  | 'TOP_UP'
  | 'TRANSFER_IN'
  | 'TRANSFER_OUT';

/** A contact logged by hand: an outgoing call, a visit, e-mail, SMS, WeChat or a note. */
export type LogInteractionInput = {
  customerId: string;
  durationSeconds?: number | null | undefined;
  /** Promised call-back date. */
  followUpOn?: string | null | undefined;
  kind: InteractionKind;
  /** Default: now. */
  occurredAt?: string | null | undefined;
  /** The number called, any format. */
  phone?: string | null | undefined;
  purpose?: InteractionPurpose | null | undefined;
  summary?: string | null | undefined;
};

/** Username and password of a member of staff. */
export type LoginInput = {
  password: string;
  username: string;
};

/** Membership tier: CLASSIC 普通, SILVER 银卡, GOLD 金卡, PLATINUM 白金卡. */
export type MemberTier =
  | 'CLASSIC'
  | 'GOLD'
  | 'PLATINUM'
  | 'SILVER';

/** A move along the workflow; RESOLVED needs a resolution, CLOSED the guest's satisfaction. */
export type MoveComplaintInput = {
  /** RESOLVED: what the guest got, in fen. */
  compensation?: number | null | undefined;
  /** The version you read; stale gives CONFLICT. */
  expectedVersion: number;
  id: string;
  /** Required when reopening: why. */
  note?: string | null | undefined;
  /** RESOLVED: what was done (required). */
  resolution?: string | null | undefined;
  rootCause?: string | null | undefined;
  /** CLOSED: the guest's answer (required). */
  satisfied?: boolean | null | undefined;
  staffAtFault?: boolean | null | undefined;
  staffAtFaultWho?: string | null | undefined;
  /** Where to move it (see allowedTransitions). */
  status: ComplaintStatus;
};

/** A partner API key: ACTIVE, EXPIRED (past its expiry) or REVOKED. */
export type PartnerKeyStatus =
  | 'ACTIVE'
  | 'EXPIRED'
  | 'REVOKED';

/** A figure of customer performance to rank by: room nights, ADR, room revenue, other revenue, total revenue, visits or the last visit. */
export type PerformanceMeasure =
  | 'ADR'
  | 'LAST_VISIT'
  | 'OTHER_REVENUE'
  | 'ROOM_NIGHTS'
  | 'ROOM_REVENUE'
  | 'TOTAL_REVENUE'
  | 'VISITS';

/** A phone number in any format (stored as E.164) and its label. */
export type PhoneInput = {
  label?: string | null | undefined;
  number: string;
};

/** A prospect's grade: H within 7 days, A within a month, B 1–3 months, C over 3 months. */
export type ProspectGrade =
  | 'A'
  | 'B'
  | 'C'
  | 'H';

/** A prospect: OPEN, or ended WON or LOST. */
export type ProspectStatus =
  | 'LOST'
  | 'OPEN'
  | 'WON';

/** The deactivated account to let sign in again. */
export type ReactivateUserInput = {
  userId: string;
};

/** A guest at an event; attending without buying creates revisit tasks. */
export type RecordAttendanceInput = {
  customerId: string;
  eventId: string;
  purchased: boolean;
};

/** An opinion or suggestion as taken down. */
export type RecordFeedbackInput = {
  category?: string | null | undefined;
  /** PHONE, EMAIL, SURVEY, IN_PERSON, ONLINE_REVIEW or WECHAT. */
  channel?: string | null | undefined;
  /** The guest, when known. */
  customerId?: string | null | undefined;
  /** 1 to 5. */
  rating?: number | null | undefined;
  /** Default: now. */
  receivedAt?: string | null | undefined;
  text: string;
};

/** Spend at the hotel (checkout): earns points and counts toward the tier. */
export type RecordMemberSpendInput = {
  /** What the member spent, in fen (> 0). */
  amount: number;
  cardNumber: string;
  /** A retry with the same key applies once and gets the first answer; another payload under it is CONFLICT. */
  idempotencyKey?: string | null | undefined;
  /** Folio or receipt number. */
  reference?: string | null | undefined;
};

/** A follow-up of a prospect (跟进记录). */
export type RecordProspectFollowUpInput = {
  /** Bottleneck analysis (瓶颈分析). */
  bottleneck?: string | null | undefined;
  /** What was discussed (required). */
  content: string;
  /** A new grade, when it changed. */
  grade?: ProspectGrade | null | undefined;
  impression?: string | null | undefined;
  /** Today or later; default: from the (new) grade. */
  nextDate?: string | null | undefined;
  plan?: string | null | undefined;
  prospectId: string;
};

/** Points redeemed (irreversible). */
export type RedeemPointsInput = {
  cardNumber: string;
  /** A retry with the same key applies once and gets the first answer; another payload under it is CONFLICT. */
  idempotencyKey?: string | null | undefined;
  /** What for. */
  note?: string | null | undefined;
  /** How many points (> 0, at most the balance). */
  points: number;
};

/** Check-in of an arriving guest (入住登记). */
export type RegisterGuestInput = {
  /** Attach the stay to this profile (chosen from possibleDuplicates). */
  customerId?: string | null | undefined;
  guest: GuestInput;
  /** Retry with the same key and input returns the first result. */
  idempotencyKey?: string | null | undefined;
  stay: StayInput;
};

/** A new card number for a lost or damaged card; balances move over. */
export type ReissueCardInput = {
  cardNumber: string;
  /** A retry with the same key applies once and gets the first answer; another payload under it is CONFLICT. */
  idempotencyKey?: string | null | undefined;
  note?: string | null | undefined;
};

/** Takes a key date off the card (it stays in the archive). */
export type RemoveKeyDateInput = {
  id: string;
};

/** Takes a preference off the card (it stays in the archive). */
export type RemovePreferenceInput = {
  id: string;
};

/** Extends the validity; an EXPIRED card becomes ACTIVE. */
export type RenewCardInput = {
  cardNumber: string;
  /** A retry with the same key applies once and gets the first answer; another payload under it is CONFLICT. */
  idempotencyKey?: string | null | undefined;
};

/** Renews an ACTIVE or EXPIRED contract: it becomes RENEWED and a new linked contract starts the day after it ends, with its rates, discount, credit limit and terms unless new ones are given. */
export type RenewContractInput = {
  /** true: the new contract is ACTIVE at once. */
  activate?: boolean;
  discountPercent?: number | null | undefined;
  endDate: string;
  expectedVersion?: number | null | undefined;
  id: string;
  /** The new contract's number (unique). */
  number: string;
  rates?: Array<ContractRateInput> | null | undefined;
};

/** A card reported lost: blocked at once. */
export type ReportCardLostInput = {
  cardNumber: string;
  note?: string | null | undefined;
};

/** A report that exportReport writes as a file. */
export type ReportKind =
  | 'CHURN_RISKS'
  | 'CUSTOMER_RANKING'
  | 'CUSTOMER_VALUE'
  | 'SEGMENTS'
  | 'STAFF_KPIS';

/** Moves a follow-up task to another day (today or later). */
export type RescheduleFollowUpTaskInput = {
  dueOn: string;
  id: string;
  note?: string | null | undefined;
};

/** A new password for a member of staff; their signed-in sessions end. */
export type ResetPasswordInput = {
  /** Left out, one is generated and returned once. */
  password?: string | null | undefined;
  userId: string;
};

/** Reveal a full ID number; the reason goes to the audit log. */
export type RevealIdNumberInput = {
  customerId: string;
  reason: string;
};

/** Revokes a key at once; it cannot be undone. */
export type RevokePartnerKeyInput = {
  id: string;
};

/** What a member of staff may do (SPEC §5). */
export type Role =
  | 'ADMIN'
  | 'AGENT'
  | 'FRONT_DESK'
  | 'MANAGER'
  | 'SALES';

/** What segmentReport groups stays by: property, market segment, channel, country (code as stored), region (UN M49 sub-region of the country), the customer's industry or nature, customer type, room type, arrival year or month. */
export type SegmentDimension =
  | 'ARRIVAL_MONTH'
  | 'ARRIVAL_YEAR'
  | 'CHANNEL'
  | 'COUNTRY'
  | 'CUSTOMER_TYPE'
  | 'INDUSTRY'
  | 'MARKET_SEGMENT'
  | 'NATURE'
  | 'PROPERTY'
  | 'REGION'
  | 'ROOM_TYPE';

/** What to group the stays by, for which property and arrival dates. */
export type SegmentReportInput = {
  dimension: SegmentDimension;
  /** First arrival date counted. */
  from?: string | null | undefined;
  /** One hotel of the group; all when null. */
  property?: string | null | undefined;
  /** Last arrival date counted (not before from). */
  to?: string | null | undefined;
};

/** A key's new expiry (in the future), or null: never expires. */
export type SetPartnerKeyExpiryInput = {
  expiresAt?: string | null | undefined;
  id: string;
};

/** The member's choice whether partners may verify the card. */
export type SetPartnerSharingInput = {
  cardNumber: string;
  share: boolean;
};

/** How serious a complaint is; sets the promised time to resolve (SLA). */
export type Severity =
  | 'CRITICAL'
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM';

/** A payment from the card's stored value. */
export type SpendStoredValueInput = {
  /** In fen (> 0, at most the balance). */
  amount: number;
  cardNumber: string;
  /** A retry with the same key applies once and gets the first answer; another payload under it is CONFLICT. */
  idempotencyKey?: string | null | undefined;
  /** Folio or receipt number. */
  reference?: string | null | undefined;
};

/** The period (hotel days) and team of the staff KPIs. */
export type StaffKpiInput = {
  /** One team; everyone when null. */
  department?: string | null | undefined;
  /** First day counted. */
  from: string;
  /** Last day counted. */
  to: string;
};

/** The stay being checked in. */
export type StayInput = {
  arrival: string;
  channel?: string | null | undefined;
  departure: string;
  nightlyRate: number;
  paymentMethod?: string | null | undefined;
  purpose?: string | null | undefined;
  roomType: string;
};

/** Where a stay stands. */
export type StayStatus =
  | 'CANCELLED'
  | 'CHECKED_OUT'
  | 'IN_HOUSE'
  | 'NO_SHOW'
  | 'RESERVED';

/** Ends an ACTIVE contract early; the reason is kept. */
export type TerminateContractInput = {
  expectedVersion?: number | null | undefined;
  id: string;
  reason: string;
};

/** Money paid onto the card's stored value (储值); the bonus band applies. */
export type TopUpStoredValueInput = {
  /** Paid in, in fen (> 0). */
  amount: number;
  cardNumber: string;
  /** A retry with the same key applies once and gets the first answer; another payload under it is CONFLICT. */
  idempotencyKey?: string | null | undefined;
  /** Receipt number. */
  reference?: string | null | undefined;
};

/** Whose work moves to whom (客户交接). */
export type TransferCustomersInput = {
  fromUserId: string;
  toUserId: string;
};

/** Changes to a complaint's details; fields left out stay as they are, null clears. */
export type UpdateComplaintInput = {
  /** Managers only. */
  assigneeId?: string | null | undefined;
  category?: string | null | undefined;
  channel?: string | null | undefined;
  compensation?: number | null | undefined;
  customerId?: string | null | undefined;
  departments?: Array<string> | null | undefined;
  /** The version you read; stale gives CONFLICT. */
  expectedVersion: number;
  id: string;
  /** Why, on the timeline. */
  note?: string | null | undefined;
  resolution?: string | null | undefined;
  rootCause?: string | null | undefined;
  /** Recomputes dueAt from the filing (or reopening) time. */
  severity?: Severity | null | undefined;
  staffAtFault?: boolean | null | undefined;
  staffAtFaultWho?: string | null | undefined;
};

/** Changes to a contact; fields left out stay as they are, null clears. */
export type UpdateContactInput = {
  birthday?: string | null | undefined;
  email?: string | null | undefined;
  /** The version you read; stale gives CONFLICT. */
  expectedVersion: number;
  id: string;
  /** true makes this the primary contact. */
  isPrimary?: boolean | null | undefined;
  name?: string | null | undefined;
  notes?: string | null | undefined;
  /** Replaces the list. */
  phones?: Array<PhoneInput> | null | undefined;
  title?: string | null | undefined;
};

/** Changes to a contract: a DRAFT anything; an ACTIVE one only creditLimit, paymentTerms and notes. */
export type UpdateContractInput = {
  creditLimit?: number | null | undefined;
  discountPercent?: number | null | undefined;
  endDate?: string | null | undefined;
  /** The version you read; stale gives CONFLICT. */
  expectedVersion: number;
  id: string;
  kind?: string | null | undefined;
  notes?: string | null | undefined;
  number?: string | null | undefined;
  paymentTerms?: string | null | undefined;
  /** Replaces all. */
  rates?: Array<ContractRateInput> | null | undefined;
  startDate?: string | null | undefined;
};

/** Changes to a customer; fields left out stay as they are, null clears. */
export type UpdateCustomerInput = {
  address?: string | null | undefined;
  annualRoomVolume?: number | null | undefined;
  birthday?: string | null | undefined;
  businessScope?: string | null | undefined;
  channel?: string | null | undefined;
  contactFrequency?: string | null | undefined;
  email?: string | null | undefined;
  employer?: string | null | undefined;
  /** The version you read; stale gives CONFLICT. */
  expectedVersion: number;
  fax?: string | null | undefined;
  frontDeskAccount?: string | null | undefined;
  gender?: Gender | null | undefined;
  homepage?: string | null | undefined;
  id: string;
  idDocumentType?: IdDocumentType | null | undefined;
  /** Checked against gender and birthday like on registration. */
  idNumber?: string | null | undefined;
  industry?: string | null | undefined;
  name?: string | null | undefined;
  nameEn?: string | null | undefined;
  nationality?: string | null | undefined;
  /** GOVERNMENT, SPECIAL, COMPANY, INDIVIDUAL or PARTNER. */
  nature?: string | null | undefined;
  notes?: string | null | undefined;
  paymentMethod?: string | null | undefined;
  personInCharge?: string | null | undefined;
  phones?: Array<PhoneInput> | null | undefined;
  postcode?: string | null | undefined;
  region?: string | null | undefined;
  residence?: string | null | undefined;
  status?: CustomerStatus | null | undefined;
  /** Required when marking LOST or UNSUITABLE. */
  statusReason?: string | null | undefined;
  tags?: Array<string> | null | undefined;
};

/** The new text of a procedure; saved as the next version. */
export type UpdateKnowledgeArticleInput = {
  category?: string | null | undefined;
  /** The version the editor started from. */
  expectedVersion: number;
  id: string;
  /** What changed and why (kept with the version). */
  note?: string | null | undefined;
  problem?: string | null | undefined;
  steps: string;
  tags?: Array<string> | null | undefined;
  title: string;
};

/** Changes to a staff account; fields left out stay as they are, null clears. */
export type UpdateUserInput = {
  department?: string | null | undefined;
  displayName?: string | null | undefined;
  id: string;
  role?: Role | null | undefined;
  /** An active member of staff; no cycles. */
  supervisorId?: string | null | undefined;
};

/** A staff account: ACTIVE, or INACTIVE (deactivated; cannot sign in). */
export type UserStatus =
  | 'ACTIVE'
  | 'INACTIVE';

/** A customer's value from total revenue and visits: KEY 重点, REGULAR 常客, OCCASIONAL 偶尔 (thresholds HOTEL_CRM_VALUE_*). */
export type ValueClass =
  | 'KEY'
  | 'OCCASIONAL'
  | 'REGULAR';

/** The outcome of the verification call to a dormant customer. */
export type VerifyDormantCustomerInput = {
  customerId: string;
  /** true: mark the customer DORMANT; false: still active. */
  dormant: boolean;
  note?: string | null | undefined;
};

/** The agent's notes on a call that came through the PBX. */
export type WrapUpCallInput = {
  callId: string;
  /** Who called (for a shared or unknown number, chosen by the agent). */
  customerId?: string | null | undefined;
  followUpOn?: string | null | undefined;
  purpose?: InteractionPurpose | null | undefined;
  summary?: string | null | undefined;
};

export type ProspectCardFieldsFragment = { id: string, grade: ProspectGrade, status: ProspectStatus, interest: string | null, nextFollowUpOn: string | null, overdue: boolean, outcomeReason: string | null, closedAt: string | null, version: number, customer: { id: string, name: string } | null, owner: { id: string, displayName: string } | null };

export type FollowUpTaskFieldsFragment = { id: string, kind: FollowUpTaskKind, title: string, dueOn: string, status: FollowUpTaskStatus, overdue: boolean, note: string | null, customer: { id: string, name: string } | null, owner: { id: string, displayName: string } | null, prospect: { id: string } | null };

export type ProspectBoardQueryVariables = Exact<{ [key: string]: never; }>;


export type ProspectBoardQuery = { prospectBoard: Array<{ grade: ProspectGrade, count: number, prospects: Array<{ id: string, grade: ProspectGrade, status: ProspectStatus, interest: string | null, nextFollowUpOn: string | null, overdue: boolean, outcomeReason: string | null, closedAt: string | null, version: number, customer: { id: string, name: string } | null, owner: { id: string, displayName: string } | null }> }> };

export type MyFollowUpsQueryVariables = Exact<{
  daysAhead?: number | null | undefined;
  team: boolean;
}>;


export type MyFollowUpsQuery = { myFollowUps?: { today: string, overdue: Array<{ id: string, kind: FollowUpTaskKind, title: string, dueOn: string, status: FollowUpTaskStatus, overdue: boolean, note: string | null, customer: { id: string, name: string } | null, owner: { id: string, displayName: string } | null, prospect: { id: string } | null }>, dueToday: Array<{ id: string, kind: FollowUpTaskKind, title: string, dueOn: string, status: FollowUpTaskStatus, overdue: boolean, note: string | null, customer: { id: string, name: string } | null, owner: { id: string, displayName: string } | null, prospect: { id: string } | null }>, upcoming: Array<{ id: string, kind: FollowUpTaskKind, title: string, dueOn: string, status: FollowUpTaskStatus, overdue: boolean, note: string | null, customer: { id: string, name: string } | null, owner: { id: string, displayName: string } | null, prospect: { id: string } | null }> }, teamFollowUps?: { today: string, overdue: Array<{ id: string, kind: FollowUpTaskKind, title: string, dueOn: string, status: FollowUpTaskStatus, overdue: boolean, note: string | null, customer: { id: string, name: string } | null, owner: { id: string, displayName: string } | null, prospect: { id: string } | null }>, dueToday: Array<{ id: string, kind: FollowUpTaskKind, title: string, dueOn: string, status: FollowUpTaskStatus, overdue: boolean, note: string | null, customer: { id: string, name: string } | null, owner: { id: string, displayName: string } | null, prospect: { id: string } | null }>, upcoming: Array<{ id: string, kind: FollowUpTaskKind, title: string, dueOn: string, status: FollowUpTaskStatus, overdue: boolean, note: string | null, customer: { id: string, name: string } | null, owner: { id: string, displayName: string } | null, prospect: { id: string } | null }> } };

export type CompleteFollowUpTaskMutationVariables = Exact<{
  input: CompleteFollowUpTaskInput;
}>;


export type CompleteFollowUpTaskMutation = { completeFollowUpTask: { task: { id: string, kind: FollowUpTaskKind, title: string, dueOn: string, status: FollowUpTaskStatus, overdue: boolean, note: string | null, customer: { id: string, name: string } | null, owner: { id: string, displayName: string } | null, prospect: { id: string } | null } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type RescheduleFollowUpTaskMutationVariables = Exact<{
  input: RescheduleFollowUpTaskInput;
}>;


export type RescheduleFollowUpTaskMutation = { rescheduleFollowUpTask: { task: { id: string, kind: FollowUpTaskKind, title: string, dueOn: string, status: FollowUpTaskStatus, overdue: boolean, note: string | null, customer: { id: string, name: string } | null, owner: { id: string, displayName: string } | null, prospect: { id: string } | null } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type ProspectQueryVariables = Exact<{
  id: string;
}>;


export type ProspectQuery = { prospect: { id: string, grade: ProspectGrade, status: ProspectStatus, interest: string | null, nextFollowUpOn: string | null, overdue: boolean, outcomeReason: string | null, closedAt: string | null, version: number, followUps: Array<{ id: string, at: string, impression: string | null, content: string, bottleneck: string | null, plan: string | null, nextDate: string | null, grade: ProspectGrade | null, supervisorComment: string | null, commentedAt: string | null, by: { id: string, displayName: string } | null, supervisor: { id: string, displayName: string } | null }>, customer: { id: string, name: string } | null, owner: { id: string, displayName: string } | null } | null };

export type CreateProspectMutationVariables = Exact<{
  input: CreateProspectInput;
}>;


export type CreateProspectMutation = { createProspect: { prospect: { id: string, grade: ProspectGrade, status: ProspectStatus, interest: string | null, nextFollowUpOn: string | null, overdue: boolean, outcomeReason: string | null, closedAt: string | null, version: number, customer: { id: string, name: string } | null, owner: { id: string, displayName: string } | null } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type RecordProspectFollowUpMutationVariables = Exact<{
  input: RecordProspectFollowUpInput;
}>;


export type RecordProspectFollowUpMutation = { recordProspectFollowUp: { prospect: { id: string, grade: ProspectGrade, status: ProspectStatus, interest: string | null, nextFollowUpOn: string | null, overdue: boolean, outcomeReason: string | null, closedAt: string | null, version: number, customer: { id: string, name: string } | null, owner: { id: string, displayName: string } | null } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type CommentOnFollowUpMutationVariables = Exact<{
  input: CommentOnFollowUpInput;
}>;


export type CommentOnFollowUpMutation = { commentOnFollowUp: { followUp: { id: string } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type CloseProspectMutationVariables = Exact<{
  input: CloseProspectInput;
}>;


export type CloseProspectMutation = { closeProspect: { prospect: { id: string, grade: ProspectGrade, status: ProspectStatus, interest: string | null, nextFollowUpOn: string | null, overdue: boolean, outcomeReason: string | null, closedAt: string | null, version: number, customer: { id: string, name: string } | null, owner: { id: string, displayName: string } | null } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type CustomerAccountQueryVariables = Exact<{
  id: string;
}>;


export type CustomerAccountQuery = { customer: { id: string, name: string, prospects: Array<{ id: string, grade: ProspectGrade, status: ProspectStatus, interest: string | null, nextFollowUpOn: string | null, overdue: boolean, outcomeReason: string | null, closedAt: string | null, version: number, customer: { id: string, name: string } | null, owner: { id: string, displayName: string } | null }>, followUpTasks: Array<{ id: string, kind: FollowUpTaskKind, title: string, dueOn: string, status: FollowUpTaskStatus, overdue: boolean, note: string | null, customer: { id: string, name: string } | null, owner: { id: string, displayName: string } | null, prospect: { id: string } | null }> } | null };

export type FeedbackFieldsFragment = { id: string, channel: string | null, rating: number | null, category: string | null, text: string, followUp: string | null, followedUpAt: string | null, receivedAt: string, customer: { id: string, name: string } | null, recordedBy: { id: string, displayName: string } | null };

export type CustomerFeedbackQueryVariables = Exact<{
  id: string;
}>;


export type CustomerFeedbackQuery = { customer: { id: string, feedback: Array<{ id: string, channel: string | null, rating: number | null, category: string | null, text: string, followUp: string | null, followedUpAt: string | null, receivedAt: string, customer: { id: string, name: string } | null, recordedBy: { id: string, displayName: string } | null }> } | null };

export type FeedbackListQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  category?: string | null | undefined;
  rating?: number | null | undefined;
  channel?: string | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
  needsFollowUp?: boolean | null | undefined;
}>;


export type FeedbackListQuery = { feedback: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, channel: string | null, rating: number | null, category: string | null, text: string, followUp: string | null, followedUpAt: string | null, receivedAt: string, customer: { id: string, name: string } | null, recordedBy: { id: string, displayName: string } | null } }> } };

export type FeedbackSummaryQueryVariables = Exact<{
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type FeedbackSummaryQuery = { feedbackSummary: { from: string, to: string, total: number, averageRating: number | null, byCategory: Array<{ key: string, count: number, averageRating: number | null }>, byMonth: Array<{ key: string, count: number, averageRating: number | null }> } };

export type RecordFeedbackMutationVariables = Exact<{
  input: RecordFeedbackInput;
}>;


export type RecordFeedbackMutation = { recordFeedback: { feedback: { id: string, channel: string | null, rating: number | null, category: string | null, text: string, followUp: string | null, followedUpAt: string | null, receivedAt: string, customer: { id: string, name: string } | null, recordedBy: { id: string, displayName: string } | null } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type FollowUpFeedbackMutationVariables = Exact<{
  input: FollowUpFeedbackInput;
}>;


export type FollowUpFeedbackMutation = { followUpFeedback: { feedback: { id: string, channel: string | null, rating: number | null, category: string | null, text: string, followUp: string | null, followedUpAt: string | null, receivedAt: string, customer: { id: string, name: string } | null, recordedBy: { id: string, displayName: string } | null } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type DormantCustomersQueryVariables = Exact<{
  months?: number | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type DormantCustomersQuery = { dormantCustomers: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { lastStayOn: string | null, lastContactAt: string | null, customer: { id: string, name: string, status: CustomerStatus } | null } }> } };

export type VerifyDormantCustomerMutationVariables = Exact<{
  input: VerifyDormantCustomerInput;
}>;


export type VerifyDormantCustomerMutation = { verifyDormantCustomer: { task: { id: string } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type ChangeProspectGradeMutationVariables = Exact<{
  input: ChangeProspectGradeInput;
}>;


export type ChangeProspectGradeMutation = { changeProspectGrade: { prospect: { id: string, grade: ProspectGrade, status: ProspectStatus, interest: string | null, nextFollowUpOn: string | null, overdue: boolean, outcomeReason: string | null, closedAt: string | null, version: number, customer: { id: string, name: string } | null, owner: { id: string, displayName: string } | null } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type CreateFollowUpTaskMutationVariables = Exact<{
  input: CreateFollowUpTaskInput;
}>;


export type CreateFollowUpTaskMutation = { createFollowUpTask: { task: { id: string, kind: FollowUpTaskKind, title: string, dueOn: string, status: FollowUpTaskStatus, overdue: boolean, note: string | null, customer: { id: string, name: string } | null, owner: { id: string, displayName: string } | null, prospect: { id: string } | null } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type EventAttendanceFieldsFragment = { id: string, purchased: boolean, customer: { id: string, name: string } | null, revisitTasks: Array<{ id: string, dueOn: string, status: FollowUpTaskStatus, owner: { id: string, displayName: string } | null }> };

export type HotelEventsQueryVariables = Exact<{ [key: string]: never; }>;


export type HotelEventsQuery = { hotelEvents: Array<{ id: string, name: string, heldOn: string }> };

export type HotelEventQueryVariables = Exact<{
  id: string;
}>;


export type HotelEventQuery = { hotelEvent: { id: string, name: string, heldOn: string, attendances: Array<{ id: string, purchased: boolean, customer: { id: string, name: string } | null, revisitTasks: Array<{ id: string, dueOn: string, status: FollowUpTaskStatus, owner: { id: string, displayName: string } | null }> }> } | null };

export type CreateEventMutationVariables = Exact<{
  input: CreateEventInput;
}>;


export type CreateEventMutation = { createEvent: { event: { id: string, name: string, heldOn: string } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type RecordAttendanceMutationVariables = Exact<{
  input: RecordAttendanceInput;
}>;


export type RecordAttendanceMutation = { recordAttendance: { attendance: { id: string, purchased: boolean, customer: { id: string, name: string } | null, revisitTasks: Array<{ id: string, dueOn: string, status: FollowUpTaskStatus, owner: { id: string, displayName: string } | null }> } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type UserErrorFieldsFragment = { field: Array<string> | null, code: ErrorCode, message: string };

export type SignInMutationVariables = Exact<{
  input: LoginInput;
}>;


export type SignInMutation = { login: { token: string | null, user: { id: string, username: string, displayName: string, role: Role, extension: string | null } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, username: string, displayName: string, role: Role, extension: string | null } | null };

export type ComplaintRowFragment = { id: string, status: ComplaintStatus, severity: Severity, category: string | null, channel: string | null, description: string, departments: Array<string>, dueAt: string, overdue: boolean, filedAt: string, escalatedAt: string | null, version: number, customer: { id: string, name: string } | null, assignee: { id: string, displayName: string } | null };

export type ComplaintDetailFragment = { rootCause: string | null, resolution: string | null, compensation: number, staffAtFault: boolean | null, staffAtFaultWho: string | null, satisfied: boolean | null, resolvedAt: string | null, closedAt: string | null, reopenedAt: string | null, allowedTransitions: Array<ComplaintStatus>, canEdit: boolean, id: string, status: ComplaintStatus, severity: Severity, category: string | null, channel: string | null, description: string, departments: Array<string>, dueAt: string, overdue: boolean, filedAt: string, escalatedAt: string | null, version: number, filedBy: { id: string, displayName: string } | null, suggestedArticles: Array<{ id: string, title: string, category: string | null }>, timeline: Array<{ id: string, at: string, action: string, fromStatus: ComplaintStatus | null, toStatus: ComplaintStatus | null, note: string | null, actor: { id: string, displayName: string } | null, changes: Array<{ field: string, before: string | null, after: string | null }> }>, customer: { id: string, name: string } | null, assignee: { id: string, displayName: string } | null };

export type ComplaintsBoardQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  status?: ComplaintStatus | null | undefined;
  severity?: Severity | null | undefined;
  category?: string | null | undefined;
  department?: string | null | undefined;
  assigneeId?: string | null | undefined;
  overdue?: boolean | null | undefined;
}>;


export type ComplaintsBoardQuery = { complaints: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, status: ComplaintStatus, severity: Severity, category: string | null, channel: string | null, description: string, departments: Array<string>, dueAt: string, overdue: boolean, filedAt: string, escalatedAt: string | null, version: number, customer: { id: string, name: string } | null, assignee: { id: string, displayName: string } | null } }> } };

export type ComplaintAssigneesQueryVariables = Exact<{ [key: string]: never; }>;


export type ComplaintAssigneesQuery = { complaintAssignees: Array<{ id: string, displayName: string, role: Role }> };

export type ComplaintQueryVariables = Exact<{
  id: string;
}>;


export type ComplaintQuery = { complaint: { rootCause: string | null, resolution: string | null, compensation: number, staffAtFault: boolean | null, staffAtFaultWho: string | null, satisfied: boolean | null, resolvedAt: string | null, closedAt: string | null, reopenedAt: string | null, allowedTransitions: Array<ComplaintStatus>, canEdit: boolean, id: string, status: ComplaintStatus, severity: Severity, category: string | null, channel: string | null, description: string, departments: Array<string>, dueAt: string, overdue: boolean, filedAt: string, escalatedAt: string | null, version: number, filedBy: { id: string, displayName: string } | null, suggestedArticles: Array<{ id: string, title: string, category: string | null }>, timeline: Array<{ id: string, at: string, action: string, fromStatus: ComplaintStatus | null, toStatus: ComplaintStatus | null, note: string | null, actor: { id: string, displayName: string } | null, changes: Array<{ field: string, before: string | null, after: string | null }> }>, customer: { id: string, name: string } | null, assignee: { id: string, displayName: string } | null } | null };

export type FileComplaintMutationVariables = Exact<{
  input: FileComplaintInput;
}>;


export type FileComplaintMutation = { fileComplaint: { complaint: { id: string } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type MoveComplaintMutationVariables = Exact<{
  input: MoveComplaintInput;
}>;


export type MoveComplaintMutation = { moveComplaint: { complaint: { rootCause: string | null, resolution: string | null, compensation: number, staffAtFault: boolean | null, staffAtFaultWho: string | null, satisfied: boolean | null, resolvedAt: string | null, closedAt: string | null, reopenedAt: string | null, allowedTransitions: Array<ComplaintStatus>, canEdit: boolean, id: string, status: ComplaintStatus, severity: Severity, category: string | null, channel: string | null, description: string, departments: Array<string>, dueAt: string, overdue: boolean, filedAt: string, escalatedAt: string | null, version: number, filedBy: { id: string, displayName: string } | null, suggestedArticles: Array<{ id: string, title: string, category: string | null }>, timeline: Array<{ id: string, at: string, action: string, fromStatus: ComplaintStatus | null, toStatus: ComplaintStatus | null, note: string | null, actor: { id: string, displayName: string } | null, changes: Array<{ field: string, before: string | null, after: string | null }> }>, customer: { id: string, name: string } | null, assignee: { id: string, displayName: string } | null } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type UpdateComplaintMutationVariables = Exact<{
  input: UpdateComplaintInput;
}>;


export type UpdateComplaintMutation = { updateComplaint: { complaint: { rootCause: string | null, resolution: string | null, compensation: number, staffAtFault: boolean | null, staffAtFaultWho: string | null, satisfied: boolean | null, resolvedAt: string | null, closedAt: string | null, reopenedAt: string | null, allowedTransitions: Array<ComplaintStatus>, canEdit: boolean, id: string, status: ComplaintStatus, severity: Severity, category: string | null, channel: string | null, description: string, departments: Array<string>, dueAt: string, overdue: boolean, filedAt: string, escalatedAt: string | null, version: number, filedBy: { id: string, displayName: string } | null, suggestedArticles: Array<{ id: string, title: string, category: string | null }>, timeline: Array<{ id: string, at: string, action: string, fromStatus: ComplaintStatus | null, toStatus: ComplaintStatus | null, note: string | null, actor: { id: string, displayName: string } | null, changes: Array<{ field: string, before: string | null, after: string | null }> }>, customer: { id: string, name: string } | null, assignee: { id: string, displayName: string } | null } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type AddComplaintNoteMutationVariables = Exact<{
  input: AddComplaintNoteInput;
}>;


export type AddComplaintNoteMutation = { addComplaintNote: { complaint: { id: string } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type ComplaintSuggestionsQueryVariables = Exact<{
  text: string;
  first?: number | null | undefined;
}>;


export type ComplaintSuggestionsQuery = { articleSuggestions: Array<{ id: string, title: string, category: string | null }> };

export type CustomerOpenComplaintsQueryVariables = Exact<{
  id: string;
}>;


export type CustomerOpenComplaintsQuery = { customer: { id: string, name: string, openComplaints: Array<{ id: string, status: ComplaintStatus, severity: Severity, category: string | null, dueAt: string, overdue: boolean, description: string }> } | null };

export type ComplaintCustomerQueryVariables = Exact<{
  id: string;
}>;


export type ComplaintCustomerQuery = { customer: { id: string, name: string } | null };

export type EscalatedComplaintsQueryVariables = Exact<{ [key: string]: never; }>;


export type EscalatedComplaintsQuery = { escalatedComplaints: Array<{ id: string, status: ComplaintStatus, severity: Severity, category: string | null, channel: string | null, description: string, departments: Array<string>, dueAt: string, overdue: boolean, filedAt: string, escalatedAt: string | null, version: number, customer: { id: string, name: string } | null, assignee: { id: string, displayName: string } | null }> };

export type ComplaintEscalationsSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type ComplaintEscalationsSubscription = { complaintEscalations: { id: string, status: ComplaintStatus, severity: Severity, category: string | null, channel: string | null, description: string, departments: Array<string>, dueAt: string, overdue: boolean, filedAt: string, escalatedAt: string | null, version: number, customer: { id: string, name: string } | null, assignee: { id: string, displayName: string } | null } };

export type ComplaintAnalysisQueryVariables = Exact<{
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type ComplaintAnalysisQuery = { complaintAnalysis: { from: string, to: string, total: number, resolved: number, averageMinutesToResolve: number | null, onTime: number, late: number, onTimeRate: number | null, byCategory: Array<{ key: string, count: number }>, byDepartment: Array<{ key: string, count: number }>, byMonth: Array<{ key: string, count: number }>, repeatComplainers: Array<{ count: number, customer: { id: string, name: string } | null }> } };

export type ContactRowFragment = { id: string, name: string, title: string | null, email: string | null, birthday: string | null, isPrimary: boolean, notes: string | null, version: number, phones: Array<{ number: string, display: string, label: string | null }> };

export type CustomerContactsQueryVariables = Exact<{
  id: string;
}>;


export type CustomerContactsQuery = { customer: { id: string, contacts: Array<{ id: string, name: string, title: string | null, email: string | null, birthday: string | null, isPrimary: boolean, notes: string | null, version: number, phones: Array<{ number: string, display: string, label: string | null }> }> } | null };

export type CreateContactMutationVariables = Exact<{
  input: CreateContactInput;
}>;


export type CreateContactMutation = { createContact: { contact: { id: string, name: string, title: string | null, email: string | null, birthday: string | null, isPrimary: boolean, notes: string | null, version: number, phones: Array<{ number: string, display: string, label: string | null }> } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type UpdateContactMutationVariables = Exact<{
  input: UpdateContactInput;
}>;


export type UpdateContactMutation = { updateContact: { contact: { id: string, name: string, title: string | null, email: string | null, birthday: string | null, isPrimary: boolean, notes: string | null, version: number, phones: Array<{ number: string, display: string, label: string | null }> } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type ArchiveContactMutationVariables = Exact<{
  input: ContactIdInput;
}>;


export type ArchiveContactMutation = { archiveContact: { contact: { id: string } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type SetPrimaryContactMutationVariables = Exact<{
  input: ContactIdInput;
}>;


export type SetPrimaryContactMutation = { setPrimaryContact: { contact: { id: string } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type CareCalendarQueryVariables = Exact<{
  withinDays: number;
}>;


export type CareCalendarQuery = { careCalendar: Array<{ date: string, kind: string, title: string, years: number | null, greetedThisYear: boolean, customer: { id: string, name: string } | null, contact: { id: string, name: string, phones: Array<{ display: string }> } | null }> };

export type LogGreetingMutationVariables = Exact<{
  input: LogInteractionInput;
}>;


export type LogGreetingMutation = { logInteraction: { errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type ContractRowFragment = { id: string, number: string, kind: string | null, status: ContractStatus, startDate: string, endDate: string, discountPercent: number | null, creditLimit: number | null, paymentTerms: string | null, notes: string | null, terminatedReason: string | null, version: number, rates: Array<{ roomType: string, rate: number }>, customer: { id: string, name: string } | null, renews: { id: string, number: string } | null };

export type ContractsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  status?: Array<ContractStatus> | ContractStatus | null | undefined;
  customerId?: string | null | undefined;
  search?: string | null | undefined;
}>;


export type ContractsQuery = { contracts: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, number: string, kind: string | null, status: ContractStatus, startDate: string, endDate: string, discountPercent: number | null, creditLimit: number | null, paymentTerms: string | null, notes: string | null, terminatedReason: string | null, version: number, rates: Array<{ roomType: string, rate: number }>, customer: { id: string, name: string } | null, renews: { id: string, number: string } | null } }> } };

export type ExpiringContractsQueryVariables = Exact<{
  withinDays: number;
}>;


export type ExpiringContractsQuery = { expiringContracts: Array<{ id: string, number: string, kind: string | null, status: ContractStatus, startDate: string, endDate: string, discountPercent: number | null, creditLimit: number | null, paymentTerms: string | null, notes: string | null, terminatedReason: string | null, version: number, rates: Array<{ roomType: string, rate: number }>, customer: { id: string, name: string } | null, renews: { id: string, number: string } | null }> };

export type CustomerContractsQueryVariables = Exact<{
  id: string;
}>;


export type CustomerContractsQuery = { customer: { id: string, contracts: Array<{ id: string, number: string, kind: string | null, status: ContractStatus, startDate: string, endDate: string, discountPercent: number | null, creditLimit: number | null, paymentTerms: string | null, notes: string | null, terminatedReason: string | null, version: number, rates: Array<{ roomType: string, rate: number }>, customer: { id: string, name: string } | null, renews: { id: string, number: string } | null }> } | null };

export type ContractQueryVariables = Exact<{
  id: string;
}>;


export type ContractQuery = { contract: { id: string, number: string, kind: string | null, status: ContractStatus, startDate: string, endDate: string, discountPercent: number | null, creditLimit: number | null, paymentTerms: string | null, notes: string | null, terminatedReason: string | null, version: number, rates: Array<{ roomType: string, rate: number }>, customer: { id: string, name: string } | null, renews: { id: string, number: string } | null } | null };

export type CreateContractMutationVariables = Exact<{
  input: CreateContractInput;
}>;


export type CreateContractMutation = { createContract: { contract: { id: string, number: string, kind: string | null, status: ContractStatus, startDate: string, endDate: string, discountPercent: number | null, creditLimit: number | null, paymentTerms: string | null, notes: string | null, terminatedReason: string | null, version: number, rates: Array<{ roomType: string, rate: number }>, customer: { id: string, name: string } | null, renews: { id: string, number: string } | null } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type UpdateContractMutationVariables = Exact<{
  input: UpdateContractInput;
}>;


export type UpdateContractMutation = { updateContract: { contract: { id: string, number: string, kind: string | null, status: ContractStatus, startDate: string, endDate: string, discountPercent: number | null, creditLimit: number | null, paymentTerms: string | null, notes: string | null, terminatedReason: string | null, version: number, rates: Array<{ roomType: string, rate: number }>, customer: { id: string, name: string } | null, renews: { id: string, number: string } | null } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type ActivateContractMutationVariables = Exact<{
  input: ContractMoveInput;
}>;


export type ActivateContractMutation = { activateContract: { contract: { id: string, number: string, kind: string | null, status: ContractStatus, startDate: string, endDate: string, discountPercent: number | null, creditLimit: number | null, paymentTerms: string | null, notes: string | null, terminatedReason: string | null, version: number, rates: Array<{ roomType: string, rate: number }>, customer: { id: string, name: string } | null, renews: { id: string, number: string } | null } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type TerminateContractMutationVariables = Exact<{
  input: TerminateContractInput;
}>;


export type TerminateContractMutation = { terminateContract: { contract: { id: string, number: string, kind: string | null, status: ContractStatus, startDate: string, endDate: string, discountPercent: number | null, creditLimit: number | null, paymentTerms: string | null, notes: string | null, terminatedReason: string | null, version: number, rates: Array<{ roomType: string, rate: number }>, customer: { id: string, name: string } | null, renews: { id: string, number: string } | null } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type RenewContractMutationVariables = Exact<{
  input: RenewContractInput;
}>;


export type RenewContractMutation = { renewContract: { contract: { id: string, number: string, kind: string | null, status: ContractStatus, startDate: string, endDate: string, discountPercent: number | null, creditLimit: number | null, paymentTerms: string | null, notes: string | null, terminatedReason: string | null, version: number, rates: Array<{ roomType: string, rate: number }>, customer: { id: string, name: string } | null, renews: { id: string, number: string } | null } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type NegotiatedRatesQueryVariables = Exact<{
  employer?: string | null | undefined;
}>;


export type NegotiatedRatesQuery = { negotiatedRates: Array<{ roomType: string, rate: number, contract: { number: string, customer: { name: string } | null } }> };

export type CustomerSummaryFragment = { id: string, kind: CustomerKind, name: string, nameEn: string | null, namePinyin: string, status: CustomerStatus, phones: Array<{ number: string, display: string, label: string | null }> };

export type CallerLookupQueryVariables = Exact<{
  phone: string;
}>;


export type CallerLookupQuery = { callerLookup: { normalizedPhone: string | null, matches: Array<{ id: string, kind: CustomerKind, name: string, nameEn: string | null, namePinyin: string, status: CustomerStatus, phones: Array<{ number: string, display: string, label: string | null }> }> } };

export type SearchCustomersQueryVariables = Exact<{
  search?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SearchCustomersQuery = { customers: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, kind: CustomerKind, name: string, nameEn: string | null, namePinyin: string, status: CustomerStatus, phones: Array<{ number: string, display: string, label: string | null }> } }> } };

export type CustomerCardFragment = { id: string, kind: CustomerKind, name: string, nameEn: string | null, namePinyin: string, status: CustomerStatus, statusReason: string | null, mergedIntoId: string | null, nature: string | null, industry: string | null, channel: string | null, region: string | null, nationality: string | null, email: string | null, fax: string | null, postcode: string | null, address: string | null, homepage: string | null, frontDeskAccount: string | null, paymentMethod: string | null, employer: string | null, residence: string | null, gender: Gender | null, birthday: string | null, idDocumentType: IdDocumentType | null, idNumberMasked: string | null, businessScope: string | null, personInCharge: string | null, annualRoomVolume: number | null, contactFrequency: string | null, tags: Array<string>, notes: string | null, version: number, createdAt: string, updatedAt: string, phones: Array<{ number: string, display: string, label: string | null }>, preferences: Array<{ id: string, category: string, value: string, note: string | null }>, keyDates: Array<{ id: string, kind: string, date: string, note: string | null }>, recentStays: Array<{ id: string, property: string, arrival: string, departure: string, roomNights: number, roomType: string, nightlyRate: number, roomRevenue: number, status: StayStatus, channel: string | null, purpose: string | null }>, performance: { roomNights: number, adr: number | null, roomRevenue: number, otherRevenue: number, totalRevenue: number, visits: number, lastVisit: string | null, valueClass: ValueClass }, owner: { id: string, username: string, displayName: string, role: Role } | null };

export type CustomerCardPageQueryVariables = Exact<{
  id: string;
}>;


export type CustomerCardPageQuery = { customer: { id: string, kind: CustomerKind, name: string, nameEn: string | null, namePinyin: string, status: CustomerStatus, statusReason: string | null, mergedIntoId: string | null, nature: string | null, industry: string | null, channel: string | null, region: string | null, nationality: string | null, email: string | null, fax: string | null, postcode: string | null, address: string | null, homepage: string | null, frontDeskAccount: string | null, paymentMethod: string | null, employer: string | null, residence: string | null, gender: Gender | null, birthday: string | null, idDocumentType: IdDocumentType | null, idNumberMasked: string | null, businessScope: string | null, personInCharge: string | null, annualRoomVolume: number | null, contactFrequency: string | null, tags: Array<string>, notes: string | null, version: number, createdAt: string, updatedAt: string, phones: Array<{ number: string, display: string, label: string | null }>, preferences: Array<{ id: string, category: string, value: string, note: string | null }>, keyDates: Array<{ id: string, kind: string, date: string, note: string | null }>, recentStays: Array<{ id: string, property: string, arrival: string, departure: string, roomNights: number, roomType: string, nightlyRate: number, roomRevenue: number, status: StayStatus, channel: string | null, purpose: string | null }>, performance: { roomNights: number, adr: number | null, roomRevenue: number, otherRevenue: number, totalRevenue: number, visits: number, lastVisit: string | null, valueClass: ValueClass }, owner: { id: string, username: string, displayName: string, role: Role } | null } | null };

export type UpdateCustomerMutationVariables = Exact<{
  input: UpdateCustomerInput;
}>;


export type UpdateCustomerMutation = { updateCustomer: { customer: { id: string, kind: CustomerKind, name: string, nameEn: string | null, namePinyin: string, status: CustomerStatus, statusReason: string | null, mergedIntoId: string | null, nature: string | null, industry: string | null, channel: string | null, region: string | null, nationality: string | null, email: string | null, fax: string | null, postcode: string | null, address: string | null, homepage: string | null, frontDeskAccount: string | null, paymentMethod: string | null, employer: string | null, residence: string | null, gender: Gender | null, birthday: string | null, idDocumentType: IdDocumentType | null, idNumberMasked: string | null, businessScope: string | null, personInCharge: string | null, annualRoomVolume: number | null, contactFrequency: string | null, tags: Array<string>, notes: string | null, version: number, createdAt: string, updatedAt: string, phones: Array<{ number: string, display: string, label: string | null }>, preferences: Array<{ id: string, category: string, value: string, note: string | null }>, keyDates: Array<{ id: string, kind: string, date: string, note: string | null }>, recentStays: Array<{ id: string, property: string, arrival: string, departure: string, roomNights: number, roomType: string, nightlyRate: number, roomRevenue: number, status: StayStatus, channel: string | null, purpose: string | null }>, performance: { roomNights: number, adr: number | null, roomRevenue: number, otherRevenue: number, totalRevenue: number, visits: number, lastVisit: string | null, valueClass: ValueClass }, owner: { id: string, username: string, displayName: string, role: Role } | null } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type RevealIdNumberMutationVariables = Exact<{
  input: RevealIdNumberInput;
}>;


export type RevealIdNumberMutation = { revealIdNumber: { idNumber: string | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type AddPreferenceMutationVariables = Exact<{
  input: AddPreferenceInput;
}>;


export type AddPreferenceMutation = { addPreference: { preference: { id: string } | null, customer: { id: string, kind: CustomerKind, name: string, nameEn: string | null, namePinyin: string, status: CustomerStatus, statusReason: string | null, mergedIntoId: string | null, nature: string | null, industry: string | null, channel: string | null, region: string | null, nationality: string | null, email: string | null, fax: string | null, postcode: string | null, address: string | null, homepage: string | null, frontDeskAccount: string | null, paymentMethod: string | null, employer: string | null, residence: string | null, gender: Gender | null, birthday: string | null, idDocumentType: IdDocumentType | null, idNumberMasked: string | null, businessScope: string | null, personInCharge: string | null, annualRoomVolume: number | null, contactFrequency: string | null, tags: Array<string>, notes: string | null, version: number, createdAt: string, updatedAt: string, phones: Array<{ number: string, display: string, label: string | null }>, preferences: Array<{ id: string, category: string, value: string, note: string | null }>, keyDates: Array<{ id: string, kind: string, date: string, note: string | null }>, recentStays: Array<{ id: string, property: string, arrival: string, departure: string, roomNights: number, roomType: string, nightlyRate: number, roomRevenue: number, status: StayStatus, channel: string | null, purpose: string | null }>, performance: { roomNights: number, adr: number | null, roomRevenue: number, otherRevenue: number, totalRevenue: number, visits: number, lastVisit: string | null, valueClass: ValueClass }, owner: { id: string, username: string, displayName: string, role: Role } | null } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type RemovePreferenceMutationVariables = Exact<{
  input: RemovePreferenceInput;
}>;


export type RemovePreferenceMutation = { removePreference: { customer: { id: string, kind: CustomerKind, name: string, nameEn: string | null, namePinyin: string, status: CustomerStatus, statusReason: string | null, mergedIntoId: string | null, nature: string | null, industry: string | null, channel: string | null, region: string | null, nationality: string | null, email: string | null, fax: string | null, postcode: string | null, address: string | null, homepage: string | null, frontDeskAccount: string | null, paymentMethod: string | null, employer: string | null, residence: string | null, gender: Gender | null, birthday: string | null, idDocumentType: IdDocumentType | null, idNumberMasked: string | null, businessScope: string | null, personInCharge: string | null, annualRoomVolume: number | null, contactFrequency: string | null, tags: Array<string>, notes: string | null, version: number, createdAt: string, updatedAt: string, phones: Array<{ number: string, display: string, label: string | null }>, preferences: Array<{ id: string, category: string, value: string, note: string | null }>, keyDates: Array<{ id: string, kind: string, date: string, note: string | null }>, recentStays: Array<{ id: string, property: string, arrival: string, departure: string, roomNights: number, roomType: string, nightlyRate: number, roomRevenue: number, status: StayStatus, channel: string | null, purpose: string | null }>, performance: { roomNights: number, adr: number | null, roomRevenue: number, otherRevenue: number, totalRevenue: number, visits: number, lastVisit: string | null, valueClass: ValueClass }, owner: { id: string, username: string, displayName: string, role: Role } | null } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type AddKeyDateMutationVariables = Exact<{
  input: AddKeyDateInput;
}>;


export type AddKeyDateMutation = { addKeyDate: { keyDate: { id: string } | null, customer: { id: string, kind: CustomerKind, name: string, nameEn: string | null, namePinyin: string, status: CustomerStatus, statusReason: string | null, mergedIntoId: string | null, nature: string | null, industry: string | null, channel: string | null, region: string | null, nationality: string | null, email: string | null, fax: string | null, postcode: string | null, address: string | null, homepage: string | null, frontDeskAccount: string | null, paymentMethod: string | null, employer: string | null, residence: string | null, gender: Gender | null, birthday: string | null, idDocumentType: IdDocumentType | null, idNumberMasked: string | null, businessScope: string | null, personInCharge: string | null, annualRoomVolume: number | null, contactFrequency: string | null, tags: Array<string>, notes: string | null, version: number, createdAt: string, updatedAt: string, phones: Array<{ number: string, display: string, label: string | null }>, preferences: Array<{ id: string, category: string, value: string, note: string | null }>, keyDates: Array<{ id: string, kind: string, date: string, note: string | null }>, recentStays: Array<{ id: string, property: string, arrival: string, departure: string, roomNights: number, roomType: string, nightlyRate: number, roomRevenue: number, status: StayStatus, channel: string | null, purpose: string | null }>, performance: { roomNights: number, adr: number | null, roomRevenue: number, otherRevenue: number, totalRevenue: number, visits: number, lastVisit: string | null, valueClass: ValueClass }, owner: { id: string, username: string, displayName: string, role: Role } | null } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type RemoveKeyDateMutationVariables = Exact<{
  input: RemoveKeyDateInput;
}>;


export type RemoveKeyDateMutation = { removeKeyDate: { customer: { id: string, kind: CustomerKind, name: string, nameEn: string | null, namePinyin: string, status: CustomerStatus, statusReason: string | null, mergedIntoId: string | null, nature: string | null, industry: string | null, channel: string | null, region: string | null, nationality: string | null, email: string | null, fax: string | null, postcode: string | null, address: string | null, homepage: string | null, frontDeskAccount: string | null, paymentMethod: string | null, employer: string | null, residence: string | null, gender: Gender | null, birthday: string | null, idDocumentType: IdDocumentType | null, idNumberMasked: string | null, businessScope: string | null, personInCharge: string | null, annualRoomVolume: number | null, contactFrequency: string | null, tags: Array<string>, notes: string | null, version: number, createdAt: string, updatedAt: string, phones: Array<{ number: string, display: string, label: string | null }>, preferences: Array<{ id: string, category: string, value: string, note: string | null }>, keyDates: Array<{ id: string, kind: string, date: string, note: string | null }>, recentStays: Array<{ id: string, property: string, arrival: string, departure: string, roomNights: number, roomType: string, nightlyRate: number, roomRevenue: number, status: StayStatus, channel: string | null, purpose: string | null }>, performance: { roomNights: number, adr: number | null, roomRevenue: number, otherRevenue: number, totalRevenue: number, visits: number, lastVisit: string | null, valueClass: ValueClass }, owner: { id: string, username: string, displayName: string, role: Role } | null } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type CreateCustomerMutationVariables = Exact<{
  input: CreateCustomerInput;
}>;


export type CreateCustomerMutation = { createCustomer: { customer: { id: string, kind: CustomerKind, name: string, nameEn: string | null, namePinyin: string, status: CustomerStatus, phones: Array<{ number: string, display: string, label: string | null }> } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type PossibleDuplicatesQueryVariables = Exact<{
  input: DuplicateCheckInput;
}>;


export type PossibleDuplicatesQuery = { possibleDuplicates: Array<{ score: number, reasons: Array<string>, customer: { id: string, kind: CustomerKind, name: string, nameEn: string | null, status: CustomerStatus, birthday: string | null, idNumberMasked: string | null, phones: Array<{ number: string, display: string }>, performance: { visits: number, lastVisit: string | null } } }> };

export type RegisterGuestMutationVariables = Exact<{
  input: RegisterGuestInput;
}>;


export type RegisterGuestMutation = { registerGuest: { created: boolean, customer: { id: string, name: string, nameEn: string | null } | null, stay: { id: string, arrival: string, departure: string, roomNights: number } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type InteractionItemFragment = { id: string, kind: InteractionKind, purpose: InteractionPurpose | null, summary: string | null, occurredAt: string, durationSeconds: number | null, outcome: CallOutcome | null, callId: string | null, extension: string | null, phone: string | null, followUpOn: string | null, followUpDoneAt: string | null, wrappedUpAt: string | null, agent: { id: string, displayName: string } | null };

export type InteractionWithCustomerFragment = { id: string, kind: InteractionKind, purpose: InteractionPurpose | null, summary: string | null, occurredAt: string, durationSeconds: number | null, outcome: CallOutcome | null, callId: string | null, extension: string | null, phone: string | null, followUpOn: string | null, followUpDoneAt: string | null, wrappedUpAt: string | null, customer: { id: string, name: string, status: CustomerStatus } | null, agent: { id: string, displayName: string } | null };

export type IncomingCallsSubscriptionVariables = Exact<{
  extension: string;
}>;


export type IncomingCallsSubscription = { incomingCalls: { callId: string, extension: string, phone: string, receivedAt: string, at: string, lookup: { normalizedPhone: string | null, matches: Array<{ id: string, kind: CustomerKind, name: string, nameEn: string | null, namePinyin: string, status: CustomerStatus, phones: Array<{ number: string, display: string, label: string | null }> }>, matchedContacts: Array<{ id: string, name: string, title: string | null, customer: { id: string } | null }> } } };

export type BindExtensionMutationVariables = Exact<{
  input: BindExtensionInput;
}>;


export type BindExtensionMutation = { bindExtension: { extension: string | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type UnbindExtensionMutationVariables = Exact<{ [key: string]: never; }>;


export type UnbindExtensionMutation = { unbindExtension: { extension: string | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type CustomerInteractionsQueryVariables = Exact<{
  customerId: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CustomerInteractionsQuery = { interactions: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, kind: InteractionKind, purpose: InteractionPurpose | null, summary: string | null, occurredAt: string, durationSeconds: number | null, outcome: CallOutcome | null, callId: string | null, extension: string | null, phone: string | null, followUpOn: string | null, followUpDoneAt: string | null, wrappedUpAt: string | null, agent: { id: string, displayName: string } | null } }> } };

export type ConsoleSideQueryVariables = Exact<{
  followUps?: number | null | undefined;
  calls?: number | null | undefined;
}>;


export type ConsoleSideQuery = { dueFollowUps: Array<{ id: string, kind: InteractionKind, purpose: InteractionPurpose | null, summary: string | null, occurredAt: string, durationSeconds: number | null, outcome: CallOutcome | null, callId: string | null, extension: string | null, phone: string | null, followUpOn: string | null, followUpDoneAt: string | null, wrappedUpAt: string | null, customer: { id: string, name: string, status: CustomerStatus } | null, agent: { id: string, displayName: string } | null }>, recentCalls: Array<{ id: string, kind: InteractionKind, purpose: InteractionPurpose | null, summary: string | null, occurredAt: string, durationSeconds: number | null, outcome: CallOutcome | null, callId: string | null, extension: string | null, phone: string | null, followUpOn: string | null, followUpDoneAt: string | null, wrappedUpAt: string | null, customer: { id: string, name: string, status: CustomerStatus } | null, agent: { id: string, displayName: string } | null }> };

export type CompleteFollowUpMutationVariables = Exact<{
  input: CompleteFollowUpInput;
}>;


export type CompleteFollowUpMutation = { completeFollowUp: { interaction: { id: string, kind: InteractionKind, purpose: InteractionPurpose | null, summary: string | null, occurredAt: string, durationSeconds: number | null, outcome: CallOutcome | null, callId: string | null, extension: string | null, phone: string | null, followUpOn: string | null, followUpDoneAt: string | null, wrappedUpAt: string | null, agent: { id: string, displayName: string } | null } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type WrapUpCallMutationVariables = Exact<{
  input: WrapUpCallInput;
}>;


export type WrapUpCallMutation = { wrapUpCall: { interaction: { id: string, kind: InteractionKind, purpose: InteractionPurpose | null, summary: string | null, occurredAt: string, durationSeconds: number | null, outcome: CallOutcome | null, callId: string | null, extension: string | null, phone: string | null, followUpOn: string | null, followUpDoneAt: string | null, wrappedUpAt: string | null, agent: { id: string, displayName: string } | null } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type LogInteractionMutationVariables = Exact<{
  input: LogInteractionInput;
}>;


export type LogInteractionMutation = { logInteraction: { interaction: { id: string, kind: InteractionKind, purpose: InteractionPurpose | null, summary: string | null, occurredAt: string, durationSeconds: number | null, outcome: CallOutcome | null, callId: string | null, extension: string | null, phone: string | null, followUpOn: string | null, followUpDoneAt: string | null, wrappedUpAt: string | null, agent: { id: string, displayName: string } | null } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type ArticleSummaryFragment = { id: string, title: string, category: string | null, tags: Array<string>, status: ArticleStatus, helpfulCount: number, updatedAt: string };

export type ArticleDetailFragment = { id: string, title: string, category: string | null, problem: string | null, steps: string, tags: Array<string>, status: ArticleStatus, version: number, helpfulCount: number, helpfulByMe: boolean, createdAt: string, updatedAt: string, publishedAt: string | null, sourceComplaintId: string | null, author: { id: string, displayName: string } | null, versions: Array<{ version: number, title: string, category: string | null, problem: string | null, steps: string, tags: Array<string>, note: string | null, editedAt: string, editor: { id: string, displayName: string } | null }> };

export type SearchArticlesQueryVariables = Exact<{
  search: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
  status?: ArticleStatus | null | undefined;
}>;


export type SearchArticlesQuery = { knowledgeArticles: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, title: string, category: string | null, tags: Array<string>, status: ArticleStatus, helpfulCount: number, updatedAt: string } }> } };

export type KnowledgeArticleQueryVariables = Exact<{
  id: string;
}>;


export type KnowledgeArticleQuery = { knowledgeArticle: { id: string, title: string, category: string | null, problem: string | null, steps: string, tags: Array<string>, status: ArticleStatus, version: number, helpfulCount: number, helpfulByMe: boolean, createdAt: string, updatedAt: string, publishedAt: string | null, sourceComplaintId: string | null, author: { id: string, displayName: string } | null, versions: Array<{ version: number, title: string, category: string | null, problem: string | null, steps: string, tags: Array<string>, note: string | null, editedAt: string, editor: { id: string, displayName: string } | null }> } | null };

export type ArticleFromComplaintQueryVariables = Exact<{
  complaintId: string;
}>;


export type ArticleFromComplaintQuery = { articleFromComplaint: { title: string, category: string | null, problem: string | null, steps: string, tags: Array<string>, sourceComplaintId: string | null } };

export type CreateKnowledgeArticleMutationVariables = Exact<{
  input: CreateKnowledgeArticleInput;
}>;


export type CreateKnowledgeArticleMutation = { createKnowledgeArticle: { article: { id: string, title: string, category: string | null, problem: string | null, steps: string, tags: Array<string>, status: ArticleStatus, version: number, helpfulCount: number, helpfulByMe: boolean, createdAt: string, updatedAt: string, publishedAt: string | null, sourceComplaintId: string | null, author: { id: string, displayName: string } | null, versions: Array<{ version: number, title: string, category: string | null, problem: string | null, steps: string, tags: Array<string>, note: string | null, editedAt: string, editor: { id: string, displayName: string } | null }> } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type UpdateKnowledgeArticleMutationVariables = Exact<{
  input: UpdateKnowledgeArticleInput;
}>;


export type UpdateKnowledgeArticleMutation = { updateKnowledgeArticle: { article: { id: string, title: string, category: string | null, problem: string | null, steps: string, tags: Array<string>, status: ArticleStatus, version: number, helpfulCount: number, helpfulByMe: boolean, createdAt: string, updatedAt: string, publishedAt: string | null, sourceComplaintId: string | null, author: { id: string, displayName: string } | null, versions: Array<{ version: number, title: string, category: string | null, problem: string | null, steps: string, tags: Array<string>, note: string | null, editedAt: string, editor: { id: string, displayName: string } | null }> } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type PublishKnowledgeArticleMutationVariables = Exact<{
  id: string;
}>;


export type PublishKnowledgeArticleMutation = { publishKnowledgeArticle: { article: { id: string, title: string, category: string | null, problem: string | null, steps: string, tags: Array<string>, status: ArticleStatus, version: number, helpfulCount: number, helpfulByMe: boolean, createdAt: string, updatedAt: string, publishedAt: string | null, sourceComplaintId: string | null, author: { id: string, displayName: string } | null, versions: Array<{ version: number, title: string, category: string | null, problem: string | null, steps: string, tags: Array<string>, note: string | null, editedAt: string, editor: { id: string, displayName: string } | null }> } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type ArchiveKnowledgeArticleMutationVariables = Exact<{
  id: string;
}>;


export type ArchiveKnowledgeArticleMutation = { archiveKnowledgeArticle: { article: { id: string, title: string, category: string | null, problem: string | null, steps: string, tags: Array<string>, status: ArticleStatus, version: number, helpfulCount: number, helpfulByMe: boolean, createdAt: string, updatedAt: string, publishedAt: string | null, sourceComplaintId: string | null, author: { id: string, displayName: string } | null, versions: Array<{ version: number, title: string, category: string | null, problem: string | null, steps: string, tags: Array<string>, note: string | null, editedAt: string, editor: { id: string, displayName: string } | null }> } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type UnarchiveKnowledgeArticleMutationVariables = Exact<{
  id: string;
}>;


export type UnarchiveKnowledgeArticleMutation = { unarchiveKnowledgeArticle: { article: { id: string, title: string, category: string | null, problem: string | null, steps: string, tags: Array<string>, status: ArticleStatus, version: number, helpfulCount: number, helpfulByMe: boolean, createdAt: string, updatedAt: string, publishedAt: string | null, sourceComplaintId: string | null, author: { id: string, displayName: string } | null, versions: Array<{ version: number, title: string, category: string | null, problem: string | null, steps: string, tags: Array<string>, note: string | null, editedAt: string, editor: { id: string, displayName: string } | null }> } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type MarkArticleHelpfulMutationVariables = Exact<{
  id: string;
}>;


export type MarkArticleHelpfulMutation = { markArticleHelpful: { article: { id: string, title: string, category: string | null, problem: string | null, steps: string, tags: Array<string>, status: ArticleStatus, version: number, helpfulCount: number, helpfulByMe: boolean, createdAt: string, updatedAt: string, publishedAt: string | null, sourceComplaintId: string | null, author: { id: string, displayName: string } | null, versions: Array<{ version: number, title: string, category: string | null, problem: string | null, steps: string, tags: Array<string>, note: string | null, editedAt: string, editor: { id: string, displayName: string } | null }> } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type MembershipCardFieldsFragment = { id: string, cardNumber: string, displayNumber: string, tier: MemberTier, status: CardStatus, issuedAt: string, validUntil: string, pointsBalance: number, storedValueBalance: number, shareWithPartners: boolean, version: number, customer: { id: string, name: string } | null };

export type LedgerEntryFieldsFragment = { id: string, account: LedgerAccount, kind: LedgerKind, amount: number, balanceAfter: number, reference: string | null, note: string | null, at: string, actor: { id: string, displayName: string } | null };

export type CustomerMembershipQueryVariables = Exact<{
  id: string;
}>;


export type CustomerMembershipQuery = { customer: { id: string, membership: { id: string, cardNumber: string, displayNumber: string, tier: MemberTier, status: CardStatus, issuedAt: string, validUntil: string, pointsBalance: number, storedValueBalance: number, shareWithPartners: boolean, version: number, customer: { id: string, name: string } | null } | null } | null };

export type MembershipLedgerQueryVariables = Exact<{
  cardNumber: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MembershipLedgerQuery = { membershipCard: { id: string, ledger: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, account: LedgerAccount, kind: LedgerKind, amount: number, balanceAfter: number, reference: string | null, note: string | null, at: string, actor: { id: string, displayName: string } | null } }> } } | null };

export type MembershipCardLookupQueryVariables = Exact<{
  cardNumber: string;
}>;


export type MembershipCardLookupQuery = { membershipCard: { id: string, cardNumber: string, displayNumber: string, tier: MemberTier, status: CardStatus, issuedAt: string, validUntil: string, pointsBalance: number, storedValueBalance: number, shareWithPartners: boolean, version: number, customer: { id: string, name: string } | null } | null };

export type MemberBirthdaysQueryVariables = Exact<{
  withinDays: number;
}>;


export type MemberBirthdaysQuery = { memberBirthdays: Array<{ on: string, age: number, customer: { id: string, name: string }, card: { id: string, cardNumber: string, displayNumber: string, tier: MemberTier, status: CardStatus, issuedAt: string, validUntil: string, pointsBalance: number, storedValueBalance: number, shareWithPartners: boolean, version: number, customer: { id: string, name: string } | null } }> };

export type IssueMembershipCardMutationVariables = Exact<{
  input: IssueMembershipCardInput;
}>;


export type IssueMembershipCardMutation = { issueMembershipCard: { card: { id: string, cardNumber: string, displayNumber: string, tier: MemberTier, status: CardStatus, issuedAt: string, validUntil: string, pointsBalance: number, storedValueBalance: number, shareWithPartners: boolean, version: number, customer: { id: string, name: string } | null } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type RecordMemberSpendMutationVariables = Exact<{
  input: RecordMemberSpendInput;
}>;


export type RecordMemberSpendMutation = { recordMemberSpend: { card: { id: string, cardNumber: string, displayNumber: string, tier: MemberTier, status: CardStatus, issuedAt: string, validUntil: string, pointsBalance: number, storedValueBalance: number, shareWithPartners: boolean, version: number, customer: { id: string, name: string } | null } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type RedeemPointsMutationVariables = Exact<{
  input: RedeemPointsInput;
}>;


export type RedeemPointsMutation = { redeemPoints: { card: { id: string, cardNumber: string, displayNumber: string, tier: MemberTier, status: CardStatus, issuedAt: string, validUntil: string, pointsBalance: number, storedValueBalance: number, shareWithPartners: boolean, version: number, customer: { id: string, name: string } | null } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type TopUpStoredValueMutationVariables = Exact<{
  input: TopUpStoredValueInput;
}>;


export type TopUpStoredValueMutation = { topUpStoredValue: { card: { id: string, cardNumber: string, displayNumber: string, tier: MemberTier, status: CardStatus, issuedAt: string, validUntil: string, pointsBalance: number, storedValueBalance: number, shareWithPartners: boolean, version: number, customer: { id: string, name: string } | null } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type SpendStoredValueMutationVariables = Exact<{
  input: SpendStoredValueInput;
}>;


export type SpendStoredValueMutation = { spendStoredValue: { card: { id: string, cardNumber: string, displayNumber: string, tier: MemberTier, status: CardStatus, issuedAt: string, validUntil: string, pointsBalance: number, storedValueBalance: number, shareWithPartners: boolean, version: number, customer: { id: string, name: string } | null } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type ReportCardLostMutationVariables = Exact<{
  input: ReportCardLostInput;
}>;


export type ReportCardLostMutation = { reportCardLost: { card: { id: string, cardNumber: string, displayNumber: string, tier: MemberTier, status: CardStatus, issuedAt: string, validUntil: string, pointsBalance: number, storedValueBalance: number, shareWithPartners: boolean, version: number, customer: { id: string, name: string } | null } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type ReissueCardMutationVariables = Exact<{
  input: ReissueCardInput;
}>;


export type ReissueCardMutation = { reissueCard: { card: { id: string, cardNumber: string, displayNumber: string, tier: MemberTier, status: CardStatus, issuedAt: string, validUntil: string, pointsBalance: number, storedValueBalance: number, shareWithPartners: boolean, version: number, customer: { id: string, name: string } | null } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type RenewCardMutationVariables = Exact<{
  input: RenewCardInput;
}>;


export type RenewCardMutation = { renewCard: { card: { id: string, cardNumber: string, displayNumber: string, tier: MemberTier, status: CardStatus, issuedAt: string, validUntil: string, pointsBalance: number, storedValueBalance: number, shareWithPartners: boolean, version: number, customer: { id: string, name: string } | null } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type SetPartnerSharingMutationVariables = Exact<{
  input: SetPartnerSharingInput;
}>;


export type SetPartnerSharingMutation = { setPartnerSharing: { card: { id: string, cardNumber: string, displayNumber: string, tier: MemberTier, status: CardStatus, issuedAt: string, validUntil: string, pointsBalance: number, storedValueBalance: number, shareWithPartners: boolean, version: number, customer: { id: string, name: string } | null } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type PointsForSpendQueryVariables = Exact<{
  amount: number;
}>;


export type PointsForSpendQuery = { pointsForSpend: number };

export type TopUpBonusQueryVariables = Exact<{
  amount: number;
}>;


export type TopUpBonusQuery = { topUpBonus: number };

export type PartnerKeyFieldsFragment = { id: string, partner: string, prefix: string, scopes: Array<string>, rateLimitPerMinute: number, customRateLimit: boolean, status: PartnerKeyStatus, createdAt: string, expiresAt: string | null, revokedAt: string | null, lastUsedAt: string | null };

export type PartnerKeysQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PartnerKeysQuery = { partnerKeys: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, partner: string, prefix: string, scopes: Array<string>, rateLimitPerMinute: number, customRateLimit: boolean, status: PartnerKeyStatus, createdAt: string, expiresAt: string | null, revokedAt: string | null, lastUsedAt: string | null } }> } };

export type CreatePartnerKeyMutationVariables = Exact<{
  input: CreatePartnerKeyInput;
}>;


export type CreatePartnerKeyMutation = { createPartnerKey: { key: string | null, partnerKey: { id: string, partner: string, prefix: string, scopes: Array<string>, rateLimitPerMinute: number, customRateLimit: boolean, status: PartnerKeyStatus, createdAt: string, expiresAt: string | null, revokedAt: string | null, lastUsedAt: string | null } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type RevokePartnerKeyMutationVariables = Exact<{
  input: RevokePartnerKeyInput;
}>;


export type RevokePartnerKeyMutation = { revokePartnerKey: { partnerKey: { id: string, partner: string, prefix: string, scopes: Array<string>, rateLimitPerMinute: number, customRateLimit: boolean, status: PartnerKeyStatus, createdAt: string, expiresAt: string | null, revokedAt: string | null, lastUsedAt: string | null } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type SetPartnerKeyExpiryMutationVariables = Exact<{
  input: SetPartnerKeyExpiryInput;
}>;


export type SetPartnerKeyExpiryMutation = { setPartnerKeyExpiry: { partnerKey: { id: string, partner: string, prefix: string, scopes: Array<string>, rateLimitPerMinute: number, customRateLimit: boolean, status: PartnerKeyStatus, createdAt: string, expiresAt: string | null, revokedAt: string | null, lastUsedAt: string | null } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type SegmentReportQueryVariables = Exact<{
  input: SegmentReportInput;
}>;


export type SegmentReportQuery = { segmentReport: Array<{ key: string, stays: number, cancelled: number, roomNights: number, roomRevenue: number, adr: number | null, share: number }> };

export type CustomerRankingQueryVariables = Exact<{
  input: CustomerRankingInput;
}>;


export type CustomerRankingQuery = { customerRanking: Array<{ rank: number, roomNights: number, adr: number | null, roomRevenue: number, otherRevenue: number, totalRevenue: number, visits: number, lastVisit: string | null, valueClass: ValueClass, customer: { id: string, name: string } }> };

export type ChurnRisksQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type ChurnRisksQuery = { churnRisks: Array<{ reasons: Array<ChurnReason>, explanation: string, previousVisits: number, recentVisits: number, previousSpend: number, recentSpend: number, lastVisit: string | null, customer: { id: string, name: string } }> };

export type StaffKpisQueryVariables = Exact<{
  input: StaffKpiInput;
}>;


export type StaffKpisQuery = { staffKpis: Array<{ rank: number, callsHandled: number, complaintsHandled: number, complaintsOnTime: number, onTimeRate: number | null, averageResolutionMinutes: number | null, followUpsDone: number, followUpsOnTime: number, recordsCollected: number, recordsEnriched: number, membersRecruited: number, satisfaction: number | null, user: { id: string, displayName: string, department: string | null } }> };

export type ExportReportMutationVariables = Exact<{
  input: ExportReportInput;
}>;


export type ExportReportMutation = { exportReport: { fileName: string | null, contentType: string | null, contentBase64: string | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type CustomerValueQueryVariables = Exact<{
  input: CustomerValueInput;
}>;


export type CustomerValueQuery = { customerValueReport: { customers: number, repeaters: number, repeatRate: number, rows: Array<{ recency: number, frequency: number, monetary: number, score: string, lastVisit: string | null, visits: number, totalRevenue: number, profitContribution: number | null, customer: { id: string, name: string } }> } };

export type StaffUserFieldsFragment = { id: string, username: string, displayName: string, role: Role, department: string | null, status: UserStatus, deactivatedAt: string | null, supervisor: { id: string, displayName: string } | null };

export type StaffUsersQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  role?: Role | null | undefined;
  status?: UserStatus | null | undefined;
  search?: string | null | undefined;
}>;


export type StaffUsersQuery = { users: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, username: string, displayName: string, role: Role, department: string | null, status: UserStatus, deactivatedAt: string | null, supervisor: { id: string, displayName: string } | null } }> } };

export type OwnedByQueryVariables = Exact<{
  userId: string;
}>;


export type OwnedByQuery = { ownedBy: { customers: number, contracts: number, prospects: number, followUpTasks: number, complaints: number } };

export type CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type CreateUserMutation = { createUser: { password: string | null, user: { id: string, username: string, displayName: string, role: Role, department: string | null, status: UserStatus, deactivatedAt: string | null, supervisor: { id: string, displayName: string } | null } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type UpdateUserMutationVariables = Exact<{
  input: UpdateUserInput;
}>;


export type UpdateUserMutation = { updateUser: { user: { id: string, username: string, displayName: string, role: Role, department: string | null, status: UserStatus, deactivatedAt: string | null, supervisor: { id: string, displayName: string } | null } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type ResetPasswordMutationVariables = Exact<{
  input: ResetPasswordInput;
}>;


export type ResetPasswordMutation = { resetPassword: { password: string | null, user: { id: string, username: string, displayName: string, role: Role, department: string | null, status: UserStatus, deactivatedAt: string | null, supervisor: { id: string, displayName: string } | null } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type DeactivateUserMutationVariables = Exact<{
  input: DeactivateUserInput;
}>;


export type DeactivateUserMutation = { deactivateUser: { user: { id: string, username: string, displayName: string, role: Role, department: string | null, status: UserStatus, deactivatedAt: string | null, supervisor: { id: string, displayName: string } | null } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type ReactivateUserMutationVariables = Exact<{
  input: ReactivateUserInput;
}>;


export type ReactivateUserMutation = { reactivateUser: { user: { id: string, username: string, displayName: string, role: Role, department: string | null, status: UserStatus, deactivatedAt: string | null, supervisor: { id: string, displayName: string } | null } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type TransferCustomersMutationVariables = Exact<{
  input: TransferCustomersInput;
}>;


export type TransferCustomersMutation = { transferCustomers: { transferred: number, moved: { customers: number, contracts: number, prospects: number, followUpTasks: number, complaints: number } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ProspectCardFieldsFragmentDoc = new TypedDocumentString(`
    fragment ProspectCardFields on Prospect {
  id
  grade
  status
  interest
  nextFollowUpOn
  overdue
  outcomeReason
  closedAt
  version
  customer {
    id
    name
  }
  owner {
    id
    displayName
  }
}
    `, {"fragmentName":"ProspectCardFields"}) as unknown as TypedDocumentString<ProspectCardFieldsFragment, unknown>;
export const FollowUpTaskFieldsFragmentDoc = new TypedDocumentString(`
    fragment FollowUpTaskFields on FollowUpTask {
  id
  kind
  title
  dueOn
  status
  overdue
  note
  customer {
    id
    name
  }
  owner {
    id
    displayName
  }
  prospect {
    id
  }
}
    `, {"fragmentName":"FollowUpTaskFields"}) as unknown as TypedDocumentString<FollowUpTaskFieldsFragment, unknown>;
export const FeedbackFieldsFragmentDoc = new TypedDocumentString(`
    fragment FeedbackFields on Feedback {
  id
  channel
  rating
  category
  text
  followUp
  followedUpAt
  receivedAt
  customer {
    id
    name
  }
  recordedBy {
    id
    displayName
  }
}
    `, {"fragmentName":"FeedbackFields"}) as unknown as TypedDocumentString<FeedbackFieldsFragment, unknown>;
export const EventAttendanceFieldsFragmentDoc = new TypedDocumentString(`
    fragment EventAttendanceFields on EventAttendance {
  id
  purchased
  customer {
    id
    name
  }
  revisitTasks {
    id
    dueOn
    status
    owner {
      id
      displayName
    }
  }
}
    `, {"fragmentName":"EventAttendanceFields"}) as unknown as TypedDocumentString<EventAttendanceFieldsFragment, unknown>;
export const UserErrorFieldsFragmentDoc = new TypedDocumentString(`
    fragment UserErrorFields on UserError {
  field
  code
  message
}
    `, {"fragmentName":"UserErrorFields"}) as unknown as TypedDocumentString<UserErrorFieldsFragment, unknown>;
export const ComplaintRowFragmentDoc = new TypedDocumentString(`
    fragment ComplaintRow on Complaint {
  id
  status
  severity
  category
  channel
  description
  departments
  dueAt
  overdue
  filedAt
  escalatedAt
  version
  customer {
    id
    name
  }
  assignee {
    id
    displayName
  }
}
    `, {"fragmentName":"ComplaintRow"}) as unknown as TypedDocumentString<ComplaintRowFragment, unknown>;
export const ComplaintDetailFragmentDoc = new TypedDocumentString(`
    fragment ComplaintDetail on Complaint {
  ...ComplaintRow
  rootCause
  resolution
  compensation
  staffAtFault
  staffAtFaultWho
  satisfied
  resolvedAt
  closedAt
  reopenedAt
  allowedTransitions
  canEdit
  filedBy {
    id
    displayName
  }
  suggestedArticles(first: 10) {
    id
    title
    category
  }
  timeline {
    id
    at
    action
    fromStatus
    toStatus
    note
    actor {
      id
      displayName
    }
    changes {
      field
      before
      after
    }
  }
}
    fragment ComplaintRow on Complaint {
  id
  status
  severity
  category
  channel
  description
  departments
  dueAt
  overdue
  filedAt
  escalatedAt
  version
  customer {
    id
    name
  }
  assignee {
    id
    displayName
  }
}`, {"fragmentName":"ComplaintDetail"}) as unknown as TypedDocumentString<ComplaintDetailFragment, unknown>;
export const ContactRowFragmentDoc = new TypedDocumentString(`
    fragment ContactRow on Contact {
  id
  name
  title
  email
  birthday
  isPrimary
  notes
  version
  phones {
    number
    display
    label
  }
}
    `, {"fragmentName":"ContactRow"}) as unknown as TypedDocumentString<ContactRowFragment, unknown>;
export const ContractRowFragmentDoc = new TypedDocumentString(`
    fragment ContractRow on Contract {
  id
  number
  kind
  status
  startDate
  endDate
  discountPercent
  creditLimit
  paymentTerms
  notes
  terminatedReason
  version
  rates {
    roomType
    rate
  }
  customer {
    id
    name
  }
  renews {
    id
    number
  }
}
    `, {"fragmentName":"ContractRow"}) as unknown as TypedDocumentString<ContractRowFragment, unknown>;
export const CustomerSummaryFragmentDoc = new TypedDocumentString(`
    fragment CustomerSummary on Customer {
  id
  kind
  name
  nameEn
  namePinyin
  status
  phones {
    number
    display
    label
  }
}
    `, {"fragmentName":"CustomerSummary"}) as unknown as TypedDocumentString<CustomerSummaryFragment, unknown>;
export const CustomerCardFragmentDoc = new TypedDocumentString(`
    fragment CustomerCard on Customer {
  id
  kind
  name
  nameEn
  namePinyin
  status
  statusReason
  mergedIntoId
  nature
  industry
  channel
  region
  nationality
  email
  fax
  postcode
  address
  homepage
  frontDeskAccount
  paymentMethod
  employer
  residence
  gender
  birthday
  idDocumentType
  idNumberMasked
  businessScope
  personInCharge
  annualRoomVolume
  contactFrequency
  tags
  notes
  version
  createdAt
  updatedAt
  phones {
    number
    display
    label
  }
  preferences {
    id
    category
    value
    note
  }
  keyDates {
    id
    kind
    date
    note
  }
  recentStays(first: 10) {
    id
    property
    arrival
    departure
    roomNights
    roomType
    nightlyRate
    roomRevenue
    status
    channel
    purpose
  }
  performance {
    roomNights
    adr
    roomRevenue
    otherRevenue
    totalRevenue
    visits
    lastVisit
    valueClass
  }
  owner {
    id
    username
    displayName
    role
  }
}
    `, {"fragmentName":"CustomerCard"}) as unknown as TypedDocumentString<CustomerCardFragment, unknown>;
export const InteractionItemFragmentDoc = new TypedDocumentString(`
    fragment InteractionItem on Interaction {
  id
  kind
  purpose
  summary
  occurredAt
  durationSeconds
  outcome
  callId
  extension
  phone
  followUpOn
  followUpDoneAt
  wrappedUpAt
  agent {
    id
    displayName
  }
}
    `, {"fragmentName":"InteractionItem"}) as unknown as TypedDocumentString<InteractionItemFragment, unknown>;
export const InteractionWithCustomerFragmentDoc = new TypedDocumentString(`
    fragment InteractionWithCustomer on Interaction {
  ...InteractionItem
  customer {
    id
    name
    status
  }
}
    fragment InteractionItem on Interaction {
  id
  kind
  purpose
  summary
  occurredAt
  durationSeconds
  outcome
  callId
  extension
  phone
  followUpOn
  followUpDoneAt
  wrappedUpAt
  agent {
    id
    displayName
  }
}`, {"fragmentName":"InteractionWithCustomer"}) as unknown as TypedDocumentString<InteractionWithCustomerFragment, unknown>;
export const ArticleSummaryFragmentDoc = new TypedDocumentString(`
    fragment ArticleSummary on KnowledgeArticle {
  id
  title
  category
  tags
  status
  helpfulCount
  updatedAt
}
    `, {"fragmentName":"ArticleSummary"}) as unknown as TypedDocumentString<ArticleSummaryFragment, unknown>;
export const ArticleDetailFragmentDoc = new TypedDocumentString(`
    fragment ArticleDetail on KnowledgeArticle {
  id
  title
  category
  problem
  steps
  tags
  status
  version
  helpfulCount
  helpfulByMe
  createdAt
  updatedAt
  publishedAt
  sourceComplaintId
  author {
    id
    displayName
  }
  versions(first: 50) {
    version
    title
    category
    problem
    steps
    tags
    note
    editedAt
    editor {
      id
      displayName
    }
  }
}
    `, {"fragmentName":"ArticleDetail"}) as unknown as TypedDocumentString<ArticleDetailFragment, unknown>;
export const MembershipCardFieldsFragmentDoc = new TypedDocumentString(`
    fragment MembershipCardFields on MembershipCard {
  id
  cardNumber
  displayNumber
  tier
  status
  issuedAt
  validUntil
  pointsBalance
  storedValueBalance
  shareWithPartners
  version
  customer {
    id
    name
  }
}
    `, {"fragmentName":"MembershipCardFields"}) as unknown as TypedDocumentString<MembershipCardFieldsFragment, unknown>;
export const LedgerEntryFieldsFragmentDoc = new TypedDocumentString(`
    fragment LedgerEntryFields on LedgerEntry {
  id
  account
  kind
  amount
  balanceAfter
  reference
  note
  at
  actor {
    id
    displayName
  }
}
    `, {"fragmentName":"LedgerEntryFields"}) as unknown as TypedDocumentString<LedgerEntryFieldsFragment, unknown>;
export const PartnerKeyFieldsFragmentDoc = new TypedDocumentString(`
    fragment PartnerKeyFields on PartnerKey {
  id
  partner
  prefix
  scopes
  rateLimitPerMinute
  customRateLimit
  status
  createdAt
  expiresAt
  revokedAt
  lastUsedAt
}
    `, {"fragmentName":"PartnerKeyFields"}) as unknown as TypedDocumentString<PartnerKeyFieldsFragment, unknown>;
export const StaffUserFieldsFragmentDoc = new TypedDocumentString(`
    fragment StaffUserFields on User {
  id
  username
  displayName
  role
  department
  status
  deactivatedAt
  supervisor {
    id
    displayName
  }
}
    `, {"fragmentName":"StaffUserFields"}) as unknown as TypedDocumentString<StaffUserFieldsFragment, unknown>;
export const ProspectBoardDocument = new TypedDocumentString(`
    query ProspectBoard {
  prospectBoard {
    grade
    count
    prospects {
      ...ProspectCardFields
    }
  }
}
    fragment ProspectCardFields on Prospect {
  id
  grade
  status
  interest
  nextFollowUpOn
  overdue
  outcomeReason
  closedAt
  version
  customer {
    id
    name
  }
  owner {
    id
    displayName
  }
}`) as unknown as TypedDocumentString<ProspectBoardQuery, ProspectBoardQueryVariables>;
export const MyFollowUpsDocument = new TypedDocumentString(`
    query MyFollowUps($daysAhead: Int, $team: Boolean!) {
  myFollowUps(daysAhead: $daysAhead) @skip(if: $team) {
    today
    overdue {
      ...FollowUpTaskFields
    }
    dueToday {
      ...FollowUpTaskFields
    }
    upcoming {
      ...FollowUpTaskFields
    }
  }
  teamFollowUps(daysAhead: $daysAhead) @include(if: $team) {
    today
    overdue {
      ...FollowUpTaskFields
    }
    dueToday {
      ...FollowUpTaskFields
    }
    upcoming {
      ...FollowUpTaskFields
    }
  }
}
    fragment FollowUpTaskFields on FollowUpTask {
  id
  kind
  title
  dueOn
  status
  overdue
  note
  customer {
    id
    name
  }
  owner {
    id
    displayName
  }
  prospect {
    id
  }
}`) as unknown as TypedDocumentString<MyFollowUpsQuery, MyFollowUpsQueryVariables>;
export const CompleteFollowUpTaskDocument = new TypedDocumentString(`
    mutation CompleteFollowUpTask($input: CompleteFollowUpTaskInput!) {
  completeFollowUpTask(input: $input) {
    task {
      ...FollowUpTaskFields
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment FollowUpTaskFields on FollowUpTask {
  id
  kind
  title
  dueOn
  status
  overdue
  note
  customer {
    id
    name
  }
  owner {
    id
    displayName
  }
  prospect {
    id
  }
}
fragment UserErrorFields on UserError {
  field
  code
  message
}`) as unknown as TypedDocumentString<CompleteFollowUpTaskMutation, CompleteFollowUpTaskMutationVariables>;
export const RescheduleFollowUpTaskDocument = new TypedDocumentString(`
    mutation RescheduleFollowUpTask($input: RescheduleFollowUpTaskInput!) {
  rescheduleFollowUpTask(input: $input) {
    task {
      ...FollowUpTaskFields
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment FollowUpTaskFields on FollowUpTask {
  id
  kind
  title
  dueOn
  status
  overdue
  note
  customer {
    id
    name
  }
  owner {
    id
    displayName
  }
  prospect {
    id
  }
}
fragment UserErrorFields on UserError {
  field
  code
  message
}`) as unknown as TypedDocumentString<RescheduleFollowUpTaskMutation, RescheduleFollowUpTaskMutationVariables>;
export const ProspectDocument = new TypedDocumentString(`
    query Prospect($id: ID!) {
  prospect(id: $id) {
    ...ProspectCardFields
    followUps {
      id
      at
      impression
      content
      bottleneck
      plan
      nextDate
      grade
      supervisorComment
      commentedAt
      by {
        id
        displayName
      }
      supervisor {
        id
        displayName
      }
    }
  }
}
    fragment ProspectCardFields on Prospect {
  id
  grade
  status
  interest
  nextFollowUpOn
  overdue
  outcomeReason
  closedAt
  version
  customer {
    id
    name
  }
  owner {
    id
    displayName
  }
}`) as unknown as TypedDocumentString<ProspectQuery, ProspectQueryVariables>;
export const CreateProspectDocument = new TypedDocumentString(`
    mutation CreateProspect($input: CreateProspectInput!) {
  createProspect(input: $input) {
    prospect {
      ...ProspectCardFields
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment ProspectCardFields on Prospect {
  id
  grade
  status
  interest
  nextFollowUpOn
  overdue
  outcomeReason
  closedAt
  version
  customer {
    id
    name
  }
  owner {
    id
    displayName
  }
}
fragment UserErrorFields on UserError {
  field
  code
  message
}`) as unknown as TypedDocumentString<CreateProspectMutation, CreateProspectMutationVariables>;
export const RecordProspectFollowUpDocument = new TypedDocumentString(`
    mutation RecordProspectFollowUp($input: RecordProspectFollowUpInput!) {
  recordProspectFollowUp(input: $input) {
    prospect {
      ...ProspectCardFields
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment ProspectCardFields on Prospect {
  id
  grade
  status
  interest
  nextFollowUpOn
  overdue
  outcomeReason
  closedAt
  version
  customer {
    id
    name
  }
  owner {
    id
    displayName
  }
}
fragment UserErrorFields on UserError {
  field
  code
  message
}`) as unknown as TypedDocumentString<RecordProspectFollowUpMutation, RecordProspectFollowUpMutationVariables>;
export const CommentOnFollowUpDocument = new TypedDocumentString(`
    mutation CommentOnFollowUp($input: CommentOnFollowUpInput!) {
  commentOnFollowUp(input: $input) {
    followUp {
      id
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  code
  message
}`) as unknown as TypedDocumentString<CommentOnFollowUpMutation, CommentOnFollowUpMutationVariables>;
export const CloseProspectDocument = new TypedDocumentString(`
    mutation CloseProspect($input: CloseProspectInput!) {
  closeProspect(input: $input) {
    prospect {
      ...ProspectCardFields
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment ProspectCardFields on Prospect {
  id
  grade
  status
  interest
  nextFollowUpOn
  overdue
  outcomeReason
  closedAt
  version
  customer {
    id
    name
  }
  owner {
    id
    displayName
  }
}
fragment UserErrorFields on UserError {
  field
  code
  message
}`) as unknown as TypedDocumentString<CloseProspectMutation, CloseProspectMutationVariables>;
export const CustomerAccountDocument = new TypedDocumentString(`
    query CustomerAccount($id: ID!) {
  customer(id: $id) {
    id
    name
    prospects {
      ...ProspectCardFields
    }
    followUpTasks {
      ...FollowUpTaskFields
    }
  }
}
    fragment ProspectCardFields on Prospect {
  id
  grade
  status
  interest
  nextFollowUpOn
  overdue
  outcomeReason
  closedAt
  version
  customer {
    id
    name
  }
  owner {
    id
    displayName
  }
}
fragment FollowUpTaskFields on FollowUpTask {
  id
  kind
  title
  dueOn
  status
  overdue
  note
  customer {
    id
    name
  }
  owner {
    id
    displayName
  }
  prospect {
    id
  }
}`) as unknown as TypedDocumentString<CustomerAccountQuery, CustomerAccountQueryVariables>;
export const CustomerFeedbackDocument = new TypedDocumentString(`
    query CustomerFeedback($id: ID!) {
  customer(id: $id) {
    id
    feedback {
      ...FeedbackFields
    }
  }
}
    fragment FeedbackFields on Feedback {
  id
  channel
  rating
  category
  text
  followUp
  followedUpAt
  receivedAt
  customer {
    id
    name
  }
  recordedBy {
    id
    displayName
  }
}`) as unknown as TypedDocumentString<CustomerFeedbackQuery, CustomerFeedbackQueryVariables>;
export const FeedbackListDocument = new TypedDocumentString(`
    query FeedbackList($first: Int, $after: String, $category: String, $rating: Int, $channel: String, $from: Date, $to: Date, $needsFollowUp: Boolean) {
  feedback(
    first: $first
    after: $after
    category: $category
    rating: $rating
    channel: $channel
    from: $from
    to: $to
    needsFollowUp: $needsFollowUp
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...FeedbackFields
      }
    }
  }
}
    fragment FeedbackFields on Feedback {
  id
  channel
  rating
  category
  text
  followUp
  followedUpAt
  receivedAt
  customer {
    id
    name
  }
  recordedBy {
    id
    displayName
  }
}`) as unknown as TypedDocumentString<FeedbackListQuery, FeedbackListQueryVariables>;
export const FeedbackSummaryDocument = new TypedDocumentString(`
    query FeedbackSummary($from: Date, $to: Date) {
  feedbackSummary(from: $from, to: $to) {
    from
    to
    total
    averageRating
    byCategory {
      key
      count
      averageRating
    }
    byMonth {
      key
      count
      averageRating
    }
  }
}
    `) as unknown as TypedDocumentString<FeedbackSummaryQuery, FeedbackSummaryQueryVariables>;
export const RecordFeedbackDocument = new TypedDocumentString(`
    mutation RecordFeedback($input: RecordFeedbackInput!) {
  recordFeedback(input: $input) {
    feedback {
      ...FeedbackFields
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment FeedbackFields on Feedback {
  id
  channel
  rating
  category
  text
  followUp
  followedUpAt
  receivedAt
  customer {
    id
    name
  }
  recordedBy {
    id
    displayName
  }
}
fragment UserErrorFields on UserError {
  field
  code
  message
}`) as unknown as TypedDocumentString<RecordFeedbackMutation, RecordFeedbackMutationVariables>;
export const FollowUpFeedbackDocument = new TypedDocumentString(`
    mutation FollowUpFeedback($input: FollowUpFeedbackInput!) {
  followUpFeedback(input: $input) {
    feedback {
      ...FeedbackFields
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment FeedbackFields on Feedback {
  id
  channel
  rating
  category
  text
  followUp
  followedUpAt
  receivedAt
  customer {
    id
    name
  }
  recordedBy {
    id
    displayName
  }
}
fragment UserErrorFields on UserError {
  field
  code
  message
}`) as unknown as TypedDocumentString<FollowUpFeedbackMutation, FollowUpFeedbackMutationVariables>;
export const DormantCustomersDocument = new TypedDocumentString(`
    query DormantCustomers($months: Int, $first: Int, $after: String) {
  dormantCustomers(months: $months, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        lastStayOn
        lastContactAt
        customer {
          id
          name
          status
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DormantCustomersQuery, DormantCustomersQueryVariables>;
export const VerifyDormantCustomerDocument = new TypedDocumentString(`
    mutation VerifyDormantCustomer($input: VerifyDormantCustomerInput!) {
  verifyDormantCustomer(input: $input) {
    task {
      id
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  code
  message
}`) as unknown as TypedDocumentString<VerifyDormantCustomerMutation, VerifyDormantCustomerMutationVariables>;
export const ChangeProspectGradeDocument = new TypedDocumentString(`
    mutation ChangeProspectGrade($input: ChangeProspectGradeInput!) {
  changeProspectGrade(input: $input) {
    prospect {
      ...ProspectCardFields
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment ProspectCardFields on Prospect {
  id
  grade
  status
  interest
  nextFollowUpOn
  overdue
  outcomeReason
  closedAt
  version
  customer {
    id
    name
  }
  owner {
    id
    displayName
  }
}
fragment UserErrorFields on UserError {
  field
  code
  message
}`) as unknown as TypedDocumentString<ChangeProspectGradeMutation, ChangeProspectGradeMutationVariables>;
export const CreateFollowUpTaskDocument = new TypedDocumentString(`
    mutation CreateFollowUpTask($input: CreateFollowUpTaskInput!) {
  createFollowUpTask(input: $input) {
    task {
      ...FollowUpTaskFields
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment FollowUpTaskFields on FollowUpTask {
  id
  kind
  title
  dueOn
  status
  overdue
  note
  customer {
    id
    name
  }
  owner {
    id
    displayName
  }
  prospect {
    id
  }
}
fragment UserErrorFields on UserError {
  field
  code
  message
}`) as unknown as TypedDocumentString<CreateFollowUpTaskMutation, CreateFollowUpTaskMutationVariables>;
export const HotelEventsDocument = new TypedDocumentString(`
    query HotelEvents {
  hotelEvents {
    id
    name
    heldOn
  }
}
    `) as unknown as TypedDocumentString<HotelEventsQuery, HotelEventsQueryVariables>;
export const HotelEventDocument = new TypedDocumentString(`
    query HotelEvent($id: ID!) {
  hotelEvent(id: $id) {
    id
    name
    heldOn
    attendances {
      ...EventAttendanceFields
    }
  }
}
    fragment EventAttendanceFields on EventAttendance {
  id
  purchased
  customer {
    id
    name
  }
  revisitTasks {
    id
    dueOn
    status
    owner {
      id
      displayName
    }
  }
}`) as unknown as TypedDocumentString<HotelEventQuery, HotelEventQueryVariables>;
export const CreateEventDocument = new TypedDocumentString(`
    mutation CreateEvent($input: CreateEventInput!) {
  createEvent(input: $input) {
    event {
      id
      name
      heldOn
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  code
  message
}`) as unknown as TypedDocumentString<CreateEventMutation, CreateEventMutationVariables>;
export const RecordAttendanceDocument = new TypedDocumentString(`
    mutation RecordAttendance($input: RecordAttendanceInput!) {
  recordAttendance(input: $input) {
    attendance {
      ...EventAttendanceFields
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment EventAttendanceFields on EventAttendance {
  id
  purchased
  customer {
    id
    name
  }
  revisitTasks {
    id
    dueOn
    status
    owner {
      id
      displayName
    }
  }
}
fragment UserErrorFields on UserError {
  field
  code
  message
}`) as unknown as TypedDocumentString<RecordAttendanceMutation, RecordAttendanceMutationVariables>;
export const SignInDocument = new TypedDocumentString(`
    mutation SignIn($input: LoginInput!) {
  login(input: $input) {
    token
    user {
      id
      username
      displayName
      role
      extension
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  code
  message
}`) as unknown as TypedDocumentString<SignInMutation, SignInMutationVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    id
    username
    displayName
    role
    extension
  }
}
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const ComplaintsBoardDocument = new TypedDocumentString(`
    query ComplaintsBoard($first: Int, $after: String, $status: ComplaintStatus, $severity: Severity, $category: String, $department: String, $assigneeId: ID, $overdue: Boolean) {
  complaints(
    first: $first
    after: $after
    status: $status
    severity: $severity
    category: $category
    department: $department
    assigneeId: $assigneeId
    overdue: $overdue
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...ComplaintRow
      }
    }
  }
}
    fragment ComplaintRow on Complaint {
  id
  status
  severity
  category
  channel
  description
  departments
  dueAt
  overdue
  filedAt
  escalatedAt
  version
  customer {
    id
    name
  }
  assignee {
    id
    displayName
  }
}`) as unknown as TypedDocumentString<ComplaintsBoardQuery, ComplaintsBoardQueryVariables>;
export const ComplaintAssigneesDocument = new TypedDocumentString(`
    query ComplaintAssignees {
  complaintAssignees {
    id
    displayName
    role
  }
}
    `) as unknown as TypedDocumentString<ComplaintAssigneesQuery, ComplaintAssigneesQueryVariables>;
export const ComplaintDocument = new TypedDocumentString(`
    query Complaint($id: ID!) {
  complaint(id: $id) {
    ...ComplaintDetail
  }
}
    fragment ComplaintRow on Complaint {
  id
  status
  severity
  category
  channel
  description
  departments
  dueAt
  overdue
  filedAt
  escalatedAt
  version
  customer {
    id
    name
  }
  assignee {
    id
    displayName
  }
}
fragment ComplaintDetail on Complaint {
  ...ComplaintRow
  rootCause
  resolution
  compensation
  staffAtFault
  staffAtFaultWho
  satisfied
  resolvedAt
  closedAt
  reopenedAt
  allowedTransitions
  canEdit
  filedBy {
    id
    displayName
  }
  suggestedArticles(first: 10) {
    id
    title
    category
  }
  timeline {
    id
    at
    action
    fromStatus
    toStatus
    note
    actor {
      id
      displayName
    }
    changes {
      field
      before
      after
    }
  }
}`) as unknown as TypedDocumentString<ComplaintQuery, ComplaintQueryVariables>;
export const FileComplaintDocument = new TypedDocumentString(`
    mutation FileComplaint($input: FileComplaintInput!) {
  fileComplaint(input: $input) {
    complaint {
      id
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  code
  message
}`) as unknown as TypedDocumentString<FileComplaintMutation, FileComplaintMutationVariables>;
export const MoveComplaintDocument = new TypedDocumentString(`
    mutation MoveComplaint($input: MoveComplaintInput!) {
  moveComplaint(input: $input) {
    complaint {
      ...ComplaintDetail
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  code
  message
}
fragment ComplaintRow on Complaint {
  id
  status
  severity
  category
  channel
  description
  departments
  dueAt
  overdue
  filedAt
  escalatedAt
  version
  customer {
    id
    name
  }
  assignee {
    id
    displayName
  }
}
fragment ComplaintDetail on Complaint {
  ...ComplaintRow
  rootCause
  resolution
  compensation
  staffAtFault
  staffAtFaultWho
  satisfied
  resolvedAt
  closedAt
  reopenedAt
  allowedTransitions
  canEdit
  filedBy {
    id
    displayName
  }
  suggestedArticles(first: 10) {
    id
    title
    category
  }
  timeline {
    id
    at
    action
    fromStatus
    toStatus
    note
    actor {
      id
      displayName
    }
    changes {
      field
      before
      after
    }
  }
}`) as unknown as TypedDocumentString<MoveComplaintMutation, MoveComplaintMutationVariables>;
export const UpdateComplaintDocument = new TypedDocumentString(`
    mutation UpdateComplaint($input: UpdateComplaintInput!) {
  updateComplaint(input: $input) {
    complaint {
      ...ComplaintDetail
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  code
  message
}
fragment ComplaintRow on Complaint {
  id
  status
  severity
  category
  channel
  description
  departments
  dueAt
  overdue
  filedAt
  escalatedAt
  version
  customer {
    id
    name
  }
  assignee {
    id
    displayName
  }
}
fragment ComplaintDetail on Complaint {
  ...ComplaintRow
  rootCause
  resolution
  compensation
  staffAtFault
  staffAtFaultWho
  satisfied
  resolvedAt
  closedAt
  reopenedAt
  allowedTransitions
  canEdit
  filedBy {
    id
    displayName
  }
  suggestedArticles(first: 10) {
    id
    title
    category
  }
  timeline {
    id
    at
    action
    fromStatus
    toStatus
    note
    actor {
      id
      displayName
    }
    changes {
      field
      before
      after
    }
  }
}`) as unknown as TypedDocumentString<UpdateComplaintMutation, UpdateComplaintMutationVariables>;
export const AddComplaintNoteDocument = new TypedDocumentString(`
    mutation AddComplaintNote($input: AddComplaintNoteInput!) {
  addComplaintNote(input: $input) {
    complaint {
      id
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  code
  message
}`) as unknown as TypedDocumentString<AddComplaintNoteMutation, AddComplaintNoteMutationVariables>;
export const ComplaintSuggestionsDocument = new TypedDocumentString(`
    query ComplaintSuggestions($text: String!, $first: Int) {
  articleSuggestions(text: $text, first: $first) {
    id
    title
    category
  }
}
    `) as unknown as TypedDocumentString<ComplaintSuggestionsQuery, ComplaintSuggestionsQueryVariables>;
export const CustomerOpenComplaintsDocument = new TypedDocumentString(`
    query CustomerOpenComplaints($id: ID!) {
  customer(id: $id) {
    id
    name
    openComplaints {
      id
      status
      severity
      category
      dueAt
      overdue
      description
    }
  }
}
    `) as unknown as TypedDocumentString<CustomerOpenComplaintsQuery, CustomerOpenComplaintsQueryVariables>;
export const ComplaintCustomerDocument = new TypedDocumentString(`
    query ComplaintCustomer($id: ID!) {
  customer(id: $id) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<ComplaintCustomerQuery, ComplaintCustomerQueryVariables>;
export const EscalatedComplaintsDocument = new TypedDocumentString(`
    query EscalatedComplaints {
  escalatedComplaints(first: 10) {
    ...ComplaintRow
  }
}
    fragment ComplaintRow on Complaint {
  id
  status
  severity
  category
  channel
  description
  departments
  dueAt
  overdue
  filedAt
  escalatedAt
  version
  customer {
    id
    name
  }
  assignee {
    id
    displayName
  }
}`) as unknown as TypedDocumentString<EscalatedComplaintsQuery, EscalatedComplaintsQueryVariables>;
export const ComplaintEscalationsDocument = new TypedDocumentString(`
    subscription ComplaintEscalations {
  complaintEscalations {
    ...ComplaintRow
  }
}
    fragment ComplaintRow on Complaint {
  id
  status
  severity
  category
  channel
  description
  departments
  dueAt
  overdue
  filedAt
  escalatedAt
  version
  customer {
    id
    name
  }
  assignee {
    id
    displayName
  }
}`) as unknown as TypedDocumentString<ComplaintEscalationsSubscription, ComplaintEscalationsSubscriptionVariables>;
export const ComplaintAnalysisDocument = new TypedDocumentString(`
    query ComplaintAnalysis($from: Date, $to: Date) {
  complaintAnalysis(from: $from, to: $to) {
    from
    to
    total
    resolved
    averageMinutesToResolve
    onTime
    late
    onTimeRate
    byCategory {
      key
      count
    }
    byDepartment {
      key
      count
    }
    byMonth {
      key
      count
    }
    repeatComplainers {
      count
      customer {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ComplaintAnalysisQuery, ComplaintAnalysisQueryVariables>;
export const CustomerContactsDocument = new TypedDocumentString(`
    query CustomerContacts($id: ID!) {
  customer(id: $id) {
    id
    contacts {
      ...ContactRow
    }
  }
}
    fragment ContactRow on Contact {
  id
  name
  title
  email
  birthday
  isPrimary
  notes
  version
  phones {
    number
    display
    label
  }
}`) as unknown as TypedDocumentString<CustomerContactsQuery, CustomerContactsQueryVariables>;
export const CreateContactDocument = new TypedDocumentString(`
    mutation CreateContact($input: CreateContactInput!) {
  createContact(input: $input) {
    contact {
      ...ContactRow
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  code
  message
}
fragment ContactRow on Contact {
  id
  name
  title
  email
  birthday
  isPrimary
  notes
  version
  phones {
    number
    display
    label
  }
}`) as unknown as TypedDocumentString<CreateContactMutation, CreateContactMutationVariables>;
export const UpdateContactDocument = new TypedDocumentString(`
    mutation UpdateContact($input: UpdateContactInput!) {
  updateContact(input: $input) {
    contact {
      ...ContactRow
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  code
  message
}
fragment ContactRow on Contact {
  id
  name
  title
  email
  birthday
  isPrimary
  notes
  version
  phones {
    number
    display
    label
  }
}`) as unknown as TypedDocumentString<UpdateContactMutation, UpdateContactMutationVariables>;
export const ArchiveContactDocument = new TypedDocumentString(`
    mutation ArchiveContact($input: ContactIdInput!) {
  archiveContact(input: $input) {
    contact {
      id
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  code
  message
}`) as unknown as TypedDocumentString<ArchiveContactMutation, ArchiveContactMutationVariables>;
export const SetPrimaryContactDocument = new TypedDocumentString(`
    mutation SetPrimaryContact($input: ContactIdInput!) {
  setPrimaryContact(input: $input) {
    contact {
      id
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  code
  message
}`) as unknown as TypedDocumentString<SetPrimaryContactMutation, SetPrimaryContactMutationVariables>;
export const CareCalendarDocument = new TypedDocumentString(`
    query CareCalendar($withinDays: Int!) {
  careCalendar(withinDays: $withinDays) {
    date
    kind
    title
    years
    greetedThisYear
    customer {
      id
      name
    }
    contact {
      id
      name
      phones {
        display
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CareCalendarQuery, CareCalendarQueryVariables>;
export const LogGreetingDocument = new TypedDocumentString(`
    mutation LogGreeting($input: LogInteractionInput!) {
  logInteraction(input: $input) {
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  code
  message
}`) as unknown as TypedDocumentString<LogGreetingMutation, LogGreetingMutationVariables>;
export const ContractsDocument = new TypedDocumentString(`
    query Contracts($first: Int, $after: String, $status: [ContractStatus!], $customerId: ID, $search: String) {
  contracts(
    first: $first
    after: $after
    status: $status
    customerId: $customerId
    search: $search
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...ContractRow
      }
    }
  }
}
    fragment ContractRow on Contract {
  id
  number
  kind
  status
  startDate
  endDate
  discountPercent
  creditLimit
  paymentTerms
  notes
  terminatedReason
  version
  rates {
    roomType
    rate
  }
  customer {
    id
    name
  }
  renews {
    id
    number
  }
}`) as unknown as TypedDocumentString<ContractsQuery, ContractsQueryVariables>;
export const ExpiringContractsDocument = new TypedDocumentString(`
    query ExpiringContracts($withinDays: Int!) {
  expiringContracts(withinDays: $withinDays) {
    ...ContractRow
  }
}
    fragment ContractRow on Contract {
  id
  number
  kind
  status
  startDate
  endDate
  discountPercent
  creditLimit
  paymentTerms
  notes
  terminatedReason
  version
  rates {
    roomType
    rate
  }
  customer {
    id
    name
  }
  renews {
    id
    number
  }
}`) as unknown as TypedDocumentString<ExpiringContractsQuery, ExpiringContractsQueryVariables>;
export const CustomerContractsDocument = new TypedDocumentString(`
    query CustomerContracts($id: ID!) {
  customer(id: $id) {
    id
    contracts {
      ...ContractRow
    }
  }
}
    fragment ContractRow on Contract {
  id
  number
  kind
  status
  startDate
  endDate
  discountPercent
  creditLimit
  paymentTerms
  notes
  terminatedReason
  version
  rates {
    roomType
    rate
  }
  customer {
    id
    name
  }
  renews {
    id
    number
  }
}`) as unknown as TypedDocumentString<CustomerContractsQuery, CustomerContractsQueryVariables>;
export const ContractDocument = new TypedDocumentString(`
    query Contract($id: ID!) {
  contract(id: $id) {
    ...ContractRow
  }
}
    fragment ContractRow on Contract {
  id
  number
  kind
  status
  startDate
  endDate
  discountPercent
  creditLimit
  paymentTerms
  notes
  terminatedReason
  version
  rates {
    roomType
    rate
  }
  customer {
    id
    name
  }
  renews {
    id
    number
  }
}`) as unknown as TypedDocumentString<ContractQuery, ContractQueryVariables>;
export const CreateContractDocument = new TypedDocumentString(`
    mutation CreateContract($input: CreateContractInput!) {
  createContract(input: $input) {
    contract {
      ...ContractRow
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  code
  message
}
fragment ContractRow on Contract {
  id
  number
  kind
  status
  startDate
  endDate
  discountPercent
  creditLimit
  paymentTerms
  notes
  terminatedReason
  version
  rates {
    roomType
    rate
  }
  customer {
    id
    name
  }
  renews {
    id
    number
  }
}`) as unknown as TypedDocumentString<CreateContractMutation, CreateContractMutationVariables>;
export const UpdateContractDocument = new TypedDocumentString(`
    mutation UpdateContract($input: UpdateContractInput!) {
  updateContract(input: $input) {
    contract {
      ...ContractRow
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  code
  message
}
fragment ContractRow on Contract {
  id
  number
  kind
  status
  startDate
  endDate
  discountPercent
  creditLimit
  paymentTerms
  notes
  terminatedReason
  version
  rates {
    roomType
    rate
  }
  customer {
    id
    name
  }
  renews {
    id
    number
  }
}`) as unknown as TypedDocumentString<UpdateContractMutation, UpdateContractMutationVariables>;
export const ActivateContractDocument = new TypedDocumentString(`
    mutation ActivateContract($input: ContractMoveInput!) {
  activateContract(input: $input) {
    contract {
      ...ContractRow
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  code
  message
}
fragment ContractRow on Contract {
  id
  number
  kind
  status
  startDate
  endDate
  discountPercent
  creditLimit
  paymentTerms
  notes
  terminatedReason
  version
  rates {
    roomType
    rate
  }
  customer {
    id
    name
  }
  renews {
    id
    number
  }
}`) as unknown as TypedDocumentString<ActivateContractMutation, ActivateContractMutationVariables>;
export const TerminateContractDocument = new TypedDocumentString(`
    mutation TerminateContract($input: TerminateContractInput!) {
  terminateContract(input: $input) {
    contract {
      ...ContractRow
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  code
  message
}
fragment ContractRow on Contract {
  id
  number
  kind
  status
  startDate
  endDate
  discountPercent
  creditLimit
  paymentTerms
  notes
  terminatedReason
  version
  rates {
    roomType
    rate
  }
  customer {
    id
    name
  }
  renews {
    id
    number
  }
}`) as unknown as TypedDocumentString<TerminateContractMutation, TerminateContractMutationVariables>;
export const RenewContractDocument = new TypedDocumentString(`
    mutation RenewContract($input: RenewContractInput!) {
  renewContract(input: $input) {
    contract {
      ...ContractRow
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  code
  message
}
fragment ContractRow on Contract {
  id
  number
  kind
  status
  startDate
  endDate
  discountPercent
  creditLimit
  paymentTerms
  notes
  terminatedReason
  version
  rates {
    roomType
    rate
  }
  customer {
    id
    name
  }
  renews {
    id
    number
  }
}`) as unknown as TypedDocumentString<RenewContractMutation, RenewContractMutationVariables>;
export const NegotiatedRatesDocument = new TypedDocumentString(`
    query NegotiatedRates($employer: String) {
  negotiatedRates(employer: $employer) {
    roomType
    rate
    contract {
      number
      customer {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<NegotiatedRatesQuery, NegotiatedRatesQueryVariables>;
export const CallerLookupDocument = new TypedDocumentString(`
    query CallerLookup($phone: String!) {
  callerLookup(phone: $phone) {
    normalizedPhone
    matches {
      ...CustomerSummary
    }
  }
}
    fragment CustomerSummary on Customer {
  id
  kind
  name
  nameEn
  namePinyin
  status
  phones {
    number
    display
    label
  }
}`) as unknown as TypedDocumentString<CallerLookupQuery, CallerLookupQueryVariables>;
export const SearchCustomersDocument = new TypedDocumentString(`
    query SearchCustomers($search: String, $first: Int, $after: String) {
  customers(search: $search, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        ...CustomerSummary
      }
    }
  }
}
    fragment CustomerSummary on Customer {
  id
  kind
  name
  nameEn
  namePinyin
  status
  phones {
    number
    display
    label
  }
}`) as unknown as TypedDocumentString<SearchCustomersQuery, SearchCustomersQueryVariables>;
export const CustomerCardPageDocument = new TypedDocumentString(`
    query CustomerCardPage($id: ID!) {
  customer(id: $id) {
    ...CustomerCard
  }
}
    fragment CustomerCard on Customer {
  id
  kind
  name
  nameEn
  namePinyin
  status
  statusReason
  mergedIntoId
  nature
  industry
  channel
  region
  nationality
  email
  fax
  postcode
  address
  homepage
  frontDeskAccount
  paymentMethod
  employer
  residence
  gender
  birthday
  idDocumentType
  idNumberMasked
  businessScope
  personInCharge
  annualRoomVolume
  contactFrequency
  tags
  notes
  version
  createdAt
  updatedAt
  phones {
    number
    display
    label
  }
  preferences {
    id
    category
    value
    note
  }
  keyDates {
    id
    kind
    date
    note
  }
  recentStays(first: 10) {
    id
    property
    arrival
    departure
    roomNights
    roomType
    nightlyRate
    roomRevenue
    status
    channel
    purpose
  }
  performance {
    roomNights
    adr
    roomRevenue
    otherRevenue
    totalRevenue
    visits
    lastVisit
    valueClass
  }
  owner {
    id
    username
    displayName
    role
  }
}`) as unknown as TypedDocumentString<CustomerCardPageQuery, CustomerCardPageQueryVariables>;
export const UpdateCustomerDocument = new TypedDocumentString(`
    mutation UpdateCustomer($input: UpdateCustomerInput!) {
  updateCustomer(input: $input) {
    customer {
      ...CustomerCard
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  code
  message
}
fragment CustomerCard on Customer {
  id
  kind
  name
  nameEn
  namePinyin
  status
  statusReason
  mergedIntoId
  nature
  industry
  channel
  region
  nationality
  email
  fax
  postcode
  address
  homepage
  frontDeskAccount
  paymentMethod
  employer
  residence
  gender
  birthday
  idDocumentType
  idNumberMasked
  businessScope
  personInCharge
  annualRoomVolume
  contactFrequency
  tags
  notes
  version
  createdAt
  updatedAt
  phones {
    number
    display
    label
  }
  preferences {
    id
    category
    value
    note
  }
  keyDates {
    id
    kind
    date
    note
  }
  recentStays(first: 10) {
    id
    property
    arrival
    departure
    roomNights
    roomType
    nightlyRate
    roomRevenue
    status
    channel
    purpose
  }
  performance {
    roomNights
    adr
    roomRevenue
    otherRevenue
    totalRevenue
    visits
    lastVisit
    valueClass
  }
  owner {
    id
    username
    displayName
    role
  }
}`) as unknown as TypedDocumentString<UpdateCustomerMutation, UpdateCustomerMutationVariables>;
export const RevealIdNumberDocument = new TypedDocumentString(`
    mutation RevealIdNumber($input: RevealIdNumberInput!) {
  revealIdNumber(input: $input) {
    idNumber
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  code
  message
}`) as unknown as TypedDocumentString<RevealIdNumberMutation, RevealIdNumberMutationVariables>;
export const AddPreferenceDocument = new TypedDocumentString(`
    mutation AddPreference($input: AddPreferenceInput!) {
  addPreference(input: $input) {
    preference {
      id
    }
    customer {
      ...CustomerCard
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  code
  message
}
fragment CustomerCard on Customer {
  id
  kind
  name
  nameEn
  namePinyin
  status
  statusReason
  mergedIntoId
  nature
  industry
  channel
  region
  nationality
  email
  fax
  postcode
  address
  homepage
  frontDeskAccount
  paymentMethod
  employer
  residence
  gender
  birthday
  idDocumentType
  idNumberMasked
  businessScope
  personInCharge
  annualRoomVolume
  contactFrequency
  tags
  notes
  version
  createdAt
  updatedAt
  phones {
    number
    display
    label
  }
  preferences {
    id
    category
    value
    note
  }
  keyDates {
    id
    kind
    date
    note
  }
  recentStays(first: 10) {
    id
    property
    arrival
    departure
    roomNights
    roomType
    nightlyRate
    roomRevenue
    status
    channel
    purpose
  }
  performance {
    roomNights
    adr
    roomRevenue
    otherRevenue
    totalRevenue
    visits
    lastVisit
    valueClass
  }
  owner {
    id
    username
    displayName
    role
  }
}`) as unknown as TypedDocumentString<AddPreferenceMutation, AddPreferenceMutationVariables>;
export const RemovePreferenceDocument = new TypedDocumentString(`
    mutation RemovePreference($input: RemovePreferenceInput!) {
  removePreference(input: $input) {
    customer {
      ...CustomerCard
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  code
  message
}
fragment CustomerCard on Customer {
  id
  kind
  name
  nameEn
  namePinyin
  status
  statusReason
  mergedIntoId
  nature
  industry
  channel
  region
  nationality
  email
  fax
  postcode
  address
  homepage
  frontDeskAccount
  paymentMethod
  employer
  residence
  gender
  birthday
  idDocumentType
  idNumberMasked
  businessScope
  personInCharge
  annualRoomVolume
  contactFrequency
  tags
  notes
  version
  createdAt
  updatedAt
  phones {
    number
    display
    label
  }
  preferences {
    id
    category
    value
    note
  }
  keyDates {
    id
    kind
    date
    note
  }
  recentStays(first: 10) {
    id
    property
    arrival
    departure
    roomNights
    roomType
    nightlyRate
    roomRevenue
    status
    channel
    purpose
  }
  performance {
    roomNights
    adr
    roomRevenue
    otherRevenue
    totalRevenue
    visits
    lastVisit
    valueClass
  }
  owner {
    id
    username
    displayName
    role
  }
}`) as unknown as TypedDocumentString<RemovePreferenceMutation, RemovePreferenceMutationVariables>;
export const AddKeyDateDocument = new TypedDocumentString(`
    mutation AddKeyDate($input: AddKeyDateInput!) {
  addKeyDate(input: $input) {
    keyDate {
      id
    }
    customer {
      ...CustomerCard
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  code
  message
}
fragment CustomerCard on Customer {
  id
  kind
  name
  nameEn
  namePinyin
  status
  statusReason
  mergedIntoId
  nature
  industry
  channel
  region
  nationality
  email
  fax
  postcode
  address
  homepage
  frontDeskAccount
  paymentMethod
  employer
  residence
  gender
  birthday
  idDocumentType
  idNumberMasked
  businessScope
  personInCharge
  annualRoomVolume
  contactFrequency
  tags
  notes
  version
  createdAt
  updatedAt
  phones {
    number
    display
    label
  }
  preferences {
    id
    category
    value
    note
  }
  keyDates {
    id
    kind
    date
    note
  }
  recentStays(first: 10) {
    id
    property
    arrival
    departure
    roomNights
    roomType
    nightlyRate
    roomRevenue
    status
    channel
    purpose
  }
  performance {
    roomNights
    adr
    roomRevenue
    otherRevenue
    totalRevenue
    visits
    lastVisit
    valueClass
  }
  owner {
    id
    username
    displayName
    role
  }
}`) as unknown as TypedDocumentString<AddKeyDateMutation, AddKeyDateMutationVariables>;
export const RemoveKeyDateDocument = new TypedDocumentString(`
    mutation RemoveKeyDate($input: RemoveKeyDateInput!) {
  removeKeyDate(input: $input) {
    customer {
      ...CustomerCard
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  code
  message
}
fragment CustomerCard on Customer {
  id
  kind
  name
  nameEn
  namePinyin
  status
  statusReason
  mergedIntoId
  nature
  industry
  channel
  region
  nationality
  email
  fax
  postcode
  address
  homepage
  frontDeskAccount
  paymentMethod
  employer
  residence
  gender
  birthday
  idDocumentType
  idNumberMasked
  businessScope
  personInCharge
  annualRoomVolume
  contactFrequency
  tags
  notes
  version
  createdAt
  updatedAt
  phones {
    number
    display
    label
  }
  preferences {
    id
    category
    value
    note
  }
  keyDates {
    id
    kind
    date
    note
  }
  recentStays(first: 10) {
    id
    property
    arrival
    departure
    roomNights
    roomType
    nightlyRate
    roomRevenue
    status
    channel
    purpose
  }
  performance {
    roomNights
    adr
    roomRevenue
    otherRevenue
    totalRevenue
    visits
    lastVisit
    valueClass
  }
  owner {
    id
    username
    displayName
    role
  }
}`) as unknown as TypedDocumentString<RemoveKeyDateMutation, RemoveKeyDateMutationVariables>;
export const CreateCustomerDocument = new TypedDocumentString(`
    mutation CreateCustomer($input: CreateCustomerInput!) {
  createCustomer(input: $input) {
    customer {
      ...CustomerSummary
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  code
  message
}
fragment CustomerSummary on Customer {
  id
  kind
  name
  nameEn
  namePinyin
  status
  phones {
    number
    display
    label
  }
}`) as unknown as TypedDocumentString<CreateCustomerMutation, CreateCustomerMutationVariables>;
export const PossibleDuplicatesDocument = new TypedDocumentString(`
    query PossibleDuplicates($input: DuplicateCheckInput!) {
  possibleDuplicates(input: $input) {
    score
    reasons
    customer {
      id
      kind
      name
      nameEn
      status
      birthday
      idNumberMasked
      phones {
        number
        display
      }
      performance {
        visits
        lastVisit
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PossibleDuplicatesQuery, PossibleDuplicatesQueryVariables>;
export const RegisterGuestDocument = new TypedDocumentString(`
    mutation RegisterGuest($input: RegisterGuestInput!) {
  registerGuest(input: $input) {
    created
    customer {
      id
      name
      nameEn
    }
    stay {
      id
      arrival
      departure
      roomNights
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  code
  message
}`) as unknown as TypedDocumentString<RegisterGuestMutation, RegisterGuestMutationVariables>;
export const IncomingCallsDocument = new TypedDocumentString(`
    subscription IncomingCalls($extension: String!) {
  incomingCalls(extension: $extension) {
    callId
    extension
    phone
    receivedAt
    at
    lookup {
      normalizedPhone
      matches {
        ...CustomerSummary
      }
      matchedContacts {
        id
        name
        title
        customer {
          id
        }
      }
    }
  }
}
    fragment CustomerSummary on Customer {
  id
  kind
  name
  nameEn
  namePinyin
  status
  phones {
    number
    display
    label
  }
}`) as unknown as TypedDocumentString<IncomingCallsSubscription, IncomingCallsSubscriptionVariables>;
export const BindExtensionDocument = new TypedDocumentString(`
    mutation BindExtension($input: BindExtensionInput!) {
  bindExtension(input: $input) {
    extension
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  code
  message
}`) as unknown as TypedDocumentString<BindExtensionMutation, BindExtensionMutationVariables>;
export const UnbindExtensionDocument = new TypedDocumentString(`
    mutation UnbindExtension {
  unbindExtension {
    extension
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  code
  message
}`) as unknown as TypedDocumentString<UnbindExtensionMutation, UnbindExtensionMutationVariables>;
export const CustomerInteractionsDocument = new TypedDocumentString(`
    query CustomerInteractions($customerId: ID!, $first: Int, $after: String) {
  interactions(customerId: $customerId, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        ...InteractionItem
      }
    }
  }
}
    fragment InteractionItem on Interaction {
  id
  kind
  purpose
  summary
  occurredAt
  durationSeconds
  outcome
  callId
  extension
  phone
  followUpOn
  followUpDoneAt
  wrappedUpAt
  agent {
    id
    displayName
  }
}`) as unknown as TypedDocumentString<CustomerInteractionsQuery, CustomerInteractionsQueryVariables>;
export const ConsoleSideDocument = new TypedDocumentString(`
    query ConsoleSide($followUps: Int, $calls: Int) {
  dueFollowUps(first: $followUps) {
    ...InteractionWithCustomer
  }
  recentCalls(first: $calls) {
    ...InteractionWithCustomer
  }
}
    fragment InteractionItem on Interaction {
  id
  kind
  purpose
  summary
  occurredAt
  durationSeconds
  outcome
  callId
  extension
  phone
  followUpOn
  followUpDoneAt
  wrappedUpAt
  agent {
    id
    displayName
  }
}
fragment InteractionWithCustomer on Interaction {
  ...InteractionItem
  customer {
    id
    name
    status
  }
}`) as unknown as TypedDocumentString<ConsoleSideQuery, ConsoleSideQueryVariables>;
export const CompleteFollowUpDocument = new TypedDocumentString(`
    mutation CompleteFollowUp($input: CompleteFollowUpInput!) {
  completeFollowUp(input: $input) {
    interaction {
      ...InteractionItem
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  code
  message
}
fragment InteractionItem on Interaction {
  id
  kind
  purpose
  summary
  occurredAt
  durationSeconds
  outcome
  callId
  extension
  phone
  followUpOn
  followUpDoneAt
  wrappedUpAt
  agent {
    id
    displayName
  }
}`) as unknown as TypedDocumentString<CompleteFollowUpMutation, CompleteFollowUpMutationVariables>;
export const WrapUpCallDocument = new TypedDocumentString(`
    mutation WrapUpCall($input: WrapUpCallInput!) {
  wrapUpCall(input: $input) {
    interaction {
      ...InteractionItem
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  code
  message
}
fragment InteractionItem on Interaction {
  id
  kind
  purpose
  summary
  occurredAt
  durationSeconds
  outcome
  callId
  extension
  phone
  followUpOn
  followUpDoneAt
  wrappedUpAt
  agent {
    id
    displayName
  }
}`) as unknown as TypedDocumentString<WrapUpCallMutation, WrapUpCallMutationVariables>;
export const LogInteractionDocument = new TypedDocumentString(`
    mutation LogInteraction($input: LogInteractionInput!) {
  logInteraction(input: $input) {
    interaction {
      ...InteractionItem
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  code
  message
}
fragment InteractionItem on Interaction {
  id
  kind
  purpose
  summary
  occurredAt
  durationSeconds
  outcome
  callId
  extension
  phone
  followUpOn
  followUpDoneAt
  wrappedUpAt
  agent {
    id
    displayName
  }
}`) as unknown as TypedDocumentString<LogInteractionMutation, LogInteractionMutationVariables>;
export const SearchArticlesDocument = new TypedDocumentString(`
    query SearchArticles($search: String!, $first: Int, $after: String, $status: ArticleStatus) {
  knowledgeArticles(
    search: $search
    first: $first
    after: $after
    status: $status
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...ArticleSummary
      }
    }
  }
}
    fragment ArticleSummary on KnowledgeArticle {
  id
  title
  category
  tags
  status
  helpfulCount
  updatedAt
}`) as unknown as TypedDocumentString<SearchArticlesQuery, SearchArticlesQueryVariables>;
export const KnowledgeArticleDocument = new TypedDocumentString(`
    query KnowledgeArticle($id: ID!) {
  knowledgeArticle(id: $id) {
    ...ArticleDetail
  }
}
    fragment ArticleDetail on KnowledgeArticle {
  id
  title
  category
  problem
  steps
  tags
  status
  version
  helpfulCount
  helpfulByMe
  createdAt
  updatedAt
  publishedAt
  sourceComplaintId
  author {
    id
    displayName
  }
  versions(first: 50) {
    version
    title
    category
    problem
    steps
    tags
    note
    editedAt
    editor {
      id
      displayName
    }
  }
}`) as unknown as TypedDocumentString<KnowledgeArticleQuery, KnowledgeArticleQueryVariables>;
export const ArticleFromComplaintDocument = new TypedDocumentString(`
    query ArticleFromComplaint($complaintId: ID!) {
  articleFromComplaint(complaintId: $complaintId) {
    title
    category
    problem
    steps
    tags
    sourceComplaintId
  }
}
    `) as unknown as TypedDocumentString<ArticleFromComplaintQuery, ArticleFromComplaintQueryVariables>;
export const CreateKnowledgeArticleDocument = new TypedDocumentString(`
    mutation CreateKnowledgeArticle($input: CreateKnowledgeArticleInput!) {
  createKnowledgeArticle(input: $input) {
    article {
      ...ArticleDetail
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  code
  message
}
fragment ArticleDetail on KnowledgeArticle {
  id
  title
  category
  problem
  steps
  tags
  status
  version
  helpfulCount
  helpfulByMe
  createdAt
  updatedAt
  publishedAt
  sourceComplaintId
  author {
    id
    displayName
  }
  versions(first: 50) {
    version
    title
    category
    problem
    steps
    tags
    note
    editedAt
    editor {
      id
      displayName
    }
  }
}`) as unknown as TypedDocumentString<CreateKnowledgeArticleMutation, CreateKnowledgeArticleMutationVariables>;
export const UpdateKnowledgeArticleDocument = new TypedDocumentString(`
    mutation UpdateKnowledgeArticle($input: UpdateKnowledgeArticleInput!) {
  updateKnowledgeArticle(input: $input) {
    article {
      ...ArticleDetail
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  code
  message
}
fragment ArticleDetail on KnowledgeArticle {
  id
  title
  category
  problem
  steps
  tags
  status
  version
  helpfulCount
  helpfulByMe
  createdAt
  updatedAt
  publishedAt
  sourceComplaintId
  author {
    id
    displayName
  }
  versions(first: 50) {
    version
    title
    category
    problem
    steps
    tags
    note
    editedAt
    editor {
      id
      displayName
    }
  }
}`) as unknown as TypedDocumentString<UpdateKnowledgeArticleMutation, UpdateKnowledgeArticleMutationVariables>;
export const PublishKnowledgeArticleDocument = new TypedDocumentString(`
    mutation PublishKnowledgeArticle($id: ID!) {
  publishKnowledgeArticle(input: {id: $id}) {
    article {
      ...ArticleDetail
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  code
  message
}
fragment ArticleDetail on KnowledgeArticle {
  id
  title
  category
  problem
  steps
  tags
  status
  version
  helpfulCount
  helpfulByMe
  createdAt
  updatedAt
  publishedAt
  sourceComplaintId
  author {
    id
    displayName
  }
  versions(first: 50) {
    version
    title
    category
    problem
    steps
    tags
    note
    editedAt
    editor {
      id
      displayName
    }
  }
}`) as unknown as TypedDocumentString<PublishKnowledgeArticleMutation, PublishKnowledgeArticleMutationVariables>;
export const ArchiveKnowledgeArticleDocument = new TypedDocumentString(`
    mutation ArchiveKnowledgeArticle($id: ID!) {
  archiveKnowledgeArticle(input: {id: $id}) {
    article {
      ...ArticleDetail
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  code
  message
}
fragment ArticleDetail on KnowledgeArticle {
  id
  title
  category
  problem
  steps
  tags
  status
  version
  helpfulCount
  helpfulByMe
  createdAt
  updatedAt
  publishedAt
  sourceComplaintId
  author {
    id
    displayName
  }
  versions(first: 50) {
    version
    title
    category
    problem
    steps
    tags
    note
    editedAt
    editor {
      id
      displayName
    }
  }
}`) as unknown as TypedDocumentString<ArchiveKnowledgeArticleMutation, ArchiveKnowledgeArticleMutationVariables>;
export const UnarchiveKnowledgeArticleDocument = new TypedDocumentString(`
    mutation UnarchiveKnowledgeArticle($id: ID!) {
  unarchiveKnowledgeArticle(input: {id: $id}) {
    article {
      ...ArticleDetail
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  code
  message
}
fragment ArticleDetail on KnowledgeArticle {
  id
  title
  category
  problem
  steps
  tags
  status
  version
  helpfulCount
  helpfulByMe
  createdAt
  updatedAt
  publishedAt
  sourceComplaintId
  author {
    id
    displayName
  }
  versions(first: 50) {
    version
    title
    category
    problem
    steps
    tags
    note
    editedAt
    editor {
      id
      displayName
    }
  }
}`) as unknown as TypedDocumentString<UnarchiveKnowledgeArticleMutation, UnarchiveKnowledgeArticleMutationVariables>;
export const MarkArticleHelpfulDocument = new TypedDocumentString(`
    mutation MarkArticleHelpful($id: ID!) {
  markArticleHelpful(input: {id: $id}) {
    article {
      ...ArticleDetail
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  code
  message
}
fragment ArticleDetail on KnowledgeArticle {
  id
  title
  category
  problem
  steps
  tags
  status
  version
  helpfulCount
  helpfulByMe
  createdAt
  updatedAt
  publishedAt
  sourceComplaintId
  author {
    id
    displayName
  }
  versions(first: 50) {
    version
    title
    category
    problem
    steps
    tags
    note
    editedAt
    editor {
      id
      displayName
    }
  }
}`) as unknown as TypedDocumentString<MarkArticleHelpfulMutation, MarkArticleHelpfulMutationVariables>;
export const CustomerMembershipDocument = new TypedDocumentString(`
    query CustomerMembership($id: ID!) {
  customer(id: $id) {
    id
    membership {
      ...MembershipCardFields
    }
  }
}
    fragment MembershipCardFields on MembershipCard {
  id
  cardNumber
  displayNumber
  tier
  status
  issuedAt
  validUntil
  pointsBalance
  storedValueBalance
  shareWithPartners
  version
  customer {
    id
    name
  }
}`) as unknown as TypedDocumentString<CustomerMembershipQuery, CustomerMembershipQueryVariables>;
export const MembershipLedgerDocument = new TypedDocumentString(`
    query MembershipLedger($cardNumber: String!, $first: Int, $after: String) {
  membershipCard(cardNumber: $cardNumber) {
    id
    ledger(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...LedgerEntryFields
        }
      }
    }
  }
}
    fragment LedgerEntryFields on LedgerEntry {
  id
  account
  kind
  amount
  balanceAfter
  reference
  note
  at
  actor {
    id
    displayName
  }
}`) as unknown as TypedDocumentString<MembershipLedgerQuery, MembershipLedgerQueryVariables>;
export const MembershipCardLookupDocument = new TypedDocumentString(`
    query MembershipCardLookup($cardNumber: String!) {
  membershipCard(cardNumber: $cardNumber) {
    ...MembershipCardFields
  }
}
    fragment MembershipCardFields on MembershipCard {
  id
  cardNumber
  displayNumber
  tier
  status
  issuedAt
  validUntil
  pointsBalance
  storedValueBalance
  shareWithPartners
  version
  customer {
    id
    name
  }
}`) as unknown as TypedDocumentString<MembershipCardLookupQuery, MembershipCardLookupQueryVariables>;
export const MemberBirthdaysDocument = new TypedDocumentString(`
    query MemberBirthdays($withinDays: Int!) {
  memberBirthdays(withinDays: $withinDays) {
    on
    age
    customer {
      id
      name
    }
    card {
      ...MembershipCardFields
    }
  }
}
    fragment MembershipCardFields on MembershipCard {
  id
  cardNumber
  displayNumber
  tier
  status
  issuedAt
  validUntil
  pointsBalance
  storedValueBalance
  shareWithPartners
  version
  customer {
    id
    name
  }
}`) as unknown as TypedDocumentString<MemberBirthdaysQuery, MemberBirthdaysQueryVariables>;
export const IssueMembershipCardDocument = new TypedDocumentString(`
    mutation IssueMembershipCard($input: IssueMembershipCardInput!) {
  issueMembershipCard(input: $input) {
    card {
      ...MembershipCardFields
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  code
  message
}
fragment MembershipCardFields on MembershipCard {
  id
  cardNumber
  displayNumber
  tier
  status
  issuedAt
  validUntil
  pointsBalance
  storedValueBalance
  shareWithPartners
  version
  customer {
    id
    name
  }
}`) as unknown as TypedDocumentString<IssueMembershipCardMutation, IssueMembershipCardMutationVariables>;
export const RecordMemberSpendDocument = new TypedDocumentString(`
    mutation RecordMemberSpend($input: RecordMemberSpendInput!) {
  recordMemberSpend(input: $input) {
    card {
      ...MembershipCardFields
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  code
  message
}
fragment MembershipCardFields on MembershipCard {
  id
  cardNumber
  displayNumber
  tier
  status
  issuedAt
  validUntil
  pointsBalance
  storedValueBalance
  shareWithPartners
  version
  customer {
    id
    name
  }
}`) as unknown as TypedDocumentString<RecordMemberSpendMutation, RecordMemberSpendMutationVariables>;
export const RedeemPointsDocument = new TypedDocumentString(`
    mutation RedeemPoints($input: RedeemPointsInput!) {
  redeemPoints(input: $input) {
    card {
      ...MembershipCardFields
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  code
  message
}
fragment MembershipCardFields on MembershipCard {
  id
  cardNumber
  displayNumber
  tier
  status
  issuedAt
  validUntil
  pointsBalance
  storedValueBalance
  shareWithPartners
  version
  customer {
    id
    name
  }
}`) as unknown as TypedDocumentString<RedeemPointsMutation, RedeemPointsMutationVariables>;
export const TopUpStoredValueDocument = new TypedDocumentString(`
    mutation TopUpStoredValue($input: TopUpStoredValueInput!) {
  topUpStoredValue(input: $input) {
    card {
      ...MembershipCardFields
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  code
  message
}
fragment MembershipCardFields on MembershipCard {
  id
  cardNumber
  displayNumber
  tier
  status
  issuedAt
  validUntil
  pointsBalance
  storedValueBalance
  shareWithPartners
  version
  customer {
    id
    name
  }
}`) as unknown as TypedDocumentString<TopUpStoredValueMutation, TopUpStoredValueMutationVariables>;
export const SpendStoredValueDocument = new TypedDocumentString(`
    mutation SpendStoredValue($input: SpendStoredValueInput!) {
  spendStoredValue(input: $input) {
    card {
      ...MembershipCardFields
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  code
  message
}
fragment MembershipCardFields on MembershipCard {
  id
  cardNumber
  displayNumber
  tier
  status
  issuedAt
  validUntil
  pointsBalance
  storedValueBalance
  shareWithPartners
  version
  customer {
    id
    name
  }
}`) as unknown as TypedDocumentString<SpendStoredValueMutation, SpendStoredValueMutationVariables>;
export const ReportCardLostDocument = new TypedDocumentString(`
    mutation ReportCardLost($input: ReportCardLostInput!) {
  reportCardLost(input: $input) {
    card {
      ...MembershipCardFields
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  code
  message
}
fragment MembershipCardFields on MembershipCard {
  id
  cardNumber
  displayNumber
  tier
  status
  issuedAt
  validUntil
  pointsBalance
  storedValueBalance
  shareWithPartners
  version
  customer {
    id
    name
  }
}`) as unknown as TypedDocumentString<ReportCardLostMutation, ReportCardLostMutationVariables>;
export const ReissueCardDocument = new TypedDocumentString(`
    mutation ReissueCard($input: ReissueCardInput!) {
  reissueCard(input: $input) {
    card {
      ...MembershipCardFields
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  code
  message
}
fragment MembershipCardFields on MembershipCard {
  id
  cardNumber
  displayNumber
  tier
  status
  issuedAt
  validUntil
  pointsBalance
  storedValueBalance
  shareWithPartners
  version
  customer {
    id
    name
  }
}`) as unknown as TypedDocumentString<ReissueCardMutation, ReissueCardMutationVariables>;
export const RenewCardDocument = new TypedDocumentString(`
    mutation RenewCard($input: RenewCardInput!) {
  renewCard(input: $input) {
    card {
      ...MembershipCardFields
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  code
  message
}
fragment MembershipCardFields on MembershipCard {
  id
  cardNumber
  displayNumber
  tier
  status
  issuedAt
  validUntil
  pointsBalance
  storedValueBalance
  shareWithPartners
  version
  customer {
    id
    name
  }
}`) as unknown as TypedDocumentString<RenewCardMutation, RenewCardMutationVariables>;
export const SetPartnerSharingDocument = new TypedDocumentString(`
    mutation SetPartnerSharing($input: SetPartnerSharingInput!) {
  setPartnerSharing(input: $input) {
    card {
      ...MembershipCardFields
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  code
  message
}
fragment MembershipCardFields on MembershipCard {
  id
  cardNumber
  displayNumber
  tier
  status
  issuedAt
  validUntil
  pointsBalance
  storedValueBalance
  shareWithPartners
  version
  customer {
    id
    name
  }
}`) as unknown as TypedDocumentString<SetPartnerSharingMutation, SetPartnerSharingMutationVariables>;
export const PointsForSpendDocument = new TypedDocumentString(`
    query PointsForSpend($amount: Fen!) {
  pointsForSpend(amount: $amount)
}
    `) as unknown as TypedDocumentString<PointsForSpendQuery, PointsForSpendQueryVariables>;
export const TopUpBonusDocument = new TypedDocumentString(`
    query TopUpBonus($amount: Fen!) {
  topUpBonus(amount: $amount)
}
    `) as unknown as TypedDocumentString<TopUpBonusQuery, TopUpBonusQueryVariables>;
export const PartnerKeysDocument = new TypedDocumentString(`
    query PartnerKeys($first: Int, $after: String) {
  partnerKeys(first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...PartnerKeyFields
      }
    }
  }
}
    fragment PartnerKeyFields on PartnerKey {
  id
  partner
  prefix
  scopes
  rateLimitPerMinute
  customRateLimit
  status
  createdAt
  expiresAt
  revokedAt
  lastUsedAt
}`) as unknown as TypedDocumentString<PartnerKeysQuery, PartnerKeysQueryVariables>;
export const CreatePartnerKeyDocument = new TypedDocumentString(`
    mutation CreatePartnerKey($input: CreatePartnerKeyInput!) {
  createPartnerKey(input: $input) {
    key
    partnerKey {
      ...PartnerKeyFields
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  code
  message
}
fragment PartnerKeyFields on PartnerKey {
  id
  partner
  prefix
  scopes
  rateLimitPerMinute
  customRateLimit
  status
  createdAt
  expiresAt
  revokedAt
  lastUsedAt
}`) as unknown as TypedDocumentString<CreatePartnerKeyMutation, CreatePartnerKeyMutationVariables>;
export const RevokePartnerKeyDocument = new TypedDocumentString(`
    mutation RevokePartnerKey($input: RevokePartnerKeyInput!) {
  revokePartnerKey(input: $input) {
    partnerKey {
      ...PartnerKeyFields
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  code
  message
}
fragment PartnerKeyFields on PartnerKey {
  id
  partner
  prefix
  scopes
  rateLimitPerMinute
  customRateLimit
  status
  createdAt
  expiresAt
  revokedAt
  lastUsedAt
}`) as unknown as TypedDocumentString<RevokePartnerKeyMutation, RevokePartnerKeyMutationVariables>;
export const SetPartnerKeyExpiryDocument = new TypedDocumentString(`
    mutation SetPartnerKeyExpiry($input: SetPartnerKeyExpiryInput!) {
  setPartnerKeyExpiry(input: $input) {
    partnerKey {
      ...PartnerKeyFields
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  code
  message
}
fragment PartnerKeyFields on PartnerKey {
  id
  partner
  prefix
  scopes
  rateLimitPerMinute
  customRateLimit
  status
  createdAt
  expiresAt
  revokedAt
  lastUsedAt
}`) as unknown as TypedDocumentString<SetPartnerKeyExpiryMutation, SetPartnerKeyExpiryMutationVariables>;
export const SegmentReportDocument = new TypedDocumentString(`
    query SegmentReport($input: SegmentReportInput!) {
  segmentReport(input: $input) {
    key
    stays
    cancelled
    roomNights
    roomRevenue
    adr
    share
  }
}
    `) as unknown as TypedDocumentString<SegmentReportQuery, SegmentReportQueryVariables>;
export const CustomerRankingDocument = new TypedDocumentString(`
    query CustomerRanking($input: CustomerRankingInput!) {
  customerRanking(input: $input) {
    rank
    customer {
      id
      name
    }
    roomNights
    adr
    roomRevenue
    otherRevenue
    totalRevenue
    visits
    lastVisit
    valueClass
  }
}
    `) as unknown as TypedDocumentString<CustomerRankingQuery, CustomerRankingQueryVariables>;
export const ChurnRisksDocument = new TypedDocumentString(`
    query ChurnRisks($first: Int) {
  churnRisks(first: $first) {
    customer {
      id
      name
    }
    reasons
    explanation
    previousVisits
    recentVisits
    previousSpend
    recentSpend
    lastVisit
  }
}
    `) as unknown as TypedDocumentString<ChurnRisksQuery, ChurnRisksQueryVariables>;
export const StaffKpisDocument = new TypedDocumentString(`
    query StaffKpis($input: StaffKpiInput!) {
  staffKpis(input: $input) {
    rank
    user {
      id
      displayName
      department
    }
    callsHandled
    complaintsHandled
    complaintsOnTime
    onTimeRate
    averageResolutionMinutes
    followUpsDone
    followUpsOnTime
    recordsCollected
    recordsEnriched
    membersRecruited
    satisfaction
  }
}
    `) as unknown as TypedDocumentString<StaffKpisQuery, StaffKpisQueryVariables>;
export const ExportReportDocument = new TypedDocumentString(`
    mutation ExportReport($input: ExportReportInput!) {
  exportReport(input: $input) {
    fileName
    contentType
    contentBase64
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  code
  message
}`) as unknown as TypedDocumentString<ExportReportMutation, ExportReportMutationVariables>;
export const CustomerValueDocument = new TypedDocumentString(`
    query CustomerValue($input: CustomerValueInput!) {
  customerValueReport(input: $input) {
    customers
    repeaters
    repeatRate
    rows {
      customer {
        id
        name
      }
      recency
      frequency
      monetary
      score
      lastVisit
      visits
      totalRevenue
      profitContribution
    }
  }
}
    `) as unknown as TypedDocumentString<CustomerValueQuery, CustomerValueQueryVariables>;
export const StaffUsersDocument = new TypedDocumentString(`
    query StaffUsers($first: Int, $after: String, $role: Role, $status: UserStatus, $search: String) {
  users(
    first: $first
    after: $after
    role: $role
    status: $status
    search: $search
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...StaffUserFields
      }
    }
  }
}
    fragment StaffUserFields on User {
  id
  username
  displayName
  role
  department
  status
  deactivatedAt
  supervisor {
    id
    displayName
  }
}`) as unknown as TypedDocumentString<StaffUsersQuery, StaffUsersQueryVariables>;
export const OwnedByDocument = new TypedDocumentString(`
    query OwnedBy($userId: ID!) {
  ownedBy(userId: $userId) {
    customers
    contracts
    prospects
    followUpTasks
    complaints
  }
}
    `) as unknown as TypedDocumentString<OwnedByQuery, OwnedByQueryVariables>;
export const CreateUserDocument = new TypedDocumentString(`
    mutation CreateUser($input: CreateUserInput!) {
  createUser(input: $input) {
    user {
      ...StaffUserFields
    }
    password
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  code
  message
}
fragment StaffUserFields on User {
  id
  username
  displayName
  role
  department
  status
  deactivatedAt
  supervisor {
    id
    displayName
  }
}`) as unknown as TypedDocumentString<CreateUserMutation, CreateUserMutationVariables>;
export const UpdateUserDocument = new TypedDocumentString(`
    mutation UpdateUser($input: UpdateUserInput!) {
  updateUser(input: $input) {
    user {
      ...StaffUserFields
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  code
  message
}
fragment StaffUserFields on User {
  id
  username
  displayName
  role
  department
  status
  deactivatedAt
  supervisor {
    id
    displayName
  }
}`) as unknown as TypedDocumentString<UpdateUserMutation, UpdateUserMutationVariables>;
export const ResetPasswordDocument = new TypedDocumentString(`
    mutation ResetPassword($input: ResetPasswordInput!) {
  resetPassword(input: $input) {
    user {
      ...StaffUserFields
    }
    password
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  code
  message
}
fragment StaffUserFields on User {
  id
  username
  displayName
  role
  department
  status
  deactivatedAt
  supervisor {
    id
    displayName
  }
}`) as unknown as TypedDocumentString<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const DeactivateUserDocument = new TypedDocumentString(`
    mutation DeactivateUser($input: DeactivateUserInput!) {
  deactivateUser(input: $input) {
    user {
      ...StaffUserFields
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  code
  message
}
fragment StaffUserFields on User {
  id
  username
  displayName
  role
  department
  status
  deactivatedAt
  supervisor {
    id
    displayName
  }
}`) as unknown as TypedDocumentString<DeactivateUserMutation, DeactivateUserMutationVariables>;
export const ReactivateUserDocument = new TypedDocumentString(`
    mutation ReactivateUser($input: ReactivateUserInput!) {
  reactivateUser(input: $input) {
    user {
      ...StaffUserFields
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  code
  message
}
fragment StaffUserFields on User {
  id
  username
  displayName
  role
  department
  status
  deactivatedAt
  supervisor {
    id
    displayName
  }
}`) as unknown as TypedDocumentString<ReactivateUserMutation, ReactivateUserMutationVariables>;
export const TransferCustomersDocument = new TypedDocumentString(`
    mutation TransferCustomers($input: TransferCustomersInput!) {
  transferCustomers(input: $input) {
    transferred
    moved {
      customers
      contracts
      prospects
      followUpTasks
      complaints
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  code
  message
}`) as unknown as TypedDocumentString<TransferCustomersMutation, TransferCustomersMutationVariables>;