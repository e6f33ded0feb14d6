// The customer edit form as data: what the user typed (a draft), what they
// started from (the base), and the UpdateCustomerInput that says only what
// changed. Pure, so the unit tests load it without a browser.
import type {
  CustomerCardFragment,
  CustomerKind,
  CustomerStatus,
  Gender,
  IdDocumentType,
  UpdateCustomerInput,
} from '../gql/graphql';
import type { FieldErrors } from '../api/userErrors';
import type { Translate } from '../i18n';

/** Fields edited as text (selects included); '' is "no value". */
export const TEXT_FIELDS = [
  'name',
  'nameEn',
  'email',
  'statusReason',
  'nature',
  'nationality',
  'industry',
  'region',
  'channel',
  'address',
  'postcode',
  'fax',
  'homepage',
  'frontDeskAccount',
  'paymentMethod',
  'notes',
  'gender',
  'birthday',
  'employer',
  'residence',
  'businessScope',
  'personInCharge',
  'annualRoomVolume',
  'contactFrequency',
] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

export type ProfileDraft = Record<TextField, string> & { status: CustomerStatus; tags: string[] };
export type DraftKey = keyof ProfileDraft;

const INDIVIDUAL_ONLY: ReadonlySet<DraftKey> = new Set(['gender', 'birthday', 'employer', 'residence']);
const CORPORATE_ONLY: ReadonlySet<DraftKey> = new Set([
  'businessScope',
  'personInCharge',
  'annualRoomVolume',
  'contactFrequency',
]);

/** Whether a field belongs on the form for this kind of customer. */
export function appliesTo(kind: CustomerKind, key: DraftKey): boolean {
  if (INDIVIDUAL_ONLY.has(key)) return kind === 'INDIVIDUAL';
  if (CORPORATE_ONLY.has(key)) return kind === 'CORPORATE';
  return true;
}

export const STATUSES: CustomerStatus[] = ['PROSPECT', 'ACTIVE', 'DORMANT', 'LOST', 'UNSUITABLE'];
export const NEEDS_REASON: ReadonlySet<CustomerStatus> = new Set(['LOST', 'UNSUITABLE']);
export const NATURES = ['GOVERNMENT', 'SPECIAL', 'COMPANY', 'INDIVIDUAL', 'PARTNER'] as const;
export const GENDERS: Gender[] = ['MALE', 'FEMALE', 'UNKNOWN'];
export const DOCUMENT_TYPES: IdDocumentType[] = [
  'RESIDENT_ID',
  'PASSPORT',
  'HK_MACAO_PERMIT',
  'TAIWAN_PERMIT',
  'FOREIGN_PERMANENT_RESIDENT_ID',
  'OTHER',
];

/** The server's length limits (server/customers/service.py), so the browser stops there too. */
export const MAX_LENGTH: Partial<Record<TextField, number>> = {
  name: 100,
  nameEn: 100,
  email: 254,
  statusReason: 500,
  industry: 64,
  region: 64,
  channel: 64,
  address: 255,
  postcode: 12,
  fax: 40,
  homepage: 255,
  frontDeskAccount: 64,
  paymentMethod: 64,
  employer: 128,
  residence: 255,
  personInCharge: 64,
  contactFrequency: 64,
};
export const TAG_MAX_LENGTH = 32;
export const MAX_TAGS = 20;

export function draftOf(c: CustomerCardFragment): ProfileDraft {
  const text = (v: string | number | null | undefined) => (v === null || v === undefined ? '' : String(v));
  return {
    name: c.name,
    nameEn: text(c.nameEn),
    email: text(c.email),
    status: c.status,
    statusReason: text(c.statusReason),
    nature: text(c.nature),
    nationality: text(c.nationality),
    industry: text(c.industry),
    region: text(c.region),
    channel: text(c.channel),
    address: text(c.address),
    postcode: text(c.postcode),
    fax: text(c.fax),
    homepage: text(c.homepage),
    frontDeskAccount: text(c.frontDeskAccount),
    paymentMethod: text(c.paymentMethod),
    notes: text(c.notes),
    gender: text(c.gender),
    birthday: text(c.birthday),
    employer: text(c.employer),
    residence: text(c.residence),
    businessScope: text(c.businessScope),
    personInCharge: text(c.personInCharge),
    annualRoomVolume: text(c.annualRoomVolume),
    contactFrequency: text(c.contactFrequency),
    tags: [...c.tags],
  };
}

export function sameValue(a: ProfileDraft[DraftKey], b: ProfileDraft[DraftKey]): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => v === b[i]);
  return a === b;
}

/** "VIP, 商务，常住、 VIP" → ["VIP", "商务", "常住"]: trimmed, no blanks, no repeats. */
export function splitTags(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.split(/[,，、;；\n]/)) {
    const tag = raw.trim();
    if (tag && !out.includes(tag)) out.push(tag);
  }
  return out;
}

