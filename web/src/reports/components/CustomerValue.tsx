// Customer value and loyalty (customerValueReport): how many customers came back, and the best
// customers by RFM score (recency, frequency, monetary, each 1–5).
import { useQuery } from '../../api/useQuery';
import type { CustomerValueQuery as CustomerValueResult } from '../../gql/graphql';
import { useI18n } from '../../i18n';
import { Link } from '../../router';
import { formatFen } from '../../ui/format';
import { reportPeriod, type DashboardFilters } from '../filters';
import { formatCount, formatPercent } from '../format';
import { CustomerValueQuery } from '../operations';
import { Chart, type ChartOption } from './Chart';
import { ExportButtons } from './ExportButtons';
import { ReportPanel } from './ReportPanel';

type RfmRow = CustomerValueResult['customerValueReport']['rows'][number];

export const VALUE_ROWS = 50;

export function CustomerValue({ filters }: { filters: DashboardFilters }) {
  const { t } = useI18n();
  const period = reportPeriod(filters);
  const { data, error, loading } = useQuery(CustomerValueQuery, { input: { ...period, first: VALUE_ROWS } });
  const report = data?.customerValueReport;
  const title = t('reports.value.title');
  const once = report ? report.customers - report.repeaters : 0;
  const option: ChartOption = {
    tooltip: { trigger: 'item' },
    series: [
      {
        type: 'pie',
        radius: ['40%', '70%'],
        data: [
          { name: t('reports.value.repeaters'), value: report?.repeaters ?? 0 },
          { name: t('reports.value.once'), value: once },
        ],
        label: { formatter: '{b}: {c}' },
      },
    ],
  };
  return (
    <ReportPanel
      wide
      name="value"
      title={title}
      actions={<ExportButtons name="value" title={title} rowCount={report?.customers} input={{ report: 'CUSTOMER_VALUE', first: VALUE_ROWS, ...period }} />}
      error={error}
      loading={loading}
      rowCount={report ? report.customers : undefined}
      chart={
        report ? (
          <div className="value-summary">
            <dl className="kpis">
              <div>
                <dt>{t('reports.value.customers')}</dt>
                <dd data-testid="value-customers">{formatCount(report.customers)}</dd>
              </div>
              <div>
                <dt>{t('reports.value.repeaters')}</dt>
                <dd data-testid="value-repeaters">{formatCount(report.repeaters)}</dd>
              </div>
              <div>
                <dt>{t('reports.value.repeatRate')}</dt>
                <dd data-testid="value-repeat-rate">{formatPercent(report.repeatRate)}</dd>
              </div>
            </dl>
            <Chart option={option} label={t('reports.chartLabel', { title })} height={220} testId="chart-value" />
          </div>
        ) : null
      }
      table={<RfmTable rows={report?.rows ?? []} />}
    />
  );
}

function RfmTable({ rows }: { rows: readonly RfmRow[] }) {
  const { t } = useI18n();
  return (
    <table className="data" data-testid="table-value">
      <thead>
        <tr>
          <th scope="col">{t('reports.col.customer')}</th>
          <th scope="col">{t('reports.value.score')}</th>
          <th scope="col" className="num">{t('reports.value.recency')}</th>
          <th scope="col" className="num">{t('reports.value.frequency')}</th>
          <th scope="col" className="num">{t('reports.value.monetary')}</th>
          <th scope="col" className="num">{t('reports.col.visits')}</th>
          <th scope="col" className="num">{t('reports.col.totalRevenue')}</th>
          <th scope="col" className="num">{t('reports.value.profit')}</th>
          <th scope="col">{t('reports.col.lastVisit')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.customer.id} data-customer-id={r.customer.id}>
            <th scope="row">
              <Link to={`/customers/${r.customer.id}`}>{r.customer.name}</Link>
            </th>
            <td className="mono">{r.score}</td>
            <td className="num">{r.recency}</td>
            <td className="num">{r.frequency}</td>
            <td className="num">{r.monetary}</td>
            <td className="num">{formatCount(r.visits)}</td>
            <td className="num">{formatFen(r.totalRevenue)}</td>
            <td className="num">{formatFen(r.profitContribution)}</td>
            <td>{r.lastVisit ?? '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
