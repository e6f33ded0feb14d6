// Maps a payload's UserErrors to form controls and translated messages.
import { isMessageKey, type Language, type Translate } from '../i18n';
import { graphql } from '../gql';
import type { ApiError } from './client';

/** What every mutation payload's `errors` carries; spread as `...UserErrorFields`. */
export const UserErrorFieldsFragment = graphql(`
  fragment UserErrorFields on UserError {
    field
    code
    message
  }
`);

export interface UserErrorLike {
  field?: readonly string[] | null;
  code: string;
  message: string;
}

/** Messages per control, keyed by the dotted input path ("guest.idNumber", "phones.0.number"). */
export type FieldErrors = Record<string, string>;

/** "guest.idNumber" for ["guest", "idNumber"]; "" for a whole-input error. */
export function fieldKey(field: readonly string[] | null | undefined, dropPrefix?: string): string {
  if (!field || field.length === 0) return '';
  const parts = dropPrefix && field[0] === dropPrefix ? field.slice(1) : field;
  return parts.join('.');
}

/**
 * The server's message is Chinese and specific, so Chinese shows it as given;
 * other languages show the translated code and keep the server's text as detail.
 */
export function userErrorText(error: UserErrorLike, lang: Language, t: Translate): string {
  const codeKey = `errorCode.${error.code}`;
  if (lang === 'zh-CN') return error.message || (isMessageKey(codeKey) ? t(codeKey) : error.code);
  const codeText = isMessageKey(codeKey) ? t(codeKey) : error.code;
  return error.message ? `${codeText} (${error.message})` : codeText;
}

export interface SplitErrors {
  fields: FieldErrors;
  /** Errors of the whole input, or of fields that no control shows. */
  general: string[];
}

export function splitUserErrors(
  errors: readonly UserErrorLike[],
  knownFields: ReadonlySet<string>,
  lang: Language,
  t: Translate,
  fieldAlias: (key: string) => string = (k) => k,
): SplitErrors {
  const fields: FieldErrors = {};
  const general: string[] = [];
  for (const error of errors) {
    const key = fieldAlias(fieldKey(error.field));
    const text = userErrorText(error, lang, t);
    if (key && knownFields.has(key)) {
      fields[key] = fields[key] ? `${fields[key]} · ${text}` : text;
    } else {
      general.push(text);
    }
  }
  return { fields, general };
}

/** A failed request (network, forbidden, internal) as one line for the user. */
export function apiErrorText(error: unknown, t: Translate): string {
  const api = error as Partial<ApiError> | null;
  switch (api?.kind) {
    case 'network':
      return t('error.network');
    case 'forbidden':
      return t('error.forbidden');
    case 'internal':
      return api.requestId ? t('error.internal', { requestId: api.requestId }) : t('error.internalNoId');
    case 'unauthenticated':
      return t('signIn.sessionExpired');
    default:
      return t('error.generic', { message: error instanceof Error ? error.message : String(error) });
  }
}
