// /dashboard (managers): revenue and room nights over time, segment shares, top customers,
// churn risks and staff KPIs for one period and property. Loaded on demand (App.tsx lazy), so
// the chart library never weighs on the console.
import { useQuery } from '../../api/useQuery';
import type { PerformanceMeasure, SegmentDimension } from '../../gql/graphql';
import { useI18n } from '../../i18n';
import { navigate, useLocation } from '../../router';
import { hotelDate } from '../../ui/format';
import { ChurnRiskList, TopCustomers } from '../components/CustomerReports';
import { CustomerValue } from '../components/CustomerValue';
import { RevenueTrend, SegmentShares } from '../components/SegmentReports';
import { StaffKpis } from '../components/StaffKpis';
import { filtersHref, matchingPreset, PERIOD_PRESETS, presetPeriod, readFilters, type DashboardFilters } from '../filters';
import { SegmentReportQuery } from '../operations';

export default function DashboardPage() {
  const { t } = useI18n();
  const { search } = useLocation();
  const today = hotelDate();
  const filters = readFilters(search, today);
  const change = (patch: Partial<DashboardFilters>) => navigate(filtersHref({ ...filters, ...patch }), { replace: true });
  const backwards = filters.from !== '' && filters.to !== '' && filters.from > filters.to;
  const preset = matchingPreset(filters.from, filters.to, today);
  // The hotels to choose from: every property that has stays at all.
  const { data: propertyAnswer } = useQuery(SegmentReportQuery, { input: { dimension: 'PROPERTY' } });
  const properties = [...new Set([...(propertyAnswer?.segmentReport.map((r) => r.key) ?? []), filters.property])]
    .filter(Boolean)
    .sort((a, b) => a.localeCompare(b, 'zh-CN'));

  return (
    <main className="page dashboard" id="main" data-testid="dashboard">
      <h1>{t('reports.title')}</h1>
      <div className="dashboard-filters" role="group" aria-label={t('reports.filters')}>
        <label className="inline-filter">
          <span>{t('reports.property')}</span>
          <select id="dashboard-property" value={filters.property} onChange={(e) => change({ property: e.target.value })}>
            <option value="">{t('reports.allProperties')}</option>
            {properties.map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </select>
        </label>
        <label className="inline-filter">
          <span>{t('reports.from')}</span>
          <input id="dashboard-from" type="date" value={filters.from} aria-invalid={backwards || undefined} max={filters.to || undefined} onChange={(e) => change({ from: e.target.value })} />
        </label>
        <label className="inline-filter">
          <span>{t('reports.to')}</span>
          <input id="dashboard-to" type="date" value={filters.to} aria-invalid={backwards || undefined} min={filters.from || undefined} onChange={(e) => change({ to: e.target.value })} />
        </label>
        <div className="period-presets" role="group" aria-label={t('reports.presets')}>
          {PERIOD_PRESETS.map((p) => (
            <button
              key={p}
              type="button"
              className="small"
              aria-pressed={preset === p}
              data-preset={p}
              onClick={() => change(presetPeriod(p, today))}
            >
              {t(`reports.preset.${p}`)}
            </button>
          ))}
        </div>
      </div>
      {backwards ? (
        <p className="field-error" role="alert" data-testid="period-error">
          {t('reports.periodBackwards')}
        </p>
      ) : (
      <div className="dashboard-grid">
        <RevenueTrend filters={filters} />
        <SegmentShares filters={filters} onDimension={(dimension: SegmentDimension) => change({ dimension })} />
        <TopCustomers filters={filters} onMeasure={(measure: PerformanceMeasure) => change({ measure })} />
        <CustomerValue filters={filters} />
        <ChurnRiskList />
        <StaffKpis filters={filters} onDepartment={(department) => change({ department })} />
      </div>
      )}
    </main>
  );
}
