// The customer card's contracts panel: every agreement, the ones ending within 30 days highlighted,
// and a draft's terms changed in place (the same form as on the contracts page).
import { useRef, useState } from 'react';
import { useQuery } from '../../api/useQuery';
import { apiErrorText } from '../../api/userErrors';
import { useI18n } from '../../i18n';
import { Link } from '../../router';
import { ErrorBanner } from '../../ui/Field';
import { hotelDate } from '../../ui/format';
import { CustomerContractsQuery } from '../operations';
import { ContractForm } from './ContractForm';
import { ContractStatusBadge, SOON_DAYS } from './ContractStatusBadge';

export function ContractsPanel({ customerId, canEdit }: { customerId: string; canEdit: boolean }) {
  const { t } = useI18n();
  const { data, error, reload } = useQuery(CustomerContractsQuery, { id: customerId });
  const rows = data ? (data.customer?.contracts ?? []) : null;
  const [editing, setEditing] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const editButtons = useRef(new Map<string, HTMLButtonElement>());

  const close = (id: string) => {
    setEditing(null);
    editButtons.current.get(id)?.focus();
  };

  const soon = hotelDate(SOON_DAYS);
  return (
    <section className="panel" aria-labelledby="contracts-title" data-testid="contracts-panel">
      <h2 id="contracts-title">{t('card.contracts')}</h2>
      {error ? <ErrorBanner messages={[apiErrorText(error, t)]} /> : null}
      {rows === null && !error ? <p className="muted">{t('app.loading')}</p> : null}
      {rows && rows.length === 0 ? <p className="muted">{t('contracts.none')}</p> : null}
      {rows && rows.length > 0 ? (
        <ul className="plain contracts-list">
          {rows.map((c) => (
            <li
              key={c.id}
              data-testid="customer-contract"
              data-number={c.number}
              className={c.status === 'ACTIVE' && c.endDate <= soon ? 'expiring' : undefined}
            >
              <strong>{c.number}</strong> <ContractStatusBadge status={c.status} />{' '}
              <span className="muted">
                {c.startDate} – {c.endDate}
              </span>
              {canEdit && c.status === 'DRAFT' ? (
                <button
                  type="button"
                  className="link-button"
                  aria-expanded={editing === c.id}
                  ref={(el) => {
                    if (el) editButtons.current.set(c.id, el);
                    else editButtons.current.delete(c.id);
                  }}
                  onClick={() => {
                    setEditing(c.id);
                    setStatus('');
                  }}
                >
                  {t('contracts.edit')}
                </button>
              ) : null}
              {editing === c.id && c.status === 'DRAFT' ? (
                <ContractForm
                  contract={c}
                  idPrefix={`card-contract-${c.id}`}
                  onCancel={() => close(c.id)}
                  onSaved={(message) => {
                    setStatus(message);
                    close(c.id);
                    reload();
                  }}
                />
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      <p className="action-status" role="status">
        {status}
      </p>
      <Link className="small" to={`/contracts?customerId=${encodeURIComponent(customerId)}`}>
        {t('contracts.manage')}
      </Link>
    </section>
  );
}
