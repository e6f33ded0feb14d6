// The check-in form as data: its fields, defaults, client-side checks and the
// mutation input it becomes. Kept apart from the page so the rules are plain.
import type { Gender, IdDocumentType, RegisterGuestInput } from '../gql/graphql';
import type { Translate } from '../i18n';
import { addDays, hotelDate, yuanToFen } from '../ui/format';
import { checkResidentId } from './residentId';

export interface RegistrationForm {
  idDocumentType: IdDocumentType;
  idNumber: string;
  name: string;
  nameEn: string;
  gender: Gender | '';
  birthday: string;
  phone: string;
  email: string;
  address: string;
  employer: string;
  nationality: string;
  arrival: string;
  departure: string;
  roomType: string;
  nightlyRate: string; // yuan, as typed
  channel: string;
  purpose: string;
  paymentMethod: string;
}

export type FormKey = keyof RegistrationForm;

/** Where each control's value goes in RegisterGuestInput (and where its errors come back). */
export const INPUT_PATH: Record<FormKey, string> = {
  idDocumentType: 'guest.idDocumentType',
  idNumber: 'guest.idNumber',
  name: 'guest.name',
  nameEn: 'guest.nameEn',
  gender: 'guest.gender',
  birthday: 'guest.birthday',
  phone: 'guest.phone',
  email: 'guest.email',
  address: 'guest.address',
  employer: 'guest.employer',
  nationality: 'guest.nationality',
  arrival: 'stay.arrival',
  departure: 'stay.departure',
  roomType: 'stay.roomType',
  nightlyRate: 'stay.nightlyRate',
  channel: 'stay.channel',
  purpose: 'stay.purpose',
  paymentMethod: 'stay.paymentMethod',
};

export const KNOWN_PATHS: ReadonlySet<string> = new Set(Object.values(INPUT_PATH));

/** The DOM id of the control for an input path ("guest.idNumber" → "reg-guest-idNumber"). */
export function controlId(path: string): string {
  return `reg-${path.replace(/\./g, '-')}`;
}

export function emptyForm(): RegistrationForm {
  const today = hotelDate();
  return {
    idDocumentType: 'RESIDENT_ID',
    idNumber: '',
    name: '',
    nameEn: '',
    gender: '',
    birthday: '',
    phone: '',
    email: '',
    address: '',
    employer: '',
    nationality: 'CN',
    arrival: today,
    departure: addDays(today, 1),
    roomType: '',
    nightlyRate: '',
    channel: '',
    purpose: '',
    paymentMethod: '',
  };
}

/** Checks that need no server; messages per input path. The server checks everything again. */
export function localErrors(form: RegistrationForm, t: Translate): Record<string, string> {
  const errors: Record<string, string> = {};
  const required: FormKey[] = ['idNumber', 'name', 'phone', 'arrival', 'departure', 'roomType', 'nightlyRate'];
  for (const key of required) {
    if (!form[key].trim()) errors[INPUT_PATH[key]] = t('register.required');
  }
  if (form.nightlyRate.trim() && yuanToFen(form.nightlyRate) === null) {
    errors[INPUT_PATH.nightlyRate] = t('register.rateInvalid');
  }
  if (form.arrival && form.departure && form.departure <= form.arrival) {
    errors[INPUT_PATH.departure] = t('register.departureBeforeArrival');
  }
  return errors;
}

const orNull = (value: string): string | null => (value.trim() ? value.trim() : null);

export function toInput(form: RegistrationForm, customerId: string | null): Omit<RegisterGuestInput, 'idempotencyKey'> {
  const idNumber =
    form.idDocumentType === 'RESIDENT_ID' ? form.idNumber.replace(/\s/g, '').toUpperCase() : form.idNumber.trim();
  return {
    guest: {
      idDocumentType: form.idDocumentType,
      idNumber,
      name: form.name.trim(),
      nameEn: orNull(form.nameEn),
      gender: form.gender || null,
      birthday: orNull(form.birthday),
      phone: form.phone.trim(),
      email: orNull(form.email),
      address: orNull(form.address),
      employer: orNull(form.employer),
      nationality: orNull(form.nationality.toUpperCase()),
    },
    stay: {
      arrival: form.arrival,
      departure: form.departure,
      roomType: form.roomType.trim(),
      nightlyRate: yuanToFen(form.nightlyRate) ?? 0,
      channel: orNull(form.channel),
      purpose: orNull(form.purpose),
      paymentMethod: orNull(form.paymentMethod),
    },
    customerId,
  };
}

/** What a resident ID number says about its holder, for filling and for a hint. */
export function residentIdFacts(form: RegistrationForm) {
  if (form.idDocumentType !== 'RESIDENT_ID' || !form.idNumber.trim()) return null;
  return checkResidentId(form.idNumber);
}

/** A v4 UUID; crypto.randomUUID exists only in secure contexts (not plain http on a LAN). */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