/** The tags with what was typed added at the end (repeats dropped). */
export function addTags(tags: readonly string[], text: string): string[] {
  const out = [...tags];
  for (const tag of splitTags(text)) if (!out.includes(tag)) out.push(tag);
  return out;
}

/** The ID document section: leave it, replace it, or clear it. */
export type IdentityEdit =
  | { mode: 'keep' }
  | { mode: 'change'; type: IdDocumentType; number: string }
  | { mode: 'clear' };

/** Spaces out; a resident ID's x upper-cased (the server canonicalises the rest). */
export function tidyIdNumber(type: IdDocumentType, number: string): string {
  const compact = number.replace(/\s/g, '');
  return type === 'RESIDENT_ID' ? compact.toUpperCase() : compact;
}

/** What the browser can tell before asking the server; keys are input field names. */
export function localErrors(
  draft: ProfileDraft,
  base: ProfileDraft,
  kind: CustomerKind,
  identity: IdentityEdit,
  t: Translate,
): FieldErrors {
  const errors: FieldErrors = {};
  if (!draft.name.trim()) errors.name = t('errorCode.REQUIRED');
  if (NEEDS_REASON.has(draft.status) && draft.status !== base.status && !draft.statusReason.trim()) {
    errors.statusReason = t('errorCode.REQUIRED');
  }
  if (appliesTo(kind, 'annualRoomVolume') && draft.annualRoomVolume.trim() !== '') {
    if (!/^\d{1,9}$/.test(draft.annualRoomVolume.trim())) errors.annualRoomVolume = t('edit.volumeInvalid');
  }
  if (identity.mode === 'change' && !identity.number.trim()) errors.idNumber = t('errorCode.REQUIRED');
  return errors;
}

/**
 * The mutation input: id, expectedVersion and only the fields that differ
 * from the base (null clears). Null when nothing changed.
 */
export function toUpdateInput(args: {
  id: string;
  version: number;
  kind: CustomerKind;
  draft: ProfileDraft;
  base: ProfileDraft;
  identity: IdentityEdit;
}): UpdateCustomerInput | null {
  const { id, version, kind, draft, base, identity } = args;
  const input: UpdateCustomerInput = { id, expectedVersion: version };
  const optional = (v: string) => (v.trim() ? v.trim() : null);
  const changed = (key: DraftKey) => appliesTo(kind, key) && !sameValue(draft[key], base[key]);

  if (changed('name')) input.name = draft.name.trim();
  if (changed('status') || changed('statusReason')) {
    input.status = draft.status;
    input.statusReason = optional(draft.statusReason);
  }
  for (const key of [
    'nameEn',
    'email',
    'industry',
    'region',
    'channel',
    'address',
    'postcode',
    'fax',
    'homepage',
    'frontDeskAccount',
    'paymentMethod',
    'employer',
    'residence',
    'personInCharge',
    'contactFrequency',
  ] as const) {
    if (changed(key)) input[key] = optional(draft[key]);
  }
  // Multi-line text keeps its inner layout; the server trims the ends.
  if (changed('notes')) input.notes = draft.notes.trim() ? draft.notes : null;
  if (changed('businessScope')) input.businessScope = draft.businessScope.trim() ? draft.businessScope : null;
  if (changed('nature')) input.nature = optional(draft.nature);
  if (changed('nationality')) input.nationality = optional(draft.nationality)?.toUpperCase() ?? null;
  if (changed('gender')) input.gender = (draft.gender || null) as Gender | null;
  if (changed('birthday')) input.birthday = draft.birthday || null;
  if (changed('annualRoomVolume')) {
    const volume = draft.annualRoomVolume.trim();
    input.annualRoomVolume = volume ? Number(volume) : null;
  }
  if (changed('tags')) input.tags = [...draft.tags];

  if (kind === 'INDIVIDUAL' && identity.mode === 'change') {
    input.idDocumentType = identity.type;
    input.idNumber = tidyIdNumber(identity.type, identity.number);
  } else if (kind === 'INDIVIDUAL' && identity.mode === 'clear') {
    input.idDocumentType = null;
    input.idNumber = null;
  }
  return Object.keys(input).length > 2 ? input : null;
}

/**
 * After a CONFLICT the user reloads: what they changed stays, fields they
 * left alone take the newer values.
 */
export function mergeDrafts(current: ProfileDraft, base: ProfileDraft, fresh: ProfileDraft): ProfileDraft {
  const merged: ProfileDraft = { ...current };
  for (const key of Object.keys(fresh) as DraftKey[]) {
    if (sameValue(current[key], base[key])) Object.assign(merged, { [key]: fresh[key] });
  }
  return merged;
}

/** Input field names the form shows errors beside ("tags.3" is shown at the tags control). */
export const ERROR_FIELDS: ReadonlySet<string> = new Set<string>([
  ...TEXT_FIELDS,
  'status',
  'tags',
  'idNumber',
  'idDocumentType',
]);

export function errorFieldAlias(key: string): string {
  return key.startsWith('tags.') ? 'tags' : key;
}
