// Customers on the dashboard: the top customers by a chosen measure (customerRanking) and the
// customers whose visits or spend dropped against their own history (churnRisks).
import { useQuery } from '../../api/useQuery';
import type {
  ChurnRisksQuery as ChurnRisksResult,
  CustomerRankingQuery as CustomerRankingResult,
  PerformanceMeasure,
} from '../../gql/graphql';
import { useI18n } from '../../i18n';
import { Link } from '../../router';
import { ValueClassBadge } from '../../ui/Badges';
import { formatFen } from '../../ui/format';
import { PERFORMANCE_MEASURES, reportPeriod, type DashboardFilters } from '../filters';
import { chartYuan, formatCount, yuanTooltip } from '../format';
import { ChurnRisksQuery, CustomerRankingQuery } from '../operations';
import { Chart, type ChartOption } from './Chart';
import { ExportButtons } from './ExportButtons';
import { ReportPanel } from './ReportPanel';

type RankingRow = CustomerRankingResult['customerRanking'][number];
type ChurnRow = ChurnRisksResult['churnRisks'][number];

export const TOP_CUSTOMERS = 20;
export const CHURN_LIST = 50;
/** Bars a chart of people stays readable with; the table lists them all. */
const CHART_PEOPLE = 10;
/** Long company names are cut with "…" on the axis (the table has them whole). */
const NAME_LABEL = { width: 180, overflow: 'truncate' as const };

/** The measure as a chart draws it (yuan for money); null for the last visit, a date. */
function measureValue(row: RankingRow, measure: PerformanceMeasure): number | null {
  switch (measure) {
    case 'ROOM_NIGHTS':
      return row.roomNights;
    case 'ADR':
      return chartYuan(row.adr);
    case 'ROOM_REVENUE':
      return chartYuan(row.roomRevenue);
    case 'OTHER_REVENUE':
      return chartYuan(row.otherRevenue);
    case 'TOTAL_REVENUE':
      return chartYuan(row.totalRevenue);
    case 'VISITS':
      return row.visits;
    case 'LAST_VISIT':
      return null;
  }
}

const MONEY_MEASURES: ReadonlySet<PerformanceMeasure> = new Set(['ADR', 'ROOM_REVENUE', 'OTHER_REVENUE', 'TOTAL_REVENUE']);

