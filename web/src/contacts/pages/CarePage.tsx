// 客户关怀: birthdays of guests and contacts and key dates in the next days, with one click to log the greeting.
import { useState } from 'react';
import { execute } from '../../api/client';
import { useQuery } from '../../api/useQuery';
import { apiErrorText } from '../../api/userErrors';
import type { CareCalendarQuery as CareCalendarResult } from '../../gql/graphql';
import { useI18n } from '../../i18n';
import { Link } from '../../router';
import { ErrorBanner, Field } from '../../ui/Field';
import { CareCalendarQuery, LogGreetingMutation } from '../operations';

type Event = CareCalendarResult['careCalendar'][number];
const WINDOWS = [0, 7, 30, 90] as const;

export function CarePage() {
  const { t } = useI18n();
  const [days, setDays] = useState(7);
  const { data, error, reload } = useQuery(CareCalendarQuery, { withinDays: days });
  const events = data?.careCalendar ?? null;
  const [status, setStatus] = useState('');

  const greet = async (e: Event) => {
    if (!e.customer) return;
    try {
      const { logInteraction } = await execute(LogGreetingMutation, {
        input: { customerId: e.customer.id, kind: 'CALL_OUT', purpose: 'GREETING', summary: e.title },
      });
      setStatus(logInteraction.errors.length ? logInteraction.errors.map((x) => x.message).join(' · ') : t('care.logged', { title: e.title }));
      reload();
    } catch (err) {
      setStatus(apiErrorText(err, t));
    }
  };

  const kindLabel = (kind: string) => (kind === 'BIRTHDAY' ? t('care.kind.BIRTHDAY') : kind === 'CONTACT_BIRTHDAY' ? t('care.kind.CONTACT_BIRTHDAY') : kind);

  return (
    <main className="page care-page" data-testid="care-page">
      <h1>{t('care.title')}</h1>
      <div className="filters">
        <Field id="care-days" label={t('care.window')}>
          <select id="care-days" value={days} onChange={(e) => setDays(Number(e.target.value))}>
            {WINDOWS.map((n) => (
              <option key={n} value={n}>
                {n === 0 ? t('care.today') : t('care.days', { days: n })}
              </option>
            ))}
          </select>
        </Field>
      </div>
      {error ? <ErrorBanner messages={[apiErrorText(error, t)]} /> : null}
      <p className="action-status" role="status">
        {status}
      </p>
      {events === null && !error ? <p className="muted">{t('app.loading')}</p> : null}
      {events && events.length === 0 ? <p className="muted">{t('care.none')}</p> : null}
      {events && events.length > 0 ? (
        <table className="table care-table">
          <thead>
            <tr>
              <th>{t('care.date')}</th>
              <th>{t('care.kind')}</th>
              <th>{t('care.who')}</th>
              <th>{t('care.greeting')}</th>
            </tr>
          </thead>
          <tbody>
            {events.map((e, i) => (
              <tr key={`${e.date}-${e.kind}-${e.customer?.id ?? ''}-${e.contact?.id ?? ''}-${i}`} data-testid="care-event" data-title={e.title}>
                <td>{e.date}</td>
                <td>
                  {kindLabel(e.kind)}
                  {e.years ? <span className="muted small"> ({e.years})</span> : null}
                </td>
                <td>
                  {e.contact ? (
                    <>
                      {e.contact.name}
                      {e.contact.phones[0] ? <span className="muted"> {e.contact.phones[0].display}</span> : null} ·{' '}
                    </>
                  ) : null}
                  {e.customer ? <Link to={`/customers/${e.customer.id}`}>{e.customer.name}</Link> : null}
                </td>
                <td>
                  {e.greetedThisYear ? <span className="badge">{t('care.greeted')}</span> : null}{' '}
                  <button type="button" onClick={() => void greet(e)}>
                    {t('care.logGreeting')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </main>
  );
}
