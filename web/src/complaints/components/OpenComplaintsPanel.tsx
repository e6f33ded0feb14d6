// The customer card's complaints panel: what this guest has open, soonest due first.
import { useQuery } from '../../api/useQuery';
import { apiErrorText } from '../../api/userErrors';
import { useI18n } from '../../i18n';
import { Link } from '../../router';
import { ErrorBanner } from '../../ui/Field';
import { formatDateTime } from '../../ui/format';
import { CustomerOpenComplaintsQuery as OpenComplaintsDocument } from '../operations';
import { ComplaintStatusBadge, SeverityBadge } from './Badges';

export function OpenComplaintsPanel({ customerId }: { customerId: string }) {
  const { t, lang } = useI18n();
  const { data, error } = useQuery(OpenComplaintsDocument, { id: customerId });
  const items = data ? (data.customer?.openComplaints ?? []) : null;

  return (
    <section className="panel" aria-labelledby="open-complaints-title" data-testid="open-complaints">
      <h2 id="open-complaints-title">{t('card.complaints')}</h2>
      {error ? <ErrorBanner messages={[apiErrorText(error, t)]} /> : null}
      {items === null && !error ? <p className="muted">{t('app.loading')}</p> : null}
      {items && items.length === 0 ? <p className="muted">{t('complaints.noneOpen')}</p> : null}
      {items && items.length > 0 ? (
        <ul className="open-complaints">
          {items.map((c) => (
            <li key={c.id} className={c.overdue ? 'overdue' : undefined}>
              <Link to={`/complaints/${c.id}`}>#{c.id}</Link> <SeverityBadge severity={c.severity} /> <ComplaintStatusBadge status={c.status} />{' '}
              <span className="clip">{c.category ?? c.description}</span>
              <span className="muted small">
                {' '}
                · {t('complaints.dueAt')} {formatDateTime(c.dueAt, lang)}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      <Link className="small" to={`/complaints/new?customerId=${encodeURIComponent(customerId)}`}>
        {t('complaints.new')}
      </Link>
    </section>
  );
}
