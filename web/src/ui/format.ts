// Display helpers: money arrives as integer fen and is never turned into a float sum.
import type { Language } from '../i18n';

/** 123450 fen → "¥1,234.50"; negative amounts keep their sign. */
export function formatFen(fen: number | null | undefined): string {
  if (fen === null || fen === undefined) return '—';
  const negative = fen < 0;
  const abs = Math.abs(Math.trunc(fen));
  const yuan = Math.floor(abs / 100);
  const cents = String(abs % 100).padStart(2, '0');
  const grouped = String(yuan).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}¥${grouped}.${cents}`;
}

/**
 * "1,234.5" / "1234.50" / "¥88" yuan → integer fen, or null when it is not an
 * amount with at most two decimals. Parsed as text so 0.1 + 0.2 never happens.
 */
export function yuanToFen(input: string): number | null {
  const cleaned = input.replace(/[¥,，\s]/g, '');
  const match = /^(\d+)(?:\.(\d{0,2}))?$/.exec(cleaned);
  if (!match) return null;
  const whole = Number(match[1]);
  const fraction = Number((match[2] ?? '').padEnd(2, '0'));
  const fen = whole * 100 + fraction;
  return Number.isSafeInteger(fen) ? fen : null;
}

/** A DateTime shown in the hotel's time zone. */
export function formatDateTime(iso: string | null | undefined, lang: Language): string {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'zh-CN', {
    timeZone: 'Asia/Shanghai',
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(date);
}

/** Today's date in the hotel's time zone as YYYY-MM-DD, shifted by `days`. */
export function hotelDate(days = 0): string {
  const now = new Date(Date.now() + days * 86_400_000);
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
  return parts; // en-CA formats as YYYY-MM-DD
}

/** Adds days to a YYYY-MM-DD date (calendar arithmetic in UTC, no DST surprises). */
export function addDays(isoDate: string, days: number): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  const date = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Whether the input looks like a phone number rather than a name (≥ 7 digits, little else). */
export function looksLikePhone(input: string): boolean {
  const trimmed = input.trim();
  if (!/^[\d\s+\-().]+$/.test(trimmed)) return false;
  return (trimmed.match(/\d/g) ?? []).length >= 7;
}

/** The time of day in the hotel's time zone ("14:05"), for today's lists. */
export function formatClock(iso: string | null | undefined, lang: Language): string {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'zh-CN', {
    timeZone: 'Asia/Shanghai',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).format(date);
}

/** Talk time: 65 → "1:05", 3725 → "1:02:05". */
export function formatDuration(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined || seconds < 0) return '—';
  const s = Math.floor(seconds);
  const hours = Math.floor(s / 3600);
  const minutes = Math.floor((s % 3600) / 60);
  const rest = String(s % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `${minutes}:${rest}`;
}

/**
 * A datetime-local value ("2026-03-01T14:30") read as the hotel's clock
 * (Asia/Shanghai, UTC+8 all year: no daylight saving) → ISO 8601 with offset.
 */
export function hotelLocalToIso(value: string): string | null {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(:\d{2})?$/.exec(value.trim());
  if (!match) return null;
  return `${match[1]}T${match[2]}${match[3] ?? ':00'}+08:00`;
}

/** The hotel's calendar date (YYYY-MM-DD) of a moment. */
export function hotelDateOf(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso.slice(0, 10);
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(date);
}
