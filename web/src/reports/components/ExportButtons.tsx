// CSV / Excel of a report: the server builds the file from the same rows (and audits the export);
// the browser saves it under the server's file name.
import { useState } from 'react';
import { execute } from '../../api/client';
import { apiErrorText, userErrorText } from '../../api/userErrors';
import type { ExportFormat, ExportReportInput } from '../../gql/graphql';
import { useI18n } from '../../i18n';
import { ErrorBanner } from '../../ui/Field';
import { saveBase64File } from '../download';
import { ExportReportMutation } from '../operations';

const FORMATS: readonly ExportFormat[] = ['CSV', 'XLSX'];

interface Props {
  /** The report and its filters. */
  input: Omit<ExportReportInput, 'format'>;
  /** Rows on screen: nothing to export while there are none (or no answer yet). */
  rowCount: number | undefined;
  /** Names the report in the buttons' accessible names ("导出 CSV：客户排名"). */
  title: string;
  /** data-testid="export-<name>", as the panel's report-<name>. */
  name: string;
}

export function ExportButtons({ input, rowCount, title, name }: Props) {
  const { t, lang } = useI18n();
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const [saved, setSaved] = useState('');

  const run = async (format: ExportFormat) => {
    setBusy(format);
    setErrors([]);
    setSaved('');
    try {
      const { exportReport: answer } = await execute(ExportReportMutation, { input: { ...input, format } });
      if (answer.errors.length > 0) {
        setErrors(answer.errors.map((e) => userErrorText(e, lang, t)));
      } else if (answer.fileName && answer.contentBase64 != null) {
        saveBase64File(answer.fileName, answer.contentType ?? '', answer.contentBase64);
        setSaved(answer.fileName);
      }
    } catch (error) {
      setErrors([apiErrorText(error, t)]);
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="export-buttons" data-testid={`export-${name}`}>
      {FORMATS.map((format) => (
        <button
          key={format}
          type="button"
          className="small"
          data-format={format}
          disabled={!rowCount || busy !== null}
          aria-label={t('reports.exportAs', { format: t(`exportFormat.${format}`), report: title })}
          onClick={() => void run(format)}
        >
          {busy === format ? t('reports.exporting') : t('reports.export', { format: t(`exportFormat.${format}`) })}
        </button>
      ))}
      <span className="muted small" role="status">
        {saved ? t('reports.exported', { fileName: saved }) : ''}
      </span>
      <ErrorBanner messages={errors} />
    </div>
  );
}
