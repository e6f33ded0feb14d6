// What the complaints of a period say, for managers: bars drawn with CSS, the numbers beside them.
import { useState } from 'react';
import { useQuery } from '../../api/useQuery';
import { apiErrorText } from '../../api/userErrors';
import { useI18n } from '../../i18n';
import { Link } from '../../router';
import { ErrorBanner } from '../../ui/Field';
import { addDays, hotelDate } from '../../ui/format';
import { ComplaintAnalysisQuery as AnalysisDocument } from '../operations';

export function ComplaintAnalysisPage() {
  const { t } = useI18n();
  const [from, setFrom] = useState(() => addDays(hotelDate(), -365));
  const [to, setTo] = useState(() => hotelDate());
  const { data: answer, error } = useQuery(AnalysisDocument, { from: from || null, to: to || null });
  const data = answer?.complaintAnalysis;

  const hours = data?.averageMinutesToResolve == null ? '—' : (data.averageMinutesToResolve / 60).toFixed(1);
  const rate = data?.onTimeRate == null ? '—' : `${(data.onTimeRate * 100).toFixed(1)}%`;
  return (
    <main className="page complaint-analysis" id="main" data-testid="complaint-analysis">
      <p>
        <Link to="/complaints">{t('complaints.backToBoard')}</Link>
      </p>
      <h1>{t('complaints.analysis')}</h1>
      <div className="filters">
        <label className="filter" htmlFor="a-from">
          <span>{t('complaints.from')}</span>
          <input id="a-from" type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
        </label>
        <label className="filter" htmlFor="a-to">
          <span>{t('complaints.to')}</span>
          <input id="a-to" type="date" value={to} onChange={(e) => setTo(e.target.value)} />
        </label>
      </div>
      {error ? <ErrorBanner messages={[apiErrorText(error, t)]} /> : null}
      {data ? (
        <>
          <dl className="kpis">
            <div>
              <dt>{t('complaints.kpi.total')}</dt>
              <dd data-testid="kpi-total">{data.total}</dd>
            </div>
            <div>
              <dt>{t('complaints.kpi.resolved')}</dt>
              <dd>{data.resolved}</dd>
            </div>
            <div>
              <dt>{t('complaints.kpi.avgHours')}</dt>
              <dd>{hours}</dd>
            </div>
            <div>
              <dt>{t('complaints.kpi.onTimeRate')}</dt>
              <dd>
                {rate} <span className="muted small">({t('complaints.kpi.onTimeLate', { onTime: data.onTime, late: data.late })})</span>
              </dd>
            </div>
          </dl>
          <div className="analysis-grid">
            <Bars title={t('complaints.byCategory')} rows={data.byCategory} empty={t('complaints.noCategory')} />
            <Bars title={t('complaints.byDepartment')} rows={data.byDepartment} empty="—" />
            <Bars title={t('complaints.byMonth')} rows={data.byMonth} empty="—" />
            <section>
              <h2>{t('complaints.repeatComplainers')}</h2>
              {data.repeatComplainers.length === 0 ? (
                <p className="muted">{t('complaints.none')}</p>
              ) : (
                <table>
                  <tbody>
                    {data.repeatComplainers.map((r) => (
                      <tr key={r.customer?.id ?? r.count}>
                        <td>{r.customer ? <Link to={`/customers/${r.customer.id}`}>{r.customer.name}</Link> : '—'}</td>
                        <td className="num">{r.count}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </section>
          </div>
        </>
      ) : null}
    </main>
  );
}

function Bars({ title, rows, empty }: { title: string; rows: readonly { key: string; count: number }[]; empty: string }) {
  const max = Math.max(1, ...rows.map((r) => r.count));
  return (
    <section>
      <h2>{title}</h2>
      <table className="bars">
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{r.key || empty}</th>
              <td>
                <span className="bar" style={{ width: `${(r.count / max) * 100}%` }} aria-hidden="true" />
              </td>
              <td className="num">{r.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
