// A card's ledger, newest first, with the balance after each entry; paged ("more" appends).
import { useCallback, useEffect, useState } from 'react';
import { execute, isAbortError } from '../../api/client';
import { apiErrorText } from '../../api/userErrors';
import type { LedgerEntryFieldsFragment } from '../../gql/graphql';
import { useI18n } from '../../i18n';
import { ErrorBanner } from '../../ui/Field';
import { formatDateTime, formatFen } from '../../ui/format';
import { MembershipLedgerQuery } from '../operations';

const PAGE = 10;

export function LedgerList({ cardNumber }: { cardNumber: string }) {
  const { t, lang } = useI18n();
  const [entries, setEntries] = useState<LedgerEntryFieldsFragment[]>([]);
  const [total, setTotal] = useState(0);
  const [cursor, setCursor] = useState<string | null>(null);
  const [more, setMore] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const load = useCallback(
    (after: string | null, signal?: AbortSignal) =>
      execute(MembershipLedgerQuery, { cardNumber, first: PAGE, after }, signal ? { signal } : {})
        .then((d) => {
          const ledger = d.membershipCard?.ledger;
          if (!ledger) return;
          setEntries((prev) => [...(after ? prev : []), ...ledger.edges.map((e) => e.node)]);
          setTotal(ledger.totalCount);
          setCursor(ledger.pageInfo.endCursor ?? null);
          setMore(ledger.pageInfo.hasNextPage);
        })
        .catch((err: unknown) => {
          if (!isAbortError(err)) setError(err);
        }),
    [cardNumber],
  );

  useEffect(() => {
    const controller = new AbortController();
    void load(null, controller.signal);
    return () => controller.abort();
  }, [load]);

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
        <button type="button" onClick={() => void load(cursor)} data-testid="membership-ledger-more">
          {t('membership.ledger.more')}
        </button>
      ) : null}
    </div>
  );
}
