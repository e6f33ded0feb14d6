// The customer card's contracts panel: every agreement, the ones ending within 30 days highlighted.
import { useEffect, useState } from 'react';
import { execute, isAbortError } from '../../api/client';
import { apiErrorText } from '../../api/userErrors';
import type { CustomerContractsQuery as CustomerContractsResult } from '../../gql/graphql';
import { useI18n } from '../../i18n';
import { Link } from '../../router';
import { ErrorBanner } from '../../ui/Field';
import { hotelDate } from '../../ui/format';
import { CustomerContractsQuery } from '../operations';
import { ContractStatusBadge, SOON_DAYS } from './ContractStatusBadge';

type Rows = NonNullable<CustomerContractsResult['customer']>['contracts'];

export function ContractsPanel({ customerId }: { customerId: string }) {
  const { t } = useI18n();
  const [rows, setRows] = useState<Rows | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    const controller = new AbortController();
    execute(CustomerContractsQuery, { id: customerId }, { signal: controller.signal })
      .then((d) => setRows(d.customer?.contracts ?? []))
      .catch((err: unknown) => {
        if (!isAbortError(err)) setError(err);
      });
    return () => controller.abort();
  }, [customerId]);

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
            <li key={c.id} data-testid="customer-contract" className={c.status === 'ACTIVE' && c.endDate <= soon ? 'expiring' : undefined}>
              <strong>{c.number}</strong> <ContractStatusBadge status={c.status} />{' '}
              <span className="muted">
                {c.startDate} – {c.endDate}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      <Link className="small" to={`/contracts?customerId=${encodeURIComponent(customerId)}`}>
        {t('contracts.manage')}
      </Link>
    </section>
  );
}
