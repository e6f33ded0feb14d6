// Card numbers: 16 digits, the last a Damm check digit (server/core/cardnumbers.py).
// Checked here too, so a slip is caught before anything is sent.

const DAMM: readonly (readonly number[])[] = [
  [0, 3, 1, 7, 5, 9, 8, 6, 4, 2],
  [7, 0, 9, 2, 1, 5, 4, 8, 6, 3],
  [4, 2, 0, 6, 8, 7, 1, 3, 5, 9],
  [1, 7, 5, 0, 9, 8, 3, 4, 2, 6],
  [6, 1, 2, 3, 0, 4, 5, 9, 7, 8],
  [3, 6, 7, 4, 2, 0, 9, 5, 8, 1],
  [5, 8, 6, 9, 7, 2, 0, 1, 3, 4],
  [8, 9, 4, 5, 3, 6, 2, 0, 1, 7],
  [9, 4, 3, 8, 6, 1, 7, 2, 0, 5],
  [2, 5, 8, 1, 4, 3, 6, 7, 9, 0],
];

/** The 16 digits of a well-formed card number with a correct check digit; null otherwise. */
export function normalizeCardNumber(text: string): string | null {
  const digits = text.replace(/[\s-]+/g, '');
  if (!/^\d{16}$/.test(digits)) return null;
  let interim = 0;
  for (const ch of digits) interim = DAMM[interim]![Number(ch)]!;
  return interim === 0 ? digits : null;
}
