// PRC resident ID numbers (GB 11643-1999): 6-digit area, 8-digit birth date,
// 3-digit sequence (odd = male, even = female) and a MOD 11-2 check character.
// Only a hint for the clerk: the server validates again and is authoritative.

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';

export type ResidentIdCheck =
  | { ok: true; birthday: string; gender: 'MALE' | 'FEMALE' }
  | { ok: false; problem: 'length' | 'date' | 'checkDigit'; birthday?: string; gender?: 'MALE' | 'FEMALE' };

export function checkDigit(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += Number(first17[i]) * (WEIGHTS[i] ?? 0);
  return CHECK_CHARS[sum % 11] ?? '';
}

function validDate(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d && y >= 1900;
}

export function normaliseResidentId(input: string): string {
  return input.replace(/\s/g, '').toUpperCase();
}

export function checkResidentId(input: string): ResidentIdCheck {
  const id = normaliseResidentId(input);
  if (!/^\d{17}[\dX]$/.test(id)) return { ok: false, problem: 'length' };
  const y = Number(id.slice(6, 10));
  const m = Number(id.slice(10, 12));
  const d = Number(id.slice(12, 14));
  if (!validDate(y, m, d)) return { ok: false, problem: 'date' };
  const birthday = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  const gender = Number(id[16]) % 2 === 1 ? 'MALE' : 'FEMALE';
  if (checkDigit(id.slice(0, 17)) !== id[17]) return { ok: false, problem: 'checkDigit', birthday, gender };
  return { ok: true, birthday, gender };
}
