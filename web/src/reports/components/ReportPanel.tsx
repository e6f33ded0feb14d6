// The frame every report of the dashboard shares: heading, its own controls and export, the shared
// error banner, "nothing in this period", then the chart and the table behind it.
import { useId, useState, type ReactNode } from 'react';
import { apiErrorText } from '../../api/userErrors';
import { useI18n } from '../../i18n';
import { ErrorBanner } from '../../ui/Field';

interface Props {
  /** data-testid="report-<name>" and the ids inside. */
  name: string;
  title: string;
  /** What the report does not filter by, or how it is computed. */
  note?: ReactNode;
  /** Selects of this report (dimension, measure, department…), before the export buttons. */
  controls?: ReactNode;
  /** The export buttons (ExportButtons), after the controls. */
  actions?: ReactNode;
  error: unknown;
  /** No answer yet for the current filters. */
  loading: boolean;
  /** Rows of the answer on screen; undefined before the first answer. */
  rowCount: number | undefined;
  /** Shown instead of the chart and table when the answer has no rows. */
  emptyText?: string;
  chart: ReactNode;
  table: ReactNode;
  /** Across the whole dashboard (lists of people) rather than half of it. */
  wide?: boolean;
}

export function ReportPanel({ name, title, note, controls, actions, error, loading, rowCount, emptyText, chart, table, wide }: Props) {
  const { t } = useI18n();
  const headingId = useId();
  const tableId = useId();
  const [showTable, setShowTable] = useState(true);
  return (
    <section className={`panel report-panel${wide ? ' wide' : ''}`} aria-labelledby={headingId} aria-busy={loading} data-testid={`report-${name}`}>
      <div className="report-head">
        <h2 id={headingId}>{title}</h2>
        {controls ? <div className="report-controls">{controls}</div> : null}
        {actions}
      </div>
      {note ? <p className="muted small report-note">{note}</p> : null}
      {error ? <ErrorBanner messages={[apiErrorText(error, t)]} /> : null}
      {rowCount === undefined ? (
        loading && !error ? <p className="muted">{t('app.loading')}</p> : null
      ) : rowCount === 0 ? (
        <p className="empty" data-testid={`empty-${name}`}>
          {emptyText ?? t('reports.empty')}
        </p>
      ) : (
        <>
          {chart}
          <button
            type="button"
            className="link table-toggle"
            aria-expanded={showTable}
            aria-controls={tableId}
            onClick={() => setShowTable((v) => !v)}
          >
            {showTable ? t('reports.hideTable') : t('reports.showTable')}
          </button>
          <div className="table-scroll report-table" id={tableId} hidden={!showTable}>
            {table}
          </div>
        </>
      )}
    </section>
  );
}
