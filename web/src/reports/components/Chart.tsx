// One chart of the dashboard: Apache ECharts, only the parts we draw (bar, line, pie; SVG), so the
// dashboard's chunk stays small and the rest of the SPA never loads it. The chart is a picture for
// the eye; the table beside it holds the same figures for screen readers and the keyboard.
import { BarChart, LineChart, PieChart } from 'echarts/charts';
import type { BarSeriesOption, LineSeriesOption, PieSeriesOption } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components';
import * as echarts from 'echarts/core';
import type { ComposeOption } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import EChartsReactCore from 'echarts-for-react/esm/core';
import type { EChartsReactProps } from 'echarts-for-react/esm/types';
import { useI18n } from '../../i18n';

echarts.use([BarChart, LineChart, PieChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

/** Text from the data (names, keys) inside a tooltip formatter's HTML. */
export const escapeHtml = (text: string): string => echarts.format.encodeHTML(text);

export type ChartOption = ComposeOption<
  BarSeriesOption | LineSeriesOption | PieSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption
>;

/** The app's calm palette (styles.css): accent blue first, then colours that stay apart in grey print. */
export const CHART_COLORS = ['#1f5f8b', '#e08a1e', '#2f8f5b', '#8d5aa8', '#c4473a', '#4fa3c7', '#9a8a3a', '#6b7b8c', '#d17fa5', '#3d4f8f'];

interface ChartProps {
  option: ChartOption;
  /** What the picture shows, read out instead of it (the table holds the figures). */
  label: string;
  height?: number;
  testId?: string;
}

/** Draw again only when the picture changes: the options hold formatters made anew on every render,
 * which the library's deep comparison always finds different. JSON leaves the functions out; what
 * they print follows the data (in the JSON) or the language (a new instance, see `key`). */
const sameDrawing = (before: EChartsReactProps, after: EChartsReactProps): boolean =>
  JSON.stringify([before.option, before.style]) === JSON.stringify([after.option, after.style]);

export function Chart({ option, label, height = 300, testId }: ChartProps) {
  const { lang } = useI18n();
  return (
    <div className="chart" role="img" aria-label={label} data-testid={testId}>
      <EChartsReactCore
        // A new language needs a new instance (the locale is fixed when ECharts starts).
        key={lang}
        echarts={echarts}
        option={{ color: CHART_COLORS, animation: false, textStyle: { fontFamily: 'inherit' }, ...option }}
        notMerge
        shouldSetOption={(before, after) => !sameDrawing(before, after)}
        opts={{ renderer: 'svg', locale: lang === 'en' ? 'EN' : 'ZH' }}
        style={{ height, width: '100%' }}
      />
    </div>
  );
}
