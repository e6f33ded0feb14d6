// segmentReport on the dashboard: revenue and room nights month by month, and the shares of a
// chosen dimension (market segment, channel, country…) as a pie or bars.
import { useState } from 'react';
import { useQuery } from '../../api/useQuery';
import type { SegmentDimension, SegmentReportQuery as SegmentReportResult } from '../../gql/graphql';
import { isMessageKey, useI18n, type MessageKey, type Translate } from '../../i18n';
import { formatFen } from '../../ui/format';
import { reportPeriod, SEGMENT_DIMENSIONS, type DashboardFilters } from '../filters';
import { chartYuan, formatCount, formatPercent, yuanTooltip } from '../format';
import { SegmentReportQuery } from '../operations';
import { Chart, escapeHtml, type ChartOption } from './Chart';
import { ExportButtons } from './ExportButtons';
import { ReportPanel } from './ReportPanel';

type SegmentRow = SegmentReportResult['segmentReport'][number];

/** Slices a pie can show before it stops reading; the rest is one "others" slice (the table has all). */
const PIE_SLICES = 9;

/** A segment's key as people read it: "" is "not recorded"; a customer nature is translated. */
// The server's keys for a missing value, a stay without a customer, a country in no region.
const SPECIAL_KEYS: Record<string, MessageKey> = {
  '': 'reports.notRecorded',
  '(none)': 'reports.notRecorded',
  '(no customer)': 'reports.noCustomer',
  '(unknown)': 'reports.unknownRegion',
};

function segmentLabel(dimension: SegmentDimension, key: string, t: Translate): string {
  const special = SPECIAL_KEYS[key];
  if (special) return t(special);
  const named = dimension === 'NATURE' ? `nature.${key}` : dimension === 'REGION' ? `region.${key}` : null;
  if (named && isMessageKey(named)) return t(named);
  return key;
}

function useSegmentReport(dimension: SegmentDimension, filters: DashboardFilters) {
  return useQuery(SegmentReportQuery, { input: { dimension, ...reportPeriod(filters) } });
}

function segmentExport(dimension: SegmentDimension, filters: DashboardFilters) {
  return { report: 'SEGMENTS' as const, dimension, ...reportPeriod(filters) };
}

/** Axis ticks in the reader's own short form (1.2万 / 12K). */
function compact(lang: string) {
  const format = new Intl.NumberFormat(lang === 'en' ? 'en' : 'zh-CN', { notation: 'compact', maximumFractionDigits: 1 });
  return (value: number) => format.format(value);
}

export function RevenueTrend({ filters }: { filters: DashboardFilters }) {
  const { t, lang } = useI18n();
  const { data, error, loading } = useSegmentReport('ARRIVAL_MONTH', filters);
  const rows = data?.segmentReport;
  const title = t('reports.trend.title');
  const option: ChartOption = {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 8, right: 8, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: rows?.map((r) => r.key) ?? [] },
    yAxis: [
      { type: 'value', name: t('reports.axis.yuan'), axisLabel: { formatter: compact(lang) } },
      { type: 'value', name: t('reports.col.roomNights'), splitLine: { show: false } },
    ],
    series: [
      {
        type: 'bar',
        name: t('reports.col.roomRevenue'),
        data: rows?.map((r) => chartYuan(r.roomRevenue)) ?? [],
        tooltip: { valueFormatter: yuanTooltip },
      },
      { type: 'line', name: t('reports.col.roomNights'), yAxisIndex: 1, data: rows?.map((r) => r.roomNights) ?? [] },
    ],
  };
  return (
    <ReportPanel
      name="trend"
      title={title}
      note={t('reports.trend.note')}
      actions={<ExportButtons name="trend" title={title} rowCount={rows?.length} input={segmentExport('ARRIVAL_MONTH', filters)} />}
      error={error}
      loading={loading}
      rowCount={rows?.length}
      chart={<Chart option={option} label={t('reports.chartLabel', { title })} testId="chart-trend" />}
      table={<SegmentTable dimension="ARRIVAL_MONTH" rows={rows ?? []} testId="table-trend" />}
    />
  );
}

export function SegmentShares({ filters, onDimension }: { filters: DashboardFilters; onDimension: (d: SegmentDimension) => void }) {
  const { t } = useI18n();
  const [shape, setShape] = useState<'pie' | 'bar'>('pie');
  const { dimension } = filters;
  const { data, error, loading } = useSegmentReport(dimension, filters);
  const rows = data?.segmentReport;
  const title = t('reports.segments.title', { dimension: t(`segmentDimension.${dimension}`) });
  const controls = (
    <>
      <label className="inline-filter">
        <span>{t('reports.dimension')}</span>
        <select id="segment-dimension" value={dimension} onChange={(e) => onDimension(e.target.value as SegmentDimension)}>
          {SEGMENT_DIMENSIONS.map((d) => (
            <option key={d} value={d}>
              {t(`segmentDimension.${d}`)}
            </option>
          ))}
        </select>
      </label>
      <fieldset className="segmented">
        <legend className="visually-hidden">{t('reports.chartShape')}</legend>
        {(['pie', 'bar'] as const).map((s) => (
          <label key={s}>
            <input type="radio" name="segment-shape" value={s} checked={shape === s} onChange={() => setShape(s)} />
            {t(s === 'pie' ? 'reports.shape.pie' : 'reports.shape.bar')}
          </label>
        ))}
      </fieldset>
    </>
  );
  return (
    <ReportPanel
      name="segments"
      title={title}
      controls={controls}
      actions={<ExportButtons name="segments" title={title} rowCount={rows?.length} input={segmentExport(dimension, filters)} />}
      error={error}
      loading={loading}
      rowCount={rows?.length}
      chart={
        <Chart
          option={shape === 'pie' ? pieOption(dimension, rows ?? [], t) : shareBarsOption(dimension, rows ?? [], t)}
          label={t('reports.chartLabel', { title })}
          height={shape === 'pie' ? 320 : Math.max(200, Math.min(rows?.length ?? 0, 20) * 24 + 40)}
          testId="chart-segments"
        />
      }
      table={<SegmentTable dimension={dimension} rows={rows ?? []} testId="table-segments" />}
    />
  );
}

