// Staff KPIs of the period (staffKpis): the server ranks by its composite; the table can be
// re-sorted by any column (the ranking itself stays the server's).
import { useState } from 'react';
import { useQuery } from '../../api/useQuery';
import type { StaffKpisQuery as StaffKpisResult } from '../../gql/graphql';
import { useI18n, type MessageKey } from '../../i18n';
import { orNull, type DashboardFilters } from '../filters';
import { formatCount, formatPercent } from '../format';
import { StaffKpisQuery } from '../operations';
import { Chart, type ChartOption } from './Chart';
import { ExportButtons } from './ExportButtons';
import { ReportPanel } from './ReportPanel';

type KpiRow = StaffKpisResult['staffKpis'][number];

interface Column {
  key: string;
  label: MessageKey;
  value: (r: KpiRow) => number | string | null;
  show: (r: KpiRow) => string;
  numeric: boolean;
}

const minutes = (m: number | null | undefined) => (m == null ? '—' : formatCount(m, 0));

const COLUMNS: readonly Column[] = [
  { key: 'rank', label: 'reports.col.rank', value: (r) => r.rank, show: (r) => String(r.rank), numeric: true },
  { key: 'user', label: 'reports.col.staff', value: (r) => r.user.displayName, show: (r) => r.user.displayName, numeric: false },
  { key: 'department', label: 'reports.col.department', value: (r) => r.user.department ?? '', show: (r) => r.user.department ?? '—', numeric: false },
  { key: 'callsHandled', label: 'reports.kpi.callsHandled', value: (r) => r.callsHandled, show: (r) => formatCount(r.callsHandled), numeric: true },
  { key: 'complaintsHandled', label: 'reports.kpi.complaintsHandled', value: (r) => r.complaintsHandled, show: (r) => formatCount(r.complaintsHandled), numeric: true },
  { key: 'onTimeRate', label: 'reports.kpi.onTimeRate', value: (r) => r.onTimeRate ?? null, show: (r) => formatPercent(r.onTimeRate), numeric: true },
  { key: 'averageResolutionMinutes', label: 'reports.kpi.averageResolutionMinutes', value: (r) => r.averageResolutionMinutes ?? null, show: (r) => minutes(r.averageResolutionMinutes), numeric: true },
  { key: 'followUpsDone', label: 'reports.kpi.followUpsDone', value: (r) => r.followUpsDone, show: (r) => formatCount(r.followUpsDone), numeric: true },
  { key: 'followUpsOnTime', label: 'reports.kpi.followUpsOnTime', value: (r) => r.followUpsOnTime, show: (r) => formatCount(r.followUpsOnTime), numeric: true },
  { key: 'recordsCollected', label: 'reports.kpi.recordsCollected', value: (r) => r.recordsCollected, show: (r) => formatCount(r.recordsCollected), numeric: true },
  { key: 'recordsEnriched', label: 'reports.kpi.recordsEnriched', value: (r) => r.recordsEnriched, show: (r) => formatCount(r.recordsEnriched), numeric: true },
  { key: 'membersRecruited', label: 'reports.kpi.membersRecruited', value: (r) => r.membersRecruited, show: (r) => formatCount(r.membersRecruited), numeric: true },
  { key: 'satisfaction', label: 'reports.kpi.satisfaction', value: (r) => r.satisfaction ?? null, show: (r) => formatPercent(r.satisfaction), numeric: true },
];

/** The figures drawn as bars per person (counts of the same scale). */
const CHARTED = ['callsHandled', 'complaintsHandled', 'followUpsDone', 'recordsCollected', 'membersRecruited'] as const;
const CHART_PEOPLE = 10;

