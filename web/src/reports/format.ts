// Figures as the dashboard shows them. Money is formatted from integer fen (ui/format.ts);
// a chart gets yuan as a number only to place a bar, never to add anything up.
import { formatFen } from '../ui/format';

/** 0.1234 → "12.3%"; null → "—". */
export function formatPercent(ratio: number | null | undefined, digits = 1): string {
  if (ratio === null || ratio === undefined || !Number.isFinite(ratio)) return '—';
  return `${(ratio * 100).toFixed(digits)}%`;
}

/** A plain number with grouping ("12,345"), or "—". */
export function formatCount(value: number | null | undefined, digits = 0): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** Fen as yuan for a chart's axis: where a bar ends, not a sum. */
export function chartYuan(fen: number | null | undefined): number {
  return fen === null || fen === undefined ? 0 : fen / 100;
}

/** A chart's yuan back as money in a tooltip ("¥1,234.50"), through fen like every other amount. */
export function yuanTooltip(value: unknown): string {
  return formatFen(Math.round(Number(value) * 100));
}