interface ShareDatum {
  name: string;
  value: number;
  share: number;
}

function byRevenue(rows: readonly SegmentRow[]): SegmentRow[] {
  return [...rows].sort((a, b) => b.roomRevenue - a.roomRevenue);
}

function pieOption(dimension: SegmentDimension, rows: readonly SegmentRow[], t: Translate): ChartOption {
  const sorted = byRevenue(rows).filter((r) => r.roomRevenue > 0);
  const shown: ShareDatum[] = sorted.slice(0, PIE_SLICES).map((r) => ({
    name: segmentLabel(dimension, r.key, t),
    value: chartYuan(r.roomRevenue),
    share: r.share,
  }));
  const rest = sorted.slice(PIE_SLICES);
  if (rest.length > 0) {
    shown.push({
      name: t('reports.others', { count: rest.length }),
      value: chartYuan(rest.reduce((sum, r) => sum + r.roomRevenue, 0)),
      share: rest.reduce((sum, r) => sum + r.share, 0),
    });
  }
  const share = (p: unknown) => formatPercent((p as { data: ShareDatum }).data.share);
  return {
    tooltip: {
      trigger: 'item',
      formatter: (p: unknown) => {
        const { name, data } = p as { name: string; data: ShareDatum };
        return `${escapeHtml(name)}<br/>${yuanTooltip(data.value)} · ${share(p)}`;
      },
    },
    series: [
      {
        type: 'pie',
        radius: ['35%', '68%'],
        data: shown,
        label: { formatter: (p: unknown) => `${(p as { name: string }).name} ${share(p)}` },
      },
    ],
  };
}

function shareBarsOption(dimension: SegmentDimension, rows: readonly SegmentRow[], t: Translate): ChartOption {
  // Months and years read left to right in time; other dimensions biggest first.
  const ordered = dimension === 'ARRIVAL_MONTH' || dimension === 'ARRIVAL_YEAR' ? [...rows] : byRevenue(rows);
  const shown = ordered.slice(0, 20).reverse();
  return {
    tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => `${Number(v).toFixed(1)}%` },
    grid: { left: 8, right: 48, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', axisLabel: { formatter: '{value}%' } },
    yAxis: { type: 'category', data: shown.map((r) => segmentLabel(dimension, r.key, t)) },
    series: [
      {
        type: 'bar',
        name: t('reports.col.share'),
        data: shown.map((r) => Number((r.share * 100).toFixed(2))),
        label: { show: true, position: 'right', formatter: (p: unknown) => `${Number((p as { value: number }).value).toFixed(1)}%` },
      },
    ],
  };
}

function SegmentTable({ dimension, rows, testId }: { dimension: SegmentDimension; rows: readonly SegmentRow[]; testId: string }) {
  const { t } = useI18n();
  const total = (pick: (r: SegmentRow) => number) => rows.reduce((sum, r) => sum + pick(r), 0);
  return (
    <table className="data" data-testid={testId}>
      <thead>
        <tr>
          <th scope="col">{t(`segmentDimension.${dimension}`)}</th>
          <th scope="col" className="num">{t('reports.col.stays')}</th>
          <th scope="col" className="num">{t('reports.col.cancelled')}</th>
          <th scope="col" className="num">{t('reports.col.roomNights')}</th>
          <th scope="col" className="num">{t('reports.col.roomRevenue')}</th>
          <th scope="col" className="num">{t('reports.col.adr')}</th>
          <th scope="col" className="num">{t('reports.col.share')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key} data-key={r.key}>
            <th scope="row">{segmentLabel(dimension, r.key, t)}</th>
            <td className="num">{formatCount(r.stays)}</td>
            <td className="num">{formatCount(r.cancelled)}</td>
            <td className="num">{formatCount(r.roomNights)}</td>
            <td className="num">{formatFen(r.roomRevenue)}</td>
            <td className="num">{formatFen(r.adr)}</td>
            <td className="num">{formatPercent(r.share)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{t('reports.total')}</th>
          <td className="num">{formatCount(total((r) => r.stays))}</td>
          <td className="num">{formatCount(total((r) => r.cancelled))}</td>
          <td className="num">{formatCount(total((r) => r.roomNights))}</td>
          <td className="num">{formatFen(total((r) => r.roomRevenue))}</td>
          <td className="num">—</td>
          <td className="num">{formatPercent(total((r) => r.share))}</td>
        </tr>
      </tfoot>
    </table>
  );
}
