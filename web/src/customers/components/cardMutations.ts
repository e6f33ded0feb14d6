// What the preference and key-date panels share: the usual suggestions, and
// how a payload (customer + errors) becomes the card's new state or messages.
import { splitUserErrors, type FieldErrors, type UserErrorLike } from '../../api/userErrors';
import type { CustomerCardFragment } from '../../gql/graphql';
import type { Language, MessageKey, Translate } from '../../i18n';

/** The categories the hotel usually records (stored as the Chinese text); free text is allowed too. */
export const PREFERENCE_CATEGORIES: readonly (readonly [string, MessageKey])[] = [
  ['房型', 'prefCategory.roomType'],
  ['楼层', 'prefCategory.floor'],
  ['枕头', 'prefCategory.pillow'],
  ['床垫', 'prefCategory.mattress'],
  ['洗漱用品', 'prefCategory.toiletries'],
  ['报纸/阅读', 'prefCategory.reading'],
  ['电视', 'prefCategory.tv'],
  ['饮食口味', 'prefCategory.taste'],
  ['茶/咖啡/酒', 'prefCategory.drinks'],
  ['灯光', 'prefCategory.lighting'],
  ['空调温度', 'prefCategory.airConditioning'],
  ['洗澡水温', 'prefCategory.bathWater'],
  ['过敏', 'prefCategory.allergy'],
  ['其他爱好', 'prefCategory.hobby'],
];

export const KEY_DATE_KINDS: readonly (readonly [string, MessageKey])[] = [
  ['结婚纪念日', 'keyDateKind.wedding'],
  ['公司成立日', 'keyDateKind.founding'],
  ['生日(家属)', 'keyDateKind.familyBirthday'],
  ['其他', 'keyDateKind.other'],
];

export interface CardPayload {
  customer?: CustomerCardFragment | null;
  errors: readonly UserErrorLike[];
}

export type PayloadOutcome =
  | { ok: true; customer: CustomerCardFragment | null }
  | { ok: false; fields: FieldErrors; general: string[]; stale: boolean };

/**
 * Success with the refreshed customer (null: refetch), or the errors split
 * into those beside known fields and the rest. `stale` says the item or the
 * customer changed under us (NOT_FOUND, INVALID_STATE): refetch the card.
 */
export function readPayload(
  payload: CardPayload,
  knownFields: ReadonlySet<string>,
  lang: Language,
  t: Translate,
): PayloadOutcome {
  if (payload.errors.length === 0) return { ok: true, customer: payload.customer ?? null };
  const split = splitUserErrors(payload.errors, knownFields, lang, t);
  const stale = payload.errors.some((e) => e.code === 'NOT_FOUND' || e.code === 'INVALID_STATE');
  return { ok: false, fields: split.fields, general: split.general, stale };
}