export function StaffKpis({ filters, onDepartment }: { filters: DashboardFilters; onDepartment: (d: string) => void }) {
  const { t } = useI18n();
  const open = !filters.from || !filters.to;
  const input = { from: filters.from, to: filters.to, department: orNull(filters.department) };
  const { data, error, loading } = useQuery(StaffKpisQuery, { input }, { skip: open });
  // The departments to choose from are those of the whole staff, also while one is chosen.
  const everyone = useQuery(StaffKpisQuery, { input: { ...input, department: null } }, { skip: open || !filters.department });
  const rows = open ? [] : data?.staffKpis;
  const departments = [
    ...new Set([
      ...((filters.department ? everyone.data : data)?.staffKpis ?? []).map((r) => r.user.department ?? ''),
      filters.department,
    ]),
  ]
    .filter(Boolean)
    .sort((a, b) => a.localeCompare(b, 'zh-CN'));
  const title = t('reports.kpi.title');
  const charted = (rows ?? []).slice(0, CHART_PEOPLE);
  const option: ChartOption = {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 8, right: 8, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: charted.map((r) => r.user.displayName), axisLabel: { interval: 0, rotate: charted.length > 6 ? 30 : 0 } },
    yAxis: { type: 'value', minInterval: 1 },
    series: CHARTED.map((key) => ({
      type: 'bar' as const,
      name: t(COLUMNS.find((c) => c.key === key)?.label ?? 'reports.kpi.title'),
      data: charted.map((r) => r[key]),
    })),
  };
  const controls = (
    <label className="inline-filter">
      <span>{t('reports.col.department')}</span>
      <select id="kpi-department" value={filters.department} onChange={(e) => onDepartment(e.target.value)} disabled={open}>
        <option value="">{t('reports.allDepartments')}</option>
        {departments.map((d) => (
          <option key={d} value={d}>
            {d}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <ReportPanel
      wide
      name="kpis"
      title={title}
      controls={controls}
      note={t('reports.kpi.note')}
      actions={<ExportButtons name="kpis" title={title} rowCount={rows?.length} input={{ report: 'STAFF_KPIS', ...input }} />}
      error={open ? null : error}
      loading={!open && loading}
      rowCount={rows?.length}
      emptyText={open ? t('reports.kpi.needsPeriod') : undefined}
      chart={<Chart option={option} label={t('reports.chartLabel', { title })} testId="chart-kpis" />}
      table={<KpiTable rows={rows ?? []} />}
    />
  );
}

function KpiTable({ rows }: { rows: readonly KpiRow[] }) {
  const { t } = useI18n();
  const [sort, setSort] = useState<{ key: string; descending: boolean }>({ key: 'rank', descending: false });
  const column = COLUMNS.find((c) => c.key === sort.key) ?? COLUMNS[0]!;
  const sorted = [...rows].sort((a, b) => {
    const x = column.value(a);
    const y = column.value(b);
    // Blanks (no complaints, no survey) go last whichever way the column is sorted.
    if (x === null || y === null) return x === y ? a.rank - b.rank : x === null ? 1 : -1;
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'zh-CN');
    return (sort.descending ? -order : order) || a.rank - b.rank;
  });
  const choose = (c: Column) =>
    // A number column is most useful best first; text and the rank start ascending.
    setSort((prev) => (prev.key === c.key ? { key: c.key, descending: !prev.descending } : { key: c.key, descending: c.numeric && c.key !== 'rank' }));
  return (
    <table className="data" data-testid="table-kpis">
      <thead>
        <tr>
          {COLUMNS.map((c) => (
            <th
              key={c.key}
              scope="col"
              className={c.numeric ? 'num' : undefined}
              aria-sort={sort.key === c.key ? (sort.descending ? 'descending' : 'ascending') : undefined}
            >
              <button type="button" className="sort-button" data-sort={c.key} onClick={() => choose(c)}>
                {t(c.label)}
                <span aria-hidden="true" className="sort-mark">
                  {sort.key === c.key ? (sort.descending ? '▼' : '▲') : ''}
                </span>
              </button>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {sorted.map((r) => (
          <tr key={r.user.id} data-user-id={r.user.id}>
            {COLUMNS.map((c) =>
              c.key === 'user' ? (
                <th key={c.key} scope="row">
                  {c.show(r)}
                </th>
              ) : (
                <td key={c.key} className={c.numeric ? 'num' : undefined}>
                  {c.show(r)}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