export function TopCustomers({ filters, onMeasure }: { filters: DashboardFilters; onMeasure: (m: PerformanceMeasure) => void }) {
  const { t } = useI18n();
  const { measure } = filters;
  const period = reportPeriod(filters);
  const { data, error, loading } = useQuery(CustomerRankingQuery, { input: { measure, first: TOP_CUSTOMERS, ...period } });
  const rows = data?.customerRanking;
  const title = t('reports.ranking.title', { measure: t(`performanceMeasure.${measure}`) });
  const charted = measure === 'LAST_VISIT' ? [] : (rows ?? []).slice(0, CHART_PEOPLE).reverse();
  const money = MONEY_MEASURES.has(measure);
  const option: ChartOption = {
    tooltip: {
      trigger: 'axis',
      valueFormatter: (v: unknown) => (money ? yuanTooltip(v) : formatCount(Number(v))),
    },
    grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value' },
    yAxis: { type: 'category', data: charted.map((r) => `${r.rank}. ${r.customer.name}`), axisLabel: NAME_LABEL },
    series: [{ type: 'bar', name: t(`performanceMeasure.${measure}`), data: charted.map((r) => measureValue(r, measure) ?? 0) }],
  };
  const controls = (
    <label className="inline-filter">
      <span>{t('reports.measure')}</span>
      <select id="ranking-measure" value={measure} onChange={(e) => onMeasure(e.target.value as PerformanceMeasure)}>
        {PERFORMANCE_MEASURES.map((m) => (
          <option key={m} value={m}>
            {t(`performanceMeasure.${m}`)}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <ReportPanel
      wide
      name="ranking"
      title={title}
      controls={controls}
      note={measure === 'LAST_VISIT' ? t('reports.ranking.lastVisitNote') : null}
      actions={<ExportButtons name="ranking" title={title} rowCount={rows?.length} input={{ report: 'CUSTOMER_RANKING', measure, first: TOP_CUSTOMERS, ...period }} />}
      error={error}
      loading={loading}
      rowCount={rows?.length}
      chart={
        charted.length > 0 ? (
          <Chart option={option} label={t('reports.chartLabel', { title })} height={charted.length * 26 + 40} testId="chart-ranking" />
        ) : null
      }
      table={<RankingTable rows={rows ?? []} measure={measure} />}
    />
  );
}

function RankingTable({ rows, measure }: { rows: readonly RankingRow[]; measure: PerformanceMeasure }) {
  const { t } = useI18n();
  const columns: { measure: PerformanceMeasure; label: string; cell: (r: RankingRow) => string }[] = [
    { measure: 'ROOM_NIGHTS', label: t('reports.col.roomNights'), cell: (r) => formatCount(r.roomNights) },
    { measure: 'ADR', label: t('reports.col.adr'), cell: (r) => formatFen(r.adr) },
    { measure: 'ROOM_REVENUE', label: t('reports.col.roomRevenue'), cell: (r) => formatFen(r.roomRevenue) },
    { measure: 'OTHER_REVENUE', label: t('reports.col.otherRevenue'), cell: (r) => formatFen(r.otherRevenue) },
    { measure: 'TOTAL_REVENUE', label: t('reports.col.totalRevenue'), cell: (r) => formatFen(r.totalRevenue) },
    { measure: 'VISITS', label: t('reports.col.visits'), cell: (r) => formatCount(r.visits) },
    { measure: 'LAST_VISIT', label: t('reports.col.lastVisit'), cell: (r) => r.lastVisit ?? '—' },
  ];
  return (
    <table className="data" data-testid="table-ranking">
      <thead>
        <tr>
          <th scope="col" className="num">{t('reports.col.rank')}</th>
          <th scope="col">{t('reports.col.customer')}</th>
          <th scope="col">{t('reports.col.valueClass')}</th>
          {columns.map((c) => (
            <th
              key={c.measure}
              scope="col"
              className={`num${c.measure === measure ? ' measured' : ''}`}
              aria-sort={c.measure === measure ? 'descending' : undefined}
            >
              {c.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.customer.id} data-customer-id={r.customer.id}>
            <td className="num">{r.rank}</td>
            <th scope="row">
              <Link to={`/customers/${r.customer.id}`}>{r.customer.name}</Link>
            </th>
            <td>
              <ValueClassBadge valueClass={r.valueClass} />
            </td>
            {columns.map((c) => (
              <td key={c.measure} className={`num${c.measure === measure ? ' measured' : ''}`}>
                {c.cell(r)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ChurnRiskList() {
  const { t } = useI18n();
  const { data, error, loading } = useQuery(ChurnRisksQuery, { first: CHURN_LIST });
  const rows = data?.churnRisks;
  const title = t('reports.churn.title');
  const charted = (rows ?? []).slice(0, CHART_PEOPLE).reverse();
  const option: ChartOption = {
    tooltip: {
      trigger: 'axis',
      valueFormatter: yuanTooltip,
    },
    legend: { top: 0 },
    grid: { left: 8, right: 24, top: 32, bottom: 8, containLabel: true },
    xAxis: { type: 'value', name: t('reports.axis.yuan') },
    yAxis: { type: 'category', data: charted.map((r) => r.customer.name), axisLabel: NAME_LABEL },
    series: [
      { type: 'bar', name: t('reports.col.previousSpend'), data: charted.map((r) => chartYuan(r.previousSpend)) },
      { type: 'bar', name: t('reports.col.recentSpend'), data: charted.map((r) => chartYuan(r.recentSpend)) },
    ],
  };
  return (
    <ReportPanel
      wide
      name="churn"
      title={title}
      note={t('reports.churn.note')}
      actions={<ExportButtons name="churn" title={title} rowCount={rows?.length} input={{ report: 'CHURN_RISKS', first: CHURN_LIST }} />}
      error={error}
      loading={loading}
      rowCount={rows?.length}
      emptyText={t('reports.churn.none')}
      chart={<Chart option={option} label={t('reports.chartLabel', { title })} height={charted.length * 34 + 60} testId="chart-churn" />}
      table={<ChurnTable rows={rows ?? []} />}
    />
  );
}

function ChurnTable({ rows }: { rows: readonly ChurnRow[] }) {
  const { t } = useI18n();
  return (
    <table className="data" data-testid="table-churn">
      <thead>
        <tr>
          <th scope="col">{t('reports.col.customer')}</th>
          <th scope="col">{t('reports.col.reasons')}</th>
          <th scope="col" className="num">{t('reports.col.previousVisits')}</th>
          <th scope="col" className="num">{t('reports.col.recentVisits')}</th>
          <th scope="col" className="num">{t('reports.col.previousSpend')}</th>
          <th scope="col" className="num">{t('reports.col.recentSpend')}</th>
          <th scope="col">{t('reports.col.lastVisit')}</th>
          <th scope="col">{t('reports.col.explanation')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.customer.id} data-customer-id={r.customer.id}>
            <th scope="row">
              <Link to={`/customers/${r.customer.id}`}>{r.customer.name}</Link>
            </th>
            <td>
              {r.reasons.map((reason) => (
                <span key={reason} className="badge churn-reason" data-reason={reason}>
                  {t(`churnReason.${reason}`)}
                </span>
              ))}
            </td>
            <td className="num">{formatCount(r.previousVisits)}</td>
            <td className="num">{formatCount(r.recentVisits)}</td>
            <td className="num">{formatFen(r.previousSpend)}</td>
            <td className="num">{formatFen(r.recentSpend)}</td>
            <td>{r.lastVisit ?? '—'}</td>
            <td className="explanation">{r.explanation}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
