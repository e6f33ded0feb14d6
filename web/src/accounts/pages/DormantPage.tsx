// /dormant (managers) — customers with no stay and no interaction for N months, for the
// verification calls: "still active" records the check; "dormant" also marks the customer DORMANT.
import { useState } from 'react';
import { execute } from '../../api/client';
import { useQuery } from '../../api/useQuery';
import { apiErrorText } from '../../api/userErrors';
import { useI18n } from '../../i18n';
import { Link } from '../../router';
import { ErrorBanner } from '../../ui/Field';
import { formatDateTime } from '../../ui/format';
import { DormantCustomersQuery, VerifyDormantCustomerMutation } from '../operations';

export function DormantPage() {
  const { t, lang } = useI18n();
  const [months, setMonths] = useState(12);
  const { data, error, setError, reload } = useQuery(DormantCustomersQuery, { months, first: 100 });
  const rows = data ? data.dormantCustomers.edges.map((e) => e.node) : null;
  const total = data?.dormantCustomers.totalCount ?? 0;

  const verify = async (customerId: string, dormant: boolean) => {
    try {
      const d = await execute(VerifyDormantCustomerMutation, { input: { customerId, dormant } });
      if (d.verifyDormantCustomer.errors.length) setError(new Error(d.verifyDormantCustomer.errors[0]?.message ?? ''));
      else reload();
    } catch (err) {
      setError(err);
    }
  };

  return (
    <main className="page dormant-page" id="main">
      <h1>{t('acct.dormant.title')}</h1>
      <label>
        {t('acct.dormant.months')}{' '}
        <input
          id="dormant-months"
          type="number"
          min={1}
          max={120}
          value={months}
          onChange={(e) => setMonths(Math.max(1, Math.min(120, Number(e.target.value) || 12)))}
        />
      </label>
      <p>
        {t('acct.dormant.count')} <strong data-testid="dormant-total">{total}</strong>
      </p>
      {error ? <ErrorBanner messages={[apiErrorText(error, t)]} /> : null}
      {rows && rows.length === 0 ? <p className="muted">{t('acct.dormant.none')}</p> : null}
      {rows && rows.length > 0 ? (
        <table className="data-table" data-testid="dormant-table">
          <thead>
            <tr>
              <th scope="col">{t('acct.feedback.customer')}</th>
              <th scope="col">{t('acct.dormant.lastStay')}</th>
              <th scope="col">{t('acct.dormant.lastContact')}</th>
              <th scope="col">{t('acct.dormant.verify')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) =>
              r.customer ? (
                <tr key={r.customer.id}>
                  <td>
                    <Link to={`/customers/${r.customer.id}`}>{r.customer.name}</Link>
                  </td>
                  <td>{r.lastStayOn ?? '—'}</td>
                  <td>{r.lastContactAt ? formatDateTime(r.lastContactAt, lang) : '—'}</td>
                  <td className="actions tight">
                    <button type="button" onClick={() => void verify(r.customer!.id, false)}>
                      {t('acct.dormant.stillActive')}
                    </button>
                    <button type="button" onClick={() => void verify(r.customer!.id, true)}>
                      {t('acct.dormant.markDormant')}
                    </button>
                  </td>
                </tr>
              ) : null,
            )}
          </tbody>
        </table>
      ) : null}
    </main>
  );
}
