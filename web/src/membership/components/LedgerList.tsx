// A card's ledger, newest first, with the balance after each entry; paged ("more" appends).
import { usePagedQuery } from '../../api/useQuery';
import { apiErrorText } from '../../api/userErrors';
import type { LedgerEntryFieldsFragment } from '../../gql/graphql';
import { useI18n } from '../../i18n';
import { ErrorBanner } from '../../ui/Field';
import { formatDateTime, formatFen } from '../../ui/format';
import { MembershipLedgerQuery } from '../operations';

const PAGE = 10;

export function LedgerList({ cardNumber }: { cardNumber: string }) {
  const { t, lang } = useI18n();
  const ledger = usePagedQuery(MembershipLedgerQuery, { cardNumber, first: PAGE }, (d) => d.membershipCard?.ledger);
  const { error, total, hasNextPage: more } = ledger;
  const entries = ledger.items ?? [];

  const show = (e: LedgerEntryFieldsFragment, value: number) => (e.account === 'POINTS' ? value.toLocaleString() : formatFen(value));
  return (
    <div className="membership-ledger">
      <h3>
        {t('membership.ledger')} <span className="muted small">({total})</span>
      </h3>
      {error ? <ErrorBanner messages={[apiErrorText(error, t)]} /> : null}
      {entries.length === 0 && !error ? <p className="muted">{t('membership.ledger.empty')}</p> : null}
      {entries.length > 0 ? (
        <table className="dense" data-testid="membership-ledger">
          <thead>
            <tr>
              <th>{t('membership.ledger.at')}</th>
              <th>{t('membership.ledger.kind')}</th>
              <th className="num">{t('membership.ledger.amount')}</th>
              <th className="num">{t('membership.ledger.balance')}</th>
              <th>{t('membership.ledger.note')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.id} data-kind={e.kind}>
                <td>{formatDateTime(e.at, lang)}</td>
                <td>
                  {t(`ledgerKind.${e.kind}`)} · {t(`ledgerAccount.${e.account}`)}
                </td>
                <td className="num">{(e.amount > 0 ? '+' : '') + show(e, e.amount)}</td>
                <td className="num">{show(e, e.balanceAfter)}</td>
                <td className="clip">{[e.reference, e.note].filter(Boolean).join(' · ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {more ? (
        <button type="button" onClick={() => void ledger.loadMore()} data-testid="membership-ledger-more">
          {t('membership.ledger.more')}
        </button>
      ) : null}
    </div>
  );
}
