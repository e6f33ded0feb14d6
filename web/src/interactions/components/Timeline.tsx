import { useEffect, useState } from 'react';
import { execute, isAbortError } from '../../api/client';
import { apiErrorText } from '../../api/userErrors';
import type { InteractionItemFragment } from '../../gql/graphql';
import { useI18n } from '../../i18n';
import { ErrorBanner } from '../../ui/Field';
import { formatDateTime, formatDuration } from '../../ui/format';
import { InteractionsQuery } from '../operations';

const PAGE_SIZE = 10;

interface Page {
  customerId: string;
  /** Which refresh this page answers; a newer one replaces it. */
  version: number;
  items: InteractionItemFragment[];
  total: number;
  endCursor: string | null;
  hasNextPage: boolean;
}

/** The customer's interactions, newest first, paged with "load more"; asks again when `version` changes. */
export function Timeline({ customerId, version }: { customerId: string; version: number }) {
  const { t } = useI18n();
  const [page, setPage] = useState<Page | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [loadingMore, setLoadingMore] = useState(false);

  useEffect(() => {
    const controller = new AbortController();
    execute(InteractionsQuery, { customerId, first: PAGE_SIZE }, { signal: controller.signal })
      .then(({ interactions }) => {
        setError(null);
        setPage({
          customerId,
          version,
          items: interactions.edges.map((e) => e.node),
          total: interactions.totalCount,
          endCursor: interactions.pageInfo.endCursor ?? null,
          hasNextPage: interactions.pageInfo.hasNextPage,
        });
      })
      .catch((err: unknown) => {
        if (!isAbortError(err)) setError(err);
      });
    return () => controller.abort();
  }, [customerId, version]);

  const loadMore = async () => {
    if (!page?.endCursor || loadingMore) return;
    const from = page;
    setLoadingMore(true);
    try {
      const { interactions } = await execute(InteractionsQuery, {
        customerId,
        first: PAGE_SIZE,
        after: from.endCursor,
      });
      setPage((prev) => {
        // A refresh meanwhile started the list again: this page belongs to the old one.
        if (!prev || prev.version !== from.version || prev.customerId !== from.customerId) return prev;
        const seen = new Set(prev.items.map((i) => i.id));
        return {
          ...prev,
          items: [...prev.items, ...interactions.edges.map((e) => e.node).filter((n) => !seen.has(n.id))],
          total: interactions.totalCount,
          endCursor: interactions.pageInfo.endCursor ?? null,
          hasNextPage: interactions.pageInfo.hasNextPage,
        };
      });
    } catch (err) {
      setError(err);
    } finally {
      setLoadingMore(false);
    }
  };

  const shown = page && page.customerId === customerId ? page : null;
  return (
    <div className="timeline" data-testid="timeline" data-total={shown?.total ?? ''}>
      <ErrorBanner messages={error ? [apiErrorText(error, t)] : []} />
      {!shown ? (
        <p className="muted">{t('app.loading')}</p>
      ) : shown.items.length === 0 ? (
        <p className="muted">{t('timeline.empty')}</p>
      ) : (
        <>
          <ol className="tl-list">
            {shown.items.map((item) => (
              <TimelineItem key={item.id} item={item} />
            ))}
          </ol>
          <p className="tl-foot muted small">
            {t('timeline.count', { shown: shown.items.length, total: shown.total })}
            {shown.hasNextPage ? (
              <button type="button" className="small" onClick={loadMore} disabled={loadingMore} data-testid="timeline-more">
                {loadingMore ? t('app.loading') : t('timeline.more')}
              </button>
            ) : null}
          </p>
        </>
      )}
    </div>
  );
}

export function TimelineItem({ item }: { item: InteractionItemFragment }) {
  const { t, lang } = useI18n();
  const awaitingWrapUp = item.kind === 'CALL_IN' && !item.wrappedUpAt;
  return (
    <li
      className={`tl-item tl-${item.kind.toLowerCase()}`}
      data-testid="interaction"
      data-id={item.id}
      data-kind={item.kind}
      data-call-id={item.callId ?? undefined}
    >
      <div className="tl-head">
        <span className="badge tl-kind">{t(`interactionKind.${item.kind}`)}</span>
        {item.outcome === 'MISSED' ? <span className="badge missed">{t('outcome.MISSED')}</span> : null}
        {item.purpose ? (
          <span className="badge purpose" data-purpose={item.purpose}>
            {t(`purpose.${item.purpose}`)}
          </span>
        ) : null}
        <time dateTime={item.occurredAt}>{formatDateTime(item.occurredAt, lang)}</time>
        {item.durationSeconds !== null && item.durationSeconds !== undefined && item.durationSeconds > 0 ? (
          <span className="muted">{formatDuration(item.durationSeconds)}</span>
        ) : null}
        {item.agent ? <span className="muted">{item.agent.displayName}</span> : null}
        {item.phone ? <span className="muted mono">{item.phone}</span> : null}
      </div>
      {item.summary ? (
        <p className="tl-summary pre-wrap">{item.summary}</p>
      ) : awaitingWrapUp ? (
        <p className="tl-summary muted">{t('timeline.awaitingWrapUp')}</p>
      ) : null}
      {item.followUpOn ? (
        <p className="tl-follow small">
          {t('timeline.followUpOn', { date: item.followUpOn })}
          {item.followUpDoneAt ? <span className="done"> · {t('timeline.followUpDone')}</span> : null}
        </p>
      ) : null}
    </li>
  );
}
