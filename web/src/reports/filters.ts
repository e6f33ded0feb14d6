// The dashboard's filters live in the address (/dashboard?property=…&from=…&to=…), so a reload,
// Back and a link sent to a colleague show the same figures. An empty from/to is an open period.
import type { PerformanceMeasure, SegmentDimension } from '../gql/graphql';

export interface DashboardFilters {
  property: string;
  from: string;
  to: string;
  dimension: SegmentDimension;
  measure: PerformanceMeasure;
  department: string;
}

export const SEGMENT_DIMENSIONS: readonly SegmentDimension[] = [
  'PROPERTY',
  'MARKET_SEGMENT',
  'CHANNEL',
  'COUNTRY',
  'REGION',
  'INDUSTRY',
  'NATURE',
  'CUSTOMER_TYPE',
  'ROOM_TYPE',
  'ARRIVAL_YEAR',
  'ARRIVAL_MONTH',
];

export const PERFORMANCE_MEASURES: readonly PerformanceMeasure[] = [
  'TOTAL_REVENUE',
  'ROOM_REVENUE',
  'OTHER_REVENUE',
  'ROOM_NIGHTS',
  'ADR',
  'VISITS',
  'LAST_VISIT',
];

export type PeriodPreset = 'last12' | 'thisYear' | 'lastYear' | 'all';
export const PERIOD_PRESETS: readonly PeriodPreset[] = ['last12', 'thisYear', 'lastYear', 'all'];

/** The dates of a preset period, `today` being the hotel's date (YYYY-MM-DD). */
export function presetPeriod(preset: PeriodPreset, today: string): { from: string; to: string } {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  switch (preset) {
    case 'last12': {
      // The current month and the eleven before it, from their first day.
      const start = year * 12 + (month - 1) - 11;
      const from = `${Math.floor(start / 12)}-${String((start % 12) + 1).padStart(2, '0')}-01`;
      return { from, to: today };
    }
    case 'thisYear':
      return { from: `${year}-01-01`, to: today };
    case 'lastYear':
      return { from: `${year - 1}-01-01`, to: `${year - 1}-12-31` };
    case 'all':
      return { from: '', to: '' };
  }
}

/** Which preset the dates are, if any (to mark its button pressed). */
export function matchingPreset(from: string, to: string, today: string): PeriodPreset | null {
  return PERIOD_PRESETS.find((p) => {
    const period = presetPeriod(p, today);
    return period.from === from && period.to === to;
  }) ?? null;
}

function oneOf<T extends string>(value: string | null, allowed: readonly T[], fallback: T): T {
  return allowed.find((a) => a === value) ?? fallback;
}

/** The filters in the address; what is missing or unknown takes its default (the last twelve months). */
export function readFilters(search: URLSearchParams, today: string): DashboardFilters {
  const period = presetPeriod('last12', today);
  return {
    property: search.get('property') ?? '',
    from: search.get('from') ?? period.from,
    to: search.get('to') ?? period.to,
    dimension: oneOf(search.get('dimension'), SEGMENT_DIMENSIONS, 'MARKET_SEGMENT'),
    measure: oneOf(search.get('measure'), PERFORMANCE_MEASURES, 'TOTAL_REVENUE'),
    department: search.get('department') ?? '',
  };
}

/** The address of the filters: from and to always (empty = open), the rest only when not the default. */
export function filtersHref(filters: DashboardFilters): string {
  const search = new URLSearchParams();
  if (filters.property) search.set('property', filters.property);
  search.set('from', filters.from);
  search.set('to', filters.to);
  if (filters.dimension !== 'MARKET_SEGMENT') search.set('dimension', filters.dimension);
  if (filters.measure !== 'TOTAL_REVENUE') search.set('measure', filters.measure);
  if (filters.department) search.set('department', filters.department);
  return `/dashboard?${search.toString()}`;
}

/** Null for an empty text: the API reads null as "not filtered". */
export function orNull(value: string): string | null {
  return value === '' ? null : value;
}

/** The property and period a report is asked for: an empty filter is null, "not filtered". */
export function reportPeriod(filters: DashboardFilters): { property: string | null; from: string | null; to: string | null } {
  return { property: orNull(filters.property), from: orNull(filters.from), to: orNull(filters.to) };
}
